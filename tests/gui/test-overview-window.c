/* test-overview-window.c: the reviewer's window over real submissions: the
 * matrix, a state's answers for a norm, two cycles side by side, and a bad
 * file named without stopping the others. */
#include "config.h"

#include <adwaita.h>

#include "nr-gui-test-util.h"
#include "nr-overview-window.h"
#include "nr-test-report.h"
#include "nr-test-util.h"

static NrApplication *app;

static gboolean
box_shows (GtkWidget  *root,
           const char *text,
           const char *css_class)
{
  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0 &&
      (css_class == NULL || gtk_widget_has_css_class (root, css_class)))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (box_shows (child, text, css_class))
      return TRUE;
  return FALSE;
}

static guint
count_class (GtkWidget  *root,
             const char *css_class)
{
  guint n = gtk_widget_has_css_class (root, css_class) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_class (child, css_class);
  return n;
}

static void
test_matrix_cell_and_compare (void)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *id_2024 = nr_test_write_submission (dir, "ID", "2024", "planned", "Few staff.");
  g_autofree char *id_2025 = nr_test_write_submission (dir, "ID", "2025", "implemented", "Few staff.");
  g_autofree char *vn_2025 = nr_test_write_submission (dir, "VN", "2025", "in-progress", "Coordination between ministries.");
  g_autofree char *broken = g_build_filename (dir, "broken.xml", NULL);
  const char *paths[] = { vn_2025, broken, id_2025, id_2024, NULL };
  NrOverviewWindow *window = nr_overview_window_new (NULL);
  GtkGrid *matrix;
  GtkWidget *detail;
  GtkWidget *cell;
  gint64 give_up;

  g_assert_true (g_file_set_contents (broken, "<report", -1, NULL));
  gtk_window_present (GTK_WINDOW (window));
  nr_gui_test_wait_for_frames (GTK_WIDGET (window), 2);
  nr_gui_test_save_screenshot (GTK_WIDGET (window), "overview-empty");

  /* Read in a thread; the window stays responsive meanwhile. */
  nr_overview_window_add_files (window, paths);
  g_assert_true (nr_overview_window_is_loading (window));
  give_up = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  while (nr_overview_window_is_loading (window) && g_get_monotonic_time () < give_up)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (nr_overview_window_is_loading (window));

  /* A row per submission, by state and period, a column per norm; the
   * broken file is named, the others are all there. */
  matrix = nr_overview_window_get_matrix (window);
  g_assert_cmpstr (gtk_check_button_get_label (GTK_CHECK_BUTTON (gtk_grid_get_child_at (matrix, 0, 1))), ==, "Indonesia 2024");
  g_assert_cmpstr (gtk_check_button_get_label (GTK_CHECK_BUTTON (gtk_grid_get_child_at (matrix, 0, 2))), ==, "Indonesia 2025");
  g_assert_cmpstr (gtk_check_button_get_label (GTK_CHECK_BUTTON (gtk_grid_get_child_at (matrix, 0, 3))), ==, "Vietnam 2025");
  g_assert_null (gtk_grid_get_child_at (matrix, 0, 4));
  g_assert_nonnull (gtk_grid_get_child_at (matrix, 11, 3));
  cell = gtk_grid_get_child_at (matrix, 1, 2);
  g_assert_true (gtk_widget_has_css_class (cell, "status-implemented"));
  /* Two of norm 13 (a)'s six questions (status and challenges) answered. */
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (cell)), ==, "33%");
  g_assert_true (gtk_widget_has_css_class (gtk_grid_get_child_at (matrix, 7, 2), "status-planned"));
  g_assert_true (gtk_widget_has_css_class (gtk_grid_get_child_at (matrix, 2, 2), "status-none"));
  g_assert_nonnull (nr_gui_test_find_label_containing (GTK_WIDGET (window), "1 file was left out:"));
  g_assert_nonnull (nr_gui_test_find_label_containing (GTK_WIDGET (window), "broken.xml"));

  /* A cell: what Viet Nam says of norm 13 (a). */
  g_signal_emit_by_name (gtk_grid_get_child_at (matrix, 1, 3), "clicked");
  detail = GTK_WIDGET (nr_overview_window_get_detail (window));
  g_assert_true (box_shows (detail, "In progress", NULL));
  g_assert_true (box_shows (detail, "Coordination between ministries.", NULL));
  nr_gui_test_wait_for_frames (GTK_WIDGET (window), 2);
  nr_gui_test_save_screenshot (GTK_WIDGET (window), "overview-window");

  /* Two cycles of Indonesia, ticked and compared: only 13a.status differs,
   * highlighted on both sides. */
  nr_overview_window_tick (window, 0, TRUE);
  nr_overview_window_tick (window, 1, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "overview.compare", NULL));
  g_assert_true (box_shows (detail, "Planned", "changed"));
  g_assert_true (box_shows (detail, "Implemented", "changed"));
  g_assert_true (box_shows (detail, "Few staff.", NULL));
  g_assert_false (box_shows (detail, "Few staff.", "changed"));
  g_assert_cmpuint (count_class (detail, "changed"), ==, 2);
  nr_gui_test_wait_for_frames (GTK_WIDGET (window), 2);
  nr_gui_test_save_screenshot (GTK_WIDGET (window), "overview-compare");

  gtk_window_destroy (GTK_WINDOW (window));
  nr_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  nr_test_init_gui (&argc, &argv);
  app = nr_gui_test_new_application ();

  g_test_add_func ("/overview-window/matrix-cell-compare", test_matrix_cell_and_compare);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
