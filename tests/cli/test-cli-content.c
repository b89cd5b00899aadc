/* test-cli-content.c: what the command line says of a report's content:
 * orphaned answers and why, and a regional overview that shows what the
 * workshop profile lets out unless told otherwise. */
#include "config.h"

#include "nr-test-cli.h"
#include "nr-core.h"
#include "nr-report-private.h"
#include "nr-test-report.h"
#include "nr-test-util.h"

/* info lists each orphaned answer with the reason. */
static void
test_info_lists_orphans (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "national.normsreport", NULL);
  g_auto(NrCliRun) run = { 0 };

  {
    g_autoptr(NrReport) report = nr_test_create_report (dir, "national.normsreport");

    g_assert_true (nr_store_exec (nr_report_get_store (report),
                                  "INSERT INTO answer (question_id, value, classification, author, agency, modified)"
                                  " VALUES ('13a.status', '42', 'public', 'Arif', 'Kemlu', '2024-05-01T00:00:00Z'),"
                                  " ('13a.old-notes', '''Notes''', 'public', 'Arif', 'Kemlu', '2024-05-01T00:00:00Z')",
                                  &error));
    g_assert_no_error (error);
  }

  nr_cli_run (&run, "info", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  nr_test_assert_contains (run.out, "Orphaned answers");
  nr_test_assert_contains (run.out, "13a.old-notes            no longer in the questionnaire");
  nr_test_assert_contains (run.out, "13a.status               does not fit its question");
  nr_test_remove_tree (dir);
}

/* Statuses classified internal stay off the overview unless it is asked
 * for everything. */
static void
test_aggregate_profile (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *xml = nr_test_write_submission (dir, "VN", "2025", "planned", "Few staff.");
  g_autofree char *report_path = g_build_filename (dir, "VN-2025.normsreport", NULL);
  g_autofree char *csv_path = g_build_filename (dir, "overview.csv", NULL);
  g_autofree char *csv = NULL;
  g_auto(NrCliRun) run = { 0 };

  {
    g_autoptr(GFile) report_file = g_file_new_for_path (report_path);
    g_autoptr(GFile) xml_file = g_file_new_for_path (xml);
    g_autoptr(NrReport) report = nr_report_open (report_file, NULL, NR_STORE_OPEN_DEFAULT, &error);

    g_assert_no_error (error);
    g_assert_true (nr_report_set_classification (report, "13a.status", NR_CLASSIFICATION_INTERNAL, &error));
    g_assert_true (nr_report_export (report, xml_file, NULL, &error));
    g_assert_no_error (error);
  }

  nr_cli_run (&run, "aggregate", xml, "--csv", csv_path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
  /* 13 (a): no status, one of its six questions answered (challenges). */
  nr_test_assert_contains (csv, "\"VN\",\"Vietnam\",\"2025-01-01\",\"2025-12-31\"");
  nr_test_assert_contains (csv, ".xml\",\"Not answered\",\"16\"");
  g_assert_null (strstr (csv, "\"Planned\",\"33\""));
  g_clear_pointer (&csv, g_free);

  nr_cli_run_clear (&run);
  nr_cli_run (&run, "aggregate", xml, "--csv", csv_path, "--profile", "full", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
  nr_test_assert_contains (csv, ".xml\",\"Planned\",\"33\"");
  nr_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  nr_test_init (&argc, &argv);

  g_test_add_func ("/cli-content/info-lists-orphans", test_info_lists_orphans);
  g_test_add_func ("/cli-content/aggregate-profile", test_aggregate_profile);

  return g_test_run ();
}
