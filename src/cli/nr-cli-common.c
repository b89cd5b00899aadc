/* nr-cli-common.c: option parsing shared by the subcommands. */
#include "config.h"

#include <glib/gi18n.h>

#include "nr-cli.h"

/**
 * nr_cli_parse_options:
 *
 * Parses a subcommand's options, printing a usage error the same way for
 * every command.
 *
 * Returns: %NR_CLI_EXIT_OK, or %NR_CLI_EXIT_USAGE after printing the problem
 */
int
nr_cli_parse_options (GOptionContext   *context,
                      int              *argc,
                      char           ***argv)
{
  g_autoptr(GError) error = NULL;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      g_printerr ("norms-reporter-cli: %s\n", error->message);
      return NR_CLI_EXIT_USAGE;
    }

  return NR_CLI_EXIT_OK;
}
