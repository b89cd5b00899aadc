/* nr-cli-diff.c: "norms-reporter-cli diff": what changed between two cycles. */
#include "config.h"

#include <glib/gi18n.h>

#include "nr-cli.h"
#include "nr-core.h"

/* The heading a change is listed under: its norm, or its section. */
static char *
part_heading (NrQuestionnaire *questionnaire,
              NrQuestion      *question)
{
  const char *norm_id = question != NULL ? nr_question_get_norm_id (question) : NULL;
  NrSection *section;

  if (question == NULL)
    return g_strdup (_("Answers to questions the questionnaire no longer asks"));
  if (norm_id != NULL)
    {
      NrNorm *norm = nr_questionnaire_lookup_norm (questionnaire, norm_id);

      return g_strdup_printf (_("13 (%c) %s"), norm_id[2], nr_norm_get_title (norm));
    }
  section = nr_questionnaire_lookup_section (questionnaire, nr_question_get_section_id (question));
  return g_strdup (section != NULL ? nr_section_get_title (section) : nr_question_get_section_id (question));
}

static const char *
change_word (NrChangeKind kind)
{
  switch (kind)
    {
    case NR_CHANGE_ADDED:
      /* Translators: a word of the diff's output, padded to line up. */
      return _("added  ");
    case NR_CHANGE_REMOVED:
      return _("removed");
    case NR_CHANGE_CHANGED:
    default:
      return _("changed");
    }
}

/* @line on one screen line: white space as spaces, cut after 72
 * characters, which is enough to recognise it, and anything else that
 * would act on the terminal shown as an escape. */
static char *
shorten (const char *line)
{
  g_autoptr(GString) out = g_string_new (NULL);
  glong length = 0;
  const char *p;

  if (!g_utf8_validate (line, -1, NULL))
    return nr_cli_printable (line);

  for (p = line; *p != '\0' && length < 72; p = g_utf8_next_char (p), length++)
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (out, g_unichar_isspace (c) ? ' ' : c);
    }
  if (*p != '\0')
    g_string_append (out, "…");
  return nr_cli_printable (out->str);
}

/* Each line of @text after @mark; nothing when there is no text. */
static void
print_lines (const char *mark,
             const char *text)
{
  g_auto(GStrv) lines = NULL;

  if (text == NULL)
    return;
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = shorten (lines[i]);

      /* A text ending in a line break has no line after it. */
      if (*lines[i] == '\0' && lines[i + 1] == NULL && i > 0)
        break;
      g_print ("      %s %s\n", mark, line);
    }
}

int
nr_cli_diff (int    argc,
             char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("diff OLD NEW"));
  g_autoptr(GError) error = NULL;
  g_autoptr(NrQuestionnaire) old_questionnaire = NULL;
  g_autoptr(NrQuestionnaire) questionnaire = NULL;
  g_autoptr(NrDocument) old = NULL;
  g_autoptr(NrDocument) new = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *current_heading = NULL;
  int status;

  g_option_context_set_summary (context, _("List, norm by norm, the answers that differ between two cycles of a report (each a .normsreport file or interchange XML): added, removed or changed. Nothing is printed when they hold the same answers."));
  status = nr_cli_parse_options (context, &argc, &argv);
  if (status != NR_CLI_EXIT_OK)
    return status;
  if (!nr_cli_check_operands ("diff", argc, argv, 2, 2, _("name the older and the newer report.")))
    return NR_CLI_EXIT_USAGE;

  old = nr_cli_load_document (argv[1], NR_EXPORT_PROFILE_FULL, &old_questionnaire, &error);
  if (old == NULL)
    return nr_cli_fail ("diff", error);
  new = nr_cli_load_document (argv[2], NR_EXPORT_PROFILE_FULL, &questionnaire, &error);
  if (new == NULL)
    return nr_cli_fail ("diff", error);

  /* Listed by the newer questionnaire: answers follow questions that moved. */
  changes = nr_document_diff (old, new, questionnaire);
  for (guint i = 0; i < changes->len; i++)
    {
      NrChange *change = changes->pdata[i];
      NrQuestion *question = nr_questionnaire_lookup_question (questionnaire, change->question_id);
      g_autofree char *heading = part_heading (questionnaire, question);
      g_autofree char *question_id = nr_cli_printable (change->question_id);

      if (g_strcmp0 (heading, current_heading) != 0)
        {
          g_print ("%s%s\n", current_heading != NULL ? "\n" : "", heading);
          g_free (current_heading);
          current_heading = g_steal_pointer (&heading);
        }
      g_print ("  %s  %s  %s\n", change_word (change->kind), question_id,
               question != NULL ? nr_question_get_label (question) : "");
      print_lines ("-", change->old_text);
      print_lines ("+", change->new_text);
    }
  return NR_CLI_EXIT_OK;
}
