/* test-value-types.c: values that do not fit their question.
 *
 * A later questionnaire that changes a question's kind, or drops a choice,
 * leaves answers whose stored value no longer fits; a damaged or hand-made
 * file can hold anything.  Such a value is an orphaned answer: kept, listed,
 * carried by full exports as orphaned, never printed as if it fitted, and it
 * crashes nothing.  Export and printout of one profile hold the same
 * answers. */
#include "config.h"

#include "nr-core.h"
#include "nr-report-private.h"
#include "nr-test-report.h"
#include "nr-test-util.h"

typedef NrTestFilled Fixture;

static void
exec_sql (NrReport   *report,
          const char *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (nr_store_exec (nr_report_get_store (report), sql, &error));
  g_assert_no_error (error);
}

#define ANSWER_ROW(id, value, classification) \
  "INSERT OR REPLACE INTO answer (question_id, value, classification, author, agency, modified)" \
  " VALUES ('" id "', '" value "', '" classification "', 'Arif', 'Kemlu', '2024-05-01T00:00:00Z');"

/* Every way a stored value can miss its question, all public so that only
 * their being orphaned keeps them from a public export. */
static void
store_misfits (NrReport *report)
{
  exec_sql (report,
            /* A list for a single choice, a dictionary, a number, no value at
             * all, text for a checklist, a choice the question does not have. */
            ANSWER_ROW ("13a.status", "@as [''zq-as'']", "public")
            ANSWER_ROW ("13b.status", "{''zq-key'': ''zq-dict''}", "public")
            ANSWER_ROW ("13g.status", "42", "public")
            ANSWER_ROW ("13d.challenges", "zqunparsable (", "public")
            ANSWER_ROW ("13a.actions", "''zqtext''", "public")
            ANSWER_ROW ("13e.status", "''zq-no-such-choice''", "public")
            /* A record whose title is a number. */
            "INSERT INTO answer (question_id, value, classification, author, agency, modified)"
            " VALUES ('measures.register', NULL, 'public', 'Arif', 'Kemlu', '2024-05-01T00:00:00Z');"
            "INSERT INTO record (record_id, question_id, position, fields, author, agency, modified)"
            " VALUES ('9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d', 'measures.register', 1.0,"
            " '{''classification'': <''public''>, ''kind'': <''policy''>, ''title'': <42>}', 'Arif', 'Kemlu',"
            " '2024-05-01T00:00:00Z');"
            /* An answer to a question the questionnaire no longer has. */
            ANSWER_ROW ("13a.old-notes", "''zqgone''", "public"));
}

static const char *misfits[] = {
  "13a.actions", "13a.old-notes", "13a.status", "13b.status", "13d.challenges", "13e.status",
  "13g.status", "measures.register", NULL
};

/* Lays @document out as printing does, and draws nothing: every answer is
 * formatted, which is where a misfit would crash. */
static void
lay_out (NrDocument      *document,
         NrQuestionnaire *questionnaire)
{
  g_autoptr(NrPages) pages = nr_document_lay_out (document, questionnaire, NULL, NULL, NULL, NULL);

  g_assert_cmpuint (nr_pages_get_n_pages (pages), >, 1);
}

static gboolean
has_answer (const char *xml,
            const char *question_id)
{
  g_autofree char *needle = g_strdup_printf ("<answer question=\"%s\"", question_id);

  return strstr (xml, needle) != NULL;
}

/* Listed as orphaned answers, never counted as answered, never a crash. */
static void
test_misfits_are_orphaned (Fixture       *f,
                           gconstpointer  data)
{
  NrQuestionnaire *questionnaire = nr_report_get_questionnaire (f->report);
  g_auto(GStrv) orphans = NULL;
  guint answered, total;

  store_misfits (f->report);
  orphans = nr_report_list_orphaned_answers (f->report);
  g_assert_cmpstrv (orphans, misfits);

  for (guint i = 0; misfits[i] != NULL; i++)
    {
      NrQuestion *question = nr_questionnaire_lookup_question (questionnaire, misfits[i]);

      if (question != NULL)
        g_assert_false (nr_report_is_answered (f->report, question));
    }
  nr_report_get_completion (f->report, &answered, &total);
  g_assert_cmpuint (answered, >, 0);
  nr_report_get_norm_completion (f->report, "13e", &answered, &total);
  g_assert_cmpuint (answered, ==, 0);
}

/* A full export carries them, marked orphaned, and imports again; public
 * and workshop exports leave them out; printing them crashes nothing. */
static void
test_misfits_export_and_print (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *full = NULL;
  g_autofree char *workshop = NULL;
  g_autofree char *public = NULL;
  g_autoptr(NrDocument) document = NULL;
  g_autoptr(NrDocument) read = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = g_build_filename (f->dir, "copy.normsreport", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(NrReport) copy = NULL;
  g_autoptr(GVariant) kept = NULL;
  g_autofree char *kept_text = NULL;
  g_auto(GStrv) copy_orphans = NULL;

  store_misfits (f->report);
  full = nr_test_export_text (f->report, NR_EXPORT_PROFILE_FULL);
  workshop = nr_test_export_text (f->report, NR_EXPORT_PROFILE_WORKSHOP);
  public = nr_test_export_text (f->report, NR_EXPORT_PROFILE_PUBLIC);
  for (guint i = 0; misfits[i] != NULL; i++)
    {
      g_autofree char *marked = g_strdup_printf ("<answer question=\"%s\" classification=\"public\" orphaned=\"true\"",
                                                 misfits[i]);

      if (strstr (full, marked) == NULL)
        g_error ("%s is not in the full export as orphaned:\n%s", misfits[i], full);
      g_assert_false (has_answer (workshop, misfits[i]));
      g_assert_false (has_answer (public, misfits[i]));
    }

  document = nr_report_to_document (f->report, NULL, &error);
  g_assert_no_error (error);
  lay_out (document, nr_report_get_questionnaire (f->report));

  /* Read back, checked as validate checks, and imported. */
  bytes = g_bytes_new (full, strlen (full));
  read = nr_document_parse (bytes, "full.xml", &error);
  g_assert_no_error (error);
  g_assert_true (nr_document_check (read, "full.xml", &error));
  g_assert_no_error (error);
  lay_out (read, nr_report_get_questionnaire (f->report));
  copy = nr_report_import_document (read, "full.xml", file, &error);
  g_assert_no_error (error);
  kept = nr_report_dup_value (copy, "13a.status");
  kept_text = g_variant_print (kept, FALSE);
  g_assert_nonnull (strstr (kept_text, "zq-as"));
  copy_orphans = nr_report_list_orphaned_answers (copy);
  g_assert_true (g_strv_contains ((const char * const *) copy_orphans, "13a.status"));
  g_assert_true (g_strv_contains ((const char * const *) copy_orphans, "13b.status"));
  g_assert_true (g_strv_contains ((const char * const *) copy_orphans, "13e.status"));
  g_assert_true (g_strv_contains ((const char * const *) copy_orphans, "13a.old-notes"));
}

/* A value that does not fit is not formatted through its question. */
static void
test_question_refuses_misfits (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrQuestionnaire) questionnaire = nr_questionnaire_load_builtin (NR_QUESTIONNAIRE_DEFAULT_ID, &error);
  NrQuestion *status = nr_questionnaire_lookup_question (questionnaire, "13a.status");
  NrQuestion *needs = nr_questionnaire_lookup_question (questionnaire, "13a.capacity-needs");
  NrQuestion *actions = nr_questionnaire_lookup_question (questionnaire, "13a.actions");
  NrQuestion *challenges = nr_questionnaire_lookup_question (questionnaire, "13a.challenges");
  const char *one[] = { "planned", NULL };
  g_autoptr(GVariant) list = g_variant_ref_sink (g_variant_new_strv (one, -1));
  g_autoptr(GVariant) text = g_variant_ref_sink (g_variant_new_string ("planned"));
  g_autoptr(GVariant) number = g_variant_ref_sink (g_variant_new_int32 (42));
  NrQuestion *questions[] = { status, needs, actions, challenges };
  GVariant *wrong[][2] = { { list, number }, { text, number }, { text, list }, { list, number } };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (questions); i++)
    {
      for (guint j = 0; j < 2; j++)
        {
          g_autofree char *formatted = nr_question_format_value (questions[i], wrong[i][j]);

          g_assert_cmpstr (formatted, ==, "");
          g_assert_false (nr_question_value_is_answered (questions[i], wrong[i][j]));
        }
    }
}

static NrDocumentAnswer *
add_answer (NrDocument *document,
            const char *question_id,
            GVariant   *value)
{
  NrDocumentAnswer *answer = nr_document_add_answer (document, question_id);

  answer->classification = NR_CLASSIFICATION_PUBLIC;
  answer->value = value != NULL ? g_variant_ref_sink (value) : NULL;
  nr_provenance_set (&answer->provenance, NULL, "Kemlu", "2024-05-01T00:00:00Z");
  return answer;
}

/* A document built by other code, with misfits not marked as orphaned,
 * prints and summarises without a crash, the misfits not as answers. */
static void
test_unmarked_misfits_in_a_document (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrQuestionnaire) questionnaire = nr_questionnaire_load_builtin (NR_QUESTIONNAIRE_DEFAULT_ID, &error);
  g_autoptr(NrDocument) document = nr_document_new ();
  NrSubmission *submission;
  g_autoptr(GHashTable) answers = NULL;
  NrDocumentAnswer *measures;
  NrDocumentRecord *record;
  GVariantDict fields;
  const char *list[] = { "zq-as", NULL };

  g_assert_no_error (error);
  document->questionnaire_id = g_strdup (NR_QUESTIONNAIRE_DEFAULT_ID);
  document->questionnaire_version = g_strdup ("2");
  add_answer (document, "13a.status", g_variant_new_strv (list, -1));
  add_answer (document, "13b.status", g_variant_new_int32 (7));
  add_answer (document, "13a.actions", g_variant_new_string ("zqtext"));
  add_answer (document, "13a.capacity-needs", g_variant_new_string ("awareness-raising"));
  add_answer (document, "13a.challenges", g_variant_new_strv (list, -1));
  measures = add_answer (document, "measures.register", NULL);
  record = nr_document_answer_add_record (measures, "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d");
  g_variant_dict_init (&fields, NULL);
  g_variant_dict_insert (&fields, "title", "i", 42);
  g_variant_dict_insert (&fields, "kind", "s", "policy");
  record->fields = g_variant_ref_sink (g_variant_dict_end (&fields));
  record->position = 1;

  answers = nr_document_index_answers (document);
  for (guint i = 0; i < document->answers->len; i++)
    {
      NrDocumentAnswer *answer = document->answers->pdata[i];
      NrQuestion *question = nr_questionnaire_lookup_question (questionnaire, answer->question_id);

      g_assert_false (nr_document_answer_is_given (question, answer));
    }

  lay_out (document, questionnaire);
  submission = nr_submission_new_from_document (document, questionnaire, "built.xml", FALSE);
  g_assert_null (((NrNormSummary *) submission->norms->pdata[0])->status);
  g_assert_cmpuint (((NrNormSummary *) submission->norms->pdata[0])->answered, ==, 0);
  nr_submission_free (submission);
}

/* One answer per marker: every classification, records, a separable
 * section, the focal point's name and e-mail, and orphaned answers. */
static void
fill_marked (NrReport *report)
{
  g_autoptr(GError) error = NULL;
  GVariantDict contact;
  struct {
    const char *id;
    const char *text;
    NrClassification classification;
  } texts[] = {
    { "context.strategy", "zqa01", NR_CLASSIFICATION_PUBLIC },
    { "context.strategy-url", "https://zqa02.example", NR_CLASSIFICATION_WORKSHOP },
    { "13a.challenges", "zqa03", NR_CLASSIFICATION_INTERNAL },
    { "13b.challenges", "zqa04", NR_CLASSIFICATION_PUBLIC },
    { "report.focal-point", "zqa07", NR_CLASSIFICATION_PUBLIC },
    { "report.focal-point-email", "zqa08@example.org", NR_CLASSIFICATION_PUBLIC },
    { "13e.challenges", "zqa12", NR_CLASSIFICATION_WORKSHOP },
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_assert_true (nr_report_set_text (report, texts[i].id, texts[i].text, &error));
      g_assert_true (nr_report_set_classification (report, texts[i].id, texts[i].classification, &error));
    }
  g_free (nr_report_add_record (report, "measures.register", nr_test_measure ("zqa05", "policy"), &error));
  g_variant_dict_init (&contact, NULL);
  g_variant_dict_insert (&contact, "name", "s", "zqa06");
  g_free (nr_report_add_record (report, "contacts.list", g_variant_dict_end (&contact), &error));
  g_assert_true (nr_report_set_classification (report, "contacts.list", NR_CLASSIFICATION_PUBLIC, &error));
  g_assert_no_error (error);

  exec_sql (report,
            ANSWER_ROW ("13a.old-notes", "''zqa09''", "public")
            ANSWER_ROW ("13c.status", "''zqa10''", "public")
            ANSWER_ROW ("13d.challenges", "@as [''zqa11'']", "internal"));
}

static char *
printed_text (NrReport        *report,
              NrExportProfile  profile,
              const char      *dir)
{
  g_autoptr(GError) error = NULL;
  NrExportOptions options = { profile, NULL, NULL };
  g_autofree char *path = g_build_filename (dir, "printed.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *text = NULL;
  g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);

  g_assert_true (nr_report_render_pdf (report, file, &options, &error));
  g_assert_no_error (error);
  text = nr_test_pdf_text (path);
  return g_regex_replace_literal (spaces, text, -1, 0, " ", 0, NULL);
}

/* For each profile, an answer is in the printout exactly when it is in the
 * export, orphaned answers (in full exports only) included. */
static void
test_export_and_print_agree (void)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autoptr(NrReport) report = nr_test_create_report (dir, "marked.normsreport");
  const char *markers[] = { "zqa01", "zqa02", "zqa03", "zqa04", "zqa05", "zqa06", "zqa07", "zqa08",
                            "zqa09", "zqa10", "zqa11", "zqa12" };
  /* What each profile lets out, marker by marker. */
  const char *expected[] = {
    [NR_EXPORT_PROFILE_PUBLIC] = "100110000000",
    [NR_EXPORT_PROFILE_WORKSHOP] = "110111110001",
    [NR_EXPORT_PROFILE_FULL] = "111111111111",
  };

  fill_marked (report);
  for (int profile = NR_EXPORT_PROFILE_PUBLIC; profile <= NR_EXPORT_PROFILE_FULL; profile++)
    {
      g_autofree char *xml = nr_test_export_text (report, profile);
      g_autofree char *printed = printed_text (report, profile, dir);

      for (guint i = 0; i < G_N_ELEMENTS (markers); i++)
        {
          gboolean exported = strstr (xml, markers[i]) != NULL;
          gboolean in_print = strstr (printed, markers[i]) != NULL;

          if (exported != in_print || exported != (expected[profile][i] == '1'))
            g_error ("%s, %s: exported %d, printed %d, expected %c", nr_export_profile_to_string (profile),
                     markers[i], exported, in_print, expected[profile][i]);
        }
    }
  nr_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  nr_test_init (&argc, &argv);

  g_test_add_func ("/value-types/question-refuses-misfits", test_question_refuses_misfits);
  g_test_add_func ("/value-types/unmarked-misfits-in-a-document", test_unmarked_misfits_in_a_document);
  g_test_add_func ("/value-types/export-and-print-agree", test_export_and_print_agree);
#define ADD(path, func) \
  g_test_add ("/value-types/" path, Fixture, NULL, nr_test_filled_set_up, func, nr_test_filled_tear_down)
  ADD ("misfits-are-orphaned", test_misfits_are_orphaned);
  ADD ("misfits-export-and-print", test_misfits_export_and_print);
#undef ADD

  return g_test_run ();
}
