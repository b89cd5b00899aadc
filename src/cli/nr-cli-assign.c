/* nr-cli-assign.c: "norms-reporter-cli assign": give norms and sections to an
 * agency. */
#include "config.h"

#include <glib/gi18n.h>

#include "nr-cli.h"
#include "nr-core.h"

int
nr_cli_assign (int    argc,
               char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("assign REPORT.normsreport AGENCY"));
  g_autoptr(NrReport) report = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *norms_list = NULL;
  g_autofree char *sections_list = NULL;
  g_auto(GStrv) norms = NULL;
  g_auto(GStrv) sections = NULL;
  int status;
  const GOptionEntry entries[] = {
    { "norms", 0, 0, G_OPTION_ARG_STRING, &norms_list,
      N_("The norms the agency answers, such as 13d,13h"), N_("LIST") },
    { "sections", 0, 0, G_OPTION_ARG_STRING, &sections_list,
      N_("The sections the agency answers, such as cbms"), N_("LIST") },
    { NULL }
  };

  g_option_context_set_summary (context, _("Assign norms and sections of a report to a contributing agency; “export --for AGENCY” then exports its contribution. With neither --norms nor --sections, the agency’s assignment is removed."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = nr_cli_parse_options (context, &argc, &argv);
  if (status != NR_CLI_EXIT_OK)
    return status;

  if (!nr_cli_check_operands ("assign", argc, argv, 2, 2, _("name the report and the agency.")) ||
      !nr_cli_check_report_operand ("assign", argv[1]) ||
      !nr_cli_check_name ("assign", _("AGENCY"), argv[2]))
    return NR_CLI_EXIT_USAGE;

  file = g_file_new_for_commandline_arg (argv[1]);
  report = nr_report_open (file, NULL, NR_STORE_OPEN_DEFAULT, &error);
  if (report == NULL)
    return nr_cli_fail ("assign", error);
  if (!nr_cli_parse_scope ("assign", nr_report_get_questionnaire (report), norms_list, sections_list,
                           &norms, &sections))
    return NR_CLI_EXIT_USAGE;
  if (!nr_report_set_assignment (report, argv[2], (const char * const *) sections,
                                 (const char * const *) norms, &error))
    return nr_cli_fail ("assign", error);

  return NR_CLI_EXIT_OK;
}
