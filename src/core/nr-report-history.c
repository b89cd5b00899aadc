/* nr-report-history.c: how every change is written, recorded and undone.
 *
 * Each change to a report, whatever it touches, goes through
 * nr_report_apply_change(): in one transaction it reads the old state, writes
 * the new one and appends a history row (who, when, old → new).  States are
 * text: a GVariant in text form for answers, records and review states, plain
 * text for classifications and metadata, NULL for "absent".  Treating every
 * aspect alike is what lets one undo work for all of them.
 *
 * Undo is a change too.  It restores the old state of the newest change to
 * the target that is neither an undo nor already undone, and points at it
 * through undo_of, so successive undos walk back through the history.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "nr-report-private.h"
#include "nr-state.h"

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

/* The SQL that reads the state of an aspect: no row for "absent". */
static const char *
read_sql (const char *aspect)
{
  if (g_str_equal (aspect, NR_CHANGE_VALUE))
    return "SELECT value FROM answer WHERE question_id = ?1 AND value IS NOT NULL";
  if (g_str_equal (aspect, NR_CHANGE_CLASSIFICATION))
    return "SELECT classification FROM answer WHERE question_id = ?1";
  if (g_str_equal (aspect, NR_CHANGE_RECORD))
    return "SELECT position, fields FROM record WHERE record_id = ?2 AND question_id = ?1";
  if (g_str_equal (aspect, NR_CHANGE_REVIEW))
    return "SELECT state, coalesce (cleared_by, '') FROM review WHERE norm_id = ?1";
  if (g_str_equal (aspect, NR_CHANGE_METADATA))
    return "SELECT value FROM meta WHERE 'meta:' || key = ?1";

  g_return_val_if_reached (NULL);
}

/**
 * nr_report_record_state:
 * @fields: (transfer none): the record's `a{sv}` fields
 *
 * Returns: (transfer full): the text form of a record in the history.  Every
 *   record state is made here, so that equal records give equal text.
 */
char *
nr_report_record_state (double    position,
                        GVariant *fields)
{
  g_autoptr(GVariant) state = g_variant_ref_sink (g_variant_new ("(d@a{sv})", position, fields));

  return nr_state_print (state);
}

char *
nr_report_review_state (const char *state,
                        const char *cleared_by)
{
  g_autoptr(GVariant) variant = g_variant_ref_sink (g_variant_new ("(ss)", state,
                                                                   cleared_by != NULL ? cleared_by : ""));

  return nr_state_print (variant);
}

static char *
state_from_row (const char   *aspect,
                sqlite3_stmt *stmt)
{
  if (g_str_equal (aspect, NR_CHANGE_RECORD))
    {
      g_autoptr(GVariant) fields = g_variant_parse (G_VARIANT_TYPE_VARDICT, column_text (stmt, 1),
                                                    NULL, NULL, NULL);

      if (fields == NULL)
        fields = g_variant_ref_sink (g_variant_new_array (G_VARIANT_TYPE ("{sv}"), NULL, 0));
      return nr_report_record_state (sqlite3_column_double (stmt, 0), fields);
    }

  if (g_str_equal (aspect, NR_CHANGE_REVIEW))
    return nr_report_review_state (column_text (stmt, 0), column_text (stmt, 1));

  return g_strdup (column_text (stmt, 0));
}

gboolean
nr_report_read_state (NrReport    *self,
                      const char  *aspect,
                      const char  *target,
                      const char  *record_id,
                      char       **state,
                      GError     **error)
{
  NrStore *store = nr_report_get_store (self);
  sqlite3_stmt *stmt = nr_store_prepare (store, read_sql (aspect), error);
  int rc;

  *state = NULL;
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, target, -1, SQLITE_STATIC);
  if (record_id != NULL)
    sqlite3_bind_text (stmt, 2, record_id, -1, SQLITE_STATIC);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *state = state_from_row (aspect, stmt);
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return nr_store_set_sqlite_error (store, rc, error);

  return TRUE;
}

static void
bind_provenance (sqlite3_stmt       *stmt,
                 int                 first,
                 const NrProvenance *who)
{
  sqlite3_bind_text (stmt, first, who->author != NULL ? who->author : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, first + 1, who->agency != NULL ? who->agency : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, first + 2, who->modified, -1, SQLITE_STATIC);
}

/* A state of NULL means the row is gone. */
static gboolean
delete_row (NrStore     *store,
            const char  *sql,
            const char  *key,
            GError     **error)
{
  sqlite3_stmt *stmt = nr_store_prepare (store, sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  return nr_store_step_done (store, stmt, error);
}

static gboolean
write_record_row (NrStore            *store,
                  const char         *question_id,
                  const char         *record_id,
                  double              position,
                  const char         *fields_text,
                  const NrProvenance *who,
                  GError            **error)
{
  sqlite3_stmt *stmt;

  stmt = nr_store_prepare (store,
                           "INSERT INTO record (record_id, question_id, position, fields,"
                           "  author, agency, modified) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
                           "ON CONFLICT (record_id) DO UPDATE SET position = excluded.position,"
                           "  fields = excluded.fields, author = excluded.author,"
                           "  agency = excluded.agency, modified = excluded.modified",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, record_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, question_id, -1, SQLITE_STATIC);
  sqlite3_bind_double (stmt, 3, position);
  sqlite3_bind_text (stmt, 4, fields_text, -1, SQLITE_STATIC);
  bind_provenance (stmt, 5, who);
  return nr_store_step_done (store, stmt, error);
}

static gboolean
write_record (NrStore            *store,
              const char         *question_id,
              const char         *record_id,
              const char         *state,
              const NrProvenance *who,
              GError            **error)
{
  g_autoptr(GVariant) parsed = NULL;
  g_autoptr(GVariant) fields = NULL;
  g_autofree char *fields_text = NULL;
  double position;

  if (state == NULL)
    return delete_row (store, "DELETE FROM record WHERE record_id = ?1", record_id, error);

  parsed = g_variant_parse (G_VARIANT_TYPE ("(da{sv})"), state, NULL, NULL, NULL);
  g_return_val_if_fail (parsed != NULL, FALSE);
  g_variant_get (parsed, "(d@a{sv})", &position, &fields);
  fields_text = nr_state_print (fields);

  return write_record_row (store, question_id, record_id, position, fields_text, who, error);
}

static gboolean
write_review (NrStore          *store,
              const char       *norm_id,
              const char       *state,
              const NrProvenance *who,
              GError          **error)
{
  g_autoptr(GVariant) parsed = NULL;
  const char *review_state = NULL;
  const char *cleared_by = NULL;
  sqlite3_stmt *stmt;

  if (state == NULL)
    return delete_row (store, "DELETE FROM review WHERE norm_id = ?1", norm_id, error);

  parsed = g_variant_parse (G_VARIANT_TYPE ("(ss)"), state, NULL, NULL, NULL);
  g_return_val_if_fail (parsed != NULL, FALSE);
  g_variant_get (parsed, "(&s&s)", &review_state, &cleared_by);

  stmt = nr_store_prepare (store,
                           "INSERT INTO review (norm_id, state, cleared_by, author, agency,"
                           "  modified) VALUES (?1, ?2, nullif (?3, ''), ?4, ?5, ?6) "
                           "ON CONFLICT (norm_id) DO UPDATE SET state = excluded.state,"
                           "  cleared_by = excluded.cleared_by, author = excluded.author,"
                           "  agency = excluded.agency, modified = excluded.modified",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, norm_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, review_state, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, cleared_by, -1, SQLITE_STATIC);
  bind_provenance (stmt, 4, who);
  return nr_store_step_done (store, stmt, error);
}

/* Answers: the value and the classification share a row.  A new answer
 * gets @classification (the author's default), if the SQL takes it as ?6. */
static gboolean
write_answer (NrStore            *store,
              const char         *column_sql,
              const char         *question_id,
              const char         *state,
              const char         *classification,
              const NrProvenance *who,
              GError            **error)
{
  sqlite3_stmt *stmt = nr_store_prepare (store, column_sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, question_id, -1, SQLITE_STATIC);
  if (state != NULL)
    sqlite3_bind_text (stmt, 2, state, -1, SQLITE_STATIC);
  bind_provenance (stmt, 3, who);
  if (classification != NULL)
    sqlite3_bind_text (stmt, 6, classification, -1, SQLITE_STATIC);
  return nr_store_step_done (store, stmt, error);
}

static gboolean
write_state (NrReport          *self,
             const char        *aspect,
             const char        *target,
             const char        *record_id,
             const char        *state,
             const NrProvenance  *who,
             GError           **error)
{
  NrStore *store = nr_report_get_store (self);

  if (g_str_equal (aspect, NR_CHANGE_VALUE))
    return write_answer (store,
                         "INSERT INTO answer (question_id, value, author, agency, modified,"
                         "  classification) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
                         "ON CONFLICT (question_id) DO UPDATE SET value = excluded.value,"
                         "  author = excluded.author, agency = excluded.agency,"
                         "  modified = excluded.modified",
                         target, state,
                         nr_classification_to_string (nr_report_get_default_classification (self)),
                         who, error);
  if (g_str_equal (aspect, NR_CHANGE_CLASSIFICATION))
    return write_answer (store,
                         "INSERT INTO answer (question_id, classification, author, agency,"
                         "  modified) VALUES (?1, coalesce (?2, 'internal'), ?3, ?4, ?5) "
                         "ON CONFLICT (question_id) DO UPDATE SET"
                         "  classification = excluded.classification,"
                         "  author = excluded.author, agency = excluded.agency,"
                         "  modified = excluded.modified",
                         target, state, NULL, who, error);
  if (g_str_equal (aspect, NR_CHANGE_RECORD))
    return write_record (store, target, record_id, state, who, error);
  if (g_str_equal (aspect, NR_CHANGE_REVIEW))
    return write_review (store, target, state, who, error);
  if (g_str_equal (aspect, NR_CHANGE_METADATA))
    return nr_store_set_meta (store, target + strlen ("meta:"), state, error);

  g_return_val_if_reached (FALSE);
}

static gboolean
append_history (NrReport          *self,
                const char        *aspect,
                const char        *target,
                const char        *record_id,
                const char        *old_state,
                const char        *new_state,
                gint64             undo_of,
                const NrProvenance  *who,
                GError           **error)
{
  NrStore *store = nr_report_get_store (self);
  sqlite3_stmt *stmt;

  stmt = nr_store_prepare (store,
                           "INSERT INTO history (author, agency, time, target, record_id,"
                           "  aspect, old, new, undo_of)"
                           "  VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, nullif (?9, 0))",
                           error);
  if (stmt == NULL)
    return FALSE;

  bind_provenance (stmt, 1, who);
  sqlite3_bind_text (stmt, 4, target, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, record_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, aspect, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, old_state, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, new_state, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 9, undo_of);
  return nr_store_step_done (store, stmt, error);
}

/* Changing an answer carried forward from the last cycle confirms it as
 * much as saying it is still true does: the mark goes.  @cleared is set to
 * the metadata target removed, if any. */
static gboolean
clear_reconfirm (NrReport    *self,
                 const char  *aspect,
                 const char  *target,
                 char       **cleared,
                 GError     **error)
{
  g_autofree char *key = NULL;

  if (!g_str_equal (aspect, NR_CHANGE_VALUE) && !g_str_equal (aspect, NR_CHANGE_RECORD) &&
      !g_str_equal (aspect, NR_CHANGE_CLASSIFICATION))
    return TRUE;
  if (!nr_report_needs_reconfirm (self, target))
    return TRUE;

  key = g_strconcat ("reconfirm:", target, NULL);
  if (!nr_store_set_meta (nr_report_get_store (self), key, NULL, error))
    return FALSE;
  *cleared = g_strconcat ("meta:", key, NULL);
  return TRUE;
}

/* The heart of every edit.  With @undo_of 0, a change that changes nothing is
 * not recorded; an undo is always recorded, so that it is never offered twice. */
static gboolean
apply_change_full (NrReport            *self,
                   const char          *aspect,
                   const char          *target,
                   const char          *record_id,
                   const char          *new_state,
                   gint64               undo_of,
                   const NrProvenance  *provenance,
                   GError             **error)
{
  NrStore *store = nr_report_get_store (self);
  g_autofree char *old_state = NULL;
  g_autofree char *now = nr_report_now ();
  NrProvenance current = { (char *) nr_report_get_author (self),
                           (char *) nr_report_get_agency (self), now };
  const NrProvenance *who = provenance != NULL ? provenance : &current;
  g_autofree char *reconfirmed = NULL;

  if (!nr_report_check_writable (self, error) || !nr_store_begin (store, error))
    return FALSE;

  if (!nr_report_read_state (self, aspect, target, record_id, &old_state, error))
    goto failed;

  if (g_strcmp0 (old_state, new_state) == 0 && undo_of == 0)
    {
      nr_store_rollback (store);
      return TRUE;
    }

  if (!write_state (self, aspect, target, record_id, new_state, who, error) ||
      !append_history (self, aspect, target, record_id, old_state, new_state, undo_of, who,
                       error) ||
      !clear_reconfirm (self, aspect, target, &reconfirmed, error) ||
      !nr_store_commit (store, error))
    goto failed;

  nr_report_state_changed (self, aspect, target, new_state);
  if (reconfirmed != NULL)
    nr_report_state_changed (self, NR_CHANGE_METADATA, reconfirmed, NULL);
  return TRUE;

failed:
  nr_store_rollback (store);
  return FALSE;
}

gboolean
nr_report_apply_change (NrReport    *self,
                        const char  *aspect,
                        const char  *target,
                        const char  *record_id,
                        const char  *new_state,
                        GError     **error)
{
  return apply_change_full (self, aspect, target, record_id, new_state, 0, NULL, error);
}

/**
 * nr_report_write_initial:
 *
 * Writes the first state of something a new report is built with, and its
 * history row, inside a transaction the caller holds.  Building a report
 * from a document writes hundreds of these: unlike nr_report_apply_change(),
 * this neither opens a savepoint nor reads the old state, which in a new
 * report is always absent.
 */
gboolean
nr_report_write_initial (NrReport            *self,
                         const char          *aspect,
                         const char          *target,
                         const char          *record_id,
                         const char          *state,
                         const NrProvenance  *provenance,
                         GError             **error)
{
  g_return_val_if_fail (nr_store_in_transaction (nr_report_get_store (self)), FALSE);

  return write_state (self, aspect, target, record_id, state, provenance, error) &&
         append_history (self, aspect, target, record_id, NULL, state, 0, provenance, error);
}

/**
 * nr_report_write_initial_answer:
 * @value_state: (nullable): the answer's value, if it has one
 *
 * nr_report_write_initial() for an answer's value and classification at
 * once: one row, two history entries.
 */
gboolean
nr_report_write_initial_answer (NrReport            *self,
                                const char          *question_id,
                                const char          *value_state,
                                const char          *classification,
                                const NrProvenance  *provenance,
                                GError             **error)
{
  NrStore *store = nr_report_get_store (self);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (nr_store_in_transaction (store), FALSE);

  stmt = nr_store_prepare (store,
                           "INSERT INTO answer (question_id, value, classification, author, agency,"
                           "  modified) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, question_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, value_state, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, classification, -1, SQLITE_STATIC);
  bind_provenance (stmt, 4, provenance);
  if (!nr_store_step_done (store, stmt, error))
    return FALSE;

  return (value_state == NULL ||
          append_history (self, NR_CHANGE_VALUE, question_id, NULL, NULL, value_state, 0,
                          provenance, error)) &&
         append_history (self, NR_CHANGE_CLASSIFICATION, question_id, NULL, NULL, classification, 0,
                         provenance, error);
}

/**
 * nr_report_write_initial_record:
 * @fields: the record's fields, in canonical order
 *
 * nr_report_write_initial() for a record, from its parts rather than its
 * state text, so that nothing is printed only to be parsed again.
 */
gboolean
nr_report_write_initial_record (NrReport            *self,
                                const char          *question_id,
                                const char          *record_id,
                                double               position,
                                GVariant            *fields,
                                const NrProvenance  *provenance,
                                GError             **error)
{
  g_autofree char *fields_text = nr_state_print (fields);
  g_autofree char *state = NULL;

  g_return_val_if_fail (nr_store_in_transaction (nr_report_get_store (self)), FALSE);

  /* What nr_report_record_state() prints, without printing the fields twice. */
  {
    g_autoptr(GVariant) boxed = g_variant_ref_sink (g_variant_new_double (position));
    g_autofree char *position_text = nr_state_print (boxed);

    state = g_strdup_printf ("(%s, %s)", position_text, fields_text);
  }

  return write_record_row (nr_report_get_store (self), question_id, record_id, position,
                           fields_text, provenance, error) &&
         append_history (self, NR_CHANGE_RECORD, question_id, record_id, NULL, state, 0,
                         provenance, error);
}

/**
 * nr_report_apply_change_as:
 * @provenance: who made the change, for which agency and when
 *
 * Like nr_report_apply_change(), for a change that someone else made: an
 * imported or merged answer keeps the provenance it came with.
 */
gboolean
nr_report_apply_change_as (NrReport            *self,
                           const char          *aspect,
                           const char          *target,
                           const char          *record_id,
                           const char          *new_state,
                           const NrProvenance  *provenance,
                           GError             **error)
{
  return apply_change_full (self, aspect, target, record_id, new_state, 0, provenance, error);
}

#define HISTORY_COLUMNS \
  "id, time, author, agency, target, record_id, aspect, old, new, coalesce (undo_of, 0)"

static NrHistoryEntry *
entry_from_row (sqlite3_stmt *stmt)
{
  NrHistoryEntryData data = {
    .id = sqlite3_column_int64 (stmt, 0),
    .time = column_text (stmt, 1),
    .author = column_text (stmt, 2),
    .agency = column_text (stmt, 3),
    .target = column_text (stmt, 4),
    .record_id = column_text (stmt, 5),
    .aspect = column_text (stmt, 6),
    .old_state = column_text (stmt, 7),
    .new_state = column_text (stmt, 8),
    .undo_of = sqlite3_column_int64 (stmt, 9),
  };

  return nr_history_entry_new (&data);
}

/**
 * nr_report_list_history:
 * @target: (nullable): a question id, norm id or "meta:KEY", or %NULL for the
 *   whole report
 *
 * Returns: (transfer full): the changes (#NrHistoryEntry), newest first.
 */
GListModel *
nr_report_list_history (NrReport   *self,
                        const char *target)
{
  GListStore *entries = g_list_store_new (NR_TYPE_HISTORY_ENTRY);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (NR_IS_REPORT (self), NULL);

  if (target != NULL)
    stmt = nr_store_prepare (nr_report_get_store (self),
                             "SELECT " HISTORY_COLUMNS " FROM history WHERE target = ?1 "
                             "ORDER BY id DESC", NULL);
  else
    stmt = nr_store_prepare (nr_report_get_store (self),
                             "SELECT " HISTORY_COLUMNS " FROM history ORDER BY id DESC", NULL);
  if (stmt == NULL)
    return G_LIST_MODEL (entries);

  if (target != NULL)
    sqlite3_bind_text (stmt, 1, target, -1, SQLITE_STATIC);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(NrHistoryEntry) entry = entry_from_row (stmt);
      g_list_store_append (entries, entry);
    }
  sqlite3_reset (stmt);

  return G_LIST_MODEL (entries);
}

/* The newest row of the history, or 0 for a report never changed: two
 * connections to one file that see the same row see the same report. */
gint64
nr_report_get_last_change (NrReport *self)
{
  sqlite3_stmt *stmt = nr_store_prepare (nr_report_get_store (self),
                                         "SELECT coalesce (max (id), 0) FROM history", NULL);
  gint64 id = -1;

  if (stmt == NULL)
    return -1;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}

/* The change an undo of @target would reverse, or NULL. */
static NrHistoryEntry *
find_undoable (NrReport   *self,
               const char *target)
{
  sqlite3_stmt *stmt;
  NrHistoryEntry *entry = NULL;

  stmt = nr_store_prepare (nr_report_get_store (self),
                           "SELECT " HISTORY_COLUMNS " FROM history AS h"
                           " WHERE target = ?1 AND undo_of IS NULL"
                           "   AND NOT EXISTS (SELECT 1 FROM history AS u WHERE u.undo_of = h.id)"
                           " ORDER BY id DESC LIMIT 1",
                           NULL);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, target, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    entry = entry_from_row (stmt);
  sqlite3_reset (stmt);

  return entry;
}

gboolean
nr_report_can_undo (NrReport   *self,
                    const char *target)
{
  g_autoptr(NrHistoryEntry) entry = NULL;

  g_return_val_if_fail (NR_IS_REPORT (self), FALSE);

  if (nr_report_is_read_only (self))
    return FALSE;

  entry = find_undoable (self, target);
  return entry != NULL;
}

/**
 * nr_report_undo:
 * @target: a question id, norm id or "meta:KEY"
 *
 * Restores what @target was before its latest change that has not been
 * undone yet.  The undo is saved and recorded like any other change.
 */
gboolean
nr_report_undo (NrReport    *self,
                const char  *target,
                GError     **error)
{
  g_autoptr(NrHistoryEntry) entry = NULL;

  g_return_val_if_fail (NR_IS_REPORT (self), FALSE);
  g_return_val_if_fail (target != NULL, FALSE);

  if (!nr_report_check_writable (self, error))
    return FALSE;

  entry = find_undoable (self, target);
  if (entry == NULL)
    {
      g_set_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_NOTHING_TO_UNDO,
                   _("There is no earlier change to “%s” to undo."), target);
      return FALSE;
    }

  return apply_change_full (self, nr_history_entry_get_aspect (entry), target,
                            nr_history_entry_get_record_id (entry),
                            nr_history_entry_get_old_state (entry),
                            nr_history_entry_get_id (entry), NULL, error);
}

/**
 * nr_report_restore:
 * @entry: a change from nr_report_list_history()
 *
 * Makes what @entry changed what it was right after that change: an earlier
 * answer brought back.  The restoring is saved and recorded like any edit.
 */
gboolean
nr_report_restore (NrReport        *self,
                   NrHistoryEntry  *entry,
                   GError         **error)
{
  g_return_val_if_fail (NR_IS_REPORT (self), FALSE);
  g_return_val_if_fail (NR_IS_HISTORY_ENTRY (entry), FALSE);

  return nr_report_apply_change (self, nr_history_entry_get_aspect (entry),
                                 nr_history_entry_get_target (entry),
                                 nr_history_entry_get_record_id (entry),
                                 nr_history_entry_get_new_state (entry), error);
}
