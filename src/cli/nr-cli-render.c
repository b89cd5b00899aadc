/* nr-cli-render.c: "norms-reporter-cli render": a report as a printable PDF. */
#include "config.h"

#include <glib/gi18n.h>

#include "nr-cli.h"
#include "nr-core.h"

/* An interchange file, checked as validate checks it, narrowed to @profile. */
static NrDocument *
load_submission (const char       *path,
                 NrExportProfile   profile,
                 gboolean          profile_given,
                 NrQuestionnaire **questionnaire,
                 GError          **error)
{
  g_autofree char *name = NULL;
  g_autoptr(GBytes) bytes = nr_cli_read_input (path, &name, error);
  g_autoptr(NrDocument) document = NULL;

  if (bytes == NULL)
    return NULL;
  document = nr_document_parse (bytes, name, error);
  if (document == NULL || !nr_document_check (document, name, error))
    return NULL;

  *questionnaire = nr_questionnaire_load_builtin (document->questionnaire_id, error);
  if (*questionnaire == NULL)
    return NULL;
  if (profile_given)
    nr_document_restrict (document, *questionnaire, profile);
  return g_steal_pointer (&document);
}

static gboolean
is_report_file (const char *path)
{
  return g_str_has_suffix (path, ".normsreport");
}

int
nr_cli_render (int    argc,
               char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("render REPORT.normsreport|SUBMISSION.xml OUTPUT.pdf"));
  g_autoptr(GError) error = NULL;
  g_autoptr(NrDocument) document = NULL;
  g_autoptr(NrQuestionnaire) questionnaire = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GFile) output = NULL;
  g_autofree char *profile_name = NULL;
  NrExportOptions options = { NR_EXPORT_PROFILE_FULL, NULL, NULL };
  int status;
  const GOptionEntry entries[] = {
    { "profile", 0, 0, G_OPTION_ARG_STRING, &profile_name,
      N_("What to print: full (everything), workshop (no internal answers) or public (public answers only, no points of contact, no names). Default: full for a report, the submission’s own for XML"),
      N_("PROFILE") },
    { NULL }
  };

  g_option_context_set_summary (context, _("Print a report, or an interchange XML submission, to a PDF file: a title page, a summary of the norms, then every section with its answers. Every page carries the profile’s marking. The PDF holds exactly what an export with the same profile would hold."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = nr_cli_parse_options (context, &argc, &argv);
  if (status != NR_CLI_EXIT_OK)
    return status;

  if (argc != 3)
    {
      g_printerr (_("norms-reporter-cli render: name one report or submission, and the PDF to write.\n"));
      return NR_CLI_EXIT_USAGE;
    }
  if (profile_name != NULL && !nr_export_profile_from_string (profile_name, &options.profile))
    {
      g_printerr (_("norms-reporter-cli render: “%s” is not a profile: use full, workshop or public.\n"),
                  profile_name);
      return NR_CLI_EXIT_USAGE;
    }

  if (is_report_file (argv[1]))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[1]);
      g_autoptr(NrReport) report = nr_report_open (file, NULL, NR_STORE_OPEN_READ_ONLY, &error);

      if (report == NULL)
        return nr_cli_fail ("render", error);
      questionnaire = g_object_ref (nr_report_get_questionnaire (report));
      document = nr_report_to_document (report, &options, &error);
    }
  else
    document = load_submission (argv[1], options.profile, profile_name != NULL, &questionnaire, &error);
  if (document == NULL)
    return nr_cli_fail ("render", error);

  pdf = nr_document_render_pdf (document, questionnaire, &error);
  output = g_file_new_for_commandline_arg (argv[2]);
  if (pdf == NULL || !nr_write_file_privately (output, pdf, &error))
    return nr_cli_fail ("render", error);
  return NR_CLI_EXIT_OK;
}
