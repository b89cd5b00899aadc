/* bench-store.c: how fast an edit is committed, and how fast a filled report
 * opens, measured beside a bare SQLite insert-and-commit in the same run.
 *
 * The report is filled the way a thorough state would fill it: every
 * question answered, 5 KB texts, 200 repeatable records.  Every edit is its
 * own durable transaction (WAL, synchronous=FULL), as in the application.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "nr-bench-report.h"

#define N_RECORDS 200
#define N_OPENS 30

/* Targets from the foundation issue; the README lists the figures. */
#define EDIT_TARGET_MS 2.0
#define OPEN_TARGET_MS 20.0

/* The floor: one row inserted and committed, with the same durability
 * settings and a 5 KB payload, in a file of its own. */
static void
bare_sqlite (const char *dir,
             guint       n_samples,
             GArray     *samples)
{
  g_autofree char *path = g_build_filename (dir, "bare.sqlite", NULL);
  g_autofree char *payload = nr_bench_text (0, 5 * 1024);
  sqlite3_stmt *insert = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
                                     "CREATE TABLE t (id INTEGER PRIMARY KEY, value TEXT)",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "INSERT INTO t (value) VALUES (?1)", -1, &insert, NULL),
                   ==, SQLITE_OK);

  for (guint i = 0; i < n_samples; i++)
    {
      gint64 start = g_get_monotonic_time ();
      double ms;

      g_assert_cmpint (sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
      sqlite3_bind_text (insert, 1, payload, -1, SQLITE_STATIC);
      g_assert_cmpint (sqlite3_step (insert), ==, SQLITE_DONE);
      sqlite3_reset (insert);
      g_assert_cmpint (sqlite3_exec (db, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (samples, ms);
    }

  sqlite3_finalize (insert);
  sqlite3_close (db);
}

static double
open_and_complete (GFile *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrReport) report = NULL;
  GListModel *norms;
  gint64 start = g_get_monotonic_time ();
  double overall;

  report = nr_report_open (file, NULL, NR_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  overall = nr_report_get_completion (report, NULL, NULL);
  norms = nr_questionnaire_get_norms (nr_report_get_questionnaire (report));
  for (guint i = 0; i < g_list_model_get_n_items (norms); i++)
    {
      g_autoptr(NrNorm) norm = g_list_model_get_item (norms, i);
      nr_report_get_norm_completion (report, nr_norm_get_id (norm), NULL, NULL);
    }
  g_assert_cmpfloat (overall, ==, 1.0);
  nr_report_close (report);

  return (g_get_monotonic_time () - start) / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = nr_bench_make_dir ();
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(NrQuestionnaire) questionnaire = NULL;
  g_autoptr(NrReport) report = NULL;
  g_autoptr(GArray) edits = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) opens = g_array_new (FALSE, FALSE, sizeof (double));
  gint64 start;
  double load_ms;
  gboolean all_met = TRUE;

  g_assert_nonnull (dir);
  path = g_build_filename (dir, "filled.normsreport", NULL);
  file = g_file_new_for_path (path);

  start = g_get_monotonic_time ();
  questionnaire = nr_questionnaire_load_builtin (NR_QUESTIONNAIRE_DEFAULT_ID, &error);
  load_ms = (g_get_monotonic_time () - start) / 1000.0;
  g_assert_no_error (error);

  report = nr_report_create (file, questionnaire, &error);
  g_assert_no_error (error);
  nr_bench_fill_report (report, 5 * 1024, N_RECORDS, edits);
  nr_report_close (report);

  bare_sqlite (dir, edits->len, bare);

  /* The first open warms the page cache, as a user's second look would be. */
  open_and_complete (file);
  for (guint i = 0; i < N_OPENS; i++)
    {
      double ms = open_and_complete (file);
      g_array_append_val (opens, ms);
    }

  g_print ("Norms Reporter store benchmark (%s)\n", dir);
  g_print ("  %u committed edits (every question, 5 KB texts, %d records); %u opens\n",
           edits->len, N_RECORDS, opens->len);
  all_met &= nr_bench_report_target ("edit, median", nr_bench_percentile (edits, 0.5), EDIT_TARGET_MS, "ms");
  g_print ("  %-52s %8.3f ms\n", "edit, 95th percentile", nr_bench_percentile (edits, 0.95));
  g_print ("  %-52s %8.3f ms\n", "bare SQLite insert + commit, median (baseline)", nr_bench_percentile (bare, 0.5));
  g_print ("  %-52s %8.2f\n", "edit median / baseline median",
           nr_bench_percentile (edits, 0.5) / nr_bench_percentile (bare, 0.5));
  all_met &= nr_bench_report_target ("open filled report + completion, median",
                                     nr_bench_percentile (opens, 0.5), OPEN_TARGET_MS, "ms");
  g_print ("  %-52s %8.3f ms\n", "loading the questionnaire (once per process)", load_ms);

  g_clear_object (&report);
  nr_bench_remove_dir (dir);

  return all_met ? 0 : 1;
}
