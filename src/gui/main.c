/* main.c: starts the Norms Reporter application. */
#include "config.h"

#include <glib/gi18n.h>

#include "nr-application.h"
#include "nr-i18n.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(NrApplication) app = NULL;

  nr_i18n_init ();

  g_set_application_name (_("Norms Reporter"));

  app = nr_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
