/* nr-overview.c: many submissions read into a states × norms matrix.
 *
 * Each file is read, checked as validate checks it, summarised norm by norm
 * and let go before the next is read, so the memory an overview needs grows
 * with the number of submissions, not with their size.  A file that cannot
 * be read is recorded as a problem that names it and the run goes on: one
 * bad attachment must not stop a workshop's overview.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "nr-document-profile.h"
#include "nr-document-summary.h"
#include "nr-input.h"
#include "nr-norm.h"
#include "nr-overview.h"
#include "nr-questionnaire.h"
#include "nr-report-import.h"
#include "nr-xml.h"

static void
norm_summary_free (NrNormSummary *summary)
{
  g_free (summary->norm_id);
  g_free (summary->status);
  g_free (summary);
}

void
nr_submission_free (NrSubmission *submission)
{
  g_free (submission->file);
  g_free (submission->state);
  g_free (submission->period_start);
  g_free (submission->period_end);
  g_free (submission->report_id);
  g_ptr_array_unref (submission->norms);
  g_free (submission);
}

NrOverview *
nr_overview_new (NrQuestionnaire *questionnaire)
{
  NrOverview *self = g_new0 (NrOverview, 1);

  self->questionnaire = g_object_ref (questionnaire);
  /* An overview is made for a workshop: it shows what a workshop may see. */
  self->profile = NR_EXPORT_PROFILE_WORKSHOP;
  self->submissions = g_ptr_array_new_with_free_func ((GDestroyNotify) nr_submission_free);
  self->problems = g_ptr_array_new_with_free_func (g_free);
  return self;
}

void
nr_overview_free (NrOverview *self)
{
  g_clear_object (&self->questionnaire);
  g_ptr_array_unref (self->submissions);
  g_ptr_array_unref (self->problems);
  g_free (self);
}

/**
 * nr_overview_set_profile:
 *
 * Chooses what of each submission read from now on is summarised: what an
 * export with @profile would let out of it.
 */
void
nr_overview_set_profile (NrOverview      *self,
                         NrExportProfile  profile)
{
  self->profile = profile;
}

/**
 * nr_submission_new_from_document:
 *
 * Returns: (transfer full): what @document says of each norm of
 *   @questionnaire.
 */
NrSubmission *
nr_submission_new_from_document (NrDocument      *document,
                                 NrQuestionnaire *questionnaire,
                                 const char      *display_name)
{
  g_autoptr(GHashTable) answers = nr_document_index_answers (document);
  GListModel *norms = nr_questionnaire_get_norms (questionnaire);
  NrSubmission *submission = g_new0 (NrSubmission, 1);

  submission->file = g_strdup (display_name);
  submission->state = g_strdup (document->state);
  submission->period_start = g_strdup (document->period_start);
  submission->period_end = g_strdup (document->period_end);
  submission->report_id = g_strdup (document->report_id);
  submission->norms = g_ptr_array_new_with_free_func ((GDestroyNotify) norm_summary_free);

  for (guint i = 0; i < g_list_model_get_n_items (norms); i++)
    {
      g_autoptr(NrNorm) norm = g_list_model_get_item (norms, i);
      NrNormSummary *summary = g_new0 (NrNormSummary, 1);
      NrDocumentReview *review = nr_document_find_review (document, nr_norm_get_id (norm));

      summary->norm_id = g_strdup (nr_norm_get_id (norm));
      summary->status = g_strdup (nr_document_norm_status (answers, questionnaire, norm));
      summary->answered = nr_document_count_answered (answers, nr_norm_get_questions (norm));
      summary->total = g_list_model_get_n_items (nr_norm_get_questions (norm));
      summary->review = review != NULL ? review->state : NR_REVIEW_STATE_DRAFT;
      g_ptr_array_add (submission->norms, summary);
    }
  return submission;
}

/**
 * nr_overview_add_bytes:
 *
 * Reads one submission into the overview, or records why it could not.
 *
 * Returns: whether the submission was read.
 */
gboolean
nr_overview_add_bytes (NrOverview *self,
                       GBytes     *bytes,
                       const char *display_name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrDocument) document = nr_document_parse (bytes, display_name, &error);

  if (document == NULL || !nr_document_check (document, display_name, &error))
    {
      g_ptr_array_add (self->problems, g_strdup (error->message));
      return FALSE;
    }
  if (g_strcmp0 (document->questionnaire_id, nr_questionnaire_get_id (self->questionnaire)) != 0)
    {
      g_ptr_array_add (self->problems,
                       g_strdup_printf (_("“%s” answers the questionnaire “%s”, not “%s” like the others."),
                                        display_name, document->questionnaire_id,
                                        nr_questionnaire_get_id (self->questionnaire)));
      return FALSE;
    }
  nr_document_restrict (document, self->questionnaire, self->profile);
  g_ptr_array_add (self->submissions, nr_submission_new_from_document (document, self->questionnaire,
                                                                       display_name));
  return TRUE;
}

gboolean
nr_overview_add_file (NrOverview *self,
                      const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GBytes) bytes = nr_input_read_file (file, NR_XML_MAX_SIZE, &error);

  /* A device, a pipe, a folder or a file too large is named and left out
   * like any other file that cannot be read. */
  if (bytes == NULL)
    {
      g_ptr_array_add (self->problems, g_strdup (error->message));
      return FALSE;
    }
  return nr_overview_add_bytes (self, bytes, path);
}

/* What one worker made of one file: a submission, or why there is none. */
typedef struct
{
  const char *path;
  NrSubmission *submission;
  char *problem;
} Reading;

typedef struct
{
  NrQuestionnaire *questionnaire;
  NrExportProfile profile;
  gint *files_read;
} ReadingContext;

static void
read_one (gpointer data,
          gpointer user_data)
{
  Reading *reading = data;
  ReadingContext *context = user_data;
  g_autoptr(NrOverview) alone = nr_overview_new (context->questionnaire);

  nr_overview_set_profile (alone, context->profile);
  nr_overview_add_file (alone, reading->path);
  if (alone->submissions->len > 0)
    reading->submission = g_ptr_array_steal_index (alone->submissions, 0);
  else
    reading->problem = g_ptr_array_steal_index (alone->problems, 0);
  if (context->files_read != NULL)
    g_atomic_int_inc (context->files_read);
}

/**
 * nr_overview_add_files:
 * @paths: the files to read
 * @files_read: (nullable): counted up, atomically, as each file is read,
 *   for a progress bar in another thread
 *
 * Reads @paths on every processor, each worker holding one document at a
 * time, and adds them in the order given, as nr_overview_add_file() would.
 */
void
nr_overview_add_files (NrOverview         *self,
                       const char * const *paths,
                       gint               *files_read)
{
  guint n = paths != NULL ? g_strv_length ((char **) paths) : 0;
  g_autofree Reading *readings = g_new0 (Reading, MAX (n, 1));
  ReadingContext context = { self->questionnaire, self->profile, files_read };
  GThreadPool *pool = g_thread_pool_new (read_one, &context, (int) MAX (g_get_num_processors (), 1),
                                         TRUE, NULL);

  for (guint i = 0; i < n; i++)
    {
      readings[i].path = paths[i];
      g_thread_pool_push (pool, &readings[i], NULL);
    }
  g_thread_pool_free (pool, FALSE, TRUE);

  for (guint i = 0; i < n; i++)
    {
      if (readings[i].submission != NULL)
        g_ptr_array_add (self->submissions, readings[i].submission);
      else
        g_ptr_array_add (self->problems, readings[i].problem);
    }
}

static int
compare_submissions (gconstpointer a,
                     gconstpointer b)
{
  const NrSubmission *left = *(NrSubmission * const *) a;
  const NrSubmission *right = *(NrSubmission * const *) b;
  int by_state = g_strcmp0 (left->state, right->state);

  if (by_state != 0)
    return by_state;
  return g_strcmp0 (left->period_start, right->period_start);
}

/* By state, then by period, so that a state's cycles sit together. */
void
nr_overview_sort (NrOverview *self)
{
  g_ptr_array_sort (self->submissions, compare_submissions);
}

/**
 * nr_overview_status_label:
 *
 * Returns: how @summary's status reads, in the interface's language.
 */
const char *
nr_overview_status_label (NrOverview    *self,
                          NrNormSummary *summary)
{
  NrNorm *norm = nr_questionnaire_lookup_norm (self->questionnaire, summary->norm_id);
  NrQuestion *question = norm != NULL ? nr_document_status_question (self->questionnaire, norm) : NULL;
  NrChoice *choice;

  if (summary->status == NULL)
    return _("Not answered");
  choice = question != NULL ? nr_question_lookup_choice (question, summary->status) : NULL;
  return choice != NULL ? nr_choice_get_label (choice) : summary->status;
}

/* A spreadsheet takes a cell beginning with one of these for a formula,
 * which a submission's file name or state could carry into a reviewer's
 * spreadsheet ("=HYPERLINK(…)"); a leading apostrophe makes it text, as
 * OWASP recommends. */
static gboolean
could_be_formula (const char *value)
{
  return value != NULL && value[0] != '\0' && strchr ("=+-@\t\r", value[0]) != NULL;
}

static void
append_csv_field (GString    *csv,
                  const char *value,
                  gboolean    first)
{
  if (!first)
    g_string_append_c (csv, ',');
  g_string_append_c (csv, '"');
  if (could_be_formula (value))
    g_string_append_c (csv, '\'');
  for (const char *p = value != NULL ? value : ""; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (csv, '"');
      g_string_append_c (csv, *p);
    }
  g_string_append_c (csv, '"');
}

/**
 * nr_overview_to_csv:
 *
 * The matrix as CSV: a row per submission, for each norm its status and
 * the percentage of its questions answered.  UTF-8 with a byte-order mark,
 * which spreadsheet programs need to read it as UTF-8; rows end in CRLF
 * (RFC 4180).
 */
GBytes *
nr_overview_to_csv (NrOverview *self)
{
  GString *csv = g_string_new ("\xEF\xBB\xBF");
  GListModel *norms = nr_questionnaire_get_norms (self->questionnaire);

  append_csv_field (csv, _("State"), TRUE);
  append_csv_field (csv, _("Period start"), FALSE);
  append_csv_field (csv, _("Period end"), FALSE);
  append_csv_field (csv, _("File"), FALSE);
  for (guint i = 0; i < g_list_model_get_n_items (norms); i++)
    {
      g_autoptr(NrNorm) norm = g_list_model_get_item (norms, i);
      g_autofree char *status = nr_document_norm_has_commitment (self->questionnaire, norm)
        /* Translators: a column of the overview: whether a State stated
         * its commitment to a restraint norm, by the norm's letter. */
        ? g_strdup_printf (_("13 (%c) commitment"), nr_norm_get_id (norm)[2])
        /* Translators: a column of the overview: a norm's paragraph letter. */
        : g_strdup_printf (_("13 (%c) status"), nr_norm_get_id (norm)[2]);
      /* Translators: a column of the overview: the share of a norm's
       * questions answered, in per cent. */
      g_autofree char *answered = g_strdup_printf (_("13 (%c) answered %%"), nr_norm_get_id (norm)[2]);

      append_csv_field (csv, status, FALSE);
      append_csv_field (csv, answered, FALSE);
    }
  g_string_append (csv, "\r\n");

  for (guint i = 0; i < self->submissions->len; i++)
    {
      NrSubmission *submission = self->submissions->pdata[i];

      append_csv_field (csv, submission->state, TRUE);
      append_csv_field (csv, submission->period_start, FALSE);
      append_csv_field (csv, submission->period_end, FALSE);
      append_csv_field (csv, submission->file, FALSE);
      for (guint j = 0; j < submission->norms->len; j++)
        {
          NrNormSummary *summary = submission->norms->pdata[j];
          g_autofree char *percent = g_strdup_printf ("%u", summary->total > 0 ? summary->answered * 100 / summary->total : 0);

          append_csv_field (csv, nr_overview_status_label (self, summary), FALSE);
          append_csv_field (csv, percent, FALSE);
        }
      g_string_append (csv, "\r\n");
    }
  return g_string_free_to_bytes (csv);
}
