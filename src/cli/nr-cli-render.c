/* nr-cli-render.c: "norms-reporter-cli render": a report as a printable PDF,
 * a Word file or an OpenDocument text, by the output's extension. */
#include "config.h"

#include <glib/gi18n.h>

#include "nr-cli.h"
#include "nr-core.h"

int
nr_cli_render (int    argc,
               char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("render REPORT.normsreport|SUBMISSION.xml OUTPUT.pdf|OUTPUT.docx|OUTPUT.odt|-"));
  g_autoptr(GError) error = NULL;
  g_autoptr(NrDocument) document = NULL;
  g_autoptr(NrQuestionnaire) questionnaire = NULL;
  g_autoptr(GBytes) output = NULL;
  g_autofree char *profile_name = NULL;
  g_autofree char *language = NULL;
  NrExportProfile profile = NR_EXPORT_PROFILE_FULL;
  NrDocumentFormat format = NR_DOCUMENT_FORMAT_PDF;
  int status;
  const GOptionEntry entries[] = {
    { "profile", 0, 0, G_OPTION_ARG_STRING, &profile_name,
      N_("What to print: full (everything), workshop (no internal answers) or public (public answers only, no points of contact, no names). Default: full, or for XML what the submission holds"),
      N_("PROFILE") },
    { "language", 0, 0, G_OPTION_ARG_STRING, &language,
      N_("The language of the headings and labels, such as en or id. Default: the language of the answers, where Norms Reporter is translated into it"),
      N_("LANGUAGE") },
    { NULL }
  };

  g_option_context_set_summary (context, _("Print a report, or an interchange XML submission, to a PDF file, a Word file (.docx) or an OpenDocument text (.odt), by the output’s extension (a PDF to standard output): a title page, a summary of the norms, then every section with its answers. Every page carries the profile’s marking. The file holds exactly what an export with the same profile would hold."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = nr_cli_parse_options (context, &argc, &argv);
  if (status != NR_CLI_EXIT_OK)
    return status;

  if (!nr_cli_check_operands ("render", argc, argv, 2, 2, _("name one report or submission, and the file to write (.pdf, .docx or .odt).")) ||
      !nr_cli_parse_profile ("render", profile_name, &profile))
    return NR_CLI_EXIT_USAGE;
  if (!g_str_equal (argv[2], "-") && !nr_document_format_for_name (argv[2], &format))
    return nr_cli_usage_error ("render", _("“%s” is neither a .pdf, a .docx nor an .odt file."), argv[2]);
  if (language != NULL && !nr_language_tag_is_valid (language))
    return nr_cli_usage_error ("render", _("--language takes a language code such as en, id, fil or pt-TL, not “%s”."),
                               language);

  document = nr_cli_load_document (argv[1], profile, &questionnaire, &error);
  if (document == NULL)
    return nr_cli_fail ("render", error);

  output = nr_document_render_in (document, questionnaire, format, language, &error);
  if (output == NULL || !nr_cli_write_output (argv[2], output, &error))
    return nr_cli_fail ("render", error);
  return NR_CLI_EXIT_OK;
}
