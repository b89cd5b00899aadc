/* test-upgrade.c: a report opens against a newer questionnaire and loses
 * nothing: answers follow their question ids, and answers to questions that
 * are gone stay in the report as orphaned answers. */
#include "config.h"

#include <sqlite3.h>

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

/* The answers of a report filled in with an earlier version of the
 * built-in questionnaire, read back before it is upgraded. */
typedef struct
{
  GHashTable *values;        /* question id → GVariant */
  GHashTable *records;       /* record id → NrRecord */
  GHashTable *classifications; /* question id → NrClassification */
} Before;

static void
before_clear (Before *before)
{
  g_clear_pointer (&before->values, g_hash_table_unref);
  g_clear_pointer (&before->records, g_hash_table_unref);
  g_clear_pointer (&before->classifications, g_hash_table_unref);
}

static void
read_before (NrReport *report,
             Before   *before)
{
  GListModel *questions = nr_questionnaire_get_questions (nr_report_get_questionnaire (report));

  before->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_variant_unref);
  before->records = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  before->classifications = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(NrQuestion) question = g_list_model_get_item (questions, i);
      const char *id = nr_question_get_id (question);
      GVariant *value = nr_report_dup_value (report, id);
      g_autoptr(GListModel) records = nr_report_list_records (report, id);

      if (value != NULL)
        g_hash_table_insert (before->values, g_strdup (id), value);
      for (guint r = 0; r < g_list_model_get_n_items (records); r++)
        {
          NrRecord *record = g_list_model_get_item (records, r);

          g_hash_table_insert (before->records, g_strdup (nr_record_get_id (record)), record);
        }
      g_hash_table_insert (before->classifications, g_strdup (id),
                           GINT_TO_POINTER (nr_report_get_classification (report, id)));
    }
}

/* Versions before 2 stored a checklist's answer as its statuses only,
 * a{ss}: the file is made to hold them so, as a report of that time does. */
static void
store_checklists_as_before_version_2 (const char *path,
                                      Before     *before)
{
  sqlite3 *db = NULL;
  GHashTableIter iter;
  const char *id;
  GVariant *value;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_hash_table_iter_init (&iter, before->values);
  while (g_hash_table_iter_next (&iter, (gpointer *) &id, (gpointer *) &value))
    {
      GVariantBuilder statuses;
      GVariantIter items;
      const char *item;
      const char *status;
      const char *note;
      GVariant *old;
      g_autofree char *text = NULL;
      g_autofree char *sql = NULL;

      if (!g_variant_is_of_type (value, NR_CHECKLIST_TYPE))
        continue;
      g_variant_builder_init (&statuses, G_VARIANT_TYPE ("a{ss}"));
      g_variant_iter_init (&items, value);
      while (g_variant_iter_next (&items, "{&s(&s&s)}", &item, &status, &note))
        g_variant_builder_add (&statuses, "{ss}", item, status);
      old = g_variant_ref_sink (g_variant_builder_end (&statuses));
      text = g_variant_print (old, FALSE);
      sql = sqlite3_mprintf ("UPDATE answer SET value = %Q WHERE question_id = %Q", text, id);
      g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
      sqlite3_free (g_steal_pointer (&sql));
      g_hash_table_iter_replace (&iter, old);
    }
  sqlite3_close (db);
}

static GVariant *
field (NrRecord   *record,
       const char *field_id)
{
  return g_variant_lookup_value (nr_record_get_fields (record), field_id, NULL);
}

static NrRecord *
find_record (GListModel *records,
             const char *record_id)
{
  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      NrRecord *record = g_list_model_get_item (records, i);

      g_object_unref (record);  /* the list keeps it */
      if (g_str_equal (nr_record_get_id (record), record_id))
        return record;
    }
  return NULL;
}

static gboolean
lists (GVariant   *value,
       const char *entry)
{
  g_autofree const char **entries = value != NULL ? g_variant_get_strv (value, NULL) : NULL;

  return entries != NULL && g_strv_contains (entries, entry);
}

/* A measure of @norm_id as version 1 listed it is in the register, linked
 * to its norm, with its title, date, agency, link and the list's
 * classification in the fields of the register. */
static void
assert_moved_measure (GListModel       *register_records,
                      NrRecord         *old,
                      const char       *norm_id,
                      NrClassification  list_classification,
                      const char       *shared_id)
{
  NrRecord *moved = find_record (register_records, shared_id != NULL ? shared_id : nr_record_get_id (old));
  g_autoptr(GVariant) norms = NULL;
  g_autoptr(GVariant) agencies = NULL;
  g_autoptr(GVariant) links = NULL;

  if (moved == NULL)
    g_error ("measure %s of %s is not in the register", nr_record_get_id (old), norm_id);
  norms = field (moved, "norms");
  agencies = field (moved, "agencies");
  links = field (moved, "links");
  g_assert_true (lists (norms, norm_id));
  g_assert_cmpstr (nr_record_get_text (moved, "title"), ==, nr_record_get_text (old, "title"));
  g_assert_cmpstr (nr_record_get_text (moved, "kind"), ==, nr_record_get_text (old, "kind"));
  g_assert_cmpstr (nr_record_get_text (moved, "start"), ==, nr_record_get_text (old, "date"));
  g_assert_true (lists (agencies, nr_record_get_text (old, "agency")));
  g_assert_true (lists (links, nr_record_get_text (old, "reference")));
  /* A measure several lists held takes the narrowest of their
   * classifications: checked below. */
  if (shared_id == NULL)
    g_assert_cmpstr (nr_record_get_text (moved, "classification"), ==,
                     nr_classification_to_string (list_classification));
}

/* A report made with an earlier version of the built-in questionnaire, every
 * question answered, opens with version 2 and keeps every answer: by its
 * id, or where the upgrade map moved it (the measures of each norm into the
 * register, exercises as measures of their own kind, the practical action
 * version 2 dropped), and the progress grades of the restraint norms as
 * orphaned answers.  The second record of every list is the same measure,
 * so the register holds it once, linked to all 11 norms.  The questions
 * added since wait for an answer, among them @added. */
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
  g_autoptr(GListModel) register_records = NULL;
  g_autoptr(GListModel) history = NULL;
  g_auto(GStrv) orphans = NULL;
  g_autofree char *shared_id = NULL;
  const char *expected_orphans[] = { "13a.actions.share-national-practice", "13c.status", "13f.status",
                                     "13k.status", NULL };
  GListModel *questions = nr_questionnaire_get_questions (old);
  GListModel *current_questions;
  NrQuestionnaire *current;
  guint n_added = 0;
  guint n_history;
  Before before = { 0 };

  g_assert_cmpstr (nr_questionnaire_get_version (old), ==, old_version);
  report = nr_report_create (file, old, &error);
  g_assert_no_error (error);
  nr_report_set_author (report, "Siti Rahma");
  nr_report_set_agency (report, "BSSN");
  nr_test_fill_every_question (report, "shared");
  g_assert_true (nr_report_set_classification (report, "13g.measures", NR_CLASSIFICATION_PUBLIC, &error));
  g_assert_no_error (error);
  read_before (report, &before);
  {
    g_autoptr(GListModel) first_list = nr_report_list_records (report, "13a.measures");
    g_autoptr(NrRecord) second = g_list_model_get_item (first_list, 1);

    shared_id = g_strdup (nr_record_get_id (second));
  }
  nr_report_close (report);
  g_clear_object (&report);
  store_checklists_as_before_version_2 (path, &before);

  report = nr_report_open (file, NULL, NR_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  current = nr_report_get_questionnaire (report);
  g_assert_cmpstr (nr_questionnaire_get_version (current), ==, "2");
  g_assert_cmpstr (nr_report_get_metadata (report, NR_META_QUESTIONNAIRE_VERSION), ==, "2");
  register_records = nr_report_list_records (report, "measures.register");

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(NrQuestion) question = g_list_model_get_item (questions, i);
      const char *id = nr_question_get_id (question);
      GVariant *value = g_hash_table_lookup (before.values, id);
      g_autoptr(GVariant) after = nr_report_dup_value (report, id);
      g_autoptr(GListModel) old_records = NULL;

      if (nr_question_get_kind (question) != NR_QUESTION_KIND_RECORDS)
        {
          /* A checklist's answer gains notes, empty; the action version 2
           * dropped becomes an answer of its own. */
          if (nr_question_get_kind (question) == NR_QUESTION_KIND_CHECKLIST)
            {
              g_autoptr(GVariant) with_notes = g_variant_ref_sink (nr_checklist_from_statuses (value));
              GVariant *rest;

              if (g_str_equal (id, "13a.actions"))
                {
                  g_autoptr(GVariant) moved = nr_report_dup_value (report, "13a.actions.share-national-practice");
                  const char *status = NULL;

                  g_assert_true (g_variant_lookup (value, "share-national-practice", "&s", &status));
                  g_assert_cmpstr (g_variant_get_string (moved, NULL), ==, status);
                  rest = g_variant_ref_sink (nr_checklist_without (with_notes, "share-national-practice"));
                  g_variant_unref (with_notes);
                  with_notes = rest;
                }
              if (after == NULL || !g_variant_equal (with_notes, after))
                g_error ("the answer to %s changed on upgrade", id);
              continue;
            }
          /* Kept by id: as an answer, or as an orphaned answer. */
          if (after == NULL || !g_variant_equal (value, after))
            g_error ("the answer to %s changed on upgrade", id);
          continue;
        }

      old_records = G_LIST_MODEL (g_list_store_new (NR_TYPE_RECORD));
      {
        GHashTableIter iter;
        NrRecord *record;

        g_hash_table_iter_init (&iter, before.records);
        while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &record))
          if (g_str_equal (nr_record_get_question_id (record), id))
            g_list_store_append (G_LIST_STORE (old_records), record);
      }
      g_assert_cmpuint (g_list_model_get_n_items (old_records), ==, 2);

      if (g_str_has_suffix (id, ".measures") && nr_question_get_norm_id (question) != NULL)
        {
          for (guint r = 0; r < 2; r++)
            {
              g_autoptr(NrRecord) old_record = g_list_model_get_item (old_records, r);
              gboolean shared = g_str_has_prefix (nr_record_get_text (old_record, "title"), "Answer shared");

              assert_moved_measure (register_records, old_record, nr_question_get_norm_id (question),
                                    GPOINTER_TO_INT (g_hash_table_lookup (before.classifications, id)),
                                    shared ? shared_id : NULL);
            }
        }
      else if (g_str_equal (id, "cbms.exercises"))
        {
          for (guint r = 0; r < 2; r++)
            {
              g_autoptr(NrRecord) old_record = g_list_model_get_item (old_records, r);
              NrRecord *moved = find_record (register_records, nr_record_get_id (old_record));

              g_assert_nonnull (moved);
              g_assert_cmpstr (nr_record_get_text (moved, "kind"), ==, "exercise");
              g_assert_cmpstr (nr_record_get_text (moved, "title"), ==, nr_record_get_text (old_record, "title"));
            }
        }
      else
        {
          g_autoptr(GListModel) records = nr_report_list_records (report, id);

          g_assert_nonnull (nr_questionnaire_lookup_question (current, id));
          g_assert_cmpuint (g_list_model_get_n_items (records), ==, 2);
        }
    }

  /* One record for each norm's own measure, one for the measure every
   * norm listed, linked to all 11, and the two exercises. */
  g_assert_cmpuint (g_list_model_get_n_items (register_records), ==, 11 + 1 + 2);
  {
    NrRecord *shared = find_record (register_records, shared_id);
    g_autoptr(GVariant) norms = field (shared, "norms");

    g_assert_cmpuint (g_variant_n_children (norms), ==, 11);
    /* The narrowest classification of its copies: only 13(g)'s was public. */
    g_assert_cmpstr (nr_record_get_text (shared, "classification"), ==, "internal");
  }

  orphans = nr_report_list_orphaned_answers (report);
  g_assert_cmpstrv (orphans, expected_orphans);

  /* The questions added since are new, and wait for an answer; the
   * register holds what the map moved into it. */
  g_assert_null (nr_questionnaire_lookup_question (old, added));
  current_questions = nr_questionnaire_get_questions (current);
  for (guint i = 0; i < g_list_model_get_n_items (current_questions); i++)
    {
      g_autoptr(NrQuestion) question = g_list_model_get_item (current_questions, i);

      if (nr_questionnaire_lookup_question (old, nr_question_get_id (question)) != NULL ||
          g_str_equal (nr_question_get_id (question), "measures.register"))
        continue;
      g_assert_false (nr_report_is_answered (report, question));
      n_added++;
    }
  g_assert_cmpuint (n_added, >, 0);

  /* Opening again moves nothing more. */
  history = nr_report_list_history (report, NULL);
  n_history = g_list_model_get_n_items (history);
  nr_report_close (report);
  g_clear_object (&report);
  g_clear_object (&history);
  report = nr_report_open (file, NULL, NR_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  history = nr_report_list_history (report, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, n_history);

  nr_report_close (report);
  before_clear (&before);
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

/* Version 2 added the register of measures and the statements of
 * commitment of the restraint norms. */
static void
test_builtin_version_1_2_opens_with_every_answer (void)
{
  assert_builtin_opens_with_every_answer ("un-norms-2015-version-1-2.xml", "1.2", "13c.statements");
}

/* Opened read-only, an earlier report shows its answers where version 2
 * asks for them, and the file stays exactly as it was: the upgrade is made
 * in a private copy that goes when the report is closed. */
static void
test_read_only_upgrades_a_private_copy (void)
{
  g_autoptr(NrQuestionnaire) old = load_fixture ("un-norms-2015-version-1-2.xml");
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "earlier.normsreport", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(NrReport) report = NULL;
  g_autoptr(GListModel) records = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_length, after_length;
  g_autofree char *copy_folder = NULL;

  report = nr_report_create (file, old, &error);
  g_assert_no_error (error);
  nr_test_fill_every_question (report, "shared");
  nr_report_close (report);
  g_clear_object (&report);
  g_assert_true (g_file_get_contents (path, &before, &before_length, NULL));

  report = nr_report_open (file, NULL, NR_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (nr_report_is_read_only (report));
  g_assert_true (g_file_equal (nr_report_get_file (report), file));
  records = nr_report_list_records (report, "measures.register");
  g_assert_cmpuint (g_list_model_get_n_items (records), ==, 11 + 1 + 2);
  g_assert_false (nr_report_set_text (report, "13a.narrative", "No.", &error));
  g_assert_error (error, NR_STORE_ERROR, NR_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  nr_report_close (report);
  g_clear_object (&report);

  g_assert_true (g_file_get_contents (path, &after, &after_length, NULL));
  g_assert_cmpuint (after_length, ==, before_length);
  g_assert_true (memcmp (before, after, before_length) == 0);
  /* Nothing left in the runtime folder. */
  {
    g_autoptr(GDir) runtime = g_dir_open (g_get_user_runtime_dir (), 0, NULL);
    const char *name;

    while (runtime != NULL && (name = g_dir_read_name (runtime)) != NULL)
      g_assert_false (g_str_has_prefix (name, "norms-reporter-"));
  }
  nr_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  nr_test_init (&argc, &argv);

  g_test_add_func ("/upgrade/keeps-every-answer", test_upgrade_keeps_every_answer);
  g_test_add_func ("/upgrade/builtin-version-1", test_builtin_version_1_opens_with_every_answer);
  g_test_add_func ("/upgrade/builtin-version-1-1", test_builtin_version_1_1_opens_with_every_answer);
  g_test_add_func ("/upgrade/builtin-version-1-2", test_builtin_version_1_2_opens_with_every_answer);
  g_test_add_func ("/upgrade/read-only-upgrades-a-private-copy", test_read_only_upgrades_a_private_copy);

  return g_test_run ();
}
