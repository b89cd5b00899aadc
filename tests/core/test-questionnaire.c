/* test-questionnaire.c: loading questionnaires, the shipped one included. */
#include "config.h"

#include "nr-core.h"
#include "nr-xml.h"
#include "nr-test-util.h"
#include "nr-test-report.h"

static void
test_builtin_has_eleven_norms (void)
{
  g_autoptr(NrQuestionnaire) questionnaire = nr_test_load_builtin ();
  const char *ids[] = { "13a", "13b", "13c", "13d", "13e", "13f", "13g", "13h", "13i", "13j", "13k" };
  GListModel *norms = nr_questionnaire_get_norms (questionnaire);

  g_assert_cmpstr (nr_questionnaire_get_id (questionnaire), ==, "un-norms-2015");
  g_assert_cmpstr (nr_questionnaire_get_version (questionnaire), ==, "2");
  g_assert_cmpuint (g_list_model_get_n_items (norms), ==, G_N_ELEMENTS (ids));

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(NrNorm) norm = g_list_model_get_item (norms, i);
      gboolean restraint = strchr ("cfk", ids[i][2]) != NULL;
      /* The restraint norms ask for the State's commitment where the
       * others ask how far implementation has come. */
      const char *suffixes[] = { "narrative", restraint ? "commitment" : "status", "actions",
                                 "challenges", "capacity-needs", "capacity-needs-detail",
                                 restraint ? "statements" : "narrative" };
      NrQuestion *actions;
      guint n_actions;

      g_assert_cmpstr (nr_norm_get_id (norm), ==, ids[i]);
      g_assert_true (nr_questionnaire_lookup_norm (questionnaire, ids[i]) == norm);
      g_assert_nonnull (nr_norm_get_title (norm));
      g_assert_nonnull (strstr (nr_norm_get_source (norm), "A/70/174"));
      /* Measures live in the register, linked to the norm: not asked per norm. */
      {
        g_autofree char *measures = g_strdup_printf ("%s.measures", ids[i]);
        g_autofree char *status = g_strdup_printf ("%s.status", ids[i]);

        g_assert_null (nr_questionnaire_lookup_question (questionnaire, measures));
        g_assert_true ((nr_questionnaire_lookup_question (questionnaire, status) == NULL) == restraint);
      }

      for (guint s = 0; s < G_N_ELEMENTS (suffixes); s++)
        {
          g_autofree char *qid = g_strdup_printf ("%s.%s", ids[i], suffixes[s]);
          NrQuestion *question = nr_questionnaire_lookup_question (questionnaire, qid);

          g_assert_nonnull (question);
          g_assert_cmpstr (nr_question_get_norm_id (question), ==, ids[i]);
          g_assert_cmpstr (nr_question_get_section_id (question), ==, "norms");
          g_assert_nonnull (nr_question_get_label (question));
          /* The optional status needs no help of its own: its choices
           * explain themselves, and translators are not given the same
           * text eleven times. */
          if (!g_str_equal (suffixes[s], "status"))
            g_assert_nonnull (nr_question_get_help (question));
          /* Every question of a norm cites its source, its own or the norm's. */
          {
            g_autofree char *paragraph = g_strdup_printf ("13 (%c)", ids[i][2]);
            g_assert_nonnull (strstr (nr_question_get_source (question), paragraph));
          }
        }

      /* The checklist of practical actions: 4 to 8 items, each with a status. */
      {
        g_autofree char *qid = g_strdup_printf ("%s.actions", ids[i]);
        actions = nr_questionnaire_lookup_question (questionnaire, qid);
      }
      g_assert_cmpint (nr_question_get_kind (actions), ==, NR_QUESTION_KIND_CHECKLIST);
      n_actions = g_list_model_get_n_items (nr_question_get_items (actions));
      g_assert_cmpuint (n_actions, >=, 4);
      g_assert_cmpuint (n_actions, <=, 8);
      g_assert_nonnull (nr_question_lookup_choice (actions, "done"));
    }
}

static void
test_builtin_sections_and_kinds (void)
{
  g_autoptr(NrQuestionnaire) questionnaire = nr_test_load_builtin ();
  const char *sections[] = { "report", "introduction", "context", "measures", "threats", "international-law",
                             "norms", "instruments", "cbms", "capacity-building", "lessons",
                             "cross-cutting", "evidence", "contacts" };
  GListModel *list = nr_questionnaire_get_sections (questionnaire);
  NrQuestion *status, *measures, *statements, *contacts;
  NrChoice *withheld;
  static const struct { const char *id; NrQuestionKind kind; } measure_fields[] = {
    { "kind", NR_QUESTION_KIND_SINGLE_CHOICE }, { "title", NR_QUESTION_KIND_SHORT_TEXT },
    { "description", NR_QUESTION_KIND_LONG_TEXT }, { "status", NR_QUESTION_KIND_SINGLE_CHOICE },
    { "start", NR_QUESTION_KIND_DATE }, { "end", NR_QUESTION_KIND_DATE },
    { "agencies", NR_QUESTION_KIND_TEXT_LIST }, { "partners", NR_QUESTION_KIND_TEXT_LIST },
    { "links", NR_QUESTION_KIND_LINK_LIST }, { "norms", NR_QUESTION_KIND_MULTIPLE_CHOICE },
    { "amount", NR_QUESTION_KIND_SHORT_TEXT }, { "currency", NR_QUESTION_KIND_SHORT_TEXT },
    { "classification", NR_QUESTION_KIND_SINGLE_CHOICE },
  }, statement_fields[] = {
    { "text", NR_QUESTION_KIND_LONG_TEXT }, { "date", NR_QUESTION_KIND_DATE },
    { "forum", NR_QUESTION_KIND_SHORT_TEXT }, { "link", NR_QUESTION_KIND_URL },
  };
  const char *measure_kinds[] = { "policy", "legislation", "institution", "practice",
                                  "international-cooperation", "statement", "guidance", "programme",
                                  "exercise", "network" };

  g_assert_cmpuint (g_list_model_get_n_items (list), ==, G_N_ELEMENTS (sections));
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      g_autoptr(NrSection) section = g_list_model_get_item (list, i);

      g_assert_cmpstr (nr_section_get_id (section), ==, sections[i]);
      g_assert_true (nr_questionnaire_lookup_section (questionnaire, sections[i]) == section);
    }

  /* The status scale carries the explicit non-answers. */
  status = nr_questionnaire_lookup_question (questionnaire, "13g.status");
  g_assert_cmpint (nr_question_get_kind (status), ==, NR_QUESTION_KIND_SINGLE_CHOICE);
  g_assert_false (nr_choice_is_non_answer (nr_question_lookup_choice (status, "implemented")));
  withheld = nr_question_lookup_choice (status, "withheld");
  g_assert_nonnull (withheld);
  g_assert_true (nr_choice_is_non_answer (withheld));
  g_assert_true (nr_choice_is_non_answer (nr_question_lookup_choice (status, "not-applicable")));
  g_assert_true (nr_choice_is_non_answer (nr_question_lookup_choice (status, "not-known")));
  g_assert_nonnull (strstr (nr_question_get_source (status), "13 (g)"));

  /* A restraint norm asks whether and where the State stated its
   * commitment, not for a grade. */
  g_assert_null (nr_questionnaire_lookup_question (questionnaire, "13c.status"));
  status = nr_questionnaire_lookup_question (questionnaire, "13c.commitment");
  g_assert_cmpint (nr_question_get_kind (status), ==, NR_QUESTION_KIND_SINGLE_CHOICE);
  g_assert_nonnull (nr_question_lookup_choice (status, "stated-publicly"));
  g_assert_true (nr_choice_is_non_answer (nr_question_lookup_choice (status, "withheld")));
  g_assert_nonnull (strstr (nr_question_get_source (status), "13 (c)"));
  statements = nr_questionnaire_lookup_question (questionnaire, "13c.statements");
  for (guint i = 0; i < G_N_ELEMENTS (statement_fields); i++)
    g_assert_cmpint (nr_question_get_kind (nr_question_lookup_field (statements, statement_fields[i].id)), ==,
                     statement_fields[i].kind);

  /* One register of measures for the whole report, with typed fields;
   * each measure carries its own classification. */
  measures = nr_questionnaire_lookup_question (questionnaire, "measures.register");
  g_assert_cmpint (nr_question_get_kind (measures), ==, NR_QUESTION_KIND_RECORDS);
  g_assert_null (nr_question_get_norm_id (measures));
  for (guint i = 0; i < G_N_ELEMENTS (measure_fields); i++)
    {
      NrQuestion *field = nr_question_lookup_field (measures, measure_fields[i].id);

      if (field == NULL || nr_question_get_kind (field) != measure_fields[i].kind)
        g_error ("measures.register: field “%s” is missing or of another kind", measure_fields[i].id);
    }
  for (guint i = 0; i < G_N_ELEMENTS (measure_kinds); i++)
    g_assert_nonnull (nr_question_lookup_choice (nr_question_lookup_field (measures, "kind"), measure_kinds[i]));
  g_assert_true (nr_question_get_classifying_field (measures) ==
                 nr_question_lookup_field (measures, "classification"));
  g_assert_null (nr_question_get_classifying_field (nr_questionnaire_lookup_question (questionnaire,
                                                                                     "contacts.list")));

  contacts = nr_questionnaire_lookup_question (questionnaire, "contacts.list");
  g_assert_cmpint (nr_question_get_kind (contacts), ==, NR_QUESTION_KIND_RECORDS);
  g_assert_cmpint (nr_question_get_kind (nr_question_lookup_field (contacts, "email")), ==,
                   NR_QUESTION_KIND_EMAIL);
  g_assert_cmpstr (nr_question_get_section_id (contacts), ==, "contacts");
  g_assert_null (nr_question_get_norm_id (contacts));

  g_assert_null (nr_questionnaire_lookup_question (questionnaire, "13z.status"));
  g_assert_null (nr_questionnaire_lookup_norm (questionnaire, "13z"));
}

static void
test_builtin_is_shared (void)
{
  g_autoptr(NrQuestionnaire) first = nr_test_load_builtin ();
  g_autoptr(NrQuestionnaire) second = nr_test_load_builtin ();

  g_assert_true (first == second);
}

static void
test_unknown_builtin (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrQuestionnaire) questionnaire = nr_questionnaire_load_builtin ("no-such-thing", &error);

  g_assert_null (questionnaire);
  g_assert_error (error, NR_QUESTIONNAIRE_ERROR, NR_QUESTIONNAIRE_ERROR_UNKNOWN);
  g_assert_nonnull (strstr (error->message, "no-such-thing"));
}

static void
test_every_shipped_file_validates (void)
{
  const char *dir_path = g_getenv ("NR_QUESTIONNAIRE_DIR");
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;
  guint n_files = 0;

  g_assert_nonnull (dir_path);
  dir = g_dir_open (dir_path, 0, &error);
  g_assert_no_error (error);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(NrQuestionnaire) questionnaire = NULL;

      if (!g_str_has_suffix (name, ".xml"))
        continue;

      questionnaire = nr_questionnaire_new_from_file (file, &error);
      g_assert_no_error (error);
      g_assert_nonnull (questionnaire);
      n_files++;
    }

  g_assert_cmpuint (n_files, >=, 1);
}

/* Loads @xml as a questionnaire that must fail with @domain/@code and a
 * message holding every string in @expected. */
static void
assert_refused (const char  *xml,
                GQuark       domain,
                int          code,
                const char **expected)
{
  g_autoptr(GBytes) bytes = g_bytes_new (xml, strlen (xml));
  g_autoptr(GError) error = NULL;
  g_autoptr(NrQuestionnaire) questionnaire = nr_questionnaire_new_from_bytes (bytes, "broken.xml",
                                                                             &error);

  g_assert_null (questionnaire);
  g_assert_error (error, domain, code);
  g_assert_nonnull (strstr (error->message, "broken.xml"));
  for (guint i = 0; expected[i] != NULL; i++)
    {
      if (strstr (error->message, expected[i]) == NULL)
        g_error ("“%s” not in the error “%s”", expected[i], error->message);
    }
}

#define HEAD "<?xml version=\"1.0\"?>\n<questionnaire xmlns=\"urn:normsreporter:questionnaire:1\" id=\"t\" version=\"1\">\n<title>T</title>\n"

static void
test_malformed (void)
{
  const char *expected[] = { "line 6", "not well-formed", "sectio", NULL };

  assert_refused (HEAD "<section id=\"s\"><title>S</title>\n"
                  "<question id=\"s.a\" kind=\"short-text\"><label>A</label></question>\n"
                  "</sectio>\n</questionnaire>\n",
                  NR_XML_ERROR, NR_XML_ERROR_MALFORMED, expected);
}

static void
test_wrong_namespace (void)
{
  const char *expected[] = { "not a Norms Reporter questionnaire", NULL };

  assert_refused ("<?xml version=\"1.0\"?><questionnaire xmlns=\"urn:example:other\" id=\"t\" "
                  "version=\"1\"><title>T</title></questionnaire>",
                  NR_QUESTIONNAIRE_ERROR, NR_QUESTIONNAIRE_ERROR_INVALID, expected);
}

static void
test_schema_invalid (void)
{
  const char *expected[] = { "line 5", "kind", NULL };

  assert_refused (HEAD "<section id=\"s\"><title>S</title>\n"
                  "<question id=\"s.a\"><label>A</label></question>\n"
                  "</section>\n</questionnaire>\n",
                  NR_XML_ERROR, NR_XML_ERROR_INVALID, expected);
}

static void
test_duplicate_question_id (void)
{
  const char *expected[] = { "s.a", NULL };

  assert_refused (HEAD "<section id=\"s\"><title>S</title>\n"
                  "<question id=\"s.a\" kind=\"short-text\"><label>A</label></question>\n"
                  "<question id=\"s.a\" kind=\"long-text\"><label>B</label></question>\n"
                  "</section>\n</questionnaire>\n",
                  NR_XML_ERROR, NR_XML_ERROR_INVALID, expected);
}

static void
test_duplicate_choice (void)
{
  const char *expected[] = { "line 6", "“s.a” lists “x” twice", NULL };

  assert_refused (HEAD "<section id=\"s\"><title>S</title>\n"
                  "<question id=\"s.a\" kind=\"single-choice\"><label>A</label>\n"
                  "<choice value=\"x\"><label>X</label></choice>"
                  "<choice value=\"x\"><label>Y</label></choice></question>\n"
                  "</section>\n</questionnaire>\n",
                  NR_QUESTIONNAIRE_ERROR, NR_QUESTIONNAIRE_ERROR_INVALID, expected);
}

static void
test_choice_question_without_choices (void)
{
  const char *expected[] = { "line 5", "“s.a” has no choices", NULL };

  assert_refused (HEAD "<section id=\"s\"><title>S</title>\n"
                  "<question id=\"s.a\" kind=\"single-choice\"><label>A</label></question>\n"
                  "</section>\n</questionnaire>\n",
                  NR_QUESTIONNAIRE_ERROR, NR_QUESTIONNAIRE_ERROR_INVALID, expected);
}

static void
test_unknown_choice_set (void)
{
  const char *expected[] = { "line 5", NULL };

  assert_refused (HEAD "<section id=\"s\"><title>S</title>\n"
                  "<question id=\"s.a\" kind=\"single-choice\" choice-set=\"nope\"><label>A</label></question>\n"
                  "</section>\n</questionnaire>\n",
                  NR_XML_ERROR, NR_XML_ERROR_INVALID, expected);
}

static void
test_doctype_refused (void)
{
  const char *expected[] = { "line 2", "document type declaration", NULL };

  assert_refused ("<?xml version=\"1.0\"?>\n<!DOCTYPE q [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
                  "<questionnaire xmlns=\"urn:normsreporter:questionnaire:1\" id=\"t\" version=\"1\">"
                  "<title>&e;</title></questionnaire>",
                  NR_XML_ERROR, NR_XML_ERROR_FORBIDDEN, expected);
}

static void
test_empty_file (void)
{
  const char *expected[] = { "empty", NULL };

  assert_refused ("", NR_XML_ERROR, NR_XML_ERROR_MALFORMED, expected);
}

static void
test_missing_file (void)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "missing.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(NrQuestionnaire) questionnaire = nr_questionnaire_new_from_file (file, &error);

  g_assert_null (questionnaire);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "missing.xml"));
  nr_test_remove_tree (dir);
}

static void
test_texts_are_folded (void)
{
  const char *xml = HEAD "<section id=\"s\"><title>S</title>\n"
                    "<question id=\"s.a\" kind=\"long-text\"><label>A   label\n   on two lines</label>"
                    "<help>\n  Help\ttext  </help></question>\n"
                    "</section>\n</questionnaire>\n";
  g_autoptr(GBytes) bytes = g_bytes_new (xml, strlen (xml));
  g_autoptr(GError) error = NULL;
  g_autoptr(NrQuestionnaire) questionnaire = nr_questionnaire_new_from_bytes (bytes, "t.xml", &error);
  NrQuestion *question;

  g_assert_no_error (error);
  question = nr_questionnaire_lookup_question (questionnaire, "s.a");
  g_assert_cmpstr (nr_question_get_label (question), ==, "A label on two lines");
  g_assert_cmpstr (nr_question_get_help (question), ==, "Help text");
  g_assert_null (nr_question_get_source (question));
}

static void
test_compare_versions (void)
{
  g_assert_cmpint (nr_questionnaire_compare_versions ("1", "2"), <, 0);
  g_assert_cmpint (nr_questionnaire_compare_versions ("10", "9"), >, 0);
  g_assert_cmpint (nr_questionnaire_compare_versions ("1.0", "1"), ==, 0);
  g_assert_cmpint (nr_questionnaire_compare_versions ("1.2", "1.10"), <, 0);
}

/* Walks every list of the questionnaire, counting what it finds. */
static gpointer
walk_questionnaire (gpointer data)
{
  NrQuestionnaire *questionnaire = data;
  guint counted = 0;

  for (guint round = 0; round < 200; round++)
    {
      GListModel *questions = nr_questionnaire_get_questions (questionnaire);

      for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
        {
          g_autoptr(NrQuestion) question = g_list_model_get_item (questions, i);

          counted += g_list_model_get_n_items (nr_question_get_choices (question)) + 1;
        }
    }
  return GUINT_TO_POINTER (counted);
}

/* One questionnaire is read by worker threads (a PDF being drawn,
 * submissions being aggregated) while windows read it too: reading it from
 * several threads at once gives every thread the same answers. */
static void
test_read_from_threads (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrQuestionnaire) questionnaire = nr_questionnaire_load_builtin (NR_QUESTIONNAIRE_DEFAULT_ID, &error);
  GThread *threads[4];
  guint expected;

  g_assert_no_error (error);
  expected = GPOINTER_TO_UINT (walk_questionnaire (questionnaire));
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("reader", walk_questionnaire, questionnaire);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_cmpuint (GPOINTER_TO_UINT (g_thread_join (threads[i])), ==, expected);
}

int
main (int   argc,
      char *argv[])
{
  nr_test_init (&argc, &argv);

  g_test_add_func ("/questionnaire/builtin/eleven-norms", test_builtin_has_eleven_norms);
  g_test_add_func ("/questionnaire/builtin/sections-and-kinds", test_builtin_sections_and_kinds);
  g_test_add_func ("/questionnaire/builtin/shared", test_builtin_is_shared);
  g_test_add_func ("/questionnaire/builtin/unknown", test_unknown_builtin);
  g_test_add_func ("/questionnaire/files/validate", test_every_shipped_file_validates);
  g_test_add_func ("/questionnaire/refused/malformed", test_malformed);
  g_test_add_func ("/questionnaire/refused/wrong-namespace", test_wrong_namespace);
  g_test_add_func ("/questionnaire/refused/schema-invalid", test_schema_invalid);
  g_test_add_func ("/questionnaire/refused/duplicate-question", test_duplicate_question_id);
  g_test_add_func ("/questionnaire/refused/duplicate-choice", test_duplicate_choice);
  g_test_add_func ("/questionnaire/refused/no-choices", test_choice_question_without_choices);
  g_test_add_func ("/questionnaire/refused/unknown-choice-set", test_unknown_choice_set);
  g_test_add_func ("/questionnaire/refused/doctype", test_doctype_refused);
  g_test_add_func ("/questionnaire/refused/empty", test_empty_file);
  g_test_add_func ("/questionnaire/refused/missing-file", test_missing_file);
  g_test_add_func ("/questionnaire/texts-folded", test_texts_are_folded);
  g_test_add_func ("/questionnaire/compare-versions", test_compare_versions);

  g_test_add_func ("/questionnaire/read-from-threads", test_read_from_threads);

  return g_test_run ();
}
