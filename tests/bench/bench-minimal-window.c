/* bench-minimal-window.c: the baseline for the start-up benchmark: the
 * smallest GTK 4 application that shows a window, quitting after its first
 * frame, started the same way as Norms Reporter. */
#include <gtk/gtk.h>

static gboolean
quit_after_first_frame (GtkWidget     *widget,
                        GdkFrameClock *clock,
                        gpointer       user_data)
{
  guint *ticks = user_data;

  if (++(*ticks) < 2)
    return G_SOURCE_CONTINUE;
  g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (widget))));
  return G_SOURCE_REMOVE;
}

static void
activate (GtkApplication *app,
          gpointer        user_data)
{
  static guint ticks;
  GtkWidget *window = gtk_application_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_set_child (GTK_WINDOW (window), gtk_label_new ("Baseline"));
  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_add_tick_callback (window, quit_after_first_frame, &ticks, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkApplication) app = gtk_application_new ("io.github.normsreporter.Baseline",
                                                       G_APPLICATION_NON_UNIQUE);

  g_signal_connect (app, "activate", G_CALLBACK (activate), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
