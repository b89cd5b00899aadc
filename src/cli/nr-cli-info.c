/* nr-cli-info.c: "norms-reporter-cli info": a report's details and completion. */
#include "config.h"

#include <glib/gi18n.h>

#include "nr-cli.h"
#include "nr-core.h"

/* @value comes from the report file, and is shown on one line. */
static void
print_detail (const char *label,
              const char *value)
{
  g_autofree char *printable = nr_cli_printable (value);

  g_print ("%-24s %s\n", label, printable != NULL ? printable : "—");
}

int
nr_cli_info (int    argc,
             char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("info FILE.normsreport"));
  g_autoptr(NrReport) report = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) orphans = NULL;
  NrQuestionnaire *questionnaire;
  GListModel *norms;
  guint answered, total;
  double overall;
  int status;

  g_option_context_set_summary (context, _("Show a report’s details and how complete each norm is. The report is opened read-only."));
  status = nr_cli_parse_options (context, &argc, &argv);
  if (status != NR_CLI_EXIT_OK)
    return status;

  if (!nr_cli_check_operands ("info", argc, argv, 1, 1, _("name exactly one report.")))
    return NR_CLI_EXIT_USAGE;

  file = g_file_new_for_commandline_arg (argv[1]);
  report = nr_report_open (file, NULL, NR_STORE_OPEN_READ_ONLY, &error);
  if (report == NULL)
    return nr_cli_fail ("info", error);

  questionnaire = nr_report_get_questionnaire (report);
  print_detail (_("Report"), nr_report_get_metadata (report, NR_META_REPORT_ID));
  print_detail (_("State"), nr_report_get_metadata (report, NR_META_STATE));
  print_detail (_("Period from"), nr_report_get_metadata (report, NR_META_PERIOD_START));
  print_detail (_("Period to"), nr_report_get_metadata (report, NR_META_PERIOD_END));
  print_detail (_("Language of answers"), nr_report_get_metadata (report, NR_META_LANGUAGE));
  print_detail (_("Preparing agency"), nr_report_get_metadata (report, NR_META_PREPARING_AGENCY));
  {
    g_autofree char *q = g_strdup_printf ("%s %s", nr_questionnaire_get_id (questionnaire),
                                          nr_questionnaire_get_version (questionnaire));
    print_detail (_("Questionnaire"), q);
  }

  overall = nr_report_get_completion (report, &answered, &total);
  g_print ("\n%s\n", _("Completion"));
  g_print ("  %-6s %3.0f%%  %u/%u\n", _("All"), overall * 100, answered, total);

  norms = nr_questionnaire_get_norms (questionnaire);
  for (guint i = 0; i < g_list_model_get_n_items (norms); i++)
    {
      g_autoptr(NrNorm) norm = g_list_model_get_item (norms, i);
      g_autofree char *cleared_by = NULL;
      NrReviewState review;
      double done;

      done = nr_report_get_norm_completion (report, nr_norm_get_id (norm), &answered, &total);
      review = nr_report_get_review_state (report, nr_norm_get_id (norm), &cleared_by);
      g_print ("  %-6s %3.0f%%  %u/%u  %-8s %s\n", nr_norm_get_id (norm), done * 100,
               answered, total, nr_review_state_to_string (review), nr_norm_get_title (norm));
    }

  {
    g_auto(GStrv) agencies = nr_report_list_assigned_agencies (report);

    if (agencies[0] != NULL)
      g_print ("\n%s\n", _("Assigned to contributing agencies"));
    for (guint i = 0; agencies[i] != NULL; i++)
      {
        g_auto(GStrv) sections = NULL;
        g_auto(GStrv) norms = NULL;
        g_autofree char *parts = NULL;
        g_autofree char *joined_sections = NULL;
        g_autofree char *joined_norms = NULL;
        g_autofree char *agency = nr_cli_printable (agencies[i]);
        g_autofree char *printable_parts = NULL;

        nr_report_get_assignment (report, agencies[i], &sections, &norms);
        joined_sections = g_strjoinv (", ", sections);
        joined_norms = g_strjoinv (", ", norms);
        parts = g_strjoin (*joined_sections != '\0' && *joined_norms != '\0' ? ", " : "",
                           joined_sections, joined_norms, NULL);
        printable_parts = nr_cli_printable (parts);
        g_print ("  %-24s %s\n", agency, printable_parts);
      }
  }

  orphans = nr_report_list_orphaned_answers (report);
  if (orphans[0] != NULL)
    {
      g_print ("\n%s\n", _("Orphaned answers"));
      for (guint i = 0; orphans[i] != NULL; i++)
        {
          g_autofree char *orphan = nr_cli_printable (orphans[i]);

          g_print ("  %-24s %s\n", orphan,
                   nr_questionnaire_lookup_question (questionnaire, orphans[i]) != NULL
                   ? _("does not fit its question") : _("no longer in the questionnaire"));
        }
    }

  return NR_CLI_EXIT_OK;
}
