/* test-migration.c: a file in format 1 opens, after a backup copy, in the
 * current format with every answer, record and history row intact. */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "nr-core.h"
#include "nr-test-util.h"

typedef NrTestPlace Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  nr_test_place_init (f, "malaysia-2024.normsreport");
  nr_test_write_format_1_report (f->path, data);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  nr_test_place_clear (f);
}

static void
test_migrates_and_keeps_everything (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrReport) report = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autoptr(NrHistoryEntry) entry = NULL;
  g_autoptr(GListModel) records = NULL;
  g_autoptr(NrRecord) record = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *text = NULL;
  g_autofree char *status = NULL;

  g_assert_cmpint (nr_test_user_version (f->path), ==, 1);

  report = nr_report_open (f->file, NULL, NR_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);

  /* The file as it was is kept beside it. */
  backup = nr_report_get_backup_path (report);
  g_assert_nonnull (backup);
  g_assert_true (g_str_has_prefix (backup, f->path));
  g_assert_cmpint (nr_test_user_version (backup), ==, 1);
  {
    GStatBuf st;
    g_assert_cmpint (g_stat (backup, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  }

  g_assert_cmpstr (nr_report_get_metadata (report, NR_META_STATE), ==, "MY");
  g_assert_cmpstr (nr_report_get_metadata (report, NR_META_REPORT_ID), ==,
                   "5b1f0c9e-3d4a-4c2e-9a57-2f8f6d1e0b11");

  text = nr_report_dup_text (report, "13a.status");
  g_assert_cmpstr (text, ==, "in-progress");
  g_clear_pointer (&text, g_free);
  text = nr_report_dup_text (report, "13g.challenges");
  g_assert_true (g_str_has_prefix (text, "Sector regulators differ in maturity"));
  g_assert_cmpint (nr_report_get_classification (report, "13g.challenges"), ==, NR_CLASSIFICATION_WORKSHOP);
  g_assert_cmpint (nr_report_get_classification (report, "13a.capacity-needs"), ==, NR_CLASSIFICATION_PUBLIC);
  status = nr_report_dup_checklist_status (report, "13a.actions", "crisis-management");
  g_assert_cmpstr (status, ==, "in-progress");

  /* Questionnaire version 1 listed measures per norm: the upgrade map moved
   * this one into the register, linked to its norm, with its id, its date
   * as the date it started, and the list's classification as its own. */
  records = nr_report_list_records (report, "measures.register");
  g_assert_cmpuint (g_list_model_get_n_items (records), ==, 1);
  record = g_list_model_get_item (records, 0);
  g_assert_cmpstr (nr_record_get_id (record), ==, "0d6c1a52-7f0e-4b8e-b2f4-1c9b3e7a5d20");
  g_assert_cmpstr (nr_record_get_text (record, "title"), ==, "Cyber Security Act 2024 (Act 854)");
  g_assert_cmpstr (nr_record_get_text (record, "start"), ==, "2024-08-26");
  g_assert_cmpstr (nr_record_get_text (record, "classification"), ==, "internal");
  {
    g_autoptr(GVariant) norms = g_variant_lookup_value (nr_record_get_fields (record), "norms",
                                                        G_VARIANT_TYPE_STRING_ARRAY);
    const char *expected[] = { "13g", NULL };
    g_autofree const char **read = g_variant_get_strv (norms, NULL);

    g_assert_cmpstrv (read, expected);
  }
  g_clear_object (&records);
  records = nr_report_list_records (report, "13g.measures");
  g_assert_cmpuint (g_list_model_get_n_items (records), ==, 0);
  g_assert_cmpstr (nr_report_get_metadata (report, NR_META_QUESTIONNAIRE_VERSION), ==, "2");

  /* Format 1 did not record agencies: its changes are credited to the agency
   * that prepared the report. */
  history = nr_report_list_history (report, "13a.status");
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 2);
  entry = g_list_model_get_item (history, 0);
  g_assert_cmpstr (nr_history_entry_get_author (entry), ==, "Aminah Hassan");
  g_assert_cmpstr (nr_history_entry_get_agency (entry), ==, "NACSA");

  /* What format 2 added works on the migrated data: undo and review states. */
  g_assert_true (nr_report_undo (report, "13a.status", &error));
  g_clear_pointer (&text, g_free);
  text = nr_report_dup_text (report, "13a.status");
  g_assert_cmpstr (text, ==, "planned");
  g_assert_true (nr_report_undo (report, "measures.register", &error));
  g_clear_object (&records);
  records = nr_report_list_records (report, "measures.register");
  g_assert_cmpuint (g_list_model_get_n_items (records), ==, 0);
  g_assert_true (nr_report_set_review_state (report, "13g", NR_REVIEW_STATE_READY, &error));
  g_assert_no_error (error);

  nr_report_close (report);
  g_assert_cmpint (nr_test_user_version (f->path), ==, 3);

  /* Opening again migrates nothing more. */
  g_clear_object (&report);
  report = nr_report_open (f->file, NULL, NR_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_clear_pointer (&backup, g_free);
  backup = nr_report_get_backup_path (report);
  g_assert_null (backup);
  g_assert_cmpint (nr_report_get_review_state (report, "13g", NULL), ==, NR_REVIEW_STATE_READY);
}

static void
test_read_only_old_file (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrReport) report = NULL;
  g_autofree char *before = nr_test_file_digest (f->path);
  g_autofree char *after = NULL;

  report = nr_report_open (f->file, NULL, NR_STORE_OPEN_READ_ONLY, &error);
  g_assert_null (report);
  g_assert_error (error, NR_STORE_ERROR, NR_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "malaysia-2024.normsreport"));
  g_assert_nonnull (strstr (error->message, "older version"));

  after = nr_test_file_digest (f->path);
  g_assert_cmpstr (before, ==, after);
}

/* How many backup copies of @f's report lie beside it. */
static guint
count_backups (Fixture *f)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    n += g_str_has_suffix (name, ".bak");
  return n;
}

/* A migration that cannot complete (here because another program holds the
 * file's write lock) leaves the file whole, in format 1, and says so.  It
 * leaves no backup behind either: the file is as it was, and each retry
 * would add one more copy. */
static void
test_failed_migration_leaves_file (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrReport) report = NULL;
  sqlite3 *holder = NULL;

  g_assert_cmpint (sqlite3_open (f->path, &holder), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (holder, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);

  for (guint attempt = 0; attempt < 3; attempt++)
    {
      report = nr_report_open (f->file, NULL, NR_STORE_OPEN_DEFAULT, &error);
      g_assert_null (report);
      g_assert_cmpuint (count_backups (f), ==, 0);
      g_assert_error (error, NR_STORE_ERROR, NR_STORE_ERROR_BUSY);
      g_assert_nonnull (strstr (error->message, "malaysia-2024.normsreport"));
      g_assert_nonnull (strstr (error->message, "from file format 1 to 3"));
      g_assert_nonnull (strstr (error->message, "The file was left as it was"));
      g_clear_error (&error);
    }

  g_assert_cmpint (sqlite3_exec (holder, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (holder), ==, SQLITE_OK);
  g_assert_cmpint (nr_test_user_version (f->path), ==, 1);

  /* Once the file is free the upgrade goes through, with one copy. */
  report = nr_report_open (f->file, NULL, NR_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_backups (f), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  nr_test_init (&argc, &argv);

  g_test_add ("/migration/schema-1", Fixture, NULL,
              fixture_set_up, test_migrates_and_keeps_everything, fixture_tear_down);
  g_test_add ("/migration/read-only", Fixture, NULL,
              fixture_set_up, test_read_only_old_file, fixture_tear_down);
  g_test_add ("/migration/failure-leaves-file", Fixture, NULL,
              fixture_set_up, test_failed_migration_leaves_file, fixture_tear_down);

  return g_test_run ();
}
