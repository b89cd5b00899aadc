/* nr-cli-options.c: checking what a command line asks for before anything
 * is read or written.
 *
 * A command used wrongly says what is wrong, naming the option, and exits
 * with status 2 having written nothing, so that scripts can tell a command
 * line to fix from a report that could not be processed (status 1).  The
 * values are checked with the core's own predicates, so that anything a
 * command accepts is something an export can hold and validate accepts.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdarg.h>

#include "nr-cli.h"

/**
 * nr_cli_usage_error:
 * @command: the subcommand, such as "new"
 *
 * Prints a usage error the same way for every command.
 *
 * Returns: %NR_CLI_EXIT_USAGE
 */
int
nr_cli_usage_error (const char *command,
                    const char *format,
                    ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("norms-reporter-cli %s: %s\n", command, message);
  return NR_CLI_EXIT_USAGE;
}

/**
 * nr_cli_check_operands:
 * @argv: what is left of the command line once its options are parsed,
 *   the command first
 * @min: how many files the command needs
 * @max: how many it takes at most, or -1 for any number
 * @usage: what to say when there are too few or too many
 *
 * Returns: whether the command names the right number of files, none of
 *   them empty; otherwise says what is wrong.
 */
gboolean
nr_cli_check_operands (const char *command,
                       int         argc,
                       char      **argv,
                       int         min,
                       int         max,
                       const char *usage)
{
  int n_operands = argc - 1;

  if (n_operands < min || (max >= 0 && n_operands > max))
    {
      nr_cli_usage_error (command, "%s", usage);
      return FALSE;
    }
  for (int i = 1; i < argc; i++)
    {
      if (*argv[i] == '\0')
        {
          nr_cli_usage_error (command, _("argument %d is empty: it names nothing."), i);
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * nr_cli_check_report_operand:
 * @path: where the command reads or writes a report file
 *
 * A report is a database, which cannot travel through a pipe.
 *
 * Returns: whether @path can name a report file; otherwise says why not.
 */
gboolean
nr_cli_check_report_operand (const char *command,
                             const char *path)
{
  if (g_str_equal (path, "-"))
    {
      nr_cli_usage_error (command, _("a report file cannot be standard input or output: name the file."));
      return FALSE;
    }
  return TRUE;
}

/* Each check below takes the option's name, such as "--state", and its
 * value, which may be NULL when the option was not given. */

gboolean
nr_cli_check_country (const char *command,
                      const char *option,
                      const char *value)
{
  if (value != NULL && !nr_country_code_is_valid (value))
    {
      nr_cli_usage_error (command, _("%s takes the two capital letters of an ISO 3166-1 code, such as ID for Indonesia, not “%s”."),
                          option, value);
      return FALSE;
    }
  return TRUE;
}

gboolean
nr_cli_check_language (const char *command,
                       const char *option,
                       const char *value)
{
  if (value != NULL && !nr_language_tag_is_valid (value))
    {
      nr_cli_usage_error (command, _("%s takes a language code such as en, id, fil or pt-TL, not “%s”."),
                          option, value);
      return FALSE;
    }
  return TRUE;
}

gboolean
nr_cli_check_date (const char *command,
                   const char *option,
                   const char *value)
{
  if (value != NULL && !nr_date_is_valid (value))
    {
      nr_cli_usage_error (command, _("%s takes a date written as year-month-day, such as 2025-06-30, not “%s”."),
                          option, value);
      return FALSE;
    }
  return TRUE;
}

/**
 * nr_cli_check_period:
 *
 * Returns: whether the period's end, where both are given, is not before
 *   its start; dates must have been checked with nr_cli_check_date().
 */
gboolean
nr_cli_check_period (const char *command,
                     const char *start_option,
                     const char *start,
                     const char *end_option,
                     const char *end)
{
  /* Checked dates have one shape, so they sort as text sorts. */
  if (start != NULL && end != NULL && strcmp (end, start) < 0)
    {
      nr_cli_usage_error (command, _("%s (%s) is before %s (%s): the period must end on or after its first day."),
                          end_option, end, start_option, start);
      return FALSE;
    }
  return TRUE;
}

/**
 * nr_cli_check_name:
 * @what: the option or operand that names an agency, such as "--agency"
 *
 * Returns: whether @value can name an agency in a report and its exports.
 */
gboolean
nr_cli_check_name (const char *command,
                   const char *what,
                   const char *value)
{
  /* The name is not quoted back: it may be long, or hold what the terminal
   * should not be sent. */
  if (value != NULL && !nr_name_is_valid (value))
    {
      nr_cli_usage_error (command, _("%s takes a name of 1 to %d characters, without control characters."),
                          what, NR_NAME_MAX_LENGTH);
      return FALSE;
    }
  return TRUE;
}

/**
 * nr_cli_parse_profile:
 * @name: (nullable): the value of --profile; when %NULL, @profile is left
 *   as it is
 *
 * Returns: whether @name is a profile; otherwise says which there are.
 */
gboolean
nr_cli_parse_profile (const char      *command,
                      const char      *name,
                      NrExportProfile *profile)
{
  if (name != NULL && !nr_export_profile_from_string (name, profile))
    {
      nr_cli_usage_error (command, _("--profile takes full, workshop or public, not “%s”."), name);
      return FALSE;
    }
  return TRUE;
}

/* "13a, 13b,13a" → { "13a", "13b" }: white space trimmed, empty items and
 * repetitions dropped. */
static GStrv
split_list (const char *list)
{
  g_auto(GStrv) parts = g_strsplit (list, ",", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (*parts[i] != '\0' && g_hash_table_add (seen, parts[i]))
        g_strv_builder_add (builder, parts[i]);
    }
  return g_strv_builder_end (builder);
}

/* The ids of @parts (NrNorm or NrSection), for a message: "13a, 13b, …". */
static char *
join_ids (GListModel  *parts,
          const char *(*get_id) (gpointer part))
{
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (parts); i++)
    {
      g_autoptr(GObject) part = g_list_model_get_item (parts, i);

      g_string_append_printf (ids, "%s%s", i > 0 ? ", " : "", get_id (part));
    }
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static const char *
norm_id (gpointer norm)
{
  return nr_norm_get_id (norm);
}

static const char *
section_id (gpointer section)
{
  return nr_section_get_id (section);
}

/* Splits the value of @option into the ids of parts @questionnaire has;
 * NULL stays NULL. */
static gboolean
parse_parts (const char       *command,
             const char       *option,
             const char       *list,
             NrQuestionnaire  *questionnaire,
             gboolean          norms,
             GStrv            *ids)
{
  g_auto(GStrv) parsed = NULL;

  if (list == NULL)
    return TRUE;

  parsed = split_list (list);
  if (parsed[0] == NULL)
    {
      nr_cli_usage_error (command, norms ? _("%s names no norm: give ids such as 13a,13d.")
                                         : _("%s names no section: give ids such as context,cbms."),
                          option);
      return FALSE;
    }
  for (guint i = 0; parsed[i] != NULL; i++)
    {
      gboolean known = norms ? nr_questionnaire_lookup_norm (questionnaire, parsed[i]) != NULL
                             : nr_questionnaire_lookup_section (questionnaire, parsed[i]) != NULL;

      if (!known)
        {
          g_autofree char *choices = norms ? join_ids (nr_questionnaire_get_norms (questionnaire), norm_id)
                                           : join_ids (nr_questionnaire_get_sections (questionnaire), section_id);

          nr_cli_usage_error (command, norms ? _("%s: the questionnaire has no norm “%s”; its norms are %s.")
                                             : _("%s: the questionnaire has no section “%s”; its sections are %s."),
                              option, parsed[i], choices);
          return FALSE;
        }
    }
  *ids = g_steal_pointer (&parsed);
  return TRUE;
}

/**
 * nr_cli_parse_scope:
 * @norms_list: (nullable): the value of --norms, such as "13a,13d"
 * @sections_list: (nullable): the value of --sections
 * @norms: (out): the norms named, or %NULL when --norms was not given
 * @sections: (out): the sections named, or %NULL
 *
 * An option that is given must name at least one part, and only parts the
 * questionnaire has: an empty scope would otherwise stand for the whole
 * report, or remove an assignment.
 *
 * Returns: whether both lists are sound; otherwise says what is wrong.
 */
gboolean
nr_cli_parse_scope (const char       *command,
                    NrQuestionnaire  *questionnaire,
                    const char       *norms_list,
                    const char       *sections_list,
                    GStrv            *norms,
                    GStrv            *sections)
{
  return parse_parts (command, "--norms", norms_list, questionnaire, TRUE, norms) &&
         parse_parts (command, "--sections", sections_list, questionnaire, FALSE, sections);
}
