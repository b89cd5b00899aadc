/* test-hostile-reports.c: the library and the window with report files that
 * someone else made or changed: the library lists a file with planted code
 * as damaged and finishes its scan, and the window opens a report in a
 * folder one may not write to read-only, saying why.  Runs under Xvfb with a
 * private D-Bus session. */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "nr-application.h"
#include "nr-gui-test-util.h"
#include "nr-library.h"
#include "nr-test-report.h"
#include "nr-test-util.h"
#include "nr-window.h"

/* Longer than reading three small reports takes, even under valgrind. */
#define SCAN_SECONDS 20

static NrApplication *app;

/* A report for @state named @name in @dir, changed afterwards by @sql as
 * another program could (NULL: left as Norms Reporter wrote it). */
static void
write_report (const char *dir,
              const char *name,
              const char *state,
              const char *sql)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  sqlite3 *db = NULL;

  nr_test_write_small_report (path, state);
  if (sql == NULL)
    return;
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static NrLibraryItem *
find_item (GListModel *items,
           const char *name)
{
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(NrLibraryItem) item = g_list_model_get_item (items, i);
      g_autofree char *basename = g_file_get_basename (nr_library_item_get_file (item));

      if (g_str_equal (basename, name))
        return item;
    }
  g_error ("%s is not listed", name);
}

static void
assert_damaged (GListModel *items,
                const char *name)
{
  const char *problem = nr_library_item_get_problem (find_item (items, name));

  g_assert_nonnull (problem);
  if (strstr (problem, name) == NULL || strstr (problem, "is damaged or was changed by another program") == NULL)
    g_error ("%s is not listed as damaged: %s", name, problem);
}

/* A planted trigger and a view that never finishes in place of a table:
 * both files are listed as damaged, the report beside them as it is, and
 * the scan ends. */
static void
test_library_lists_damaged (void)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(NrLibrary) library = nr_library_new (folder);
  GListModel *items = nr_library_get_items (library);
  gint64 deadline = g_get_monotonic_time () + SCAN_SECONDS * G_USEC_PER_SEC;

  write_report (dir, "laos.normsreport", "LA", NULL);
  write_report (dir, "planted.normsreport", "KH",
                "CREATE TRIGGER publish AFTER UPDATE ON answer "
                "BEGIN UPDATE answer SET classification = 'public'; END;");
  write_report (dir, "endless.normsreport", "MM",
                "DROP TABLE answer;"
                "CREATE VIEW answer (question_id, value, classification, author, agency, modified) AS "
                "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                "SELECT 'q' || i, i, 'public', '', '', '' FROM n WHERE i < 0;");

  nr_library_reload (library);
  while (nr_library_is_loading (library) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_false (nr_library_is_loading (library));

  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 3);
  g_assert_null (nr_library_item_get_problem (find_item (items, "laos.normsreport")));
  g_assert_cmpstr (nr_library_item_get_state (find_item (items, "laos.normsreport")), ==, "LA");
  assert_damaged (items, "planted.normsreport");
  assert_damaged (items, "endless.normsreport");

  nr_test_remove_tree (dir);
}

/* A report in a folder one may not write to opens read-only, and the
 * window says why.  The folder has no write permission bits, which the
 * store goes by even for root, who runs the tests here. */
static void
test_window_read_only_folder (void)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "shared.normsreport", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  NrWindow *window = nr_window_new (app);
  AdwMessageDialog *dialog;

  write_report (dir, "shared.normsreport", "VN", NULL);
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
  gtk_window_present (GTK_WINDOW (window));

  g_assert_true (nr_gui_test_open_file (window, file));
  g_assert_true (nr_report_is_read_only (nr_window_get_report (window)));
  g_assert_cmpstr (nr_report_get_metadata (nr_window_get_report (window), NR_META_STATE), ==, "VN");
  dialog = ADW_MESSAGE_DIALOG (nr_gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Opened Read-Only");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "shared.normsreport"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "in a folder you may not write to"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_cmpint (g_chmod (dir, 0700), ==, 0);
  nr_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  nr_test_init_gui (&argc, &argv);
  app = nr_gui_test_new_application ();

  g_test_add_func ("/hostile-reports/library-lists-damaged", test_library_lists_damaged);
  g_test_add_func ("/hostile-reports/window-read-only-folder", test_window_read_only_folder);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
