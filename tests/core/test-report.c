/* test-report.c: answers of every kind, records, review states, history,
 * undo and completion, each checked across closing and reopening the file. */
#include "config.h"

#include <glib/gstdio.h>

#include "nr-core.h"
#include "nr-test-report.h"
#include "nr-test-util.h"

typedef struct
{
  char *dir;
  char *path;
  GFile *file;
  NrReport *report;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrQuestionnaire) questionnaire = nr_questionnaire_load_builtin (NR_QUESTIONNAIRE_DEFAULT_ID,
                                                                            &error);

  g_assert_no_error (error);
  f->dir = nr_test_make_tmpdir ();
  f->path = g_build_filename (f->dir, "report.normsreport", NULL);
  f->file = g_file_new_for_path (f->path);
  f->report = nr_report_create (f->file, questionnaire, &error);
  g_assert_no_error (error);
  nr_report_set_author (f->report, "Siti Rahma");
  nr_report_set_agency (f->report, "BSSN");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->report);
  nr_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
  g_object_unref (f->file);
}

/* Closes the report and opens the file again, as a user would the next day. */
static void
reopen (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  nr_report_close (f->report);
  g_clear_object (&f->report);
  f->report = nr_report_open (f->file, NULL, NR_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->report);
  nr_report_set_author (f->report, "Arif Nugroho");
  nr_report_set_agency (f->report, "Kemlu");
}

static char *
long_text (void)
{
  GString *text = g_string_new (NULL);

  /* About 5 KB of multi-paragraph prose in several scripts. */
  while (text->len < 5000)
    g_string_append (text, "Indonesia's national CSIRT coordinates incident response. "
                           "Quy trình ứng phó sự cố được cập nhật. "
                           "การประสานงานระหว่างหน่วยงาน\n\n");
  return g_string_free (text, FALSE);
}

static char **
record_titles (NrReport   *report,
               const char *question_id)
{
  g_autoptr(GListModel) records = nr_report_list_records (report, question_id);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(NrRecord) record = g_list_model_get_item (records, i);
      g_strv_builder_add (builder, nr_record_get_text (record, "title"));
    }
  return g_strv_builder_end (builder);
}

static void
assert_titles (NrReport   *report,
               const char *question_id,
               const char *expected)
{
  g_auto(GStrv) titles = record_titles (report, question_id);
  g_autofree char *joined = g_strjoinv (",", titles);

  g_assert_cmpstr (joined, ==, expected);
}

static void
test_every_kind_survives_reopen (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *prose = long_text ();
  const char *needs[] = { "incident-response", "technical-training", NULL };
  g_autofree char *record_id = NULL;
  g_autofree char *text = NULL;
  g_autofree char *status = NULL;
  g_autofree char *cleared_by = NULL;
  g_autoptr(GVariant) choices = NULL;
  g_autoptr(GListModel) records = NULL;
  g_autoptr(NrRecord) record = NULL;
  const char **chosen;
  GVariantDict contact;

  g_assert_true (nr_report_set_metadata (f->report, NR_META_STATE, "ID", &error));
  g_assert_true (nr_report_set_metadata (f->report, NR_META_LANGUAGE, "id", &error));
  g_assert_true (nr_report_set_metadata (f->report, NR_META_PERIOD_START, "2025-01-01", &error));
  g_assert_true (nr_report_set_metadata (f->report, NR_META_PERIOD_END, "2025-12-31", &error));
  g_assert_true (nr_report_set_metadata (f->report, NR_META_PREPARING_AGENCY, "BSSN", &error));

  g_assert_true (nr_report_set_text (f->report, "13a.status", "in-progress", &error));
  g_assert_true (nr_report_set_text (f->report, "13b.status", "withheld", &error));
  g_assert_true (nr_report_set_choices (f->report, "13a.capacity-needs", needs, &error));
  g_assert_true (nr_report_set_checklist_status (f->report, "13a.actions", "national-strategy",
                                                 "done", &error));
  g_assert_true (nr_report_set_text (f->report, "report.focal-point", "Directorate of Cyber Diplomacy", &error));
  g_assert_true (nr_report_set_text (f->report, "13a.challenges", prose, &error));
  g_assert_true (nr_report_set_text (f->report, "report.submission-date", "2025-11-30", &error));
  g_assert_true (nr_report_set_text (f->report, "context.strategy-url", "https://bssn.go.id/strategy", &error));
  g_assert_true (nr_report_set_text (f->report, "report.focal-point-email", "cyber@kemlu.go.id", &error));
  g_assert_true (nr_report_set_classification (f->report, "13a.challenges", NR_CLASSIFICATION_WORKSHOP, &error));
  g_assert_true (nr_report_set_review_state (f->report, "13a", NR_REVIEW_STATE_CLEARED, &error));
  g_assert_true (nr_report_set_review_state (f->report, "13b", NR_REVIEW_STATE_READY, &error));
  g_assert_no_error (error);

  record_id = nr_report_add_record (f->report, "measures.register",
                                    nr_test_measure ("Presidential Regulation 47/2023", "policy"), &error);
  g_assert_no_error (error);
  g_assert_nonnull (record_id);
  g_assert_true (g_uuid_string_is_valid (record_id));

  g_variant_dict_init (&contact, NULL);
  g_variant_dict_insert (&contact, "type", "s", "technical");
  g_variant_dict_insert (&contact, "name", "s", "ID-SIRTII duty officer");
  g_variant_dict_insert (&contact, "email", "s", "duty@idsirtii.example");
  g_free (nr_report_add_record (f->report, "contacts.list", g_variant_dict_end (&contact), &error));
  g_assert_no_error (error);

  reopen (f);

  g_assert_cmpstr (nr_report_get_metadata (f->report, NR_META_STATE), ==, "ID");
  g_assert_cmpstr (nr_report_get_metadata (f->report, NR_META_LANGUAGE), ==, "id");
  g_assert_cmpstr (nr_report_get_metadata (f->report, NR_META_PERIOD_START), ==, "2025-01-01");
  g_assert_cmpstr (nr_report_get_metadata (f->report, NR_META_PERIOD_END), ==, "2025-12-31");
  g_assert_cmpstr (nr_report_get_metadata (f->report, NR_META_PREPARING_AGENCY), ==, "BSSN");
  g_assert_true (g_uuid_string_is_valid (nr_report_get_metadata (f->report, NR_META_REPORT_ID)));

  text = nr_report_dup_text (f->report, "13a.status");
  g_assert_cmpstr (text, ==, "in-progress");
  g_clear_pointer (&text, g_free);
  text = nr_report_dup_text (f->report, "13b.status");
  g_assert_cmpstr (text, ==, "withheld");
  g_clear_pointer (&text, g_free);
  text = nr_report_dup_text (f->report, "13a.challenges");
  g_assert_cmpstr (text, ==, prose);
  g_clear_pointer (&text, g_free);
  text = nr_report_dup_text (f->report, "report.submission-date");
  g_assert_cmpstr (text, ==, "2025-11-30");
  g_clear_pointer (&text, g_free);
  text = nr_report_dup_text (f->report, "context.strategy-url");
  g_assert_cmpstr (text, ==, "https://bssn.go.id/strategy");
  g_clear_pointer (&text, g_free);
  text = nr_report_dup_text (f->report, "report.focal-point-email");
  g_assert_cmpstr (text, ==, "cyber@kemlu.go.id");
  g_clear_pointer (&text, g_free);
  text = nr_report_dup_text (f->report, "report.focal-point");
  g_assert_cmpstr (text, ==, "Directorate of Cyber Diplomacy");

  choices = nr_report_dup_value (f->report, "13a.capacity-needs");
  chosen = g_variant_get_strv (choices, NULL);
  g_assert_cmpstrv (chosen, needs);
  g_free (chosen);

  g_assert_cmpint (nr_report_get_classification (f->report, "13a.challenges"), ==, NR_CLASSIFICATION_WORKSHOP);
  g_assert_cmpint (nr_report_get_classification (f->report, "13a.status"), ==, NR_CLASSIFICATION_INTERNAL);
  g_assert_cmpint (nr_report_get_review_state (f->report, "13a", &cleared_by), ==, NR_REVIEW_STATE_CLEARED);
  g_assert_cmpstr (cleared_by, ==, "Siti Rahma");
  g_assert_cmpint (nr_report_get_review_state (f->report, "13b", NULL), ==, NR_REVIEW_STATE_READY);
  g_assert_cmpint (nr_report_get_review_state (f->report, "13c", NULL), ==, NR_REVIEW_STATE_DRAFT);

  records = nr_report_list_records (f->report, "measures.register");
  g_assert_cmpuint (g_list_model_get_n_items (records), ==, 1);
  record = g_list_model_get_item (records, 0);
  g_assert_cmpstr (nr_record_get_id (record), ==, record_id);
  g_assert_cmpstr (nr_record_get_text (record, "title"), ==, "Presidential Regulation 47/2023");
  g_assert_cmpstr (nr_record_get_text (record, "kind"), ==, "policy");
  g_assert_cmpstr (nr_record_get_text (record, "start"), ==, "2024-10");
  {
    g_autoptr(GVariant) agencies = g_variant_lookup_value (nr_record_get_fields (record), "agencies",
                                                           G_VARIANT_TYPE_STRING_ARRAY);
    g_autoptr(GVariant) links = g_variant_lookup_value (nr_record_get_fields (record), "links",
                                                        G_VARIANT_TYPE_STRING_ARRAY);
    const char *expected_agencies[] = { "BSSN", "Kementerian Luar Negeri, Direktorat KIPS", NULL };
    const char *expected_links[] = { "https://example.org/a?b=1&c=\"2\"", NULL };
    g_autofree const char **read_agencies = g_variant_get_strv (agencies, NULL);
    g_autofree const char **read_links = g_variant_get_strv (links, NULL);

    g_assert_cmpstrv (read_agencies, expected_agencies);
    g_assert_cmpstrv (read_links, expected_links);
  }
  {
    g_autoptr(GListModel) contacts = nr_report_list_records (f->report, "contacts.list");
    g_autoptr(NrRecord) first = g_list_model_get_item (contacts, 0);
    g_assert_cmpstr (nr_record_get_text (first, "name"), ==, "ID-SIRTII duty officer");
  }

  status = nr_report_dup_checklist_status (f->report, "13a.actions", "national-strategy");
  g_assert_cmpstr (status, ==, "done");
}

static void
test_checklist (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  NrQuestion *actions = nr_questionnaire_lookup_question (nr_report_get_questionnaire (f->report),
                                                          "13g.actions");
  GListModel *items = nr_question_get_items (actions);
  g_autoptr(NrChoice) first = g_list_model_get_item (items, 0);
  g_autoptr(NrChoice) second = g_list_model_get_item (items, 1);
  g_autofree char *status = NULL;

  g_assert_true (nr_report_set_checklist_status (f->report, "13g.actions", nr_choice_get_value (first),
                                                 "done", &error));
  g_assert_true (nr_report_set_checklist_status (f->report, "13g.actions", nr_choice_get_value (second),
                                                 "not-applicable", &error));
  g_assert_no_error (error);

  reopen (f);

  status = nr_report_dup_checklist_status (f->report, "13g.actions", nr_choice_get_value (first));
  g_assert_cmpstr (status, ==, "done");
  g_clear_pointer (&status, g_free);
  status = nr_report_dup_checklist_status (f->report, "13g.actions", nr_choice_get_value (second));
  g_assert_cmpstr (status, ==, "not-applicable");

  /* Clearing one item keeps the other. */
  g_assert_true (nr_report_set_checklist_status (f->report, "13g.actions", nr_choice_get_value (first),
                                                 NULL, &error));
  g_clear_pointer (&status, g_free);
  status = nr_report_dup_checklist_status (f->report, "13g.actions", nr_choice_get_value (first));
  g_assert_null (status);
  status = nr_report_dup_checklist_status (f->report, "13g.actions", nr_choice_get_value (second));
  g_assert_cmpstr (status, ==, "not-applicable");

  /* Only the checklist's own items and statuses are accepted. */
  g_assert_false (nr_report_set_checklist_status (f->report, "13g.actions", "no-such-action", "done", &error));
  g_assert_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (nr_report_set_checklist_status (f->report, "13g.actions", nr_choice_get_value (first),
                                                  "finished", &error));
  g_assert_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_INVALID_VALUE);
}

static void
test_records_edit_reorder_delete (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *a = NULL, *b = NULL, *c = NULL;

  a = nr_report_add_record (f->report, "measures.register", nr_test_measure ("A", "policy"), &error);
  b = nr_report_add_record (f->report, "measures.register", nr_test_measure ("B", "legislation"), &error);
  c = nr_report_add_record (f->report, "measures.register", nr_test_measure ("C", "practice"), &error);
  g_assert_no_error (error);
  assert_titles (f->report, "measures.register", "A,B,C");

  g_assert_true (nr_report_update_record (f->report, "measures.register", b,
                                          nr_test_measure ("B, amended", "legislation"), &error));
  g_assert_true (nr_report_move_record (f->report, "measures.register", c, 0, &error));
  assert_titles (f->report, "measures.register", "C,A,B, amended");
  g_assert_true (nr_report_move_record (f->report, "measures.register", c, 1, &error));
  assert_titles (f->report, "measures.register", "A,C,B, amended");
  g_assert_true (nr_report_move_record (f->report, "measures.register", a, 99, &error));
  assert_titles (f->report, "measures.register", "C,B, amended,A");
  g_assert_true (nr_report_delete_record (f->report, "measures.register", b, &error));
  g_assert_no_error (error);

  reopen (f);
  assert_titles (f->report, "measures.register", "C,A");

  /* Bad records are refused. */
  {
    GVariantDict dict;

    g_variant_dict_init (&dict, NULL);
    g_variant_dict_insert (&dict, "colour", "s", "blue");
    g_assert_null (nr_report_add_record (f->report, "measures.register", g_variant_dict_end (&dict), &error));
    g_assert_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_INVALID_VALUE);
    g_clear_error (&error);

    g_variant_dict_init (&dict, NULL);
    g_variant_dict_insert (&dict, "kind", "s", "rumour");
    g_assert_null (nr_report_add_record (f->report, "measures.register", g_variant_dict_end (&dict), &error));
    g_assert_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_INVALID_VALUE);
    g_clear_error (&error);
  }
  g_assert_null (nr_report_add_record (f->report, "13j.status", nr_test_measure ("X", "policy"), &error));
  g_assert_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (nr_report_delete_record (f->report, "measures.register", b, &error));
  g_assert_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_UNKNOWN_RECORD);
}

static void
test_invalid_values (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (nr_report_set_text (f->report, "13a.status", "done-ish", &error));
  g_assert_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_INVALID_VALUE);
  g_clear_error (&error);

  g_assert_false (nr_report_set_value (f->report, "13a.challenges", g_variant_new_int32 (4), &error));
  g_assert_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_INVALID_VALUE);
  g_clear_error (&error);

  g_assert_false (nr_report_set_text (f->report, "13z.status", "planned", &error));
  g_assert_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_UNKNOWN_QUESTION);
  g_clear_error (&error);

  g_assert_false (nr_report_set_metadata (f->report, NR_META_STATE, "Indonesia", &error));
  g_assert_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (nr_report_set_metadata (f->report, NR_META_PERIOD_START, "2025-02-30", &error));
  g_assert_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (nr_report_set_metadata (f->report, NR_META_REPORT_ID, "x", &error));
  g_assert_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_true (nr_report_set_metadata (f->report, NR_META_LANGUAGE, "fil", &error));
  g_assert_true (nr_report_set_metadata (f->report, NR_META_LANGUAGE, "pt-TL", &error));
  g_assert_no_error (error);

  /* Nothing of the refused values reached the file. */
  g_assert_null (nr_report_dup_value (f->report, "13a.status"));
  g_assert_null (nr_report_get_metadata (f->report, NR_META_STATE));
}

static void
test_history_and_undo (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autoptr(NrHistoryEntry) newest = NULL;
  g_autoptr(NrHistoryEntry) oldest = NULL;
  g_autoptr(GVariant) old_value = NULL;
  g_autofree char *text = NULL;

  g_assert_true (nr_report_set_text (f->report, "context.strategy", "First draft.", &error));
  g_assert_true (nr_report_set_text (f->report, "context.strategy", "First draft.", &error));
  g_assert_true (nr_report_set_text (f->report, "context.strategy", "Second draft.", &error));
  reopen (f);
  g_assert_true (nr_report_set_text (f->report, "context.strategy", "Third draft.", &error));
  g_assert_true (nr_report_set_classification (f->report, "context.strategy", NR_CLASSIFICATION_PUBLIC, &error));
  g_assert_no_error (error);

  /* Every change is a row, newest first, with who made it; saving the same
   * text twice is not a change. */
  history = nr_report_list_history (f->report, "context.strategy");
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 4);
  newest = g_list_model_get_item (history, 0);
  g_assert_cmpstr (nr_history_entry_get_aspect (newest), ==, NR_CHANGE_CLASSIFICATION);
  g_assert_cmpstr (nr_history_entry_get_old_state (newest), ==, "internal");
  g_assert_cmpstr (nr_history_entry_get_new_state (newest), ==, "public");
  g_assert_cmpstr (nr_history_entry_get_author (newest), ==, "Arif Nugroho");
  g_assert_cmpstr (nr_history_entry_get_agency (newest), ==, "Kemlu");
  oldest = g_list_model_get_item (history, 3);
  g_assert_null (nr_history_entry_get_old_state (oldest));
  g_assert_cmpstr (nr_history_entry_get_author (oldest), ==, "Siti Rahma");
  g_assert_cmpstr (nr_history_entry_get_agency (oldest), ==, "BSSN");
  g_assert_nonnull (nr_history_entry_get_time (oldest));
  {
    g_autoptr(NrHistoryEntry) second = g_list_model_get_item (history, 1);
    old_value = nr_history_entry_dup_old_value (second);
    g_assert_cmpstr (g_variant_get_string (old_value, NULL), ==, "Second draft.");
  }

  /* Undo walks back one change at a time, the classification first. */
  g_assert_true (nr_report_can_undo (f->report, "context.strategy"));
  g_assert_true (nr_report_undo (f->report, "context.strategy", &error));
  g_assert_cmpint (nr_report_get_classification (f->report, "context.strategy"), ==, NR_CLASSIFICATION_INTERNAL);
  g_assert_true (nr_report_undo (f->report, "context.strategy", &error));
  text = nr_report_dup_text (f->report, "context.strategy");
  g_assert_cmpstr (text, ==, "Second draft.");
  g_clear_pointer (&text, g_free);

  /* Undo survives closing the file: it comes from the history. */
  reopen (f);
  g_assert_true (nr_report_undo (f->report, "context.strategy", &error));
  text = nr_report_dup_text (f->report, "context.strategy");
  g_assert_cmpstr (text, ==, "First draft.");
  g_assert_true (nr_report_undo (f->report, "context.strategy", &error));
  g_assert_null (nr_report_dup_value (f->report, "context.strategy"));
  g_assert_no_error (error);

  g_assert_false (nr_report_can_undo (f->report, "context.strategy"));
  g_assert_false (nr_report_undo (f->report, "context.strategy", &error));
  g_assert_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_NOTHING_TO_UNDO);
  g_clear_error (&error);

  /* The undos are in the history too: nothing is ever rewritten. */
  g_clear_object (&history);
  history = nr_report_list_history (f->report, "context.strategy");
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 8);
  g_clear_object (&newest);
  newest = g_list_model_get_item (history, 0);
  g_assert_cmpint (nr_history_entry_get_undo_of (newest), ==, nr_history_entry_get_id (oldest));

  /* A new edit after undoing can itself be undone. */
  g_assert_true (nr_report_set_text (f->report, "context.strategy", "Fresh start.", &error));
  g_assert_true (nr_report_undo (f->report, "context.strategy", &error));
  g_assert_null (nr_report_dup_value (f->report, "context.strategy"));
  g_assert_no_error (error);
}

static void
test_restore (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autoptr(NrHistoryEntry) first = NULL;
  g_autofree char *text = NULL;

  g_assert_true (nr_report_set_text (f->report, "13i.challenges", "Version one.", &error));
  g_assert_true (nr_report_set_text (f->report, "13i.challenges", "Version two.", &error));
  g_assert_true (nr_report_set_text (f->report, "13i.challenges", "Version three.", &error));

  /* Bring back the first version, skipping the second. */
  history = nr_report_list_history (f->report, "13i.challenges");
  first = g_list_model_get_item (history, 2);
  g_assert_true (nr_report_restore (f->report, first, &error));
  g_assert_no_error (error);
  text = nr_report_dup_text (f->report, "13i.challenges");
  g_assert_cmpstr (text, ==, "Version one.");

  /* Restoring is a change too: undo takes it back. */
  g_assert_true (nr_report_undo (f->report, "13i.challenges", &error));
  g_clear_pointer (&text, g_free);
  text = nr_report_dup_text (f->report, "13i.challenges");
  g_assert_cmpstr (text, ==, "Version three.");
}

static void
test_undo_records (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *a = NULL, *b = NULL;

  a = nr_report_add_record (f->report, "measures.register", nr_test_measure ("A", "policy"), &error);
  b = nr_report_add_record (f->report, "measures.register", nr_test_measure ("B", "policy"), &error);
  g_assert_true (nr_report_update_record (f->report, "measures.register", a, nr_test_measure ("A2", "policy"), &error));
  g_assert_true (nr_report_move_record (f->report, "measures.register", b, 0, &error));
  g_assert_true (nr_report_delete_record (f->report, "measures.register", a, &error));
  g_assert_no_error (error);
  assert_titles (f->report, "measures.register", "B");

  g_assert_true (nr_report_undo (f->report, "measures.register", &error));  /* the delete */
  assert_titles (f->report, "measures.register", "B,A2");
  g_assert_true (nr_report_undo (f->report, "measures.register", &error));  /* the move */
  assert_titles (f->report, "measures.register", "A2,B");
  g_assert_true (nr_report_undo (f->report, "measures.register", &error));  /* the edit */
  assert_titles (f->report, "measures.register", "A,B");
  g_assert_true (nr_report_undo (f->report, "measures.register", &error));  /* adding B */
  assert_titles (f->report, "measures.register", "A");
  g_assert_no_error (error);
}

static void
test_undo_review_and_metadata (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (nr_report_set_review_state (f->report, "13e", NR_REVIEW_STATE_READY, &error));
  g_assert_true (nr_report_set_review_state (f->report, "13e", NR_REVIEW_STATE_CLEARED, &error));
  g_assert_true (nr_report_undo (f->report, "13e", &error));
  g_assert_cmpint (nr_report_get_review_state (f->report, "13e", NULL), ==, NR_REVIEW_STATE_READY);

  g_assert_true (nr_report_set_metadata (f->report, NR_META_STATE, "VN", &error));
  g_assert_true (nr_report_set_metadata (f->report, NR_META_STATE, "TL", &error));
  g_assert_true (nr_report_undo (f->report, "meta:" NR_META_STATE, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (nr_report_get_metadata (f->report, NR_META_STATE), ==, "VN");
  reopen (f);
  g_assert_cmpstr (nr_report_get_metadata (f->report, NR_META_STATE), ==, "VN");
}

static void
count_changed (NrReport   *report,
               const char *target,
               gpointer    user_data)
{
  (*(guint *) user_data)++;
}

static void
test_changed_signal (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint status_changes = 0;
  guint all_changes = 0;

  g_signal_connect (f->report, "changed::13e.status", G_CALLBACK (count_changed), &status_changes);
  g_signal_connect (f->report, "changed", G_CALLBACK (count_changed), &all_changes);

  g_assert_true (nr_report_set_text (f->report, "13e.status", "planned", &error));
  g_assert_true (nr_report_set_text (f->report, "13e.status", "planned", &error));
  g_assert_true (nr_report_set_text (f->report, "13f.challenges", "Few staff.", &error));
  g_assert_true (nr_report_undo (f->report, "13e.status", &error));
  g_assert_no_error (error);

  g_assert_cmpuint (status_changes, ==, 2);
  g_assert_cmpuint (all_changes, ==, 3);
}

static void
test_completion (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  NrQuestionnaire *questionnaire = nr_report_get_questionnaire (f->report);
  NrQuestion *actions = nr_questionnaire_lookup_question (questionnaire, "13h.actions");
  GListModel *items = nr_question_get_items (actions);
  guint n_items = g_list_model_get_n_items (items);
  guint answered, total, overall_total;
  double fraction;

  fraction = nr_report_get_norm_completion (f->report, "13h", &answered, &total);
  g_assert_cmpuint (answered, ==, 0);
  g_assert_cmpuint (total, ==, 6);
  g_assert_cmpfloat (fraction, ==, 0.0);

  /* An explicit non-answer is an answer. */
  g_assert_true (nr_report_set_text (f->report, "13h.status", "not-applicable", &error));
  /* Blank text is not. */
  g_assert_true (nr_report_set_text (f->report, "13h.challenges", "  \n\t ", &error));
  /* A checklist counts once every action has a status. */
  for (guint i = 0; i + 1 < n_items; i++)
    {
      g_autoptr(NrChoice) item = g_list_model_get_item (items, i);
      g_assert_true (nr_report_set_checklist_status (f->report, "13h.actions",
                                                     nr_choice_get_value (item), "in-progress", &error));
    }
  g_assert_no_error (error);
  nr_report_get_norm_completion (f->report, "13h", &answered, &total);
  g_assert_cmpuint (answered, ==, 1);

  {
    g_autoptr(NrChoice) last = g_list_model_get_item (items, n_items - 1);
    g_assert_true (nr_report_set_checklist_status (f->report, "13h.actions",
                                                   nr_choice_get_value (last), "withheld", &error));
  }
  /* A measure in the register is the report's, not one of the norm's
   * questions, whichever norms it serves. */
  g_free (nr_report_add_record (f->report, "measures.register",
                                nr_test_measure_for ("CSIRT law", "legislation", "13h", "public"), &error));
  g_assert_true (nr_report_set_text (f->report, "13h.narrative", "The national CSIRT answers requests.", &error));
  g_assert_no_error (error);

  reopen (f);
  fraction = nr_report_get_norm_completion (f->report, "13h", &answered, &total);
  g_assert_cmpuint (answered, ==, 3);
  g_assert_cmpfloat_with_epsilon (fraction, 3.0 / 6.0, 1e-9);

  /* The norm's three, and the register. */
  nr_report_get_completion (f->report, &answered, &overall_total);
  g_assert_cmpuint (answered, ==, 4);
  g_assert_cmpuint (overall_total, ==, g_list_model_get_n_items (nr_questionnaire_get_questions (questionnaire)));

  nr_report_get_section_completion (f->report, "norms", &answered, &total);
  g_assert_cmpuint (answered, ==, 3);
  /* Six questions for each norm, seven for the restraint norms, which ask
   * for statements of commitment too. */
  g_assert_cmpuint (total, ==, 8 * 6 + 3 * 7);
  g_assert_cmpfloat (nr_report_get_section_completion (f->report, "contacts", &answered, &total), ==, 0.0);
  g_assert_cmpuint (total, ==, 1);

  g_assert_cmpfloat (nr_report_get_norm_completion (f->report, "13z", NULL, NULL), <, 0.0);
}

static void
test_default_classification (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* Unless the author prefers otherwise, nothing is public. */
  g_assert_true (nr_report_set_text (f->report, "13c.challenges", "First.", &error));
  g_assert_cmpint (nr_report_get_classification (f->report, "13c.challenges"), ==, NR_CLASSIFICATION_INTERNAL);

  nr_report_set_default_classification (f->report, NR_CLASSIFICATION_WORKSHOP);
  g_assert_true (nr_report_set_text (f->report, "13d.challenges", "Second.", &error));
  g_assert_cmpint (nr_report_get_classification (f->report, "13d.challenges"), ==, NR_CLASSIFICATION_WORKSHOP);
  /* An answer keeps its classification when it changes. */
  nr_report_set_default_classification (f->report, NR_CLASSIFICATION_PUBLIC);
  g_assert_true (nr_report_set_text (f->report, "13d.challenges", "Second, revised.", &error));
  g_assert_no_error (error);
  g_assert_cmpint (nr_report_get_classification (f->report, "13d.challenges"), ==, NR_CLASSIFICATION_WORKSHOP);
}

static void
test_next_cycle (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "next.normsreport", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(NrReport) next = NULL;
  g_autoptr(GListModel) records = NULL;
  g_autofree char *text = NULL;

  g_assert_true (nr_report_set_metadata (f->report, NR_META_STATE, "KH", &error));
  g_assert_true (nr_report_set_metadata (f->report, NR_META_PERIOD_START, "2024-07-01", &error));
  g_assert_true (nr_report_set_metadata (f->report, NR_META_PERIOD_END, "2025-06-30", &error));
  g_assert_true (nr_report_set_text (f->report, "13g.challenges", "Grid operators report late.", &error));
  g_assert_true (nr_report_set_classification (f->report, "13g.challenges", NR_CLASSIFICATION_WORKSHOP, &error));
  g_assert_true (nr_report_set_text (f->report, "13g.status", "in-progress", &error));
  g_free (nr_report_add_record (f->report, "measures.register", nr_test_measure ("Grid code", "legislation"), &error));
  g_assert_true (nr_report_set_review_state (f->report, "13g", NR_REVIEW_STATE_CLEARED, &error));
  g_assert_no_error (error);

  next = nr_report_create_next_cycle (f->report, file, &error);
  g_assert_no_error (error);
  g_assert_nonnull (next);

  /* Same state, the period moved on by its length, a new report id. */
  g_assert_cmpstr (nr_report_get_metadata (next, NR_META_STATE), ==, "KH");
  g_assert_cmpstr (nr_report_get_metadata (next, NR_META_PERIOD_START), ==, "2026-07-01");
  g_assert_cmpstr (nr_report_get_metadata (next, NR_META_PERIOD_END), ==, "2027-06-30");
  g_assert_cmpstr (nr_report_get_metadata (next, NR_META_PREVIOUS_REPORT), ==,
                   nr_report_get_metadata (f->report, NR_META_REPORT_ID));
  g_assert_cmpstr (nr_report_get_metadata (next, NR_META_REPORT_ID), !=,
                   nr_report_get_metadata (f->report, NR_META_REPORT_ID));

  /* Answers and records carried forward, marked to reconfirm. */
  text = nr_report_dup_text (next, "13g.challenges");
  g_assert_cmpstr (text, ==, "Grid operators report late.");
  g_assert_cmpint (nr_report_get_classification (next, "13g.challenges"), ==, NR_CLASSIFICATION_WORKSHOP);
  records = nr_report_list_records (next, "measures.register");
  g_assert_cmpuint (g_list_model_get_n_items (records), ==, 1);
  g_assert_true (nr_report_needs_reconfirm (next, "13g.challenges"));
  g_assert_true (nr_report_needs_reconfirm (next, "13g.status"));
  g_assert_true (nr_report_needs_reconfirm (next, "measures.register"));
  g_assert_false (nr_report_needs_reconfirm (next, "13a.status"));
  /* Every norm is back in draft. */
  g_assert_cmpint (nr_report_get_review_state (next, "13g", NULL), ==, NR_REVIEW_STATE_DRAFT);

  /* Changing an answer confirms it; so does saying it is still true. */
  g_assert_true (nr_report_set_text (next, "13g.challenges", "Grid operators now report within a day.", &error));
  g_assert_false (nr_report_needs_reconfirm (next, "13g.challenges"));
  g_assert_true (nr_report_reconfirm (next, "13g.status", &error));
  g_assert_no_error (error);
  g_assert_false (nr_report_needs_reconfirm (next, "13g.status"));
  g_assert_true (nr_report_needs_reconfirm (next, "measures.register"));

  /* The last cycle's report is as it was. */
  g_clear_pointer (&text, g_free);
  text = nr_report_dup_text (f->report, "13g.challenges");
  g_assert_cmpstr (text, ==, "Grid operators report late.");
}

static void
test_read_only_report (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrReport) viewer = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *text = NULL;

  g_assert_true (nr_report_set_text (f->report, "13k.challenges", "Keep CSIRTs neutral.", &error));
  nr_report_close (f->report);
  before = nr_test_file_digest (f->path);

  viewer = nr_report_open (f->file, NULL, NR_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (nr_report_is_read_only (viewer));
  text = nr_report_dup_text (viewer, "13k.challenges");
  g_assert_cmpstr (text, ==, "Keep CSIRTs neutral.");

  g_assert_false (nr_report_set_text (viewer, "13k.challenges", "Changed", &error));
  g_assert_error (error, NR_STORE_ERROR, NR_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "report.normsreport"));
  g_clear_error (&error);
  g_assert_false (nr_report_can_undo (viewer, "13k.challenges"));
  g_assert_false (nr_report_undo (viewer, "13k.challenges", &error));
  g_assert_error (error, NR_STORE_ERROR, NR_STORE_ERROR_READ_ONLY);

  nr_report_close (viewer);
  after = nr_test_file_digest (f->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_open_refuses_other_questionnaire (Fixture       *f,
                                       gconstpointer  data)
{
  const char *xml = "<?xml version=\"1.0\"?><questionnaire xmlns=\"urn:normsreporter:questionnaire:1\" "
                    "id=\"other\" version=\"1\"><title>O</title><section id=\"s\"><title>S</title>"
                    "<question id=\"s.a\" kind=\"short-text\"><label>A</label></question></section>"
                    "</questionnaire>";
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, strlen (xml));
  g_autoptr(GError) error = NULL;
  g_autoptr(NrQuestionnaire) other = nr_questionnaire_new_from_bytes (bytes, "other.xml", &error);
  g_autoptr(NrReport) report = NULL;

  g_assert_no_error (error);
  nr_report_close (f->report);
  report = nr_report_open (f->file, other, NR_STORE_OPEN_DEFAULT, &error);
  g_assert_null (report);
  g_assert_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_QUESTIONNAIRE_MISMATCH);
  g_assert_nonnull (strstr (error->message, "report.normsreport"));
}

int
main (int   argc,
      char *argv[])
{
  nr_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/report/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("every-kind-survives-reopen", test_every_kind_survives_reopen);
  ADD ("checklist", test_checklist);
  ADD ("records", test_records_edit_reorder_delete);
  ADD ("invalid-values", test_invalid_values);
  ADD ("history-and-undo", test_history_and_undo);
  ADD ("restore", test_restore);
  ADD ("undo-records", test_undo_records);
  ADD ("undo-review-and-metadata", test_undo_review_and_metadata);
  ADD ("changed-signal", test_changed_signal);
  ADD ("completion", test_completion);
  ADD ("default-classification", test_default_classification);
  ADD ("next-cycle", test_next_cycle);
  ADD ("read-only", test_read_only_report);
  ADD ("other-questionnaire", test_open_refuses_other_questionnaire);

#undef ADD

  return g_test_run ();
}
