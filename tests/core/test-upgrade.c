/* test-upgrade.c: a report opens against a newer questionnaire and loses
 * nothing: answers follow their question ids, and answers to questions that
 * are gone stay in the report as orphaned answers. */
#include "config.h"

#include "nr-core.h"
#include "nr-test-util.h"
#include "nr-test-report.h"

static NrQuestionnaire *
load_fixture (const char *name)
{
  g_autofree char *path = nr_test_fixture_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  NrQuestionnaire *questionnaire = nr_questionnaire_new_from_file (file, &error);

  g_assert_no_error (error);
  return questionnaire;
}

static void
test_upgrade_keeps_every_answer (void)
{
  g_autoptr(NrQuestionnaire) v1 = load_fixture ("questionnaire-upgrade-1.xml");
  g_autoptr(NrQuestionnaire) v2 = load_fixture ("questionnaire-upgrade-2.xml");
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "upgrade.normsreport", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(NrReport) report = NULL;
  g_autoptr(GListModel) records = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autoptr(NrHistoryEntry) upgrade = NULL;
  g_autoptr(GVariant) orphan = NULL;
  g_auto(GStrv) orphans = NULL;
  g_autofree char *text = NULL;
  NrQuestion *moved;
  GVariantDict fields;
  guint answered, total;

  report = nr_report_create (file, v1, &error);
  g_assert_no_error (error);
  g_assert_true (nr_report_set_text (report, "context.strategy", "Strategy 2024-2028.", &error));
  g_assert_true (nr_report_set_text (report, "context.agency", "NCSA", &error));
  g_assert_true (nr_report_set_text (report, "context.legacy", "An answer to keep.", &error));
  g_assert_true (nr_report_set_text (report, "13a.status", "implemented", &error));
  g_assert_true (nr_report_set_text (report, "13a.notes", "Regional coordination through ARF.", &error));
  g_variant_dict_init (&fields, NULL);
  g_variant_dict_insert (&fields, "title", "s", "Cybersecurity Law");
  g_free (nr_report_add_record (report, "13a.measures", g_variant_dict_end (&fields), &error));
  g_assert_no_error (error);
  nr_report_get_completion (report, &answered, &total);
  g_assert_cmpuint (answered, ==, 6);
  g_assert_cmpuint (total, ==, 6);
  g_assert_cmpuint (g_strv_length (orphans = nr_report_list_orphaned_answers (report)), ==, 0);
  g_clear_pointer (&orphans, g_strfreev);
  nr_report_close (report);
  g_clear_object (&report);

  report = nr_report_open (file, v2, NR_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (nr_report_get_metadata (report, NR_META_QUESTIONNAIRE_VERSION), ==, "2");

  /* Reworded: the answer stays with its id. */
  text = nr_report_dup_text (report, "context.agency");
  g_assert_cmpstr (text, ==, "NCSA");
  g_assert_cmpstr (nr_question_get_label (nr_questionnaire_lookup_question (v2, "context.agency")),
                   ==, "Which agency leads the national effort?");
  g_clear_pointer (&text, g_free);

  /* Moved to another section: the answer moves with it. */
  moved = nr_questionnaire_lookup_question (v2, "13a.notes");
  g_assert_cmpstr (nr_question_get_section_id (moved), ==, "general");
  g_assert_null (nr_question_get_norm_id (moved));
  text = nr_report_dup_text (report, "13a.notes");
  g_assert_cmpstr (text, ==, "Regional coordination through ARF.");
  g_assert_true (nr_report_is_answered (report, moved));
  g_clear_pointer (&text, g_free);

  /* Removed: kept as an orphaned answer, listed and readable. */
  orphans = nr_report_list_orphaned_answers (report);
  g_assert_cmpuint (g_strv_length (orphans), ==, 1);
  g_assert_cmpstr (orphans[0], ==, "context.legacy");
  orphan = nr_report_dup_value (report, "context.legacy");
  g_assert_cmpstr (g_variant_get_string (orphan, NULL), ==, "An answer to keep.");

  /* Added: a new, unanswered question. */
  g_assert_false (nr_report_is_answered (report, nr_questionnaire_lookup_question (v2, "context.website")));

  /* Untouched questions keep their answers and records. */
  text = nr_report_dup_text (report, "13a.status");
  g_assert_cmpstr (text, ==, "implemented");
  records = nr_report_list_records (report, "13a.measures");
  g_assert_cmpuint (g_list_model_get_n_items (records), ==, 1);

  nr_report_get_completion (report, &answered, &total);
  g_assert_cmpuint (answered, ==, 5);
  g_assert_cmpuint (total, ==, 6);
  nr_report_get_norm_completion (report, "13a", &answered, &total);
  g_assert_cmpuint (answered, ==, 2);
  g_assert_cmpuint (total, ==, 2);

  /* The history says when the report moved on to version 2. */
  history = nr_report_list_history (report, "meta:" NR_META_QUESTIONNAIRE_VERSION);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 1);
  upgrade = g_list_model_get_item (history, 0);
  g_assert_cmpstr (nr_history_entry_get_old_state (upgrade), ==, "1");
  g_assert_cmpstr (nr_history_entry_get_new_state (upgrade), ==, "2");

  nr_report_close (report);
  g_clear_object (&report);

  /* Once upgraded, the older questionnaire can no longer read it. */
  report = nr_report_open (file, v1, NR_STORE_OPEN_DEFAULT, &error);
  g_assert_null (report);
  g_assert_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_QUESTIONNAIRE_TOO_NEW);
  g_assert_nonnull (strstr (error->message, "upgrade.normsreport"));
  g_assert_nonnull (strstr (error->message, "version 2"));

  nr_test_remove_tree (dir);
}

/* A report made with an earlier version of the built-in questionnaire opens
 * with the version this build ships (1.2) and keeps every answer, with
 * nothing orphaned; the questions added since wait for an answer, among them
 * @added. */
static void
assert_builtin_opens_with_every_answer (const char *fixture,
                                        const char *old_version,
                                        const char *added)
{
  g_autoptr(NrQuestionnaire) old = load_fixture (fixture);
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "earlier.normsreport", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(NrReport) report = NULL;
  g_autoptr(GHashTable) values = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                        (GDestroyNotify) g_variant_unref);
  g_autoptr(GHashTable) n_records = g_hash_table_new (g_str_hash, g_str_equal);
  g_auto(GStrv) orphans = NULL;
  GListModel *questions = nr_questionnaire_get_questions (old);
  GListModel *current_questions;
  NrQuestionnaire *current;
  guint n_added = 0;

  g_assert_cmpstr (nr_questionnaire_get_version (old), ==, old_version);
  report = nr_report_create (file, old, &error);
  g_assert_no_error (error);
  nr_report_set_author (report, "Siti Rahma");
  nr_report_set_agency (report, "BSSN");
  nr_test_fill_report (report);
  g_assert_true (nr_report_set_text (report, "13c.status", "not-applicable", &error));
  g_assert_true (nr_report_set_text (report, "13k.status", "implemented", &error));
  g_assert_true (nr_report_set_checklist_status (report, "13k.actions", "separate-functions", "done", &error));
  g_assert_no_error (error);

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(NrQuestion) question = g_list_model_get_item (questions, i);
      const char *id = nr_question_get_id (question);
      GVariant *value = nr_report_dup_value (report, id);

      if (value != NULL)
        g_hash_table_insert (values, (gpointer) id, value);
      if (nr_question_get_kind (question) == NR_QUESTION_KIND_RECORDS)
        {
          g_autoptr(GListModel) records = nr_report_list_records (report, id);

          g_hash_table_insert (n_records, (gpointer) id,
                               GUINT_TO_POINTER (g_list_model_get_n_items (records)));
        }
    }
  g_assert_cmpuint (g_hash_table_size (values), >=, 10);
  nr_report_close (report);
  g_clear_object (&report);

  report = nr_report_open (file, NULL, NR_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  current = nr_report_get_questionnaire (report);
  g_assert_cmpstr (nr_questionnaire_get_version (current), ==, "1.2");
  g_assert_cmpstr (nr_report_get_metadata (report, NR_META_QUESTIONNAIRE_VERSION), ==, "1.2");

  /* Every question of the earlier version is still there, with its answer. */
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(NrQuestion) question = g_list_model_get_item (questions, i);
      const char *id = nr_question_get_id (question);
      GVariant *before = g_hash_table_lookup (values, id);
      g_autoptr(GVariant) after = nr_report_dup_value (report, id);

      g_assert_nonnull (nr_questionnaire_lookup_question (current, id));
      if (before == NULL)
        g_assert_null (after);
      else if (after == NULL || !g_variant_equal (before, after))
        g_error ("the answer to %s changed on upgrade", id);
      if (nr_question_get_kind (question) == NR_QUESTION_KIND_RECORDS)
        {
          g_autoptr(GListModel) records = nr_report_list_records (report, id);

          g_assert_cmpuint (g_list_model_get_n_items (records), ==,
                            GPOINTER_TO_UINT (g_hash_table_lookup (n_records, id)));
        }
    }
  orphans = nr_report_list_orphaned_answers (report);
  g_assert_cmpuint (g_strv_length (orphans), ==, 0);

  /* The questions added since are new, and wait for an answer. */
  g_assert_null (nr_questionnaire_lookup_question (old, added));
  current_questions = nr_questionnaire_get_questions (current);
  for (guint i = 0; i < g_list_model_get_n_items (current_questions); i++)
    {
      g_autoptr(NrQuestion) question = g_list_model_get_item (current_questions, i);

      if (nr_questionnaire_lookup_question (old, nr_question_get_id (question)) != NULL)
        continue;
      g_assert_false (nr_report_is_answered (report, question));
      n_added++;
    }
  g_assert_cmpuint (n_added, >, 0);

  nr_report_close (report);
  nr_test_remove_tree (dir);
}

/* Version 1.1 opened every norm with a narrative. */
static void
test_builtin_version_1_opens_with_every_answer (void)
{
  g_autoptr(NrQuestionnaire) v1 = load_fixture ("un-norms-2015-version-1.xml");
  g_autoptr(NrQuestionnaire) current = nr_test_load_builtin ();
  GListModel *norms = nr_questionnaire_get_norms (current);

  for (guint i = 0; i < g_list_model_get_n_items (norms); i++)
    {
      g_autoptr(NrNorm) norm = g_list_model_get_item (norms, i);
      g_autofree char *id = g_strdup_printf ("%s.narrative", nr_norm_get_id (norm));

      g_assert_null (nr_questionnaire_lookup_question (v1, id));
      g_assert_nonnull (nr_questionnaire_lookup_question (current, id));
    }
  assert_builtin_opens_with_every_answer ("un-norms-2015-version-1.xml", "1", "13a.narrative");
}

/* Version 1.2 added the parts real reports have, and fields to the points
 * of contact. */
static void
test_builtin_version_1_1_opens_with_every_answer (void)
{
  assert_builtin_opens_with_every_answer ("un-norms-2015-version-1-1.xml", "1.1", "introduction.commitment");
}

int
main (int   argc,
      char *argv[])
{
  nr_test_init (&argc, &argv);

  g_test_add_func ("/upgrade/keeps-every-answer", test_upgrade_keeps_every_answer);
  g_test_add_func ("/upgrade/builtin-version-1", test_builtin_version_1_opens_with_every_answer);
  g_test_add_func ("/upgrade/builtin-version-1-1", test_builtin_version_1_1_opens_with_every_answer);

  return g_test_run ();
}
