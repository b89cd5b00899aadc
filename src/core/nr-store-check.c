/* nr-store-check.c: a report file holds our tables and nothing else.
 *
 * A .normsreport arrives by mail like any other file, and SQLite keeps code
 * in its schema: a trigger planted in a report runs on the next write (and
 * could, say, make every answer public), a view in place of a table runs
 * whatever query it was given on every read, an index or a CHECK constraint
 * can call functions.  So before anything else reads or writes a report, its
 * schema is compared with the schema the code itself gives a file of that
 * version, built in memory from the history in nr-store-schema.c, and any
 * difference refuses the file.
 *
 * SQLite stores each CREATE statement as it was written, so the comparison
 * is of that text, with only its layout taken out.  A file may have been
 * created at its version or at any earlier one and migrated since, and ALTER
 * TABLE rewrites a table's text, so each of those histories is a shape the
 * file may have; it must have one of them exactly.  SQLite's own tables are
 * compared like ours: sqlite_sequence (AUTOINCREMENT) and sqlite_stat1..4
 * (ANALYZE) are never made by Norms Reporter, and the statistics tables
 * would let a file steer the query planner into slow plans, so a file that
 * has them is refused too.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "nr-store-private.h"

/* One row of sqlite_schema. */
typedef struct
{
  char *type;
  char *name;
  char *table;
  /* The CREATE statement without its layout, or NULL for the indexes
   * SQLite makes itself for PRIMARY KEY and UNIQUE constraints. */
  char *sql;
} SchemaRow;

static void
schema_row_free (SchemaRow *row)
{
  g_free (row->type);
  g_free (row->name);
  g_free (row->table);
  g_free (row->sql);
  g_free (row);
}

/* @sql with runs of white space outside quotes made one space, and none
 * kept beside a parenthesis or a comma: the same definition written on one
 * line or on many then reads the same, and since white space there never
 * changes what SQL means, no other difference is hidden. */
static char *
normalise_sql (const char *sql)
{
  GString *out = g_string_new (NULL);
  gboolean pending_space = FALSE;
  char quote = '\0';

  for (const char *p = sql; *p != '\0'; p++)
    {
      char c = *p;

      if (quote != '\0')
        {
          g_string_append_c (out, c);
          if (c == quote)
            quote = '\0';
          continue;
        }
      if (g_ascii_isspace (c))
        {
          pending_space = TRUE;
          continue;
        }
      if (pending_space && out->len > 0 && strchr ("(),", c) == NULL &&
          strchr ("(),", out->str[out->len - 1]) == NULL)
        g_string_append_c (out, ' ');
      pending_space = FALSE;

      if (c == '\'' || c == '"' || c == '`')
        quote = c;
      else if (c == '[')
        quote = ']';
      g_string_append_c (out, c);
    }

  return g_string_free (out, FALSE);
}

/* A column that SQLite fills in, though a file edited by hand may leave
 * it empty. */
static char *
dup_column (sqlite3_stmt *stmt,
            int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return g_strdup (text != NULL ? text : "");
}

/* The rows of @db's sqlite_schema, sorted, into @rows. */
static int
read_schema (sqlite3   *db,
             GPtrArray *rows)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name",
                           -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SchemaRow *row = g_new0 (SchemaRow, 1);
      const char *sql = (const char *) sqlite3_column_text (stmt, 3);

      row->type = dup_column (stmt, 0);
      row->name = dup_column (stmt, 1);
      row->table = dup_column (stmt, 2);
      row->sql = sql != NULL ? normalise_sql (sql) : NULL;
      g_ptr_array_add (rows, row);
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);

  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* The schema of a file created in file format @created and migrated to
 * @version, as the code makes it, into @rows. */
static int
read_expected_schema (int        created,
                      int        version,
                      GPtrArray *rows)
{
  sqlite3 *db = NULL;
  int rc;

  rc = sqlite3_open_v2 (":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc == SQLITE_OK)
    rc = nr_store_build_schema (db, created, version);
  if (rc == SQLITE_OK)
    rc = read_schema (db, rows);
  sqlite3_close (db);

  return rc;
}

/* The expected schemas, built once per process: the code's schema does not
 * change while it runs, and building one is a database in memory and every
 * CREATE statement parsed, nine tenths of what opening a report cost.
 * Opens run on worker threads too, so the cache is filled under a lock; its
 * rows are only read once built. */
static GMutex expected_lock;
static GPtrArray *expected_cache[NR_STORE_SCHEMA_VERSION + 1][NR_STORE_SCHEMA_VERSION + 1];

static GPtrArray *
lookup_expected_schema (int  created,
                        int  version,
                        int *rc)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&expected_lock);
  GPtrArray *rows = expected_cache[created][version];

  *rc = SQLITE_OK;
  if (rows == NULL)
    {
      rows = g_ptr_array_new_with_free_func ((GDestroyNotify) schema_row_free);
      *rc = read_expected_schema (created, version, rows);
      if (*rc != SQLITE_OK)
        {
          g_ptr_array_unref (rows);
          return NULL;
        }
      expected_cache[created][version] = rows;
    }
  return rows;
}

static gboolean
same_row (const SchemaRow *a,
          const SchemaRow *b)
{
  return g_str_equal (a->type, b->type) && g_str_equal (a->name, b->name) &&
         g_str_equal (a->table, b->table) && g_strcmp0 (a->sql, b->sql) == 0;
}

static gboolean
same_schema (GPtrArray *a,
             GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (!same_row (a->pdata[i], b->pdata[i]))
      return FALSE;
  return TRUE;
}

static const SchemaRow *
find_row (GPtrArray  *rows,
          const char *type,
          const char *name)
{
  for (guint i = 0; i < rows->len; i++)
    {
      const SchemaRow *row = rows->pdata[i];

      if (g_str_equal (row->type, type) && g_str_equal (row->name, name))
        return row;
    }
  return NULL;
}

/* Why @found is none of the @expected schemas, as the rest of a sentence
 * that begins with the file's name.  Names in the file are never quoted:
 * they are the file's words, not ours; our own names are. */
static void
set_difference_error (const char  *display_name,
                      GPtrArray   *found,
                      GPtrArray   *expected,
                      GError     **error)
{
  GPtrArray *ours = expected->pdata[0];

  for (guint i = 0; i < found->len; i++)
    {
      const SchemaRow *row = found->pdata[i];

      if (find_row (ours, row->type, row->name) != NULL)
        continue;
      if (g_str_equal (row->type, "trigger"))
        g_set_error (error, NR_STORE_ERROR, NR_STORE_ERROR_CORRUPT,
                     _("“%s” is damaged or was changed by another program: it contains a trigger, which Norms Reporter files never contain."),
                     display_name);
      else if (g_str_equal (row->type, "view"))
        g_set_error (error, NR_STORE_ERROR, NR_STORE_ERROR_CORRUPT,
                     _("“%s” is damaged or was changed by another program: it contains a view, which Norms Reporter files never contain."),
                     display_name);
      else if (g_str_equal (row->type, "index"))
        g_set_error (error, NR_STORE_ERROR, NR_STORE_ERROR_CORRUPT,
                     _("“%s” is damaged or was changed by another program: it contains an index that Norms Reporter files never contain."),
                     display_name);
      else
        g_set_error (error, NR_STORE_ERROR, NR_STORE_ERROR_CORRUPT,
                     _("“%s” is damaged or was changed by another program: it contains a table that Norms Reporter files never contain."),
                     display_name);
      return;
    }

  for (guint i = 0; i < ours->len; i++)
    {
      const SchemaRow *row = ours->pdata[i];

      if (find_row (found, row->type, row->name) == NULL)
        {
          g_set_error (error, NR_STORE_ERROR, NR_STORE_ERROR_CORRUPT,
                       _("“%s” is damaged or was changed by another program: “%s”, which every Norms Reporter file has, is missing."),
                       display_name, row->name);
          return;
        }
    }

  /* Every name is ours: some definition is not one we ever wrote. */
  for (guint i = 0; i < found->len; i++)
    {
      const SchemaRow *row = found->pdata[i];
      gboolean known = FALSE;

      for (guint j = 0; j < expected->len && !known; j++)
        {
          const SchemaRow *ours_row = find_row (expected->pdata[j], row->type, row->name);

          known = ours_row != NULL && same_row (row, ours_row);
        }
      if (!known)
        {
          const SchemaRow *ours_row = find_row (ours, row->type, row->name);

          g_set_error (error, NR_STORE_ERROR, NR_STORE_ERROR_CORRUPT,
                       _("“%s” is damaged or was changed by another program: “%s” is not defined as Norms Reporter defines it."),
                       display_name, ours_row->name);
          return;
        }
    }

  g_set_error (error, NR_STORE_ERROR, NR_STORE_ERROR_CORRUPT,
               _("“%s” is damaged or was changed by another program: its tables are not defined as Norms Reporter defines them."),
               display_name);
}

/**
 * nr_store_check_schema:
 * @version: the file format the file says it has, already known to be one
 *   this version reads
 *
 * Refuses, as damaged, a file whose tables, indexes, views and triggers are
 * not exactly those of a Norms Reporter file of @version.  Reads only
 * sqlite_schema, which runs nothing the file holds.
 */
gboolean
nr_store_check_schema (NrStore  *self,
                       int       version,
                       GError  **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) schema_row_free);
  /* Borrowed from the cache. */
  g_autoptr(GPtrArray) expected = g_ptr_array_new ();
  int rc;

  g_return_val_if_fail (version >= 1 && version <= NR_STORE_SCHEMA_VERSION, FALSE);

  rc = read_schema (nr_store_get_db (self), found);
  if (rc != SQLITE_OK)
    return nr_store_set_sqlite_error (self, rc, error);

  /* The file as a new file of its version has it first: the error names
   * what differs from that. */
  for (int created = version; created >= 1; created--)
    {
      GPtrArray *rows = lookup_expected_schema (created, version, &rc);

      if (rows == NULL)
        {
          /* Only our own statements on an empty database in memory: only a
           * lack of memory makes them fail. */
          g_set_error (error, NR_STORE_ERROR, NR_STORE_ERROR_FAILED,
                       _("Could not check “%s” (%s)."), nr_store_get_display_name (self),
                       sqlite3_errstr (rc));
          return FALSE;
        }
      g_ptr_array_add (expected, rows);
      if (same_schema (found, rows))
        return TRUE;
    }

  set_difference_error (nr_store_get_display_name (self), found, expected, error);
  return FALSE;
}
