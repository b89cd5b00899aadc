/* nr-cli-validate.c: "norms-reporter-cli validate": check interchange files. */
#include "config.h"

#include <glib/gi18n.h>

#include "nr-cli.h"
#include "nr-core.h"

static gboolean
validate_one (const char  *path,
              GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(NrDocument) document = NULL;
  g_autofree char *name = NULL;

  bytes = nr_cli_read_input (path, &name, error);
  if (bytes == NULL)
    return FALSE;
  document = nr_document_parse (bytes, name, error);
  return document != NULL && nr_document_check (document, name, error);
}

int
nr_cli_validate (int    argc,
                 char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("validate FILE.xml|- …"));
  gboolean quiet = FALSE;
  guint n_invalid = 0;
  int status;
  const GOptionEntry entries[] = {
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, N_("Print only the files that are not valid"), NULL },
    { NULL }
  };

  g_option_context_set_summary (context, _("Check interchange files: well-formed, safe, valid against the report schema, and answering a questionnaire this program knows with choices it has. The exit status is 0 when every file is valid and 1 when any is not."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = nr_cli_parse_options (context, &argc, &argv);
  if (status != NR_CLI_EXIT_OK)
    return status;

  if (!nr_cli_check_operands ("validate", argc, argv, 1, -1, _("name at least one file.")))
    return NR_CLI_EXIT_USAGE;

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GError) error = NULL;

      if (validate_one (argv[i], &error))
        {
          if (!quiet)
            g_print (_("%s: valid\n"), argv[i]);
        }
      else
        {
          g_printerr ("%s\n", error->message);
          n_invalid++;
        }
    }

  return n_invalid == 0 ? NR_CLI_EXIT_OK : NR_CLI_EXIT_FAILED;
}
