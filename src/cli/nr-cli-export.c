/* nr-cli-export.c: "norms-reporter-cli export": a report as interchange XML. */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "nr-cli.h"
#include "nr-core.h"

static NrReport *
open_for_export (const char  *path,
                 GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) local_error = NULL;
  NrReport *report;

  /* Opened for writing, so the export is remembered as a revision for later
   * merges; a read-only report (or one in a folder the user may not write
   * to) can still be exported, and the user is told why the export is not
   * remembered in it. */
  report = nr_report_open (file, NULL, NR_STORE_OPEN_DEFAULT, &local_error);
  if (report == NULL && g_error_matches (local_error, NR_STORE_ERROR, NR_STORE_ERROR_READ_ONLY))
    {
      report = nr_report_open (file, NULL, NR_STORE_OPEN_READ_ONLY, error);
      if (report != NULL)
        g_printerr (_("norms-reporter-cli export: %s It is exported, but the export is not recorded in it, so a later merge cannot start from it.\n"),
                    local_error->message);
      return report;
    }

  if (report == NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return report;
}

int
nr_cli_export (int    argc,
               char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("export REPORT.normsreport [OUTPUT.xml|-]"));
  g_autoptr(NrReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *profile_name = NULL;
  g_autofree char *norms_list = NULL;
  g_autofree char *sections_list = NULL;
  g_autofree char *agency = NULL;
  g_autofree char *revision_id = NULL;
  g_autofree char *based_on = NULL;
  g_auto(GStrv) norms = NULL;
  g_auto(GStrv) sections = NULL;
  NrExportOptions options = { NR_EXPORT_PROFILE_FULL, NULL, NULL };
  const char *output;
  int status;
  const GOptionEntry entries[] = {
    { "profile", 0, 0, G_OPTION_ARG_STRING, &profile_name,
      N_("What to let out: full (everything), workshop (no internal answers) or public (public answers only, no points of contact, no names). Default: full"),
      N_("PROFILE") },
    { "norms", 0, 0, G_OPTION_ARG_STRING, &norms_list,
      N_("Export a contribution covering only these norms, such as 13a,13d"), N_("LIST") },
    { "sections", 0, 0, G_OPTION_ARG_STRING, &sections_list,
      N_("Export a contribution covering only these sections, such as context,cbms"), N_("LIST") },
    { "for", 0, 0, G_OPTION_ARG_STRING, &agency,
      N_("Export the contribution of this agency: the norms and sections assigned to it"), N_("AGENCY") },
    { NULL }
  };

  g_option_context_set_summary (context, _("Export a report as interchange XML, checked against its schema and written atomically. With OUTPUT “-” or none, the XML goes to standard output."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = nr_cli_parse_options (context, &argc, &argv);
  if (status != NR_CLI_EXIT_OK)
    return status;

  if (!nr_cli_check_operands ("export", argc, argv, 1, 2, _("name one report, and optionally where to write.")) ||
      !nr_cli_check_report_operand ("export", argv[1]) ||
      !nr_cli_parse_profile ("export", profile_name, &options.profile) ||
      !nr_cli_check_name ("export", "--for", agency))
    return NR_CLI_EXIT_USAGE;
  if (agency != NULL && (norms_list != NULL || sections_list != NULL))
    return nr_cli_usage_error ("export", _("use --for, or --norms and --sections, not both."));
  output = argc == 3 ? argv[2] : "-";

  report = open_for_export (argv[1], &error);
  if (report == NULL)
    return nr_cli_fail ("export", error);

  /* An agency without an assignment is not a mistake of the command line:
   * the same command works once the report assigns it a part. */
  if (agency != NULL && !nr_report_get_assignment (report, agency, &sections, &norms))
    {
      g_printerr (_("norms-reporter-cli export: nothing in “%s” is assigned to “%s”; see the assign command.\n"),
                  argv[1], agency);
      return NR_CLI_EXIT_FAILED;
    }
  if (agency == NULL &&
      !nr_cli_parse_scope ("export", nr_report_get_questionnaire (report), norms_list, sections_list,
                           &norms, &sections))
    return NR_CLI_EXIT_USAGE;
  options.norms = (const char * const *) norms;
  options.sections = (const char * const *) sections;

  if (!g_str_equal (output, "-"))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);

      if (!nr_report_export (report, file, &options, &error))
        return nr_cli_fail ("export", error);
      return NR_CLI_EXIT_OK;
    }

  bytes = nr_report_export_xml (report, &options, &revision_id, &based_on, &error);
  if (bytes == NULL)
    return nr_cli_fail ("export", error);
  if (fwrite (g_bytes_get_data (bytes, NULL), 1, g_bytes_get_size (bytes), stdout) !=
        g_bytes_get_size (bytes) || fflush (stdout) != 0)
    {
      g_printerr (_("norms-reporter-cli export: could not write to standard output.\n"));
      return NR_CLI_EXIT_FAILED;
    }
  if (!nr_report_record_revision (report, revision_id, "export", based_on, &error))
    return nr_cli_fail ("export", error);

  return NR_CLI_EXIT_OK;
}
