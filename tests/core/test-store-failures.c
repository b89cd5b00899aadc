/* test-store-failures.c: what the store does when SQLite says no: a folder
 * that cannot keep a write-ahead log, and a commit that fails. */
#include "config.h"

#include <sqlite3.h>

#include "nr-core.h"
#include "nr-store-private.h"
#include "nr-test-util.h"

typedef NrTestPlace Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  nr_test_place_init (f, "timor-leste-2025.normsreport");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  nr_test_place_clear (f);
}

/* Where the file system cannot share memory between processes, as on some
 * network drives, SQLite stays in its old journal mode without an error.
 * Its "unix-dotfile" file system layer has no shared memory either: with it,
 * a report is refused rather than kept without the log that makes its
 * edits safe. */
static void
test_no_write_ahead_log (Fixture       *f,
                         gconstpointer  data)
{
  sqlite3_vfs *usual = sqlite3_vfs_find (NULL);
  sqlite3_vfs *without_shared_memory = sqlite3_vfs_find ("unix-dotfile");
  g_autoptr(GError) error = NULL;
  g_autoptr(NrStore) store = NULL;

  g_assert_nonnull (without_shared_memory);
  g_assert_cmpint (sqlite3_vfs_register (without_shared_memory, 1), ==, SQLITE_OK);
  store = nr_store_create (f->file, &error);
  g_assert_cmpint (sqlite3_vfs_register (usual, 1), ==, SQLITE_OK);

  g_assert_null (store);
  g_assert_error (error, NR_STORE_ERROR, NR_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "timor-leste-2025.normsreport"));
  g_assert_nonnull (strstr (error->message, "write-ahead log"));
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
}

/* A commit that fails leaves the transaction open, and the caller's one
 * rollback ends it: the store goes on working, without the failed change. */
static void
test_failed_commit (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrStore) store = nr_store_create (f->file, &error);
  g_autofree char *kept = NULL;
  g_autofree char *dropped = NULL;

  g_assert_no_error (error);
  g_assert_true (nr_store_begin (store, &error));
  g_assert_true (nr_store_set_meta (store, "state", "TL", &error));
  /* A history row that undoes a change that does not exist, checked only
   * at commit. */
  g_assert_true (nr_store_exec (store, "PRAGMA defer_foreign_keys = ON;"
                                      "INSERT INTO history (time, author, target, aspect, undo_of)"
                                      " VALUES ('2025-01-01T00:00:00Z', 'x', 'meta:state', 'value', 999)",
                                &error));
  g_assert_no_error (error);

  g_assert_false (nr_store_commit (store, &error));
  g_assert_error (error, NR_STORE_ERROR, NR_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "timor-leste-2025.normsreport"));
  g_clear_error (&error);
  g_assert_true (nr_store_in_transaction (store));
  nr_store_rollback (store);
  g_assert_false (nr_store_in_transaction (store));

  dropped = nr_store_dup_meta (store, "state");
  g_assert_null (dropped);
  g_assert_true (nr_store_begin (store, &error));
  g_assert_true (nr_store_set_meta (store, "state", "TL", &error));
  g_assert_true (nr_store_commit (store, &error));
  g_assert_no_error (error);
  kept = nr_store_dup_meta (store, "state");
  g_assert_cmpstr (kept, ==, "TL");
}

/* An inner change whose commit fails, rolled back by its caller, takes
 * nothing of the batch around it with it: the batch still commits. */
static void
test_failed_inner_commit (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrStore) store = nr_store_create (f->file, &error);
  g_autofree char *outer = NULL;

  g_assert_no_error (error);
  g_assert_true (nr_store_begin (store, &error));
  g_assert_true (nr_store_set_meta (store, "outer", "kept", &error));
  g_assert_true (nr_store_begin (store, &error));
  g_assert_true (nr_store_set_meta (store, "inner", "dropped", &error));
  /* The savepoint goes behind the store's back, so releasing it fails. */
  g_assert_true (nr_store_exec (store, "RELEASE nr_1", &error));
  g_assert_no_error (error);

  g_assert_false (nr_store_commit (store, &error));
  g_assert_error (error, NR_STORE_ERROR, NR_STORE_ERROR_FAILED);
  g_clear_error (&error);
  nr_store_rollback (store);
  g_assert_true (nr_store_in_transaction (store));

  g_assert_true (nr_store_commit (store, &error));
  g_assert_no_error (error);
  g_assert_false (nr_store_in_transaction (store));
  outer = nr_store_dup_meta (store, "outer");
  g_assert_cmpstr (outer, ==, "kept");
}

int
main (int   argc,
      char *argv[])
{
  nr_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/store-failures/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("no-write-ahead-log", test_no_write_ahead_log);
  ADD ("failed-commit", test_failed_commit);
  ADD ("failed-inner-commit", test_failed_inner_commit);

#undef ADD

  return g_test_run ();
}
