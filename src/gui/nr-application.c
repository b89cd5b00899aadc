/* nr-application.c: the Norms Reporter application.
 *
 * A single-instance GApplication: starting the program again, or opening a
 * report from the file manager, reaches the running instance.  It owns the
 * application-wide actions (about, quit) and opens windows.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "nr-application.h"
#include "nr-gui-resources.h"
#include "nr-preferences-window.h"
#include "nr-window.h"

struct _NrApplication
{
  AdwApplication parent_instance;

  GSettings *settings;
};

G_DEFINE_FINAL_TYPE (NrApplication, nr_application, ADW_TYPE_APPLICATION)

/* For the start-up benchmark: with NR_QUIT_AFTER_FIRST_FRAME set, the
 * application quits once its window has been painted, so that the time from
 * launch to first frame is the time the process takes. */
static gboolean
quit_after_first_frame (GtkWidget     *widget,
                        GdkFrameClock *clock,
                        gpointer       user_data)
{
  guint *ticks = user_data;

  /* The second tick comes after the first frame was painted. */
  if (++(*ticks) < 2)
    return G_SOURCE_CONTINUE;

  g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (widget))));
  g_free (ticks);
  return G_SOURCE_REMOVE;
}

static void
present (GtkWindow *window)
{
  gtk_window_present (window);
  if (g_getenv ("NR_QUIT_AFTER_FIRST_FRAME") != NULL)
    gtk_widget_add_tick_callback (GTK_WIDGET (window), quit_after_first_frame, g_new0 (guint, 1), NULL);
}

static void
nr_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (nr_window_new (NR_APPLICATION (app)));

  present (window);
}

/* Opens each file in a window of its own; a file a window already shows is
 * brought forward rather than opened twice. */
static void
nr_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    {
      NrWindow *target = NULL;
      GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

      /* A window still opening the file counts as showing it. */
      for (GList *l = windows; l != NULL && target == NULL; l = l->next)
        if (NR_IS_WINDOW (l->data) && nr_window_has_file (l->data, files[i]))
          target = l->data;

      if (target == NULL)
        {
          /* Reuse a window that shows only the library, and is not busy
           * opening something else. */
          for (GList *l = windows; l != NULL && target == NULL; l = l->next)
            if (NR_IS_WINDOW (l->data) && nr_window_get_report (l->data) == NULL &&
                !nr_window_is_busy (l->data))
              target = l->data;
          if (target == NULL)
            target = nr_window_new (NR_APPLICATION (app));
          nr_window_open_file (target, files[i], NULL, NULL);
        }

      present (GTK_WINDOW (target));
    }
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  const char *developers[] = { _("The Norms Reporter developers"), NULL };

  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", _("Norms Reporter"),
                         "application-icon", APPLICATION_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Write your national report on implementing the UN norms of responsible state behaviour in cyberspace"),
                         "developers", developers,
                         "license-type", GTK_LICENSE_GPL_3_0,
                         NULL);
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  NrApplication *self = NR_APPLICATION (user_data);
  NrPreferencesWindow *preferences;

  preferences = nr_preferences_window_new (gtk_application_get_active_window (GTK_APPLICATION (self)),
                                           self->settings);
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { .name = "about", .activate = about_activated },
  { .name = "preferences", .activate = preferences_activated },
  { .name = "quit", .activate = quit_activated },
};

static void
nr_application_startup (GApplication *app)
{
  const char *quit_accels[] = { "<Control>q", NULL };
  const char *preferences_accels[] = { "<Control>comma", NULL };

  G_APPLICATION_CLASS (nr_application_parent_class)->startup (app);

  NR_APPLICATION (app)->settings = g_settings_new (APPLICATION_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions),
                                   app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences", preferences_accels);
}

static void
nr_application_dispose (GObject *object)
{
  g_clear_object (&NR_APPLICATION (object)->settings);

  G_OBJECT_CLASS (nr_application_parent_class)->dispose (object);
}

static void
nr_application_class_init (NrApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = nr_application_dispose;

  app_class->activate = nr_application_activate;
  app_class->open = nr_application_open;
  app_class->startup = nr_application_startup;
}

static void
nr_application_init (NrApplication *self)
{
}

/* The interface's resources are registered once, before the first window
 * needs its template. */
static void
register_resources (void)
{
  static gsize registered = 0;

  if (g_once_init_enter (&registered))
    {
      nr_gui_register_resource ();
      g_once_init_leave (&registered, 1);
    }
}

/**
 * nr_application_get_settings:
 *
 * Returns: (transfer none): the application's settings; valid after startup.
 */
GSettings *
nr_application_get_settings (NrApplication *self)
{
  g_return_val_if_fail (NR_IS_APPLICATION (self), NULL);
  return self->settings;
}

NrApplication *
nr_application_new (void)
{
  register_resources ();

  return g_object_new (NR_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}
