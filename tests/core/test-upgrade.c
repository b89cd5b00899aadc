/* test-upgrade.c: a report opens against a newer questionnaire and loses
 * nothing: answers follow their question ids, and answers to questions that
 * are gone stay in the report as orphaned answers. */
#include "config.h"

#include "nr-core.h"
#include "nr-test-util.h"

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

int
main (int   argc,
      char *argv[])
{
  nr_test_init (&argc, &argv);

  g_test_add_func ("/upgrade/keeps-every-answer", test_upgrade_keeps_every_answer);

  return g_test_run ();
}
