/* main.c: norms-reporter-cli, the command line of Norms Reporter.
 *
 * Everything a window can do is a core function first, so scripts, workshop
 * organisers and tests reach it here without a display.  Each subcommand is a
 * function in its own file; this one only dispatches.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "nr-cli.h"
#include "nr-i18n.h"

static const NrCliCommand commands[] = {
  { "new", N_("Create a new, empty report"), nr_cli_new },
  { "info", N_("Show a report’s details and how complete each norm is"), nr_cli_info },
  { "export", N_("Export a report, or an agency’s contribution, as interchange XML"), nr_cli_export },
  { "import", N_("Create a report from an interchange XML file"), nr_cli_import },
  { "validate", N_("Check interchange XML files"), nr_cli_validate },
  { "assign", N_("Assign norms and sections to a contributing agency"), nr_cli_assign },
  { "merge", N_("Merge a contribution into a report"), nr_cli_merge },
  { "render", N_("Print a report or a submission to a PDF, Word or OpenDocument file"), nr_cli_render },
  { "aggregate", N_("Build a regional overview of many submissions, as CSV and HTML"), nr_cli_aggregate },
  { "diff", N_("List what changed between two cycles of a report"), nr_cli_diff },
};

static char *
describe_commands (void)
{
  GString *text = g_string_new (_("Commands:"));

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (text, "\n  %-10s %s", commands[i].name, _(commands[i].summary));

  g_string_append_printf (text, "\n\n%s\n\n%s",
                          _("Run “norms-reporter-cli COMMAND --help” for a command’s options."),
                          _("Exit status: 0 on success; 1 when the command failed (for validate: a file is not valid); 2 when it was used wrongly; 3 when merge found conflicts and merged nothing. Messages go to standard error and name the file concerned. Where a file is expected, “-” stands for standard input or output."));
  return g_string_free (text, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  gboolean show_version = FALSE;
  const GOptionEntry entries[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, &show_version, N_("Show the program’s version"), NULL },
    { NULL }
  };

  nr_i18n_init ();
  g_set_prgname ("norms-reporter-cli");

  /* The first word that is not an option is the command: everything from it
   * on belongs to the command's own option parser.  An option before it
   * would be lost, so it is refused. */
  for (int i = 1; i < argc; i++)
    {
      if (argv[i][0] == '-')
        continue;
      for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
        {
          if (g_str_equal (argv[i], commands[c].name) && i > 1)
            {
              g_printerr (_("norms-reporter-cli: “%s” goes after the command: norms-reporter-cli %s %s ….\n"),
                          argv[1], argv[i], argv[1]);
              return NR_CLI_EXIT_USAGE;
            }
          if (g_str_equal (argv[i], commands[c].name))
            return commands[c].run (argc - i, argv + i);
        }
      g_printerr (_("norms-reporter-cli: unknown command “%s”. Run “norms-reporter-cli --help” for the list.\n"),
                  argv[i]);
      return NR_CLI_EXIT_USAGE;
    }

  context = g_option_context_new (_("COMMAND [OPTION…]"));
  g_option_context_set_summary (context, _("Write, check and exchange national reports on implementing the UN norms of responsible state behaviour in cyberspace."));
  description = describe_commands ();
  g_option_context_set_description (context, description);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("norms-reporter-cli: %s\n", error->message);
      return NR_CLI_EXIT_USAGE;
    }

  if (show_version)
    {
      g_print ("norms-reporter-cli %s\n", PACKAGE_VERSION);
      return NR_CLI_EXIT_OK;
    }

  {
    g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);
    g_printerr ("%s", help);
  }
  return NR_CLI_EXIT_USAGE;
}
