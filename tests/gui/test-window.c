/* test-window.c: the application starts, shows its first window and answers
 * its actions.  Runs under Xvfb with a private D-Bus session. */
#include "config.h"

#include <adwaita.h>

#include "nr-application.h"
#include "nr-gui-test-util.h"
#include "nr-test-util.h"
#include "nr-window.h"

/* One application per process, as in real life: it owns its name on the
 * session bus, and the tests share it. */
static NrApplication *app;

static void
start_application (void)
{
  g_autoptr(GError) error = NULL;

  app = nr_application_new ();
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_assert_false (g_application_get_is_remote (G_APPLICATION (app)));
}

static void
test_first_window (void)
{
  GtkWindow *window;
  AdwStatusPage *status;

  g_application_activate (G_APPLICATION (app));
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (NR_IS_WINDOW (window));
  nr_gui_test_wait_for_frames (GTK_WIDGET (window), 3);

  g_assert_cmpstr (gtk_window_get_title (window), ==, "Norms Reporter");
  status = ADW_STATUS_PAGE (nr_gui_test_find_by_type (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE));
  g_assert_nonnull (status);
  g_assert_cmpstr (adw_status_page_get_title (status), ==, "No Reports Yet");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (status)));

  nr_gui_test_save_screenshot (GTK_WIDGET (window), "start-page");

  /* Activating again presents the same window rather than a second one. */
  g_application_activate (G_APPLICATION (app));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);

  gtk_window_destroy (window);
}

static void
test_actions (void)
{
  g_auto(GStrv) accels = NULL;
  GtkWindow *window;
  GtkWindow *about = NULL;
  GList *toplevels;

  g_application_activate (G_APPLICATION (app));
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  nr_gui_test_wait_for_frames (GTK_WIDGET (window), 1);

  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "about"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "quit"));
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.quit");
  g_assert_cmpstr (accels[0], ==, "<Control>q");

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    {
      if (ADW_IS_ABOUT_WINDOW (l->data))
        about = l->data;
    }
  g_list_free (toplevels);
  g_assert_nonnull (about);
  g_assert_true (gtk_window_get_transient_for (about) == window);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (about)));
  g_assert_cmpstr (adw_about_window_get_version (ADW_ABOUT_WINDOW (about)), ==, PACKAGE_VERSION);
  gtk_window_destroy (about);

  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  nr_test_init_gui (&argc, &argv);
  gtk_init ();
  adw_init ();
  start_application ();

  g_test_add_func ("/window/first-window", test_first_window);
  g_test_add_func ("/window/actions", test_actions);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
