/* test-questionnaire-strings.c: the questionnaire's texts reach translators.
 *
 * The loader looks each title, label and help text up in the catalogue as it
 * reads it.  That works only if xgettext, through the ITS rules in po/its/,
 * extracted exactly the text the loader asks for: same words, same folding
 * of white space, and the same context (the id of the question, norm,
 * section or field, or the value of the choice, that the text belongs to).  NR_QUESTIONNAIRE_POT names a template made by xgettext
 * from the built-in questionnaire at build time; every text the loader
 * produces must be one of its msgids.
 */
#include "config.h"

#include <glib.h>

#include "nr-core.h"
#include "nr-test-util.h"

/* The messages of a PO template, as "context\004msgid" (or the msgid alone
 * where there is no context); enough of the PO format for xgettext's
 * output: msgctxt and msgid lines with their continuation lines. */
static GHashTable *
read_msgids (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  GHashTable *msgids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GString *current = NULL;
  GString *context = NULL;
  gsize context_length = 0;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      const char *quoted = NULL;

      if (g_str_has_prefix (line, "msgctxt \""))
        {
          context = g_string_new (NULL);
          current = context;
          quoted = line + strlen ("msgctxt ");
        }
      else if (g_str_has_prefix (line, "msgid \""))
        {
          current = g_string_new (NULL);
          if (context != NULL)
            {
              g_string_append_printf (current, "%s\004", context->str);
              g_string_free (g_steal_pointer (&context), TRUE);
              context_length = current->len;
            }
          else
            context_length = 0;
          quoted = line + strlen ("msgid ");
        }
      else if (current != NULL && line[0] == '"')
        quoted = line;
      else if (current != NULL && current != context)
        {
          if (current->len > context_length)
            g_hash_table_add (msgids, g_string_free (current, FALSE));
          else
            g_string_free (current, TRUE);
          current = NULL;
        }

      if (quoted != NULL)
        {
          gsize length = strlen (quoted);
          g_autofree char *inner = NULL;
          g_autofree char *unescaped = NULL;

          g_assert_cmpuint (length, >=, 2);
          inner = g_strndup (quoted + 1, length - 2);
          unescaped = g_strcompress (inner);
          g_string_append (current, unescaped);
        }
    }
  if (current != NULL && current != context)
    g_string_free (current, TRUE);
  if (context != NULL)
    g_string_free (context, TRUE);
  return msgids;
}

typedef struct {
  GHashTable *msgids;
  guint checked;
} Check;

static void
expect_msgid (Check      *check,
              const char *what,
              const char *context,
              const char *text)
{
  g_autofree char *key = NULL;

  if (text == NULL)
    return;
  key = g_strdup_printf ("%s\004%s", context, text);
  check->checked++;
  if (!g_hash_table_contains (check->msgids, key))
    g_error ("the %s “%s” (context “%s”) is not in the extracted template: translators never see it",
             what, text, context);
}

static void
check_choices (Check      *check,
               GListModel *choices)
{
  for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
    {
      g_autoptr(NrChoice) choice = g_list_model_get_item (choices, i);

      expect_msgid (check, "choice label", nr_choice_get_value (choice), nr_choice_get_label (choice));
      expect_msgid (check, "choice help", nr_choice_get_value (choice), nr_choice_get_help (choice));
    }
}

static void
check_questions (Check      *check,
                 GListModel *questions)
{
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(NrQuestion) question = g_list_model_get_item (questions, i);

      expect_msgid (check, "question label", nr_question_get_id (question), nr_question_get_label (question));
      expect_msgid (check, "question help", nr_question_get_id (question), nr_question_get_help (question));
      /* Choices made of the checklists' items are checked as items. */
      if (!nr_question_get_choices_are_actions (question))
        check_choices (check, nr_question_get_choices (question));
      check_choices (check, nr_question_get_items (question));
      check_questions (check, nr_question_get_fields (question));
    }
}

static void
test_every_text_is_extracted (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrQuestionnaire) questionnaire = nr_questionnaire_load_builtin (NR_QUESTIONNAIRE_DEFAULT_ID,
                                                                            &error);
  g_autoptr(GHashTable) msgids = read_msgids (g_getenv ("NR_QUESTIONNAIRE_POT"));
  Check check = { msgids, 0 };
  GListModel *sections;
  GListModel *norms;

  g_assert_no_error (error);
  sections = nr_questionnaire_get_sections (questionnaire);
  norms = nr_questionnaire_get_norms (questionnaire);

  expect_msgid (&check, "questionnaire title", nr_questionnaire_get_id (questionnaire),
                nr_questionnaire_get_title (questionnaire));
  expect_msgid (&check, "questionnaire description", nr_questionnaire_get_id (questionnaire),
                nr_questionnaire_get_description (questionnaire));
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(NrSection) section = g_list_model_get_item (sections, i);

      expect_msgid (&check, "section title", nr_section_get_id (section), nr_section_get_title (section));
      expect_msgid (&check, "section help", nr_section_get_id (section), nr_section_get_help (section));
    }
  for (guint i = 0; i < g_list_model_get_n_items (norms); i++)
    {
      g_autoptr(NrNorm) norm = g_list_model_get_item (norms, i);

      expect_msgid (&check, "norm title", nr_norm_get_id (norm), nr_norm_get_title (norm));
      expect_msgid (&check, "norm summary", nr_norm_get_id (norm), nr_norm_get_summary (norm));
    }
  check_questions (&check, nr_questionnaire_get_questions (questionnaire));

  /* Eleven norms with their summaries and 86 questions at the least. */
  g_assert_cmpuint (check.checked, >, 11 * 2 + 86);
}

/* Ids and document symbols are not prose and must stay out of the
 * translators' way. */
static void
test_ids_are_not_extracted (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrQuestionnaire) questionnaire = nr_questionnaire_load_builtin (NR_QUESTIONNAIRE_DEFAULT_ID,
                                                                            &error);
  g_autoptr(GHashTable) msgids = read_msgids (g_getenv ("NR_QUESTIONNAIRE_POT"));
  GListModel *questions;

  g_assert_no_error (error);
  questions = nr_questionnaire_get_questions (questionnaire);
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(NrQuestion) question = g_list_model_get_item (questions, i);

      g_assert_false (g_hash_table_contains (msgids, nr_question_get_id (question)));
      if (nr_question_get_source (question) != NULL)
        g_assert_false (g_hash_table_contains (msgids, nr_question_get_source (question)));
    }
}

int
main (int   argc,
      char *argv[])
{
  nr_test_init (&argc, &argv);

  g_test_add_func ("/questionnaire-strings/extracted", test_every_text_is_extracted);
  g_test_add_func ("/questionnaire-strings/ids-left-out", test_ids_are_not_extracted);

  return g_test_run ();
}
