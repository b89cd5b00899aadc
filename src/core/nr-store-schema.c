/* nr-store-schema.c: the tables of a report file and how old files catch up.
 *
 * PRAGMA user_version numbers the schema.  A new file gets the current schema
 * in one go; an older file is first copied to a backup beside it, then brought
 * forward through every step in one transaction together with the new
 * version number, so a failure leaves the file whole at the version it had.
 * What each version created and each step changed stays here: together they
 * say which tables a file of each version may have (nr-store-check.c).
 *
 * History of the schema:
 *   1  the first release: answers, records, history.
 *   2  provenance by agency on answers, records and history; per-answer undo
 *      (history.undo_of); review states per norm.
 *   3  revisions: the XML documents exported, imported and merged, so that a
 *      merge can find the state both sides started from.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "nr-store-private.h"

/* What every version's tables have in common.  The text of each CREATE
 * statement is compared with what files hold (nr-store-check.c): a change
 * to a single word here changes which files open, so what a version once
 * wrote stays here, word for word, for as long as its files can be opened.
 * The tables are:
 * - meta: the report's metadata, key by key;
 * - answer: one row per answered question.  value is a GVariant in text
 *   form, typed so that answers to questions a newer questionnaire dropped
 *   stay readable;
 * - record: repeatable records.  position is a sort key: moving a record
 *   rewrites only that record's key, so every move is one change in the
 *   history;
 * - review (from version 2): review states per norm;
 * - history: every change, never rewritten: who, when, what, from what to
 *   what.  An undo is a change too, pointing at the change it undid;
 * - revision (from version 3): see REVISION_TABLE. */
#define META_TABLE \
  "CREATE TABLE meta (" \
  "  key TEXT PRIMARY KEY NOT NULL," \
  "  value TEXT NOT NULL" \
  ") WITHOUT ROWID;"

#define ANSWER_COLUMNS \
  "  question_id TEXT PRIMARY KEY NOT NULL," \
  "  value TEXT," \
  "  classification TEXT NOT NULL DEFAULT 'internal'" \
  "    CHECK (classification IN ('public', 'workshop', 'internal'))," \
  "  author TEXT NOT NULL DEFAULT '',"

#define RECORD_COLUMNS \
  "  record_id TEXT PRIMARY KEY NOT NULL," \
  "  question_id TEXT NOT NULL," \
  "  position REAL NOT NULL," \
  "  fields TEXT NOT NULL," \
  "  author TEXT NOT NULL DEFAULT '',"

#define RECORD_INDEX \
  "CREATE INDEX record_by_question ON record (question_id, position);"

/* The tables of the first release, file format 1. */
#define SCHEMA_1 \
  META_TABLE \
  "CREATE TABLE answer (" ANSWER_COLUMNS "  modified TEXT NOT NULL);" \
  "CREATE TABLE record (" RECORD_COLUMNS "  modified TEXT NOT NULL);" \
  RECORD_INDEX \
  "CREATE TABLE history (" \
  "  id INTEGER PRIMARY KEY," \
  "  time TEXT NOT NULL," \
  "  author TEXT NOT NULL," \
  "  target TEXT NOT NULL," \
  "  record_id TEXT," \
  "  aspect TEXT NOT NULL," \
  "  old TEXT," \
  "  new TEXT" \
  ");"

/* Review states per norm, added in version 2: new files and migrated ones
 * must get the same table. */
#define REVIEW_TABLE \
  "CREATE TABLE review (" \
  "  norm_id TEXT PRIMARY KEY NOT NULL," \
  "  state TEXT NOT NULL CHECK (state IN ('draft', 'ready', 'cleared'))," \
  "  cleared_by TEXT," \
  "  author TEXT NOT NULL DEFAULT ''," \
  "  agency TEXT NOT NULL DEFAULT ''," \
  "  modified TEXT NOT NULL" \
  ") WITHOUT ROWID;"

/* Revisions, added in version 3.  history_id is the last history row when
 * the revision was made: the report's state at that revision can be rebuilt
 * from the history up to it. */
#define REVISION_TABLE \
  "CREATE TABLE revision (" \
  "  revision_id TEXT PRIMARY KEY NOT NULL," \
  "  kind TEXT NOT NULL CHECK (kind IN ('export', 'import', 'merge'))," \
  "  based_on TEXT," \
  "  history_id INTEGER NOT NULL," \
  "  time TEXT NOT NULL" \
  ");"

/* The tables a new file got from version 2 on, before revisions: provenance
 * by agency, per-answer undo (history.undo_of) and review states. */
#define SCHEMA_2 \
  META_TABLE \
  "CREATE TABLE answer (" ANSWER_COLUMNS "  agency TEXT NOT NULL DEFAULT ''," "  modified TEXT NOT NULL);" \
  "CREATE TABLE record (" RECORD_COLUMNS "  agency TEXT NOT NULL DEFAULT ''," "  modified TEXT NOT NULL);" \
  RECORD_INDEX \
  REVIEW_TABLE \
  "CREATE TABLE history (" \
  "  id INTEGER PRIMARY KEY," \
  "  time TEXT NOT NULL," \
  "  author TEXT NOT NULL," \
  "  agency TEXT NOT NULL DEFAULT ''," \
  "  target TEXT NOT NULL," \
  "  record_id TEXT," \
  "  aspect TEXT NOT NULL," \
  "  old TEXT," \
  "  new TEXT," \
  "  undo_of INTEGER REFERENCES history (id)" \
  ");" \
  "CREATE INDEX history_by_target ON history (target, id);"

/* created_schemas[i] is what a new file of version i + 1 was created with. */
static const char *const created_schemas[] = {
  SCHEMA_1,
  SCHEMA_2,
  SCHEMA_2 REVISION_TABLE,
};

/* migrations[i] brings a file from version i + 1 to version i + 2. */
static const char *const migrations[] = {
  /* 1 → 2.  Answers written before agencies were recorded are credited to the
   * agency that prepared the report, which is who wrote them in version 1. */
  "ALTER TABLE answer ADD COLUMN agency TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE record ADD COLUMN agency TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE history ADD COLUMN agency TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE history ADD COLUMN undo_of INTEGER REFERENCES history (id);"
  "UPDATE answer SET agency = coalesce ((SELECT value FROM meta WHERE key = 'preparing-agency'), '');"
  "UPDATE record SET agency = coalesce ((SELECT value FROM meta WHERE key = 'preparing-agency'), '');"
  "UPDATE history SET agency = coalesce ((SELECT value FROM meta WHERE key = 'preparing-agency'), '');"
  REVIEW_TABLE
  "CREATE INDEX IF NOT EXISTS history_by_target ON history (target, id);",

  /* 2 → 3 */
  REVISION_TABLE,
};

G_STATIC_ASSERT (G_N_ELEMENTS (created_schemas) == NR_STORE_SCHEMA_VERSION);
G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == NR_STORE_SCHEMA_VERSION - 1);

/**
 * nr_store_build_schema:
 * @db: an empty database
 * @created: the file format a file was created in
 * @version: the file format it has now: @created, or a later one it was
 *   migrated to
 *
 * Gives @db the tables of such a file, exactly as SQLite records them in a
 * real one (ALTER TABLE rewrites a table's definition, so a migrated table
 * reads differently from a new one).
 *
 * Returns: an SQLite result code.
 */
int
nr_store_build_schema (sqlite3 *db,
                       int      created,
                       int      version)
{
  int rc;

  g_return_val_if_fail (1 <= created && created <= version && version <= NR_STORE_SCHEMA_VERSION,
                        SQLITE_MISUSE);

  rc = sqlite3_exec (db, created_schemas[created - 1], NULL, NULL, NULL);
  for (int step = created; rc == SQLITE_OK && step < version; step++)
    rc = sqlite3_exec (db, migrations[step - 1], NULL, NULL, NULL);

  return rc;
}

gboolean
nr_store_create_schema (NrStore  *self,
                        GError  **error)
{
  g_autofree char *set_ids = g_strdup_printf ("PRAGMA application_id = %d;"
                                              "PRAGMA user_version = %d;",
                                              (int) NR_STORE_APPLICATION_ID,
                                              NR_STORE_SCHEMA_VERSION);

  if (!nr_store_begin (self, error))
    return FALSE;

  if (!nr_store_exec (self, created_schemas[NR_STORE_SCHEMA_VERSION - 1], error) ||
      !nr_store_exec (self, set_ids, error) ||
      !nr_store_commit (self, error))
    {
      nr_store_rollback (self);
      return FALSE;
    }

  return TRUE;
}

/* A name for the backup that does not exist yet: "report.normsreport.schema-1.bak",
 * then "….schema-1.2.bak" and so on. */
static char *
choose_backup_path (const char *path,
                    int         version)
{
  char *candidate = g_strdup_printf ("%s.schema-%d.bak", path, version);

  for (guint n = 2; g_file_test (candidate, G_FILE_TEST_EXISTS); n++)
    {
      g_free (candidate);
      candidate = g_strdup_printf ("%s.schema-%d.%u.bak", path, version, n);
    }

  return candidate;
}

/* Copies the database, write-ahead log included, through SQLite's online
 * backup, so the copy is consistent even if the log was never checkpointed. */
static gboolean
write_backup (NrStore     *self,
              const char  *backup_path,
              GError     **error)
{
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int fd;
  int rc;

  fd = g_open (backup_path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, NR_STORE_ERROR,
                   saved_errno == ENOSPC ? NR_STORE_ERROR_DISK_FULL : NR_STORE_ERROR_FAILED,
                   _("Could not upgrade “%s”: the backup copy “%s” could not be created (%s). The file was left as it was."),
                   nr_store_get_display_name (self), backup_path, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);

  rc = sqlite3_open_v2 (backup_path, &dest, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (dest, "main", nr_store_get_db (self), "main");
      if (backup != NULL)
        {
          rc = sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
          if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
        }
      else
        rc = sqlite3_errcode (dest);
    }
  sqlite3_close (dest);

  if (rc != SQLITE_OK)
    {
      g_unlink (backup_path);
      g_set_error (error, NR_STORE_ERROR,
                   (rc & 0xff) == SQLITE_FULL ? NR_STORE_ERROR_DISK_FULL : NR_STORE_ERROR_FAILED,
                   _("Could not upgrade “%s”: the backup copy could not be written (%s). The file was left as it was."),
                   nr_store_get_display_name (self), sqlite3_errstr (rc));
      return FALSE;
    }

  return TRUE;
}

gboolean
nr_store_migrate (NrStore  *self,
                  int       from_version,
                  char    **backup_path,
                  GError  **error)
{
  g_autofree char *path = choose_backup_path (nr_store_get_path (self), from_version);

  g_return_val_if_fail (from_version >= 1 && from_version < NR_STORE_SCHEMA_VERSION, FALSE);

  if (!write_backup (self, path, error))
    return FALSE;

  /* All the steps in one transaction: a crash or a failure part-way leaves
   * the file as it was, never in a format between the two. */
  {
    g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %d", NR_STORE_SCHEMA_VERSION);
    g_autoptr(GError) local_error = NULL;
    int version = from_version;
    gboolean done = nr_store_begin (self, &local_error);

    for (; done && version < NR_STORE_SCHEMA_VERSION; version++)
      done = nr_store_exec (self, migrations[version - 1], &local_error);
    done = done && nr_store_exec (self, set_version, &local_error) && nr_store_commit (self, &local_error);
    if (!done)
      {
        nr_store_rollback (self);
        /* The file is as it was, so the copy says nothing it does not: left
         * behind, every retry would add one more. */
        g_unlink (path);
        g_set_error (error, local_error->domain, local_error->code,
                     _("Could not upgrade “%s” from file format %d to %d: %s The file was left as it was."),
                     nr_store_get_display_name (self), from_version, NR_STORE_SCHEMA_VERSION,
                     local_error->message);
        return FALSE;
      }
  }

  *backup_path = g_steal_pointer (&path);
  return TRUE;
}
