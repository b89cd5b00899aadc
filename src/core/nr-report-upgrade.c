/* nr-report-upgrade.c: moving a report file's answers by the upgrade map of
 * a newer questionnaire, as the report opens.
 *
 * The report is read into two documents; one is upgraded by the map
 * (nr-document-upgrade.c, the same code that upgrades interchange files),
 * and what differs between them is written back in one transaction, each
 * change with its history row and its author's provenance, so that the
 * history says where every moved answer came from.
 */
#include "config.h"

#include "nr-document-upgrade.h"
#include "nr-history-entry.h"
#include "nr-report-import.h"
#include "nr-report-private.h"
#include "nr-state.h"

typedef struct
{
  NrDocumentAnswer *answer;
  NrDocumentRecord *record;
} Located;

/* Every record of @document by its id. */
static GHashTable *
index_records (NrDocument *document)
{
  GHashTable *records = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  for (guint i = 0; i < document->answers->len; i++)
    {
      NrDocumentAnswer *answer = document->answers->pdata[i];

      for (guint r = 0; r < answer->records->len; r++)
        {
          Located *located = g_new0 (Located, 1);

          located->answer = answer;
          located->record = answer->records->pdata[r];
          g_hash_table_insert (records, located->record->id, located);
        }
    }
  return records;
}

static NrDocumentAnswer *
find_answer (NrDocument *document,
             const char *question_id)
{
  for (guint i = 0; i < document->answers->len; i++)
    {
      NrDocumentAnswer *answer = document->answers->pdata[i];

      if (g_str_equal (answer->question_id, question_id))
        return answer;
    }
  return NULL;
}

static gboolean
same_value (GVariant *a,
            GVariant *b)
{
  return (a == NULL && b == NULL) || (a != NULL && b != NULL && g_variant_equal (a, b));
}

/* Records that left their list (moved, or folded into a copy of the same
 * measure) are removed first, so that a moved record can take its id into
 * its new list. */
static gboolean
remove_moved_records (NrReport    *self,
                      GHashTable  *before,
                      GHashTable  *after,
                      GError     **error)
{
  GHashTableIter iter;
  Located *old;

  g_hash_table_iter_init (&iter, before);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &old))
    {
      Located *new = g_hash_table_lookup (after, old->record->id);

      if (new != NULL && g_str_equal (new->answer->question_id, old->answer->question_id))
        continue;
      if (!nr_report_apply_change_as (self, NR_CHANGE_RECORD, old->answer->question_id,
                                      old->record->id, NULL, &old->record->provenance, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_changed_records (NrReport    *self,
                       GHashTable  *before,
                       GHashTable  *after,
                       GError     **error)
{
  GHashTableIter iter;
  Located *new;

  g_hash_table_iter_init (&iter, after);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &new))
    {
      Located *old = g_hash_table_lookup (before, new->record->id);
      g_autofree char *state = NULL;

      if (old != NULL && g_str_equal (new->answer->question_id, old->answer->question_id) &&
          old->record->position == new->record->position &&
          same_value (old->record->fields, new->record->fields))
        continue;
      state = nr_report_record_state (new->record->position, new->record->fields);
      if (!nr_report_apply_change_as (self, NR_CHANGE_RECORD, new->answer->question_id,
                                      new->record->id, state, &new->record->provenance, error))
        return FALSE;
    }
  return TRUE;
}

/* Answers whose value the map changed or made: a checklist without the
 * action taken out of it, the action's status as an answer of its own. */
static gboolean
write_changed_values (NrReport    *self,
                      NrDocument  *before,
                      NrDocument  *after,
                      GError     **error)
{
  for (guint i = 0; i < after->answers->len; i++)
    {
      NrDocumentAnswer *answer = after->answers->pdata[i];
      NrDocumentAnswer *old = find_answer (before, answer->question_id);
      g_autofree char *state = NULL;

      if (old != NULL && same_value (old->value, answer->value))
        continue;
      /* A list the map made holds records, not a value: its records are
       * written on their own, each with its classification. */
      if (old == NULL && answer->value == NULL)
        continue;
      /* A new answer row takes the classification of what it came from. */
      if (old == NULL &&
          !nr_report_apply_change_as (self, NR_CHANGE_CLASSIFICATION, answer->question_id, NULL,
                                      nr_classification_to_string (answer->classification),
                                      &answer->provenance, error))
        return FALSE;
      state = answer->value != NULL ? nr_state_print (answer->value) : NULL;
      if (!nr_report_apply_change_as (self, NR_CHANGE_VALUE, answer->question_id, NULL, state,
                                      &answer->provenance, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * nr_report_upgrade_answers:
 *
 * Moves the report's answers by the upgrade maps of its questionnaire that
 * lead past the version it answers.  All or nothing: a report killed
 * halfway through is as it was, and is upgraded again when next opened.
 */
gboolean
nr_report_upgrade_answers (NrReport  *self,
                           GError   **error)
{
  NrStore *store = nr_report_get_store (self);
  g_autoptr(NrDocument) before = nr_document_new ();
  g_autoptr(NrDocument) after = nr_document_new ();
  g_autoptr(GHashTable) records_before = NULL;
  g_autoptr(GHashTable) records_after = NULL;

  before->questionnaire_version = g_strdup (nr_report_get_metadata (self, NR_META_QUESTIONNAIRE_VERSION));
  after->questionnaire_version = g_strdup (before->questionnaire_version);
  if (!nr_report_collect_stored (self, before, error) ||
      !nr_report_collect_stored (self, after, error))
    return FALSE;
  /* Values in the shapes this version stores (a checklist's notes), then
   * moved by the map. */
  nr_document_normalise (after, nr_report_get_questionnaire (self));
  if (!nr_document_upgrade (after, nr_report_get_questionnaire (self)))
    return TRUE;
  nr_document_normalise (after, nr_report_get_questionnaire (self));

  records_before = index_records (before);
  records_after = index_records (after);
  if (!nr_store_begin (store, error))
    return FALSE;
  if (!remove_moved_records (self, records_before, records_after, error) ||
      !write_changed_records (self, records_before, records_after, error) ||
      !write_changed_values (self, before, after, error) ||
      !nr_report_apply_change (self, NR_CHANGE_METADATA, "meta:" NR_META_QUESTIONNAIRE_VERSION,
                               NULL, after->questionnaire_version, error) ||
      !nr_store_commit (store, error))
    {
      nr_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}
