/* nr-cli-aggregate.c: "norms-reporter-cli aggregate": a regional overview of
 * many submissions, as a matrix CSV, a long CSV and an HTML page. */
#include "config.h"

#include <glib/gi18n.h>

#include "nr-cli.h"
#include "nr-core.h"

int
nr_cli_aggregate (int    argc,
                  char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("aggregate SUBMISSION.xml …"));
  g_autoptr(GError) error = NULL;
  g_autoptr(NrQuestionnaire) questionnaire = NULL;
  g_autoptr(NrOverview) overview = NULL;
  g_autoptr(GString) summary = g_string_new (NULL);
  g_autofree char *csv_path = NULL;
  g_autofree char *html_path = NULL;
  g_autofree char *long_csv_path = NULL;
  g_autofree char *profile_name = NULL;
  NrExportProfile profile = NR_EXPORT_PROFILE_WORKSHOP;
  int status;
  const GOptionEntry entries[] = {
    { "csv", 0, 0, G_OPTION_ARG_FILENAME, &csv_path,
      N_("Write the states × norms matrix as CSV (UTF-8 with a byte-order mark) to FILE, or to standard output with -"), N_("FILE") },
    { "long-csv", 0, 0, G_OPTION_ARG_FILENAME, &long_csv_path,
      N_("Write every value of every submission as CSV, a row per State, question and value with the question's label, to FILE, or to standard output with -"), N_("FILE") },
    { "html", 0, 0, G_OPTION_ARG_FILENAME, &html_path,
      N_("Write a self-contained HTML page (heat map, a chart per norm, capacity-building needs and offers, each norm's narratives side by side, points of contact) to FILE, or to standard output with -"), N_("FILE") },
    { "profile", 0, 0, G_OPTION_ARG_STRING, &profile_name,
      N_("What of each submission to summarise: workshop (no internal answers), public (public answers only) or full (everything). Default: workshop"),
      N_("PROFILE") },
    { NULL }
  };

  g_option_context_set_summary (context, _("Read many submissions (interchange XML: different states, or one state over several cycles) into a states × norms matrix of status and completion, of what the profile lets out of each: by default what a workshop may see, so that no internal answer reaches a slide. A file that cannot be read is reported and left out; the others are still aggregated. The exit status is 0 when every file was read and 1 when any was left out."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = nr_cli_parse_options (context, &argc, &argv);
  if (status != NR_CLI_EXIT_OK)
    return status;

  if (!nr_cli_check_operands ("aggregate", argc, argv, 1, -1,
                              _("name at least one submission, and --csv, --long-csv or --html.")))
    return NR_CLI_EXIT_USAGE;
  if (csv_path == NULL && html_path == NULL && long_csv_path == NULL)
    return nr_cli_usage_error ("aggregate", _("name at least one submission, and --csv, --long-csv or --html."));
  if ((csv_path != NULL && *csv_path == '\0') || (html_path != NULL && *html_path == '\0') ||
      (long_csv_path != NULL && *long_csv_path == '\0'))
    return nr_cli_usage_error ("aggregate", _("--csv, --long-csv and --html take a file name, not an empty argument."));
  if ((g_strcmp0 (csv_path, "-") == 0) + (g_strcmp0 (html_path, "-") == 0) + (g_strcmp0 (long_csv_path, "-") == 0) > 1)
    return nr_cli_usage_error ("aggregate", _("only one of --csv, --long-csv and --html can go to standard output."));
  if (profile_name != NULL && !nr_cli_parse_profile ("aggregate", profile_name, &profile))
    return NR_CLI_EXIT_USAGE;

  questionnaire = nr_questionnaire_load_builtin (NR_QUESTIONNAIRE_DEFAULT_ID, &error);
  if (questionnaire == NULL)
    return nr_cli_fail ("aggregate", error);
  overview = nr_overview_new (questionnaire);
  nr_overview_set_profile (overview, profile);
  /* Every value is kept only when the long CSV is written. */
  nr_overview_set_keep_long_rows (overview, long_csv_path != NULL);
  {
    g_autoptr(GPtrArray) paths = g_ptr_array_new ();

    for (int i = 1; i < argc; i++)
      g_ptr_array_add (paths, argv[i]);
    g_ptr_array_add (paths, NULL);
    nr_overview_add_files (overview, (const char * const *) paths->pdata, NULL);
  }
  nr_overview_sort (overview);

  for (guint i = 0; i < overview->problems->len; i++)
    {
      g_autofree char *problem = nr_cli_printable (overview->problems->pdata[i]);

      g_printerr ("norms-reporter-cli aggregate: %s\n", problem);
    }

  if (csv_path != NULL)
    {
      g_autoptr(GBytes) csv = nr_overview_to_csv (overview);

      if (!nr_cli_write_output (csv_path, csv, &error))
        return nr_cli_fail ("aggregate", error);
    }
  if (long_csv_path != NULL)
    {
      g_autoptr(GBytes) csv = nr_overview_to_long_csv (overview);

      if (!nr_cli_write_output (long_csv_path, csv, &error))
        return nr_cli_fail ("aggregate", error);
    }
  if (html_path != NULL)
    {
      g_autoptr(GBytes) html = nr_overview_to_html (overview);

      if (!nr_cli_write_output (html_path, html, &error))
        return nr_cli_fail ("aggregate", error);
    }

  g_string_append_printf (summary, g_dngettext (GETTEXT_PACKAGE, "%u submission aggregated",
                                                "%u submissions aggregated",
                                                overview->submissions->len),
                          overview->submissions->len);
  g_string_append_printf (summary, g_dngettext (GETTEXT_PACKAGE, ", %u file left out.\n",
                                                ", %u files left out.\n", overview->problems->len),
                          overview->problems->len);
  /* The summary keeps out of an overview written to standard output. */
  if (g_strcmp0 (csv_path, "-") == 0 || g_strcmp0 (html_path, "-") == 0 || g_strcmp0 (long_csv_path, "-") == 0)
    g_printerr ("%s", summary->str);
  else
    g_print ("%s", summary->str);
  return overview->problems->len == 0 ? NR_CLI_EXIT_OK : NR_CLI_EXIT_FAILED;
}
