/* nr-cli-new.c: "norms-reporter-cli new": create an empty report. */
#include "config.h"

#include <glib/gi18n.h>

#include "nr-cli.h"
#include "nr-core.h"

/* The report's details are checked before the file is created, so that a
 * mistyped option leaves nothing behind, and as an export will check them,
 * so that what is created can be exported. */
static gboolean
check_details (const char *state,
               const char *language,
               const char *period_start,
               const char *period_end,
               const char *agency)
{
  return nr_cli_check_country ("new", "--state", state) &&
         nr_cli_check_language ("new", "--language", language) &&
         nr_cli_check_date ("new", "--period-start", period_start) &&
         nr_cli_check_date ("new", "--period-end", period_end) &&
         nr_cli_check_period ("new", "--period-start", period_start, "--period-end", period_end) &&
         nr_cli_check_name ("new", "--agency", agency);
}

int
nr_cli_new (int    argc,
            char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("new FILE.normsreport"));
  g_autoptr(NrQuestionnaire) questionnaire = NULL;
  g_autoptr(NrReport) report = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *state = NULL;
  g_autofree char *language = NULL;
  g_autofree char *period_start = NULL;
  g_autofree char *period_end = NULL;
  g_autofree char *agency = NULL;
  g_autofree char *questionnaire_id = NULL;
  int status;
  const GOptionEntry entries[] = {
    { "state", 0, 0, G_OPTION_ARG_STRING, &state,
      N_("The reporting state, as an ISO 3166-1 code such as ID"), N_("CODE") },
    { "language", 0, 0, G_OPTION_ARG_STRING, &language,
      N_("The language of the answers, such as en or id"), N_("LANG") },
    { "period-start", 0, 0, G_OPTION_ARG_STRING, &period_start,
      N_("The first day of the reporting period"), N_("YYYY-MM-DD") },
    { "period-end", 0, 0, G_OPTION_ARG_STRING, &period_end,
      N_("The last day of the reporting period"), N_("YYYY-MM-DD") },
    { "agency", 0, 0, G_OPTION_ARG_STRING, &agency,
      N_("The agency preparing the report"), N_("NAME") },
    { "questionnaire", 0, 0, G_OPTION_ARG_STRING, &questionnaire_id,
      N_("The questionnaire to answer (default: un-norms-2015)"), N_("ID") },
    { NULL }
  };

  g_option_context_set_summary (context, _("Create a new, empty report."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = nr_cli_parse_options (context, &argc, &argv);
  if (status != NR_CLI_EXIT_OK)
    return status;

  if (!nr_cli_check_operands ("new", argc, argv, 1, 1, _("name exactly one file to create.")) ||
      !nr_cli_check_report_operand ("new", argv[1]) ||
      !check_details (state, language, period_start, period_end, agency))
    return NR_CLI_EXIT_USAGE;

  questionnaire = nr_questionnaire_load_builtin (questionnaire_id != NULL
                                                 ? questionnaire_id
                                                 : NR_QUESTIONNAIRE_DEFAULT_ID,
                                                 &error);
  if (questionnaire == NULL &&
      g_error_matches (error, NR_QUESTIONNAIRE_ERROR, NR_QUESTIONNAIRE_ERROR_UNKNOWN))
    {
      g_auto(GStrv) known = nr_questionnaire_list_builtin ();
      g_autofree char *choices = g_strjoinv (", ", known);

      return nr_cli_usage_error ("new", _("--questionnaire takes one of %s, not “%s”."),
                                 choices, questionnaire_id);
    }
  if (questionnaire == NULL)
    return nr_cli_fail ("new", error);

  file = g_file_new_for_commandline_arg (argv[1]);
  report = nr_report_create (file, questionnaire, &error);
  if (report == NULL)
    return nr_cli_fail ("new", error);

  /* The options hold their values only now that they have been parsed. */
  const char *keys[] = { NR_META_STATE, NR_META_LANGUAGE, NR_META_PERIOD_START,
                         NR_META_PERIOD_END, NR_META_PREPARING_AGENCY };
  const char *values[] = { state, language, period_start, period_end, agency };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      if (values[i] != NULL &&
          !nr_report_set_metadata (report, keys[i], values[i], &error))
        {
          g_printerr ("norms-reporter-cli new: %s\n", error->message);
          nr_report_close (report);
          g_file_delete (file, NULL, NULL);
          return NR_CLI_EXIT_FAILED;
        }
    }

  nr_report_close (report);
  return NR_CLI_EXIT_OK;
}
