/* nr-report-import.c: building a report from interchange XML.
 *
 * An import is all or nothing.  The document is read and checked first; the
 * report is then built under a temporary name beside its destination, in one
 * transaction, and only a complete report is moved into place, without ever
 * replacing an existing file.  Each answer keeps the provenance it came with.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "nr-file.h"
#include "nr-document-summary.h"
#include "nr-report-import.h"
#include "nr-report-export.h"
#include "nr-checklist.h"
#include "nr-document-upgrade.h"
#include "nr-report-private.h"
#include "nr-state.h"
#include "nr-text.h"

static NrQuestionnaire *
questionnaire_for (NrDocument  *document,
                   const char  *display_name,
                   GError     **error)
{
  g_autoptr(NrQuestionnaire) questionnaire = NULL;
  g_autoptr(GError) local_error = NULL;

  questionnaire = nr_questionnaire_load_builtin (document->questionnaire_id, &local_error);
  if (questionnaire == NULL)
    {
      g_set_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_QUESTIONNAIRE_MISMATCH,
                   _("“%s” answers the questionnaire “%s”, which this version of Norms Reporter does not know."),
                   display_name, document->questionnaire_id);
      return NULL;
    }

  if (nr_questionnaire_compare_versions (document->questionnaire_version,
                                         nr_questionnaire_get_version (questionnaire)) > 0)
    {
      g_set_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_QUESTIONNAIRE_TOO_NEW,
                   _("“%s” answers version %s of the questionnaire “%s”, but this version of Norms Reporter knows only version %s."),
                   display_name, document->questionnaire_version, document->questionnaire_id,
                   nr_questionnaire_get_version (questionnaire));
      return NULL;
    }

  return g_steal_pointer (&questionnaire);
}

/**
 * nr_report_normalise_value:
 * @question: (nullable): the question answered, if the questionnaire has it
 *
 * Interchange XML cannot tell a multiple choice with one choice from a single
 * choice; the question can.  A checklist's answer stored before version 2
 * of the questionnaire gains its notes, empty.
 *
 * Returns: (transfer full): the value as the question's kind stores it
 */
GVariant *
nr_report_normalise_value (NrQuestion *question,
                           GVariant   *value)
{
  if (question != NULL && nr_question_get_kind (question) == NR_QUESTION_KIND_MULTIPLE_CHOICE &&
      g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    {
      const char *one[] = { g_variant_get_string (value, NULL), NULL };
      return g_variant_ref_sink (g_variant_new_strv (one, 1));
    }
  /* Before version 2 a checklist's answer gave each action a status only. */
  if (question != NULL && nr_question_get_kind (question) == NR_QUESTION_KIND_CHECKLIST &&
      g_variant_is_of_type (value, G_VARIANT_TYPE ("a{ss}")))
    return g_variant_ref_sink (nr_checklist_from_statuses (value));

  return g_variant_ref (value);
}

static gboolean
has_multiple_choice_field (NrQuestion *question)
{
  GListModel *list = nr_question_get_fields (question);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(NrQuestion) field = g_list_model_get_item (list, i);

      if (nr_question_get_kind (field) == NR_QUESTION_KIND_MULTIPLE_CHOICE)
        return TRUE;
    }
  return FALSE;
}

static gboolean
needs_normalising (NrQuestion *question,
                   GVariant   *fields)
{
  GListModel *list = nr_question_get_fields (question);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(NrQuestion) field = g_list_model_get_item (list, i);
      g_autoptr(GVariant) value = NULL;

      if (nr_question_get_kind (field) != NR_QUESTION_KIND_MULTIPLE_CHOICE)
        continue;
      value = g_variant_lookup_value (fields, nr_question_get_id (field), G_VARIANT_TYPE_STRING);
      if (value != NULL)
        return TRUE;
    }
  return FALSE;
}

static GVariant *
normalise_fields (NrQuestion *question,
                  GVariant   *fields)
{
  GVariantBuilder builder;
  GVariantIter iter;
  const char *field_id;
  GVariant *value;

  if (!needs_normalising (question, fields))
    return g_variant_ref (fields);

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  g_variant_iter_init (&iter, fields);
  while (g_variant_iter_loop (&iter, "{&sv}", &field_id, &value))
    {
      g_autoptr(GVariant) normal = nr_report_normalise_value (nr_question_lookup_field (question, field_id),
                                                              value);
      g_variant_builder_add (&builder, "{sv}", field_id, normal);
    }
  return g_variant_ref_sink (g_variant_builder_end (&builder));
}

/**
 * nr_document_normalise:
 *
 * Gives every value of the document, record fields included, the shape its
 * question's kind stores, where the XML alone cannot tell.
 */
void
nr_document_normalise (NrDocument      *document,
                       NrQuestionnaire *questionnaire)
{
  for (guint i = 0; i < document->answers->len; i++)
    {
      NrDocumentAnswer *answer = document->answers->pdata[i];
      NrQuestion *question = nr_questionnaire_lookup_question (questionnaire, answer->question_id);

      if (question == NULL)
        continue;

      if (answer->value != NULL)
        {
          GVariant *normal = nr_report_normalise_value (question, answer->value);
          g_variant_unref (answer->value);
          answer->value = normal;
        }

      /* Only lists with a multiple-choice field can hold a value to reshape. */
      for (guint r = 0; answer->records->len > 0 && has_multiple_choice_field (question) &&
                        r < answer->records->len; r++)
        {
          NrDocumentRecord *record = answer->records->pdata[r];
          GVariant *normal = normalise_fields (question, record->fields);

          g_variant_unref (record->fields);
          record->fields = normal;
        }
    }
}

/* Prefixes an error with the name of the document it came from. */
static gboolean
about_answer (GError     **error,
              const char  *display_name,
              const char  *question_id)
{
  g_prefix_error (error, _("“%s”, answer to “%s”: "), display_name, question_id);
  return FALSE;
}

static gboolean
import_answer (NrReport          *report,
               NrDocumentAnswer  *answer,
               const char        *display_name,
               GError           **error)
{
  /* nr_document_check() has checked and normalised every value. */
  g_autofree char *state = answer->value != NULL ? nr_state_print (answer->value) : NULL;

  if (!nr_report_write_initial_answer (report, answer->question_id, state,
                                       nr_classification_to_string (answer->classification),
                                       &answer->provenance, error))
    return FALSE;

  for (guint i = 0; i < answer->records->len; i++)
    {
      NrDocumentRecord *record = answer->records->pdata[i];

      /* Records of a list the questionnaire no longer has are kept too.  The
       * reader gives fields in canonical order already. */
      if (!nr_report_write_initial_record (report, answer->question_id, record->id,
                                           record->position, record->fields,
                                           &record->provenance, error))
        return FALSE;
    }

  return TRUE;
}

/* The details import sets as report metadata, by the rules it sets them
 * with (nr_report_set_metadata()), so that validate accepts only what
 * import does: the schema checks a date's shape, not that the day exists. */
static gboolean
check_details (NrDocument  *document,
               const char  *display_name,
               GError     **error)
{
  if ((document->period_start != NULL && !nr_date_is_valid (document->period_start)) ||
      (document->period_end != NULL && !nr_date_is_valid (document->period_end)))
    {
      g_set_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_INVALID_VALUE,
                   _("“%s”: the reporting period starts or ends on a day the calendar does not have."),
                   display_name);
      return FALSE;
    }
  if (document->period_start != NULL && document->period_end != NULL &&
      strcmp (document->period_end, document->period_start) < 0)
    {
      g_set_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_INVALID_VALUE,
                   _("“%s”: the reporting period ends before it starts."), display_name);
      return FALSE;
    }
  return TRUE;
}

/**
 * nr_document_check:
 * @display_name: how to name the document's source in messages
 *
 * Checks a document against the questionnaire it answers: a questionnaire
 * and version this program knows, choices and checklist items that exist,
 * records with the fields of their list, and content within the profile
 * the document declares.  Answers that no longer fit their question are
 * accepted only when marked orphaned, and are then marked so in @document.
 * Parsing already checked the format; together they are what "valid"
 * means.
 */
gboolean
nr_document_check (NrDocument  *document,
                   const char  *display_name,
                   GError     **error)
{
  g_autoptr(NrQuestionnaire) questionnaire = questionnaire_for (document, display_name, error);

  if (questionnaire == NULL || !check_details (document, display_name, error))
    return FALSE;

  /* Normalised before the upgrade map moves answers, and again after it,
   * for the values it moved. */
  nr_document_normalise (document, questionnaire);
  if (nr_document_upgrade (document, questionnaire))
    nr_document_normalise (document, questionnaire);

  for (guint i = 0; i < document->answers->len; i++)
    {
      NrDocumentAnswer *answer = document->answers->pdata[i];
      NrQuestion *question = nr_questionnaire_lookup_question (questionnaire, answer->question_id);
      gboolean fits = nr_document_answer_fits (question, answer);

      /* What does not fit its question is an orphaned answer, kept as such
       * when the file says so, as a full export of a report holding one
       * does; unmarked, it is an error. */
      if (question == NULL || (!fits && answer->orphaned))
        {
          answer->orphaned = TRUE;
          continue;
        }
      answer->orphaned = FALSE;

      if (answer->value != NULL && !nr_report_check_value (question, answer->value, error))
        return about_answer (error, display_name, answer->question_id);

      if (answer->records->len > 0 && nr_question_get_kind (question) != NR_QUESTION_KIND_RECORDS)
        {
          g_set_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_INVALID_VALUE,
                       _("records are given for a question that is not a list of records."));
          return about_answer (error, display_name, answer->question_id);
        }

      for (guint r = 0; r < answer->records->len; r++)
        {
          NrDocumentRecord *record = answer->records->pdata[r];

          if (!nr_report_check_fields (question, record->fields, error))
            return about_answer (error, display_name, answer->question_id);
        }
    }

  return nr_document_check_profile (document, questionnaire, display_name, error);
}

static gboolean
import_content (NrReport    *report,
                NrDocument  *document,
                const char  *display_name,
                GError     **error)
{
  NrStore *store = nr_report_get_store (report);
  const char *keys[] = { NR_META_STATE, NR_META_PERIOD_START, NR_META_PERIOD_END,
                         NR_META_LANGUAGE, NR_META_PREPARING_AGENCY };
  const char *values[] = { document->state, document->period_start, document->period_end,
                           document->language, document->preparing_agency };

  /* The same report, so the same id: contributions find their way back. */
  if (!nr_store_set_meta (store, NR_META_REPORT_ID, document->report_id, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      if (values[i] != NULL && !nr_report_set_metadata (report, keys[i], values[i], error))
        {
          g_prefix_error (error, "“%s”: ", display_name);
          return FALSE;
        }
    }

  for (guint i = 0; i < document->answers->len; i++)
    {
      if (!import_answer (report, document->answers->pdata[i], display_name, error))
        return FALSE;
    }

  for (guint i = 0; i < document->reviews->len; i++)
    {
      NrDocumentReview *review = document->reviews->pdata[i];
      g_autofree char *state = nr_report_review_state (nr_review_state_to_string (review->state),
                                                       review->cleared_by);

      if (!nr_report_write_initial (report, NR_CHANGE_REVIEW, review->norm_id, NULL, state,
                                      &review->provenance, error))
        return FALSE;
    }

  return nr_report_record_revision (report, document->revision_id, "import", document->based_on,
                                    error);
}

static void
remove_report_files (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
}

static gboolean
sync_file (const char  *path,
           GError     **error)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  int saved_errno = 0;

  if (fd < 0 || fsync (fd) != 0)
    saved_errno = errno;
  if (fd >= 0)
    close (fd);

  if (saved_errno != 0)
    {
      g_set_error (error, NR_STORE_ERROR,
                   saved_errno == ENOSPC ? NR_STORE_ERROR_DISK_FULL : NR_STORE_ERROR_FAILED,
                   _("Could not save the imported report: %s."), g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

/* Moves the finished report into place, never over an existing file. */
static gboolean
move_into_place (NrPrivateFolder  *folder,
                 GFile            *to,
                 GError          **error)
{
  g_autofree char *base = g_file_get_basename (to);
  int saved_errno = nr_private_folder_move_into_place (folder, base, FALSE);

  if (saved_errno != 0)
    {
      g_autofree char *name = g_file_get_parse_name (to);

      g_set_error (error, NR_STORE_ERROR,
                   saved_errno == EEXIST ? NR_STORE_ERROR_EXISTS : NR_STORE_ERROR_FAILED,
                   saved_errno == EEXIST
                   ? _("Could not create “%s”: a file with that name already exists.")
                   : _("Could not create “%s”: %s."),
                   name, g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

/**
 * nr_report_import_to_file:
 * @display_name: how to name the document's source in messages
 * @report_file: the report to create; it must not exist
 *
 * Builds a new report file from a document.  Nothing is left behind unless
 * the whole document was imported.
 */
gboolean
nr_report_import_to_file (NrDocument  *document,
                          const char  *display_name,
                          GFile       *report_file,
                          GError     **error)
{
  g_autoptr(NrQuestionnaire) questionnaire = NULL;
  g_autoptr(NrReport) report = NULL;
  g_autoptr(GFile) part_file = NULL;
  g_autoptr(NrPrivateFolder) folder = NULL;
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;
  NrStore *store;
  int saved_errno = 0;

  g_return_val_if_fail (document != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (report_file), FALSE);

  path = g_file_get_path (report_file);
  if (path == NULL || g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *name = g_file_get_parse_name (report_file);

      g_set_error (error, NR_STORE_ERROR, path == NULL ? NR_STORE_ERROR_FAILED : NR_STORE_ERROR_EXISTS,
                   path == NULL ? _("Could not create “%s”: reports must be on a local disk.")
                                : _("Could not create “%s”: a file with that name already exists."),
                   name);
      return FALSE;
    }

  /* Everything is checked before anything is written. */
  if (!nr_document_check (document, display_name, error))
    return FALSE;
  questionnaire = nr_questionnaire_load_builtin (document->questionnaire_id, error);
  if (questionnaire == NULL)
    return FALSE;

  /* Build in a private folder beside the destination, so that the final
   * move is a rename on the same disk and nobody else can read the report
   * while it is half made.  Removing the folder removes whatever of the
   * report is left in it. */
  dir = g_path_get_dirname (path);
  folder = nr_private_folder_new (dir, ".normsreport-import-", "import.normsreport", &saved_errno);
  if (folder == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (report_file);

      g_set_error (error, NR_STORE_ERROR, NR_STORE_ERROR_FAILED, _("Could not create “%s”: %s."),
                   name, g_strerror (saved_errno));
      return FALSE;
    }
  part_file = g_file_new_for_path (nr_private_folder_get_path (folder));

  report = nr_report_create_in_store (nr_store_create_scratch (part_file, error), questionnaire,
                                      error);
  if (report == NULL)
    return FALSE;

  /* The file under construction is nobody's yet: it needs to be durable only
   * once it is complete, so it is a scratch store, synced once before it
   * takes its name. */
  store = nr_report_get_store (report);
  if (!nr_store_begin (store, error))
    goto failed;
  if (!import_content (report, document, display_name, error))
    {
      nr_store_rollback (store);
      goto failed;
    }
  /* Leave it in the journal mode of every report, so that its first opening
   * has nothing to convert. */
  if (!nr_store_commit (store, error) ||
      !nr_store_exec (store, "PRAGMA journal_mode = WAL", error))
    goto failed;

  nr_report_close (report);
  g_clear_object (&report);
  return sync_file (nr_private_folder_get_path (folder), error) &&
         move_into_place (folder, report_file, error);

failed:
  nr_report_close (report);
  return FALSE;
}

/**
 * nr_report_import_document:
 *
 * nr_report_import_to_file(), then opens the new report for editing.
 *
 * Returns: (transfer full): the new report
 */
NrReport *
nr_report_import_document (NrDocument  *document,
                           const char  *display_name,
                           GFile       *report_file,
                           GError     **error)
{
  if (!nr_report_import_to_file (document, display_name, report_file, error))
    return NULL;

  return nr_report_open (report_file, NULL, NR_STORE_OPEN_DEFAULT, error);
}

/**
 * nr_report_import:
 * @xml_file: an interchange file, from anywhere
 * @report_file: the report to create; it must not exist
 */
NrReport *
nr_report_import (GFile   *xml_file,
                  GFile   *report_file,
                  GError **error)
{
  g_autoptr(NrDocument) document = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (xml_file), NULL);

  document = nr_document_load (xml_file, error);
  if (document == NULL)
    return NULL;

  name = g_file_get_parse_name (xml_file);
  return nr_report_import_document (document, name, report_file, error);
}

/**
 * nr_report_import_for_viewing:
 *
 * Opens an interchange file read-only, as a report that lives in a private
 * temporary folder and is deleted when the report is closed.
 */
NrReport *
nr_report_import_for_viewing (GFile   *xml_file,
                              GError **error)
{
  g_autoptr(GFile) report_file = NULL;
  g_autoptr(NrReport) editable = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *name = NULL;
  NrReport *viewer;

  dir = g_dir_make_tmp ("norms-reporter-view-XXXXXX", error);
  if (dir == NULL)
    return NULL;

  basename = g_file_get_basename (xml_file);
  name = g_strconcat (basename, ".normsreport", NULL);
  path = g_build_filename (dir, name, NULL);
  report_file = g_file_new_for_path (path);

  editable = nr_report_import (xml_file, report_file, error);
  if (editable == NULL)
    {
      g_rmdir (dir);
      return NULL;
    }
  nr_report_close (editable);

  viewer = nr_report_open (report_file, nr_report_get_questionnaire (editable),
                           NR_STORE_OPEN_READ_ONLY, error);
  if (viewer == NULL)
    {
      remove_report_files (path);
      g_rmdir (dir);
      return NULL;
    }

  nr_report_set_temporary_folder (viewer, dir);
  return viewer;
}
