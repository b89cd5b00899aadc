/* nr-cli-common.c: option parsing shared by the subcommands. */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "nr-input.h"
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

  /* GOption stops at "--", so that a file named "-1.xml" can follow it, but
   * leaves the "--" itself among the operands: take it out, or it would be
   * read as a file of that name. */
  for (int i = 1; i < *argc; i++)
    {
      if (g_str_equal ((*argv)[i], "--"))
        {
          memmove (&(*argv)[i], &(*argv)[i + 1], (*argc - i) * sizeof (char *));
          (*argc)--;
          break;
        }
    }

  return NR_CLI_EXIT_OK;
}

/* Prints an error the same way for every command, and says the command
 * failed.  A message may quote a question id or a name from a file. */
int
nr_cli_fail (const char   *command,
             const GError *error)
{
  g_autofree char *message = nr_cli_printable (error->message);

  g_printerr ("norms-reporter-cli %s: %s\n", command, message);
  return NR_CLI_EXIT_FAILED;
}

/* Characters that would act on a terminal rather than show: C0 controls
 * (escape sequences begin with ESC), DEL and C1 controls, the line and
 * paragraph separators, and the marks that reorder text around them
 * (bidirectional embeddings, overrides and isolates, and the direction
 * marks). */
static gboolean
acts_on_terminal (gunichar c)
{
  return c < 0x20 || (c >= 0x7f && c < 0xa0) ||
         c == 0x061c || c == 0x200e || c == 0x200f || c == 0x2028 || c == 0x2029 ||
         (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/**
 * nr_cli_printable:
 * @text: (nullable): text from a report or a file, which may hold anything
 *
 * Returns: (transfer full) (nullable): @text fit to print on one line of a
 *   terminal: each character that would act on the terminal shown as an
 *   escape such as \x1b or \u202e, line breaks included, and each byte
 *   that is not UTF-8 as \xNN.  %NULL stays %NULL.
 */
char *
nr_cli_printable (const char *text)
{
  GString *printable;

  if (text == NULL)
    return NULL;

  printable = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0';)
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          g_string_append_printf (printable, "\\x%02x", (guchar) *p);
          p++;
          continue;
        }
      if (!acts_on_terminal (c))
        g_string_append_len (printable, p, g_utf8_next_char (p) - p);
      else if (c < 0x100)
        g_string_append_printf (printable, "\\x%02x", c);
      else
        g_string_append_printf (printable, "\\u%04x", c);
      p = g_utf8_next_char (p);
    }
  return g_string_free (printable, FALSE);
}

/**
 * nr_cli_read_input:
 * @path: a file, or "-" for standard input
 * @display_name: (out): how to name the input in messages
 *
 * Reads an interchange file whole, within the XML size bound: a file must
 * be a regular file, refused from its size alone when that is over the
 * bound; standard input may be a pipe, and is read no further than the
 * bound.
 */
GBytes *
nr_cli_read_input (const char  *path,
                   char       **display_name,
                   GError     **error)
{
  g_autoptr(GFile) file = NULL;

  if (g_str_equal (path, "-"))
    {
      *display_name = g_strdup (_("standard input"));
      return nr_input_read_stream (STDIN_FILENO, *display_name, NR_XML_MAX_SIZE, error);
    }

  file = g_file_new_for_commandline_arg (path);
  *display_name = g_file_get_parse_name (file);
  return nr_input_read_file (file, NR_XML_MAX_SIZE, error);
}

/**
 * nr_cli_write_output:
 * @path: a file, or "-" for standard output
 *
 * Writes a whole output: to a file as nr_write_file_privately() writes it,
 * or to standard output.
 */
gboolean
nr_cli_write_output (const char  *path,
                     GBytes      *contents,
                     GError     **error)
{
  g_autoptr(GFile) file = NULL;

  if (g_str_equal (path, "-"))
    {
      gsize size = 0;
      const void *data = g_bytes_get_data (contents, &size);

      if (fwrite (data, 1, size, stdout) != size || fflush (stdout) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       _("Could not write to standard output: %s"), g_strerror (saved_errno));
          return FALSE;
        }
      return TRUE;
    }

  file = g_file_new_for_commandline_arg (path);
  return nr_write_file_privately (file, contents, error);
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
