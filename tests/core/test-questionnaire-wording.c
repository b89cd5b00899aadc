/* test-questionnaire-wording.c: the built-in questionnaire reads the way
 * States write and says what a legal adviser can sign.
 *
 * Every norm opens with a narrative; the restraint norms 13(c), 13(f) and
 * 13(k) ask how the State observes them.  Titles and summaries keep the
 * agreed qualifiers, the status is optional, every checklist item cites what
 * it rests on, and no text claims a source whose text the project does not
 * hold. */
#include "config.h"

#include "nr-core.h"
#include "nr-test-util.h"
#include "nr-test-report.h"

static gboolean
is_restraint_norm (const char *norm_id)
{
  return g_str_equal (norm_id, "13c") || g_str_equal (norm_id, "13f") || g_str_equal (norm_id, "13k");
}

static void
test_narrative_first (void)
{
  g_autoptr(NrQuestionnaire) questionnaire = nr_test_load_builtin ();
  GListModel *norms = nr_questionnaire_get_norms (questionnaire);

  g_assert_cmpstr (nr_questionnaire_get_version (questionnaire), ==, "2");
  for (guint i = 0; i < g_list_model_get_n_items (norms); i++)
    {
      g_autoptr(NrNorm) norm = g_list_model_get_item (norms, i);
      g_autoptr(NrQuestion) first = g_list_model_get_item (nr_norm_get_questions (norm), 0);
      g_autofree char *id = g_strdup_printf ("%s.narrative", nr_norm_get_id (norm));
      const char *expected = is_restraint_norm (nr_norm_get_id (norm))
        ? "How does your State observe this norm?"
        : "How does your State implement this norm?";

      g_assert_cmpstr (nr_question_get_id (first), ==, id);
      g_assert_cmpint (nr_question_get_kind (first), ==, NR_QUESTION_KIND_LONG_TEXT);
      g_assert_cmpstr (nr_question_get_label (first), ==, expected);
      /* What a good answer covers differs from norm to norm. */
      g_assert_nonnull (nr_question_get_help (first));
      g_assert_nonnull (strstr (nr_question_get_help (first), "your State"));
    }
}

static void
test_qualifiers_kept (void)
{
  g_autoptr(NrQuestionnaire) questionnaire = nr_test_load_builtin ();
  NrNorm *c = nr_questionnaire_lookup_norm (questionnaire, "13c");
  NrNorm *f = nr_questionnaire_lookup_norm (questionnaire, "13f");
  NrQuestion *norm_choice = nr_question_lookup_field (nr_questionnaire_lookup_question (questionnaire,
                                                                                      "evidence.documents"),
                                                     "norms");
  const char *qualifiers_f[] = { "knowingly", "intentionally",
                                 "contrary to its obligations under international law" };

  nr_test_assert_contains (nr_norm_get_title (c), "knowingly");
  nr_test_assert_contains (nr_norm_get_title (c), "internationally wrongful acts");
  nr_test_assert_contains (nr_norm_get_summary (c), "knowingly");
  nr_test_assert_contains (nr_norm_get_summary (c), "internationally wrongful acts");
  nr_test_assert_contains (nr_norm_get_title (f), "knowingly");
  nr_test_assert_contains (nr_norm_get_title (f), "intentionally");
  for (guint i = 0; i < G_N_ELEMENTS (qualifiers_f); i++)
    nr_test_assert_contains (nr_norm_get_summary (f), qualifiers_f[i]);

  /* The short names of the norms, too, state no broader rule. */
  nr_test_assert_contains (nr_question_format_choice (norm_choice, "13c"), "internationally wrongful acts");
  nr_test_assert_contains (nr_question_format_choice (norm_choice, "13f"), "intentionally");
}

static void
test_status_optional_and_neutral (void)
{
  g_autoptr(NrQuestionnaire) questionnaire = nr_test_load_builtin ();
  GListModel *norms = nr_questionnaire_get_norms (questionnaire);

  for (guint i = 0; i < g_list_model_get_n_items (norms); i++)
    {
      g_autoptr(NrNorm) norm = g_list_model_get_item (norms, i);
      g_autofree char *id = g_strdup_printf ("%s.%s", nr_norm_get_id (norm),
                                             is_restraint_norm (nr_norm_get_id (norm)) ? "commitment" : "status");
      NrQuestion *status = nr_questionnaire_lookup_question (questionnaire, id);
      NrChoice *none = nr_question_lookup_choice (status, "not-applicable");

      /* A restraint norm is observed, not implemented by degrees: its
       * optional question is about the State's commitment, and offers no
       * grade at all. */
      if (is_restraint_norm (nr_norm_get_id (norm)))
        {
          nr_test_assert_contains (nr_question_get_label (status), "(optional)");
          nr_test_assert_contains (nr_question_get_label (status), "commitment");
          g_assert_null (nr_question_lookup_choice (status, "implemented"));
          g_assert_null (nr_question_lookup_choice (status, "in-progress"));
          continue;
        }

      nr_test_assert_contains (nr_question_get_label (status), "(optional)");
      /* The choices explain themselves: no long help repeated for
       * translators under every norm. */
      g_assert_null (nr_question_get_help (status));
      g_assert_cmpstr (nr_choice_get_label (none), ==, "No relevant activity to report");
      g_assert_true (nr_choice_is_non_answer (none));
      g_assert_nonnull (nr_choice_get_help (none));
    }
}

/* Filling in this report ticks "share national views and practice" by
 * itself: a checklist of neutral items does not ask it. */
static void
test_no_item_the_report_ticks_itself (void)
{
  g_autoptr(NrQuestionnaire) questionnaire = nr_test_load_builtin ();
  NrQuestion *actions = nr_questionnaire_lookup_question (questionnaire, "13a.actions");

  g_assert_null (nr_question_lookup_item (actions, "share-national-practice"));
}

static void
test_every_item_rests_on_something (void)
{
  g_autoptr(NrQuestionnaire) questionnaire = nr_test_load_builtin ();
  GListModel *questions = nr_questionnaire_get_questions (questionnaire);
  guint n_items = 0;

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(NrQuestion) question = g_list_model_get_item (questions, i);
      GListModel *items = nr_question_get_items (question);

      for (guint j = 0; j < g_list_model_get_n_items (items); j++)
        {
          g_autoptr(NrChoice) item = g_list_model_get_item (items, j);
          const char *rests_on = nr_choice_get_rests_on (item);

          if (rests_on == NULL || !g_str_has_prefix (rests_on, "A/"))
            g_error ("%s: item “%s” does not cite a UN document: %s", nr_question_get_id (question),
                     nr_choice_get_value (item), rests_on);
          n_items++;
        }
    }
  g_assert_cmpuint (n_items, >, 60);
}

static void
test_beyond_the_norm_said (void)
{
  g_autoptr(NrQuestionnaire) questionnaire = nr_test_load_builtin ();
  const struct { const char *question, *item; } beyond[] = {
    { "13f.actions", "legal-review" },
    { "13e.actions", "surveillance-oversight" },
  };
  NrChoice *separate;

  for (guint i = 0; i < G_N_ELEMENTS (beyond); i++)
    {
      NrQuestion *question = nr_questionnaire_lookup_question (questionnaire, beyond[i].question);
      NrChoice *item = nr_question_lookup_item (question, beyond[i].item);

      nr_test_assert_contains (nr_choice_get_help (item), "goes beyond the text of the norm");
    }

  /* A CERT hosted in a security agency is not failed by design. */
  separate = nr_question_lookup_item (nr_questionnaire_lookup_question (questionnaire, "13k.actions"),
                                      "separate-functions");
  nr_test_assert_contains (nr_choice_get_help (separate), "intelligence agency");
}

/* Every text of the questionnaire a user or translator reads. */
static void
collect_choice_texts (GPtrArray  *texts,
                      GListModel *choices)
{
  for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
    {
      g_autoptr(NrChoice) choice = g_list_model_get_item (choices, i);

      g_ptr_array_add (texts, (gpointer) nr_choice_get_label (choice));
      g_ptr_array_add (texts, (gpointer) nr_choice_get_help (choice));
    }
}

static void
collect_question_texts (GPtrArray  *texts,
                        NrQuestion *question)
{
  g_ptr_array_add (texts, (gpointer) nr_question_get_label (question));
  g_ptr_array_add (texts, (gpointer) nr_question_get_help (question));
  g_ptr_array_add (texts, (gpointer) nr_question_get_source (question));
  collect_choice_texts (texts, nr_question_get_choices (question));
  collect_choice_texts (texts, nr_question_get_items (question));
  for (guint i = 0; i < g_list_model_get_n_items (nr_question_get_fields (question)); i++)
    {
      g_autoptr(NrQuestion) field = g_list_model_get_item (nr_question_get_fields (question), i);

      collect_question_texts (texts, field);
    }
}

static GPtrArray *
collect_texts (NrQuestionnaire *questionnaire)
{
  GPtrArray *texts = g_ptr_array_new ();
  GListModel *sections = nr_questionnaire_get_sections (questionnaire);
  GListModel *norms = nr_questionnaire_get_norms (questionnaire);
  GListModel *questions = nr_questionnaire_get_questions (questionnaire);

  g_ptr_array_add (texts, (gpointer) nr_questionnaire_get_title (questionnaire));
  g_ptr_array_add (texts, (gpointer) nr_questionnaire_get_description (questionnaire));
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(NrSection) section = g_list_model_get_item (sections, i);

      g_ptr_array_add (texts, (gpointer) nr_section_get_title (section));
      g_ptr_array_add (texts, (gpointer) nr_section_get_help (section));
    }
  for (guint i = 0; i < g_list_model_get_n_items (norms); i++)
    {
      g_autoptr(NrNorm) norm = g_list_model_get_item (norms, i);

      g_ptr_array_add (texts, (gpointer) nr_norm_get_title (norm));
      g_ptr_array_add (texts, (gpointer) nr_norm_get_summary (norm));
      g_ptr_array_add (texts, (gpointer) nr_norm_get_source (norm));
    }
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(NrQuestion) question = g_list_model_get_item (questions, i);

      collect_question_texts (texts, question);
    }
  return texts;
}

static void
test_texts_claim_no_unheld_source_and_say_state (void)
{
  g_autoptr(NrQuestionnaire) questionnaire = nr_test_load_builtin ();
  g_autoptr(GPtrArray) texts = collect_texts (questionnaire);
  g_autoptr(GRegex) lower_state = g_regex_new ("\\bstate(s|'s|s')?\\b|\\bcountry\\b", 0, 0, NULL);

  g_assert_cmpuint (texts->len, >, 500);
  for (guint i = 0; i < texts->len; i++)
    {
      const char *text = g_ptr_array_index (texts, i);

      if (text == NULL)
        continue;
      /* Its text is not in the project: nothing may claim it as a source. */
      if (strstr (text, "OEWG voluntary checklist") != NULL)
        g_error ("claims the OEWG checklist as its source: “%s”", text);
      /* "State" is a country and takes a capital; "your State", not "your
       * country". */
      if (g_regex_match (lower_state, text, 0, NULL))
        g_error ("writes “state” or “country” for a State: “%s”", text);
    }
}

/* The loader reads what an item rests on, as written; a choice without it
 * cites nothing. */
static void
test_rests_on_read (void)
{
  static const char xml[] =
    "<?xml version=\"1.0\"?>\n"
    "<questionnaire xmlns=\"urn:normsreporter:questionnaire:1\" id=\"t\" version=\"1\">\n"
    "<title>T</title>\n"
    "<choice-set id=\"s\"><choice value=\"done\"><label>Done</label></choice></choice-set>\n"
    "<section id=\"a\"><title>A</title>\n"
    "<question id=\"a.list\" kind=\"checklist\" choice-set=\"s\"><label>L</label>\n"
    "<item value=\"cited\" rests-on=\"A/76/135, guidance on norm 13 (c)\"><label>C</label></item>\n"
    "<item value=\"plain\"><label>P</label></item>\n"
    "</question></section></questionnaire>\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, sizeof xml - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(NrQuestionnaire) questionnaire = nr_questionnaire_new_from_bytes (bytes, "t.xml", &error);
  NrQuestion *list;

  g_assert_no_error (error);
  list = nr_questionnaire_lookup_question (questionnaire, "a.list");
  g_assert_cmpstr (nr_choice_get_rests_on (nr_question_lookup_item (list, "cited")), ==,
                   "A/76/135, guidance on norm 13 (c)");
  g_assert_null (nr_choice_get_rests_on (nr_question_lookup_item (list, "plain")));
  g_assert_null (nr_choice_get_rests_on (nr_question_lookup_choice (list, "done")));
}

int
main (int   argc,
      char *argv[])
{
  nr_test_init (&argc, &argv);

  g_test_add_func ("/questionnaire-wording/narrative-first", test_narrative_first);
  g_test_add_func ("/questionnaire-wording/qualifiers-kept", test_qualifiers_kept);
  g_test_add_func ("/questionnaire-wording/status-optional", test_status_optional_and_neutral);
  g_test_add_func ("/questionnaire-wording/no-item-the-report-ticks-itself", test_no_item_the_report_ticks_itself);
  g_test_add_func ("/questionnaire-wording/items-rest-on", test_every_item_rests_on_something);
  g_test_add_func ("/questionnaire-wording/beyond-the-norm", test_beyond_the_norm_said);
  g_test_add_func ("/questionnaire-wording/sources-and-state", test_texts_claim_no_unheld_source_and_say_state);
  g_test_add_func ("/questionnaire-wording/rests-on-read", test_rests_on_read);

  return g_test_run ();
}
