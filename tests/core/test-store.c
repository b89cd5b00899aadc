/* test-store.c: the report file: how it is created, and every way opening a
 * bad file is refused without touching it. */
#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>

#include "nr-core.h"
#include "nr-store-private.h"
#include "nr-test-util.h"

typedef NrTestPlace Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  nr_test_place_init (f, "report.normsreport");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  nr_test_place_clear (f);
}

static int
pragma_int (NrStore    *store,
            const char *pragma)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA %s", pragma);
  sqlite3_stmt *stmt = nr_store_prepare (store, sql, NULL);
  int value;

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return value;
}

static void
test_create (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrStore) store = nr_store_create (f->file, &error);
  sqlite3_stmt *stmt;
  GStatBuf st;

  g_assert_no_error (error);
  g_assert_nonnull (store);

  /* Readable by its owner only: reports can hold restricted data. */
  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_assert_cmpint ((guint32) pragma_int (store, "application_id"), ==, NR_STORE_APPLICATION_ID);
  g_assert_cmpint (pragma_int (store, "user_version"), ==, NR_STORE_SCHEMA_VERSION);
  g_assert_cmpint (pragma_int (store, "foreign_keys"), ==, 1);
  g_assert_cmpint (pragma_int (store, "synchronous"), ==, 2);  /* FULL */
  stmt = nr_store_prepare (store, "PRAGMA journal_mode", NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "wal");
  sqlite3_reset (stmt);

  /* Prepared statements are cached. */
  g_assert_true (nr_store_prepare (store, "SELECT count(*) FROM answer", NULL) ==
                 nr_store_prepare (store, "SELECT count(*) FROM answer", NULL));

  nr_store_close (store);

  /* Closed, the report is one file again. */
  {
    g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
    g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  }
}

static void
test_create_refuses_existing (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrStore) store = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (g_file_set_contents (f->path, "my notes", -1, NULL));
  before = nr_test_file_digest (f->path);

  store = nr_store_create (f->file, &error);
  g_assert_null (store);
  g_assert_error (error, NR_STORE_ERROR, NR_STORE_ERROR_EXISTS);
  g_assert_nonnull (strstr (error->message, "report.normsreport"));

  after = nr_test_file_digest (f->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_reopen (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrStore) created = nr_store_create (f->file, &error);
  g_autoptr(NrStore) opened = NULL;
  g_autofree char *value = NULL;

  g_assert_no_error (error);
  g_assert_true (nr_store_begin (created, &error));
  g_assert_true (nr_store_set_meta (created, "state", "LA", &error));
  g_assert_true (nr_store_commit (created, &error));
  g_assert_no_error (error);
  nr_store_close (created);

  opened = nr_store_open (f->file, NR_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  value = nr_store_dup_meta (opened, "state");
  g_assert_cmpstr (value, ==, "LA");
  g_assert_null (nr_store_get_backup_path (opened));
}

/* Opens @f's file, which must be refused with @code and left as it was. */
static void
assert_open_refused (Fixture    *f,
                     int         code,
                     const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrStore) store = NULL;
  g_autofree char *before = nr_test_file_digest (f->path);
  g_autofree char *after = NULL;
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);

  store = nr_store_open (f->file, NR_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_error (error, NR_STORE_ERROR, code);
  g_assert_nonnull (strstr (error->message, "report.normsreport"));
  if (strstr (error->message, expected) == NULL)
    g_error ("“%s” not in the error “%s”", expected, error->message);

  after = nr_test_file_digest (f->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_missing (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrStore) store = nr_store_open (f->file, NR_STORE_OPEN_DEFAULT, &error);

  g_assert_null (store);
  g_assert_error (error, NR_STORE_ERROR, NR_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "report.normsreport"));
  g_assert_nonnull (strstr (error->message, "does not exist"));
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
}

static void
test_not_a_database (Fixture       *f,
                     gconstpointer  data)
{
  g_assert_true (g_file_set_contents (f->path,
                                      "Minutes of the inter-agency meeting, 3 March.\n"
                                      "This is a text document that someone renamed, and long "
                                      "enough to fill the hundred bytes of a database header.\n",
                                      -1, NULL));
  assert_open_refused (f, NR_STORE_ERROR_NOT_A_REPORT, "not a database file");
}

static void
test_empty_file (Fixture       *f,
                 gconstpointer  data)
{
  g_assert_true (g_file_set_contents (f->path, "", 0, NULL));
  assert_open_refused (f, NR_STORE_ERROR_NOT_A_REPORT, "not a database file");
}

static void
test_directory (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrStore) store = NULL;

  g_assert_cmpint (g_mkdir (f->path, 0700), ==, 0);
  store = nr_store_open (f->file, NR_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_error (error, NR_STORE_ERROR, NR_STORE_ERROR_NOT_A_REPORT);
}

/* A report with enough in it to span many pages. */
static void
make_large_report (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrStore) store = nr_store_create (f->file, &error);
  g_autofree char *text = g_strnfill (5000, 'x');

  g_assert_no_error (error);
  g_assert_true (nr_store_begin (store, &error));
  for (guint i = 0; i < 50; i++)
    {
      g_autofree char *key = g_strdup_printf ("filler-%u", i);
      g_assert_true (nr_store_set_meta (store, key, text, &error));
    }
  g_assert_true (nr_store_commit (store, &error));
  g_assert_no_error (error);
  nr_store_close (store);
}

static void
truncate_file (const char *path,
               goffset     new_size)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpint (new_size, <, (goffset) length);
  g_assert_true (g_file_set_contents (path, contents, new_size, NULL));
}

static void
test_truncated_at_page (Fixture       *f,
                        gconstpointer  data)
{
  GStatBuf st;

  make_large_report (f);
  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  /* Cut off the last quarter, on a page boundary. */
  truncate_file (f->path, (st.st_size / 4096 * 3 / 4) * 4096);
  assert_open_refused (f, NR_STORE_ERROR_CORRUPT, "shorter than its contents");
}

static void
test_truncated_mid_page (Fixture       *f,
                         gconstpointer  data)
{
  GStatBuf st;

  make_large_report (f);
  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  truncate_file (f->path, st.st_size / 2 + 100);
  assert_open_refused (f, NR_STORE_ERROR_CORRUPT, "cut short");
}

/* Writes an SQLite file the way another program would. */
static void
make_sqlite_file (const char *path,
                  const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
test_foreign_database (Fixture       *f,
                       gconstpointer  data)
{
  make_sqlite_file (f->path, "CREATE TABLE contacts (name TEXT, phone TEXT);"
                             "INSERT INTO contacts VALUES ('Desk officer', '+62 21 000');");
  assert_open_refused (f, NR_STORE_ERROR_FOREIGN, "another program");
}

static void
test_foreign_application_id (Fixture       *f,
                             gconstpointer  data)
{
  /* Another application that also marks its files, with a version of 2. */
  make_sqlite_file (f->path, "PRAGMA application_id = 1196444237;"  /* "GPKG" */
                             "PRAGMA user_version = 2;"
                             "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);");
  assert_open_refused (f, NR_STORE_ERROR_FOREIGN, "another program");
}

static void
test_newer_version (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d;"
                                          "PRAGMA user_version = 99;"
                                          "CREATE TABLE future (x);",
                                          (int) NR_STORE_APPLICATION_ID);

  make_sqlite_file (f->path, sql);
  assert_open_refused (f, NR_STORE_ERROR_TOO_NEW, "newer version of Norms Reporter");
}

static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrStore) store = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *value = NULL;

  make_large_report (f);
  g_assert_cmpint (g_chmod (f->path, 0400), ==, 0);

  assert_open_refused (f, NR_STORE_ERROR_READ_ONLY, "read-only");

  /* It can still be opened for viewing, and nothing can be written. */
  before = nr_test_file_digest (f->path);
  store = nr_store_open (f->file, NR_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (nr_store_is_read_only (store));
  value = nr_store_dup_meta (store, "filler-3");
  g_assert_cmpuint (strlen (value), ==, 5000);

  g_assert_false (nr_store_begin (store, &error));
  g_assert_error (error, NR_STORE_ERROR, NR_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);

  /* Even behind our back, SQLite refuses the write, and says so with the name. */
  g_assert_false (nr_store_exec (store, "INSERT INTO meta VALUES ('x', 'y')", &error));
  g_assert_error (error, NR_STORE_ERROR, NR_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "report.normsreport"));

  nr_store_close (store);
  after = nr_test_file_digest (f->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_sqlite_errors_name_the_file (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrStore) store = nr_store_create (f->file, &error);

  g_assert_no_error (error);
  g_assert_false (nr_store_exec (store, "SELECT * FROM no_such_table", &error));
  g_assert_error (error, NR_STORE_ERROR, NR_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "report.normsreport"));
  g_assert_nonnull (strstr (error->message, "no_such_table"));
}

static void
test_nested_transactions (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrStore) store = nr_store_create (f->file, &error);
  g_autofree char *kept = NULL;
  g_autofree char *dropped = NULL;

  g_assert_no_error (error);
  g_assert_true (nr_store_begin (store, &error));
  g_assert_true (nr_store_set_meta (store, "outer", "kept", &error));
  g_assert_true (nr_store_begin (store, &error));
  g_assert_true (nr_store_set_meta (store, "inner", "dropped", &error));
  nr_store_rollback (store);
  g_assert_true (nr_store_in_transaction (store));
  g_assert_true (nr_store_commit (store, &error));
  g_assert_no_error (error);
  g_assert_false (nr_store_in_transaction (store));

  kept = nr_store_dup_meta (store, "outer");
  dropped = nr_store_dup_meta (store, "inner");
  g_assert_cmpstr (kept, ==, "kept");
  g_assert_null (dropped);

  /* An outer rollback takes the inner commits with it. */
  g_assert_true (nr_store_begin (store, &error));
  g_assert_true (nr_store_begin (store, &error));
  g_assert_true (nr_store_set_meta (store, "inner", "committed inside", &error));
  g_assert_true (nr_store_commit (store, &error));
  nr_store_rollback (store);
  g_clear_pointer (&dropped, g_free);
  dropped = nr_store_dup_meta (store, "inner");
  g_assert_null (dropped);
}

static void
test_moved_while_open (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrStore) store = nr_store_create (f->file, &error);

  g_assert_no_error (error);
  g_assert_cmpint (g_unlink (f->path), ==, 0);

  /* A change that would be lost is refused, and says why. */
  g_assert_false (nr_store_begin (store, &error));
  g_assert_error (error, NR_STORE_ERROR, NR_STORE_ERROR_MOVED);
  g_assert_nonnull (strstr (error->message, "report.normsreport"));
  g_assert_nonnull (strstr (error->message, "moved or deleted"));
}

/* One writer at a time: a second open for writing, from this process or
 * another, is told the report is open elsewhere; reading is always fine,
 * and the lock goes with the first writer. */
static void
test_second_writer_refused (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "national.normsreport", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(NrStore) first = nr_store_create (file, &error);
  g_autoptr(NrStore) second = NULL;
  g_autoptr(NrStore) reader = NULL;
  g_autoptr(NrStore) after = NULL;

  g_assert_no_error (error);
  second = nr_store_open (file, NR_STORE_OPEN_DEFAULT, &error);
  g_assert_null (second);
  g_assert_error (error, NR_STORE_ERROR, NR_STORE_ERROR_OPEN_ELSEWHERE);
  g_assert_nonnull (strstr (error->message, "national.normsreport"));
  g_clear_error (&error);

  reader = nr_store_open (file, NR_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_nonnull (reader);

  nr_store_close (first);
  after = nr_store_open (file, NR_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (after);
  nr_store_close (after);
  nr_store_close (reader);
  nr_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  nr_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/store/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("create", test_create);
  ADD ("create-refuses-existing", test_create_refuses_existing);
  ADD ("reopen", test_reopen);
  ADD ("nested-transactions", test_nested_transactions);
  ADD ("moved-while-open", test_moved_while_open);
  ADD ("sqlite-errors-name-the-file", test_sqlite_errors_name_the_file);
  ADD ("refused/missing", test_missing);
  ADD ("refused/not-a-database", test_not_a_database);
  ADD ("refused/empty", test_empty_file);
  ADD ("refused/directory", test_directory);
  ADD ("refused/truncated-at-page", test_truncated_at_page);
  ADD ("refused/truncated-mid-page", test_truncated_mid_page);
  ADD ("refused/foreign", test_foreign_database);
  ADD ("refused/foreign-application-id", test_foreign_application_id);
  ADD ("refused/newer-version", test_newer_version);
  ADD ("refused/read-only", test_read_only);

#undef ADD

  g_test_add_func ("/store/second-writer-refused", test_second_writer_refused);

  return g_test_run ();
}
