/* main.c: starts the Norms Reporter application. */
#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "nr-application.h"
#include "nr-i18n.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(NrApplication) app = NULL;

  nr_i18n_init ();
  /* The locale is set; GTK setting it again would undo the C.UTF-8 fallback
   * that lets LANGUAGE choose the interface's language. */
  gtk_disable_setlocale ();

  g_set_application_name (_("Norms Reporter"));

  app = nr_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
