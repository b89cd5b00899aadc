/* test-overview-views-window.c: the reviewer's window's views beside the
 * matrix, over three States' submissions: needs matched with offers, one
 * norm's narratives side by side, and the points of contact a workshop may
 * see; States by name. */
#include "config.h"

#include <adwaita.h>

#include "nr-gui-test-util.h"
#include "nr-overview-window.h"
#include "nr-test-region.h"
#include "nr-test-util.h"

static NrApplication *app;

static const char *
label_text (GtkWidget *widget)
{
  g_assert_true (GTK_IS_LABEL (widget));
  return gtk_label_get_text (GTK_LABEL (widget));
}

static NrOverviewWindow *
open_region (const char *dir)
{
  g_auto(GStrv) paths = nr_test_write_region (dir);
  NrOverviewWindow *window = nr_overview_window_new (NULL);
  gint64 give_up;

  gtk_window_present (GTK_WINDOW (window));
  nr_overview_window_add_files (window, (const char * const *) paths);
  give_up = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  while (nr_overview_window_is_loading (window) && g_get_monotonic_time () < give_up)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (nr_overview_window_is_loading (window));
  return window;
}

static void
test_views (void)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  NrOverviewWindow *window = open_region (dir);
  GtkGrid *matches = nr_overview_needs_view_get_matches (nr_overview_window_get_needs_view (window));
  NrOverviewNarrativesView *narratives = nr_overview_window_get_narratives_view (window);
  GtkWidget *columns = GTK_WIDGET (nr_overview_narratives_view_get_columns (narratives));
  GtkWidget *contacts = GTK_WIDGET (nr_overview_contacts_view_get_box (nr_overview_window_get_contacts_view (window)));
  GtkWidget *column;

  /* States by name, in the language of the window. */
  g_assert_cmpstr (gtk_check_button_get_label (GTK_CHECK_BUTTON (gtk_grid_get_child_at (nr_overview_window_get_matrix (window), 0, 1))),
                   ==, "Indonesia 2025");

  /* A restraint norm's commitment coloured on its own scale, in blues:
   * Singapore stated it publicly, Indonesia not separately. */
  g_assert_true (gtk_widget_has_css_class (gtk_grid_get_child_at (nr_overview_window_get_matrix (window), 3, 2),
                                           "commitment-public"));
  g_assert_true (gtk_widget_has_css_class (gtk_grid_get_child_at (nr_overview_window_get_matrix (window), 3, 1),
                                           "commitment-not-stated"));

  /* Needs and offers by area: incident response, the third area, is
   * needed by Indonesia and Viet Nam, provided by Singapore. */
  nr_overview_window_show_view (window, "capacity");
  g_assert_cmpstr (label_text (gtk_grid_get_child_at (matches, 0, 3)), ==, "Incident response and CERT capacity");
  g_assert_cmpstr (label_text (gtk_grid_get_child_at (matches, 1, 3)), ==,
                   "• Indonesia 2025: 13 (a)\n• Vietnam 2025: 13 (a)");
  g_assert_cmpstr (label_text (gtk_grid_get_child_at (matches, 2, 3)), ==,
                   "• Singapore 2025: Training, Indonesia, Viet Nam");
  g_assert_cmpstr (label_text (gtk_grid_get_child_at (matches, 3, 3)), ==, "• Vietnam 2025: Expert advice, Japan");
  g_assert_nonnull (nr_gui_test_find_label_containing (GTK_WIDGET (window), "Singapore 2025 · Provided · Indonesia, Viet Nam"));
  nr_gui_test_wait_for_frames (GTK_WIDGET (window), 2);
  nr_gui_test_save_screenshot (GTK_WIDGET (window), "overview-capacity");

  /* 13 (a)'s narratives, a column per State, paragraph by paragraph. */
  nr_overview_window_show_view (window, "narratives");
  g_assert_true (nr_overview_narratives_view_select_norm (narratives, "13a"));
  column = gtk_widget_get_first_child (columns);
  g_assert_cmpstr (label_text (gtk_widget_get_first_child (column)), ==, "Indonesia 2025");
  g_assert_cmpstr (label_text (gtk_widget_get_next_sibling (gtk_widget_get_first_child (column))), ==, "Planned");
  g_assert_nonnull (nr_gui_test_find_label_containing (columns, "Indonesia's BSSN leads national coordination."));
  g_assert_nonnull (nr_gui_test_find_label_containing (columns, "A second paragraph <b>& \"quoted\"</b>."));
  {
    g_autoptr(GListModel) children = gtk_widget_observe_children (columns);

    g_assert_cmpuint (g_list_model_get_n_items (children), ==, 3);
  }
  nr_gui_test_wait_for_frames (GTK_WIDGET (window), 2);
  nr_gui_test_save_screenshot (GTK_WIDGET (window), "overview-narratives-window");
  /* Another norm: no State wrote of it. */
  g_assert_true (nr_overview_narratives_view_select_norm (narratives, "13k"));
  g_assert_nonnull (nr_gui_test_find_label_containing (columns, "No narrative."));
  g_assert_null (nr_gui_test_find_label_containing (columns, "BSSN"));
  g_assert_false (nr_overview_narratives_view_select_norm (narratives, "13z"));

  /* The directory: Viet Nam's contacts are internal, not a workshop's. */
  nr_overview_window_show_view (window, "contacts");
  g_assert_nonnull (nr_gui_test_find_label_containing (contacts, "ID liaison"));
  g_assert_nonnull (nr_gui_test_find_label_containing (contacts, "desk@csa.example"));
  g_assert_null (nr_gui_test_find_label_containing (contacts, "VN-internal officer"));
  g_assert_null (nr_gui_test_find_label_containing (contacts, "Vietnam 2025"));
  nr_gui_test_wait_for_frames (GTK_WIDGET (window), 2);
  nr_gui_test_save_screenshot (GTK_WIDGET (window), "overview-contacts");

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

  g_test_add_func ("/overview-views-window/views", test_views);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
