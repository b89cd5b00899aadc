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
#include <stdlib.h>
#include <string.h>

#include "nr-country.h"
#include "nr-csv.h"
#include "nr-document-profile.h"
#include "nr-document-summary.h"
#include "nr-input.h"
#include "nr-norm.h"
#include "nr-overview-private.h"
#include "nr-questionnaire.h"
#include "nr-report-import.h"
#include "nr-xml.h"

static void
norm_summary_free (NrNormSummary *summary)
{
  g_free (summary->norm_id);
  g_free (summary->status);
  g_free (summary->narrative);
  g_strfreev (summary->capacity_needs);
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
  g_free (submission->needs);
  g_free (submission->offers);
  g_clear_pointer (&submission->activities, g_ptr_array_unref);
  g_clear_pointer (&submission->contacts, g_ptr_array_unref);
  g_clear_pointer (&submission->long_rows, g_ptr_array_unref);
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
 * nr_overview_set_keep_long_rows:
 *
 * Chooses whether each submission read from now on keeps every value it
 * gives, for nr_overview_to_long_csv(): most of what it says, so only
 * when the long CSV is wanted.
 */
void
nr_overview_set_keep_long_rows (NrOverview *self,
                                gboolean    keep)
{
  self->keep_long_rows = keep;
}

/* The text of @norm's answer to its question "<norm>.<suffix>", when given. */
static NrDocumentAnswer *
norm_answer (GHashTable      *answers,
             NrQuestionnaire *questionnaire,
             NrNorm          *norm,
             const char      *suffix)
{
  g_autofree char *id = g_strconcat (nr_norm_get_id (norm), ".", suffix, NULL);

  return nr_document_lookup_given (answers, questionnaire, id);
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
                                 const char      *display_name,
                                 gboolean         keep_long_rows)
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
      NrDocumentAnswer *narrative = norm_answer (answers, questionnaire, norm, "narrative");
      NrDocumentAnswer *needs = norm_answer (answers, questionnaire, norm, "capacity-needs");

      summary->norm_id = g_strdup (nr_norm_get_id (norm));
      summary->status = g_strdup (nr_document_norm_status (answers, questionnaire, norm));
      summary->answered = nr_document_count_answered (answers, nr_norm_get_questions (norm));
      summary->total = g_list_model_get_n_items (nr_norm_get_questions (norm));
      summary->review = review != NULL ? review->state : NR_REVIEW_STATE_DRAFT;
      summary->narrative = narrative != NULL ? g_variant_dup_string (narrative->value, NULL) : NULL;
      summary->capacity_needs = needs != NULL ? g_variant_dup_strv (needs->value, NULL) : NULL;
      g_ptr_array_add (submission->norms, summary);
    }
  nr_submission_read_needs (submission, answers, questionnaire);
  nr_submission_read_contacts (submission, answers, questionnaire);
  if (keep_long_rows)
    nr_submission_read_long_rows (submission, document, questionnaire);
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
                                                                       display_name, self->keep_long_rows));
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
  gboolean keep_long_rows;
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
  nr_overview_set_keep_long_rows (alone, context->keep_long_rows);
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
  ReadingContext context = { self->questionnaire, self->profile, self->keep_long_rows, files_read };
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

/**
 * nr_overview_state_name:
 * @code: (nullable): an ISO 3166-1 code, as a submission gives it
 *
 * Returns: (transfer none): the State's name in the current language, or
 *   @code itself when iso-codes does not know it ("?" for none).
 */
const char *
nr_overview_state_name (const char *code)
{
  const char *name = nr_countries_lookup_name (code);

  return name != NULL ? name : code != NULL ? code : "?";
}

/**
 * nr_submission_get_title:
 *
 * Returns: (transfer full): how a submission is named in the overview:
 *   the State's name and the year its period starts.
 */
char *
nr_submission_get_title (NrSubmission *submission)
{
  /* Translators: a submission in the overview: a State's name and the
   * year its reporting period starts, as "Indonesia 2025". */
  return g_strdup_printf (_("%s %.4s"), nr_overview_state_name (submission->state),
                          submission->period_start != NULL ? submission->period_start : "");
}

/* A submission with the key it is sorted by. */
typedef struct
{
  char *key;
  NrSubmission *submission;
} SortEntry;

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const SortEntry *left = a;
  const SortEntry *right = b;
  int by_state = strcmp (left->key, right->key);

  if (by_state != 0)
    return by_state;
  by_state = g_strcmp0 (left->submission->state, right->submission->state);
  if (by_state != 0)
    return by_state;
  return g_strcmp0 (left->submission->period_start, right->submission->period_start);
}

/* By the State's name as the overview's language sorts it, then by
 * period, so that a State's cycles sit together and a reader finds a
 * State where the alphabet puts it, not where its code does. */
void
nr_overview_sort (NrOverview *self)
{
  guint n = self->submissions->len;
  g_autofree SortEntry *entries = g_new0 (SortEntry, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      entries[i].submission = self->submissions->pdata[i];
      entries[i].key = g_utf8_collate_key (nr_overview_state_name (entries[i].submission->state), -1);
    }
  qsort (entries, n, sizeof (SortEntry), compare_entries);
  for (guint i = 0; i < n; i++)
    {
      self->submissions->pdata[i] = entries[i].submission;
      g_free (entries[i].key);
    }
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

/**
 * nr_overview_norm_scale:
 *
 * Returns: (transfer container) (element-type NrChoice): the choices of
 *   @norm's status question in order from least to most: how far it is
 *   implemented, or for a restraint norm how far the State stated its
 *   commitment, which the questionnaire lists from the most public
 *   statement down.  Non-answers such as "not applicable" are left out.
 */
GPtrArray *
nr_overview_norm_scale (NrOverview *self,
                        NrNorm     *norm)
{
  GPtrArray *scale = g_ptr_array_new_with_free_func (g_object_unref);
  NrQuestion *question = nr_document_status_question (self->questionnaire, norm);
  GListModel *choices = question != NULL ? nr_question_get_choices (question) : NULL;
  gboolean most_first = nr_document_norm_has_commitment (self->questionnaire, norm);

  for (guint i = 0; choices != NULL && i < g_list_model_get_n_items (choices); i++)
    {
      NrChoice *choice = g_list_model_get_item (choices, i);

      if (nr_choice_is_non_answer (choice))
        g_object_unref (choice);
      else if (most_first)
        g_ptr_array_insert (scale, 0, choice);
      else
        g_ptr_array_add (scale, choice);
    }
  return scale;
}

/**
 * nr_overview_status_fraction:
 *
 * Returns: where @summary's status stands on its norm's scale, from 0
 *   (not started, not stated) to 1 (implemented, stated publicly); -1 for
 *   no answer or a non-answer.
 */
double
nr_overview_status_fraction (NrOverview    *self,
                             NrNormSummary *summary)
{
  NrNorm *norm = nr_questionnaire_lookup_norm (self->questionnaire, summary->norm_id);
  g_autoptr(GPtrArray) scale = NULL;

  if (norm == NULL || summary->status == NULL)
    return -1;
  scale = nr_overview_norm_scale (self, norm);
  for (guint i = 0; i < scale->len; i++)
    if (g_str_equal (nr_choice_get_value (scale->pdata[i]), summary->status))
      return scale->len > 1 ? (double) i / (scale->len - 1) : 1.0;
  return -1;
}

/**
 * nr_overview_norm_asks_commitment:
 *
 * Returns: whether the norm @norm_id asks whether a State stated its
 *   commitment (the restraint norms) rather than how far it implements it:
 *   a scale to show without the colours of a grade
 */
gboolean
nr_overview_norm_asks_commitment (NrOverview *self,
                                  const char *norm_id)
{
  NrNorm *norm = nr_questionnaire_lookup_norm (self->questionnaire, norm_id);

  return norm != NULL && nr_document_norm_has_commitment (self->questionnaire, norm);
}

/**
 * nr_overview_to_csv:
 *
 * The matrix as CSV: a row per submission, the State's code and its name
 * in the current language, then for each norm its status and the
 * percentage of its questions answered.  UTF-8 with a byte-order mark,
 * which spreadsheet programs need to read it as UTF-8; rows end in CRLF
 * (RFC 4180).
 */
GBytes *
nr_overview_to_csv (NrOverview *self)
{
  GString *csv = g_string_new ("\xEF\xBB\xBF");
  GListModel *norms = nr_questionnaire_get_norms (self->questionnaire);

  nr_csv_append_field (csv, _("State code"), TRUE);
  nr_csv_append_field (csv, _("State"), FALSE);
  nr_csv_append_field (csv, _("Period start"), FALSE);
  nr_csv_append_field (csv, _("Period end"), FALSE);
  nr_csv_append_field (csv, _("File"), FALSE);
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

      nr_csv_append_field (csv, status, FALSE);
      nr_csv_append_field (csv, answered, FALSE);
    }
  nr_csv_end_row (csv);

  for (guint i = 0; i < self->submissions->len; i++)
    {
      NrSubmission *submission = self->submissions->pdata[i];

      nr_csv_append_field (csv, submission->state, TRUE);
      nr_csv_append_field (csv, nr_overview_state_name (submission->state), FALSE);
      nr_csv_append_field (csv, submission->period_start, FALSE);
      nr_csv_append_field (csv, submission->period_end, FALSE);
      nr_csv_append_field (csv, submission->file, FALSE);
      for (guint j = 0; j < submission->norms->len; j++)
        {
          NrNormSummary *summary = submission->norms->pdata[j];
          g_autofree char *percent = g_strdup_printf ("%u", summary->total > 0 ? summary->answered * 100 / summary->total : 0);

          nr_csv_append_field (csv, nr_overview_status_label (self, summary), FALSE);
          nr_csv_append_field (csv, percent, FALSE);
        }
      nr_csv_end_row (csv);
    }
  return g_string_free_to_bytes (csv);
}
