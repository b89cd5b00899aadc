/* test-window-tasks.c: opening a report, merging a contribution and starting
 * the next cycle run in a worker thread: the call returns at once, the
 * window refuses other work until it ends, and the main loop brings the
 * result.  Runs under Xvfb with a private D-Bus session. */
#include "config.h"

#include <adwaita.h>

#include "nr-application.h"
#include "nr-gui-test-util.h"
#include "nr-merge-dialog.h"
#include "nr-new-report-dialog.h"
#include "nr-test-util.h"
#include "nr-window.h"

static NrApplication *app;

typedef struct
{
  char *dir;
  GFile *file;           /* a report for Indonesia, 13a planned */
  NrWindow *window;      /* showing the library */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrQuestionnaire) questionnaire = nr_questionnaire_load_builtin (NR_QUESTIONNAIRE_DEFAULT_ID, &error);
  g_autoptr(NrReport) report = NULL;
  g_autofree char *path = NULL;

  f->dir = nr_test_make_tmpdir ();
  path = g_build_filename (f->dir, "indonesia.normsreport", NULL);
  f->file = g_file_new_for_path (path);
  report = nr_report_create (f->file, questionnaire, &error);
  g_assert_no_error (error);
  nr_report_set_author (report, "Dewi Lestari");
  nr_report_set_agency (report, "BSSN");
  g_assert_true (nr_report_set_metadata (report, NR_META_STATE, "ID", &error));
  g_assert_true (nr_report_set_text (report, "13a.status", "planned", &error));
  g_assert_no_error (error);
  nr_report_close (report);

  f->window = nr_window_new (app);
  gtk_window_present (GTK_WINDOW (f->window));
  nr_gui_test_wait_for_frames (GTK_WIDGET (f->window), 2);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  GList *windows;

  /* Dialogs the test left open, then the window. */
  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    gtk_window_destroy (windows->data);
  nr_test_remove_tree (f->dir);
  g_free (f->dir);
  g_object_unref (f->file);
}

/* While the window works, it starts nothing else. */
static void
assert_refuses_other_work (NrWindow *window)
{
  g_assert_true (nr_window_is_busy (window));
  g_assert_false (gtk_widget_get_sensitive (nr_window_get_visible_view (window)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-report", NULL);
  g_assert_null (nr_gui_test_find_toplevel (NR_TYPE_NEW_REPORT_DIALOG));
}

static void
test_open_is_asynchronous (Fixture       *f,
                           gconstpointer  data)
{
  GAsyncResult *pending = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  nr_window_open_file (f->window, f->file, nr_gui_test_store_result, &pending);

  /* The call returned before the report was open; the window is busy. */
  g_assert_null (pending);
  g_assert_null (nr_window_get_report (f->window));
  g_assert_true (nr_window_has_file (f->window, f->file));
  assert_refuses_other_work (f->window);

  /* The file asked for again while it opens is not opened twice. */
  {
    GFile *files[] = { f->file };
    guint before = g_list_length (gtk_application_get_windows (GTK_APPLICATION (app)));

    g_application_open (G_APPLICATION (app), files, 1, "");
    g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, before);
  }

  result = nr_gui_test_wait_for_result (&pending);
  g_assert_true (nr_window_open_file_finish (f->window, result, &error));
  g_assert_no_error (error);
  g_assert_false (nr_window_is_busy (f->window));
  g_assert_nonnull (nr_window_get_report (f->window));
  g_assert_true (g_file_equal (nr_report_get_file (nr_window_get_report (f->window)), f->file));
  g_assert_false (nr_report_is_read_only (nr_window_get_report (f->window)));
  g_assert_true (gtk_widget_get_sensitive (nr_window_get_visible_view (f->window)));
}

static void
test_open_failure_names_file (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "minutes.normsreport", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GAsyncResult *pending = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;

  g_assert_true (g_file_set_contents (path, "Meeting minutes, long enough to fill the hundred bytes of a "
                                            "database header, but not a report at all.", -1, NULL));
  nr_window_open_file (f->window, file, nr_gui_test_store_result, &pending);
  result = nr_gui_test_wait_for_result (&pending);
  g_assert_false (nr_window_open_file_finish (f->window, result, &error));
  g_assert_nonnull (error);

  /* The window works again, and says what went wrong, naming the file. */
  g_assert_false (nr_window_is_busy (f->window));
  g_assert_true (gtk_widget_get_sensitive (nr_window_get_visible_view (f->window)));
  dialog = ADW_MESSAGE_DIALOG (nr_gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "minutes.normsreport"));
}

static void
test_merge_is_asynchronous (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GFile) contribution = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *status = NULL;
  GAsyncResult *pending = NULL;
  NrMergeDialog *dialog;
  NrNorm *norm;
  g_autofree char *heading = NULL;

  g_assert_true (nr_gui_test_open_file (f->window, f->file));
  contribution = nr_gui_test_write_conflicting_contribution (nr_window_get_report (f->window), f->dir);

  nr_window_merge_file (f->window, contribution, nr_gui_test_store_result, &pending);
  g_assert_null (pending);
  g_assert_null (nr_gui_test_find_toplevel (NR_TYPE_MERGE_DIALOG));
  assert_refuses_other_work (f->window);

  result = nr_gui_test_wait_for_result (&pending);
  dialog = nr_window_merge_file_finish (f->window, result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dialog);
  g_assert_false (nr_window_is_busy (f->window));

  /* The conflict's card names its norm, not only the question, whose
   * wording every norm shares. */
  norm = nr_questionnaire_lookup_norm (nr_report_get_questionnaire (nr_window_get_report (f->window)), "13a");
  heading = g_strdup_printf ("13 (a) %s", nr_norm_get_title (norm));
  g_assert_nonnull (nr_gui_test_find_label_containing (GTK_WIDGET (dialog), heading));

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (nr_merge_dialog_get_choice (dialog, 0, NR_MERGE_RESOLUTION_THEIRS)),
                                TRUE);
  g_assert_true (nr_merge_dialog_apply (dialog));
  status = nr_report_dup_text (nr_window_get_report (f->window), "13a.status");
  g_assert_cmpstr (status, ==, "implemented");
}

static void
test_next_cycle_is_asynchronous (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GAsyncResult *pending = NULL;
  NrReport *next;

  nr_window_start_next_cycle (f->window, f->file, nr_gui_test_store_result, &pending);
  g_assert_null (pending);
  g_assert_null (nr_window_get_report (f->window));
  assert_refuses_other_work (f->window);

  result = nr_gui_test_wait_for_result (&pending);
  g_assert_true (nr_window_start_next_cycle_finish (f->window, result, &error));
  g_assert_no_error (error);
  next = nr_window_get_report (f->window);
  g_assert_nonnull (next);
  g_assert_false (g_file_equal (nr_report_get_file (next), f->file));
  g_assert_false (nr_report_is_read_only (next));
  g_assert_cmpstr (nr_report_get_metadata (next, NR_META_STATE), ==, "ID");
  g_assert_true (nr_report_needs_reconfirm (next, "13a.status"));
}

/* A window closed while it opens a report drops the report, which is closed
 * with it and can be opened again at once. */
static void
test_closed_while_opening (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(NrReport) again = NULL;
  GAsyncResult *pending = NULL;
  NrWindow *window = f->window;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &f->window);
  nr_window_open_file (window, f->file, nr_gui_test_store_result, &pending);
  gtk_window_destroy (GTK_WINDOW (window));

  result = nr_gui_test_wait_for_result (&pending);
  g_assert_false (nr_window_open_file_finish (window, result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_object (&result);
  /* The task held the window to the end; now it is gone. */
  g_assert_null (f->window);

  g_clear_error (&error);
  again = nr_report_open (f->file, NULL, NR_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  nr_test_init_gui (&argc, &argv);
  app = nr_gui_test_new_application ();

  g_test_add ("/window-tasks/open", Fixture, NULL, fixture_set_up, test_open_is_asynchronous, fixture_tear_down);
  g_test_add ("/window-tasks/open-failure", Fixture, NULL, fixture_set_up, test_open_failure_names_file,
              fixture_tear_down);
  g_test_add ("/window-tasks/merge", Fixture, NULL, fixture_set_up, test_merge_is_asynchronous, fixture_tear_down);
  g_test_add ("/window-tasks/closed-while-opening", Fixture, NULL, fixture_set_up, test_closed_while_opening,
              fixture_tear_down);
  g_test_add ("/window-tasks/next-cycle", Fixture, NULL, fixture_set_up, test_next_cycle_is_asynchronous,
              fixture_tear_down);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
