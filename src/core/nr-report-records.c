/* nr-report-records.c: repeatable records (measures taken, points of contact).
 *
 * Each record is a row with a UUID that never changes and a position that
 * orders it among its siblings.  Moving a record gives it a position between
 * its new neighbours, so a move changes one row and is one entry in the
 * history, which undo can reverse like any other.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "nr-report-private.h"
#include "nr-text.h"

/* The most records one list may hold: what the interchange schema lets one
 * answer carry. */
#define MAX_RECORDS 10000

/* A records question, or NULL with @error set. */
static NrQuestion *
lookup_records_question (NrReport    *self,
                         const char  *question_id,
                         GError     **error)
{
  NrQuestion *question = nr_report_lookup_question (self, question_id, error);

  if (question != NULL && nr_question_get_kind (question) != NR_QUESTION_KIND_RECORDS)
    {
      g_set_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_INVALID_VALUE,
                   _("Question “%s” is not a list of records."), question_id);
      return NULL;
    }

  return question;
}

/* Every field must be one of the question's, with a value fit for its kind.
 * Empty fields may be left out. */
gboolean
nr_report_check_fields (NrQuestion  *question,
              GVariant    *fields,
              GError     **error)
{
  GVariantIter iter;
  GVariant *entry;

  if (!g_variant_is_of_type (fields, G_VARIANT_TYPE_VARDICT))
    {
      g_set_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_INVALID_VALUE,
                   _("The fields of a record are a dictionary of type a{sv}, not %s."),
                   g_variant_get_type_string (fields));
      return FALSE;
    }

  /* Entry by entry rather than through a format string: this runs for every
   * record of every import and merge. */
  g_variant_iter_init (&iter, fields);
  while ((entry = g_variant_iter_next_value (&iter)) != NULL)
    {
      g_autoptr(GVariant) owned_entry = entry;
      g_autoptr(GVariant) key = g_variant_get_child_value (entry, 0);
      g_autoptr(GVariant) boxed = g_variant_get_child_value (entry, 1);
      g_autoptr(GVariant) value = g_variant_get_variant (boxed);
      const char *field_id = g_variant_get_string (key, NULL);
      NrQuestion *field = nr_question_lookup_field (question, field_id);

      if (field == NULL)
        {
          g_set_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_INVALID_VALUE,
                       _("Records of “%s” have no field “%s”."),
                       nr_question_get_id (question), field_id);
          return FALSE;
        }

      if (!nr_report_check_value (field, value, error))
        return FALSE;
    }

  return TRUE;
}

static int
compare_field_ids (gconstpointer a,
                   gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Fields sorted by id, so that equal records have equal text. */
GVariant *
nr_report_canonical_fields (GVariant *fields)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  GVariantBuilder builder;
  GVariantIter iter;
  const char *key;

  g_variant_iter_init (&iter, fields);
  while (g_variant_iter_next (&iter, "{&sv}", &key, NULL))
    g_ptr_array_add (keys, (gpointer) key);
  g_ptr_array_sort (keys, compare_field_ids);

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  for (guint i = 0; i < keys->len; i++)
    {
      g_autoptr(GVariant) value = g_variant_lookup_value (fields, keys->pdata[i], NULL);
      g_variant_builder_add (&builder, "{sv}", keys->pdata[i], value);
    }

  return g_variant_ref_sink (g_variant_builder_end (&builder));
}

/**
 * nr_report_list_records:
 *
 * Returns: (transfer full): the records (#NrRecord) of a question, in order.
 */
GListModel *
nr_report_list_records (NrReport   *self,
                        const char *question_id)
{
  GListStore *records = g_list_store_new (NR_TYPE_RECORD);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (NR_IS_REPORT (self), NULL);

  stmt = nr_store_prepare (nr_report_get_store (self),
                           "SELECT record_id, position, fields FROM record"
                           " WHERE question_id = ?1 ORDER BY position, record_id",
                           NULL);
  if (stmt == NULL)
    return G_LIST_MODEL (records);

  sqlite3_bind_text (stmt, 1, question_id, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(GVariant) fields = NULL;
      g_autoptr(NrRecord) record = NULL;

      fields = g_variant_parse (G_VARIANT_TYPE_VARDICT,
                                (const char *) sqlite3_column_text (stmt, 2), NULL, NULL, NULL);
      if (fields == NULL)
        fields = g_variant_ref_sink (g_variant_new_array (G_VARIANT_TYPE ("{sv}"), NULL, 0));

      record = nr_record_new ((const char *) sqlite3_column_text (stmt, 0), question_id,
                              sqlite3_column_double (stmt, 1), fields);
      g_list_store_append (records, record);
    }
  sqlite3_reset (stmt);

  return G_LIST_MODEL (records);
}

static NrRecord *
find_record (GListModel *records,
             const char *record_id,
             guint      *index)
{
  guint n = g_list_model_get_n_items (records);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NrRecord) record = g_list_model_get_item (records, i);

      if (g_str_equal (nr_record_get_id (record), record_id))
        {
          if (index != NULL)
            *index = i;
          return g_steal_pointer (&record);
        }
    }

  return NULL;
}

static NrRecord *
lookup_record (NrReport    *self,
               const char  *question_id,
               const char  *record_id,
               GListModel **records_out,
               guint       *index,
               GError     **error)
{
  g_autoptr(GListModel) records = nr_report_list_records (self, question_id);
  NrRecord *record = find_record (records, record_id, index);

  if (record == NULL)
    g_set_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_UNKNOWN_RECORD,
                 _("Question “%s” has no record “%s”; it may have been deleted."),
                 question_id, record_id);
  else if (records_out != NULL)
    *records_out = g_steal_pointer (&records);

  return record;
}

static gboolean
save_record (NrReport    *self,
              const char  *question_id,
              const char  *record_id,
              double       position,
              GVariant    *fields,
              GError     **error)
{
  g_autoptr(GVariant) canonical = nr_report_canonical_fields (fields);
  g_autofree char *state = nr_report_record_state (position, canonical);

  return nr_report_apply_change (self, NR_CHANGE_RECORD, question_id, record_id, state, error);
}

/**
 * nr_report_add_record:
 * @fields: an `a{sv}` dictionary from field id to value; a floating
 *   reference is sunk
 *
 * Appends a record to a repeatable list.
 *
 * Returns: (transfer full): the new record's id, or %NULL with @error set
 */
char *
nr_report_add_record (NrReport    *self,
                      const char  *question_id,
                      GVariant    *fields,
                      GError     **error)
{
  g_autoptr(GVariant) sunk = g_variant_ref_sink (fields);
  g_autoptr(GVariant) owned = nr_text_normalise_value (sunk);
  g_autofree char *record_id = NULL;
  NrQuestion *question;
  sqlite3_stmt *stmt;
  double position = 1.0;
  gint64 n_records = 0;

  g_return_val_if_fail (NR_IS_REPORT (self), NULL);

  question = lookup_records_question (self, question_id, error);
  if (question == NULL || !nr_report_check_fields (question, owned, error))
    return NULL;

  /* After the last record, found without reading every record. */
  stmt = nr_store_prepare (nr_report_get_store (self),
                           "SELECT max (position), count (*) FROM record WHERE question_id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, question_id, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    {
      position = sqlite3_column_double (stmt, 0) + 1.0;
      n_records = sqlite3_column_int64 (stmt, 1);
    }
  sqlite3_reset (stmt);
  if (n_records >= MAX_RECORDS)
    {
      g_set_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_INVALID_VALUE,
                   _("Question “%s” already holds %d records, the most a list can hold."),
                   question_id, MAX_RECORDS);
      return NULL;
    }

  record_id = g_uuid_string_random ();
  if (!save_record (self, question_id, record_id, position, owned, error))
    return NULL;

  return g_steal_pointer (&record_id);
}

/**
 * nr_report_update_record:
 * @fields: the record's new fields, all of them; a floating reference is sunk
 */
gboolean
nr_report_update_record (NrReport    *self,
                         const char  *question_id,
                         const char  *record_id,
                         GVariant    *fields,
                         GError     **error)
{
  g_autoptr(GVariant) sunk = g_variant_ref_sink (fields);
  g_autoptr(GVariant) owned = nr_text_normalise_value (sunk);
  g_autoptr(NrRecord) record = NULL;
  NrQuestion *question;

  g_return_val_if_fail (NR_IS_REPORT (self), FALSE);

  question = lookup_records_question (self, question_id, error);
  if (question == NULL || !nr_report_check_fields (question, owned, error))
    return FALSE;

  record = lookup_record (self, question_id, record_id, NULL, NULL, error);
  if (record == NULL)
    return FALSE;

  return save_record (self, question_id, record_id, nr_record_get_position (record), owned,
                       error);
}

/**
 * nr_report_move_record:
 * @new_index: where the record goes in the list, 0 for the top; past the end
 *   means the bottom
 */
gboolean
nr_report_move_record (NrReport    *self,
                       const char  *question_id,
                       const char  *record_id,
                       guint        new_index,
                       GError     **error)
{
  g_autoptr(GListModel) records = NULL;
  g_autoptr(NrRecord) record = NULL;
  g_autoptr(GPtrArray) others = g_ptr_array_new_with_free_func (g_object_unref);
  double position;
  guint n;

  g_return_val_if_fail (NR_IS_REPORT (self), FALSE);

  if (lookup_records_question (self, question_id, error) == NULL)
    return FALSE;

  record = lookup_record (self, question_id, record_id, &records, NULL, error);
  if (record == NULL)
    return FALSE;

  /* The list as it would be without the record; it goes before others[new_index]. */
  n = g_list_model_get_n_items (records);
  for (guint i = 0; i < n; i++)
    {
      NrRecord *other = g_list_model_get_item (records, i);

      if (other == record || g_str_equal (nr_record_get_id (other), record_id))
        g_object_unref (other);
      else
        g_ptr_array_add (others, other);
    }

  new_index = MIN (new_index, others->len);
  if (others->len == 0)
    position = nr_record_get_position (record);
  else if (new_index == 0)
    position = nr_record_get_position (others->pdata[0]) - 1.0;
  else if (new_index == others->len)
    position = nr_record_get_position (others->pdata[others->len - 1]) + 1.0;
  else
    position = (nr_record_get_position (others->pdata[new_index - 1]) +
                nr_record_get_position (others->pdata[new_index])) / 2.0;

  return save_record (self, question_id, record_id, position, nr_record_get_fields (record),
                       error);
}

gboolean
nr_report_delete_record (NrReport    *self,
                         const char  *question_id,
                         const char  *record_id,
                         GError     **error)
{
  g_autoptr(NrRecord) record = NULL;

  g_return_val_if_fail (NR_IS_REPORT (self), FALSE);

  record = lookup_record (self, question_id, record_id, NULL, NULL, error);
  if (record == NULL)
    return FALSE;

  return nr_report_apply_change (self, NR_CHANGE_RECORD, question_id, record_id, NULL, error);
}
