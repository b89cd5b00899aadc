/* test-store-hostile.c: a report file made or changed by someone else holds
 * nothing that runs: planted triggers, views in place of tables, extra or
 * changed tables and indexes are refused before anything reads or writes the
 * file, no read runs for ever, and every file format we wrote still opens. */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "nr-core.h"
#include "nr-store-private.h"
#include "nr-test-report.h"
#include "nr-test-util.h"

/* Longer than any refusal takes, even under valgrind; far shorter than a
 * read that never ends. */
#define QUICK_SECONDS 20

typedef NrTestPlace Fixture;

/* Made once, since making a report is slow under the sanitizers: the
 * questionnaire every report here answers, and a report as Norms Reporter
 * writes it, with an internal answer, that each test copies. */
static NrQuestionnaire *questionnaire;
static NrTestPlace template;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  nr_test_place_init (f, "laos-2025.normsreport");
  g_file_copy (template.file, f->file, G_FILE_COPY_NONE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  nr_test_place_clear (f);
}

/* Changes @path as another program could, with SQLite's defaults. */
static void
tamper (const char *path,
        const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

/* The file's bytes and time of change, to show a refused file untouched. */
static char *
file_state (const char *path)
{
  g_autofree char *digest = nr_test_file_digest (path);
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return g_strdup_printf ("%s %" G_GINT64_FORMAT, digest, (gint64) st.st_mtime);
}

/* Opens @f's report with @flags the way the library and `info` read it:
 * the report, then how complete it is.  Returns the error. */
static GError *
open_and_read (Fixture          *f,
               NrStoreOpenFlags  flags)
{
  g_autoptr(NrReport) report = NULL;
  GError *error = NULL;
  gint64 start = g_get_monotonic_time ();

  report = nr_report_open (f->file, questionnaire, flags, &error);
  if (report != NULL)
    nr_report_get_completion (report, NULL, NULL);
  g_assert_cmpint (g_get_monotonic_time () - start, <, QUICK_SECONDS * G_USEC_PER_SEC);

  g_assert_null (report);
  return error;
}

/* Opening @f's report, for writing and for reading, is refused as damaged
 * with @what in the message, and the file is left exactly as it was. */
static void
assert_refused (Fixture    *f,
                const char *what)
{
  g_autofree char *before = file_state (f->path);
  g_autofree char *after = NULL;
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  /* Reading leaves SQLite's empty log beside the file; opening for writing
   * takes it away again on closing. */
  const NrStoreOpenFlags flags[] = { NR_STORE_OPEN_READ_ONLY, NR_STORE_OPEN_DEFAULT };

  for (guint i = 0; i < G_N_ELEMENTS (flags); i++)
    {
      g_autoptr(GError) error = open_and_read (f, flags[i]);

      g_assert_error (error, NR_STORE_ERROR, NR_STORE_ERROR_CORRUPT);
      if (strstr (error->message, "laos-2025.normsreport") == NULL ||
          strstr (error->message, "damaged or was changed by another program") == NULL ||
          strstr (error->message, what) == NULL)
        g_error ("“%s” not in the error “%s”", what, error->message);
    }

  after = file_state (f->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

/* A trigger that makes every answer public on the next change of any. */
static void
test_planted_trigger (Fixture       *f,
                      gconstpointer  data)
{
  tamper (f->path, "CREATE TRIGGER publish AFTER UPDATE ON answer "
                   "BEGIN UPDATE answer SET classification = 'public'; END;");
  assert_refused (f, "it contains a trigger");
}

/* A table replaced by a view that never finishes: reading it would hang
 * whoever opens the report. */
static void
test_endless_view (Fixture       *f,
                   gconstpointer  table)
{
  const char *columns = g_str_equal (table, "meta") ? "key, value" :
                        "question_id, value, classification, author, agency, modified";
  const char *row = g_str_equal (table, "meta") ? "'k' || i, 'v'" : "'q' || i, i, 'public', '', '', ''";
  g_autofree char *sql = g_strdup_printf ("DROP TABLE %s;"
                                          "CREATE VIEW %s (%s) AS "
                                          "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                                          "SELECT %s FROM n WHERE i < 0;",
                                          (const char *) table, (const char *) table, columns, row);

  tamper (f->path, sql);
  assert_refused (f, "it contains a view");
}

static void
test_extra_index (Fixture       *f,
                  gconstpointer  data)
{
  tamper (f->path, "CREATE INDEX answer_by_value ON answer (value);");
  assert_refused (f, "it contains an index");
}

static void
test_extra_table (Fixture       *f,
                  gconstpointer  data)
{
  tamper (f->path, "CREATE TABLE notes (text TEXT);");
  assert_refused (f, "it contains a table");
}

/* Statistics steer SQLite's query planner; Norms Reporter never makes them. */
static void
test_statistics (Fixture       *f,
                 gconstpointer  data)
{
  tamper (f->path, "ANALYZE;");
  assert_refused (f, "it contains a table");
}

/* Answers that would be public unless said otherwise. */
static void
test_changed_default (Fixture       *f,
                      gconstpointer  data)
{
  tamper (f->path, "PRAGMA writable_schema = ON;"
                   "UPDATE sqlite_schema SET sql = replace (sql, 'DEFAULT ''internal''', 'DEFAULT ''public''')"
                   " WHERE name = 'answer';");
  assert_refused (f, "“answer” is not defined as Norms Reporter defines it");
}

/* The same definition, laid out differently, is still ours; a changed one
 * is not, however small the change. */
static void
test_changed_check (Fixture       *f,
                    gconstpointer  data)
{
  tamper (f->path, "PRAGMA writable_schema = ON;"
                   "UPDATE sqlite_schema SET sql = replace (sql, '''workshop'', ''internal''', '''workshop'',''internal'' ')"
                   " WHERE name = 'answer';");
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(NrReport) report = nr_report_open (f->file, questionnaire, NR_STORE_OPEN_READ_ONLY, &error);

    g_assert_no_error (error);
  }
  tamper (f->path, "PRAGMA writable_schema = ON;"
                   "UPDATE sqlite_schema SET sql = replace (sql, '''workshop'',''internal'' ', '''workshop'', ''internal '' ')"
                   " WHERE name = 'answer';");
  assert_refused (f, "“answer” is not defined as Norms Reporter defines it");
}

static void
test_missing_table (Fixture       *f,
                    gconstpointer  data)
{
  tamper (f->path, "DROP TABLE review;");
  assert_refused (f, "“review”, which every Norms Reporter file has, is missing");
}

/* A read that never ends is cut short with an error that names the file,
 * on a report opened read-only; one that is long but ends, inside a
 * transaction of a report opened for writing, is not. */
static void
test_endless_read (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrStore) reader = nr_store_open (f->file, NR_STORE_OPEN_READ_ONLY, &error);
  g_autoptr(NrStore) writer = NULL;
  /* Ten digits joined twelve times over: a million million rows, counted
   * without allocating memory (which makes the sanitizers slow). */
  const char *endless = "WITH d (x) AS (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) "
                        "SELECT count (*) FROM d AS a, d AS b, d AS c, d AS e, d AS f, d AS g,"
                        " d AS h, d AS i, d AS j, d AS k, d AS l, d AS m";
  /* Ten million rows: twice what a read of this small file may run. */
  const char *long_count = "WITH d (x) AS (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) "
                           "SELECT count (*) FROM d AS a, d AS b, d AS c, d AS e, d AS f, d AS g, d AS h";
  sqlite3_stmt *stmt;
  gint64 start = g_get_monotonic_time ();

  g_assert_no_error (error);
  stmt = nr_store_prepare (reader, endless, &error);
  g_assert_no_error (error);
  g_assert_false (nr_store_step_done (reader, stmt, &error));
  g_assert_error (error, NR_STORE_ERROR, NR_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "laos-2025.normsreport"));
  g_assert_nonnull (strstr (error->message, "takes far longer"));
  g_assert_cmpint (g_get_monotonic_time () - start, <, QUICK_SECONDS * G_USEC_PER_SEC);
  g_clear_error (&error);

  stmt = nr_store_prepare (reader, long_count, &error);
  g_assert_false (nr_store_step_done (reader, stmt, &error));
  g_assert_error (error, NR_STORE_ERROR, NR_STORE_ERROR_CORRUPT);
  g_clear_error (&error);

  /* The budget is each statement's: the next one reads as usual. */
  {
    g_autofree char *state = nr_store_dup_meta (reader, NR_META_STATE);

    g_assert_cmpstr (state, ==, "LA");
  }
  nr_store_close (reader);

  writer = nr_store_open (f->file, NR_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (nr_store_begin (writer, &error));
  stmt = nr_store_prepare (writer, long_count, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 10000000);
  sqlite3_reset (stmt);
  nr_store_rollback (writer);
}

/* A file of each shape a Norms Reporter file can legitimately have (created
 * in file format @created, migrated since to @version) opens, and is
 * upgraded to the current format after a backup. */
static void
assert_shape_opens (int created,
                    int version)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "shape.normsreport", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(NrReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *ids = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d;"
                                          "INSERT INTO meta VALUES ('report-id', 'a0c7d7e4-2f55-4c3a-9d44-5a1e8f0b6c21'),"
                                          " ('questionnaire-id', '%s'), ('questionnaire-version', '1'),"
                                          " ('created', '2023-05-02T08:00:00Z'), ('state', 'KH');",
                                          (int) NR_STORE_APPLICATION_ID, version, NR_QUESTIONNAIRE_DEFAULT_ID);
  sqlite3 *db = NULL;

  g_test_message ("created in format %d, now in format %d", created, version);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = WAL", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (nr_store_build_schema (db, created, version), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, ids, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);

  report = nr_report_open (file, questionnaire, NR_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (nr_report_get_metadata (report, NR_META_STATE), ==, "KH");
  backup = nr_report_get_backup_path (report);
  g_assert_true ((backup != NULL) == (version < NR_STORE_SCHEMA_VERSION));
  nr_report_close (report);
  g_assert_cmpint (nr_test_user_version (path), ==, NR_STORE_SCHEMA_VERSION);

  /* And again, now in the current format. */
  g_clear_object (&report);
  report = nr_report_open (file, questionnaire, NR_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  nr_report_close (report);

  nr_test_remove_tree (dir);
}

static void
test_every_legitimate_shape (void)
{
  for (int created = 1; created <= NR_STORE_SCHEMA_VERSION; created++)
    for (int version = created; version <= NR_STORE_SCHEMA_VERSION; version++)
      assert_shape_opens (created, version);
}

/* Format 1 as the fixture writes it, by hand and laid out on many lines. */
static void
test_format_1_fixture (void)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "malaysia-2024.normsreport", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(NrReport) report = NULL;
  g_autoptr(GError) error = NULL;

  nr_test_write_format_1_report (path, NULL);
  report = nr_report_open (file, questionnaire, NR_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  nr_report_close (report);
  g_clear_object (&report);

  /* Migrated, it is a shape of its own, and opens again. */
  report = nr_report_open (file, questionnaire, NR_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (nr_report_get_metadata (report, NR_META_STATE), ==, "MY");
  nr_report_close (report);
  nr_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  nr_test_init (&argc, &argv);
  questionnaire = nr_questionnaire_load_builtin (NR_QUESTIONNAIRE_DEFAULT_ID, NULL);
  nr_test_place_init (&template, "template.normsreport");
  nr_test_write_small_report (template.path, "LA");

#define ADD(path, data, func) \
  g_test_add ("/store-hostile/" path, Fixture, data, fixture_set_up, func, fixture_tear_down)

  ADD ("planted-trigger", NULL, test_planted_trigger);
  ADD ("endless-view/answer", "answer", test_endless_view);
  ADD ("endless-view/meta", "meta", test_endless_view);
  ADD ("extra-index", NULL, test_extra_index);
  ADD ("extra-table", NULL, test_extra_table);
  ADD ("statistics", NULL, test_statistics);
  ADD ("changed-default", NULL, test_changed_default);
  ADD ("changed-check", NULL, test_changed_check);
  ADD ("missing-table", NULL, test_missing_table);
  ADD ("endless-read", NULL, test_endless_read);

#undef ADD

  g_test_add_func ("/store-hostile/every-legitimate-shape", test_every_legitimate_shape);
  g_test_add_func ("/store-hostile/format-1-fixture", test_format_1_fixture);

  status = g_test_run ();
  nr_test_place_clear (&template);
  g_clear_object (&questionnaire);
  return status;
}
