/* nr-cli-import.c: "norms-reporter-cli import": a new report from XML. */
#include "config.h"

#include <glib/gi18n.h>

#include "nr-cli.h"
#include "nr-core.h"

int
nr_cli_import (int    argc,
               char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("import INPUT.xml|- REPORT.normsreport"));
  g_autoptr(NrDocument) document = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) report_file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  int status;

  g_option_context_set_summary (context, _("Create a new report from an interchange XML file. The file is checked whole before anything is written, and an existing report is never replaced."));
  status = nr_cli_parse_options (context, &argc, &argv);
  if (status != NR_CLI_EXIT_OK)
    return status;

  if (!nr_cli_check_operands ("import", argc, argv, 2, 2, _("name the XML file and the report to create.")) ||
      !nr_cli_check_report_operand ("import", argv[2]))
    return NR_CLI_EXIT_USAGE;

  bytes = nr_cli_read_input (argv[1], &name, &error);
  if (bytes == NULL)
    return nr_cli_fail ("import", error);
  document = nr_document_parse (bytes, name, &error);
  if (document == NULL)
    return nr_cli_fail ("import", error);

  report_file = g_file_new_for_commandline_arg (argv[2]);
  if (!nr_report_import_to_file (document, name, report_file, &error))
    return nr_cli_fail ("import", error);

  return NR_CLI_EXIT_OK;
}
