/* nr-cli-common.c: option parsing shared by the subcommands. */
#include "config.h"

#include <glib/gi18n.h>
#include <gio/gunixinputstream.h>

#include "nr-xml.h"

#include "nr-cli.h"

/**
 * nr_cli_parse_options:
 *
 * Parses a subcommand's options, printing a usage error the same way for
 * every command.
 *
 * Returns: %NR_CLI_EXIT_OK, or %NR_CLI_EXIT_USAGE after printing the problem
 */
int
nr_cli_parse_options (GOptionContext   *context,
                      int              *argc,
                      char           ***argv)
{
  g_autoptr(GError) error = NULL;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      g_printerr ("norms-reporter-cli: %s\n", error->message);
      return NR_CLI_EXIT_USAGE;
    }

  return NR_CLI_EXIT_OK;
}

/* Prints an error the same way for every command, and says the command
 * failed. */
int
nr_cli_fail (const char   *command,
             const GError *error)
{
  g_printerr ("norms-reporter-cli %s: %s\n", command, error->message);
  return NR_CLI_EXIT_FAILED;
}

/**
 * nr_cli_read_input:
 * @path: a file, or "-" for standard input
 * @display_name: (out): how to name the input in messages
 *
 * Reads an interchange file whole, refusing more than the XML size bound
 * without reading further.
 */
GBytes *
nr_cli_read_input (const char  *path,
                   char       **display_name,
                   GError     **error)
{
  g_autoptr(GInputStream) input = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GByteArray) data = g_byte_array_new ();
  g_autoptr(GError) local_error = NULL;
  guint8 buffer[64 * 1024];
  gssize n_read;

  if (g_str_equal (path, "-"))
    {
      *display_name = g_strdup (_("standard input"));
      input = g_unix_input_stream_new (0, FALSE);
    }
  else
    {
      file = g_file_new_for_commandline_arg (path);
      *display_name = g_file_get_parse_name (file);
      input = G_INPUT_STREAM (g_file_read (file, NULL, &local_error));
    }

  while (input != NULL &&
         (n_read = g_input_stream_read (input, buffer, sizeof buffer, NULL, &local_error)) > 0)
    {
      g_byte_array_append (data, buffer, n_read);
      if (data->len > NR_XML_MAX_SIZE)
        {
          g_set_error (error, NR_XML_ERROR, NR_XML_ERROR_TOO_LARGE,
                       _("“%s” is too large to read: files over %d MiB are refused."),
                       *display_name, NR_XML_MAX_SIZE / (1024 * 1024));
          return NULL;
        }
    }

  if (local_error != NULL)
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("Could not read “%s”: %s"), *display_name, local_error->message);
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/**
 * nr_cli_load_document:
 * @path: a report file (.normsreport) or an interchange file (XML, or "-")
 * @profile: what to keep of it
 * @questionnaire: (out): the questionnaire the document answers
 *
 * A document as an export with @profile would hold it: taken from a report
 * file, or read from XML, checked as validate checks it, and narrowed to
 * @profile (a submission can only lose answers, never gain them).
 */
NrDocument *
nr_cli_load_document (const char       *path,
                      NrExportProfile   profile,
                      NrQuestionnaire **questionnaire,
                      GError          **error)
{
  g_autofree char *name = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(NrDocument) document = NULL;

  if (g_str_has_suffix (path, ".normsreport"))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
      g_autoptr(NrReport) report = nr_report_open (file, NULL, NR_STORE_OPEN_READ_ONLY, error);
      NrExportOptions options = { profile, NULL, NULL };

      if (report == NULL)
        return NULL;
      *questionnaire = g_object_ref (nr_report_get_questionnaire (report));
      return nr_report_to_document (report, &options, error);
    }

  bytes = nr_cli_read_input (path, &name, error);
  if (bytes == NULL)
    return NULL;
  document = nr_document_parse (bytes, name, error);
  if (document == NULL || !nr_document_check (document, name, error))
    return NULL;
  *questionnaire = nr_questionnaire_load_builtin (document->questionnaire_id, error);
  if (*questionnaire == NULL)
    return NULL;
  nr_document_restrict (document, *questionnaire, profile);
  return g_steal_pointer (&document);
}
