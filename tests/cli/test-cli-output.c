/* test-cli-output.c: norms-reporter-cli writing where it is told, and what
 * others open safely: standard output stands in for a file as README says,
 * and no CSV cell is a formula. */
#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "nr-core.h"
#include "nr-test-cli.h"
#include "nr-test-report.h"
#include "nr-test-util.h"

/* "-" is standard output for render and aggregate, as README says. */
static void
test_outputs_to_standard_output (void)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autoptr(NrReport) report = nr_test_create_report (dir, "id-2025.normsreport");
  g_autofree char *report_path = g_build_filename (dir, "id-2025.normsreport", NULL);
  g_autofree char *submission = nr_test_write_submission (dir, "VN", "2025", "planned", "Few staff.");
  g_autofree char *dash = g_build_filename (dir, "-", NULL);
  g_auto(NrTestRun) rendered = { 0 };
  g_auto(NrTestRun) csv = { 0 };
  g_auto(NrTestRun) html = { 0 };
  g_auto(NrTestRun) both = { 0 };

  nr_report_close (report);

  nr_test_run_cli (&rendered, dir, NULL, "render", report_path, "-", NULL);
  g_assert_cmpint (rendered.status, ==, 0);
  g_assert_cmpuint (g_bytes_get_size (rendered.out), >, 1000);
  g_assert_cmpmem (g_bytes_get_data (rendered.out, NULL), 5, "%PDF-", 5);

  /* The summary keeps out of the overview's way. */
  nr_test_run_cli (&csv, dir, NULL, "aggregate", submission, "--csv", "-", NULL);
  g_assert_cmpint (csv.status, ==, 0);
  g_assert_true (g_str_has_prefix (nr_test_run_out (&csv), "\xEF\xBB\xBF\"State code\",\"State\""));
  nr_test_assert_contains (nr_test_run_out (&csv), "\"VN\",\"Vietnam\",\"2025-01-01\"");
  g_assert_null (strstr (nr_test_run_out (&csv), "aggregated"));
  nr_test_assert_contains (csv.err, "1 submission aggregated");

  nr_test_run_cli (&html, dir, NULL, "aggregate", submission, "--html", "-", NULL);
  g_assert_cmpint (html.status, ==, 0);
  nr_test_assert_contains (nr_test_run_out (&html), "<html");

  nr_test_run_cli (&both, dir, NULL, "aggregate", submission, "--csv", "-", "--html", "-", NULL);
  g_assert_cmpint (both.status, ==, 2);
  nr_test_assert_contains (both.err, "standard output");

  g_assert_false (g_file_test (dash, G_FILE_TEST_EXISTS));
  nr_test_remove_tree (dir);
}

/* A spreadsheet opening the overview takes no cell for a formula: a
 * submission's file name reaches the File column. */
static void
test_csv_cells_never_formulas (void)
{
  const char *names[] = { "=HYPERLINK(\"evil.example\").xml", "@SUM(1).xml", "+1.xml" };
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *csv = NULL;
  g_auto(NrTestRun) run = { 0 };

  g_autofree char *written = nr_test_write_submission (dir, "VN", "2025", "planned", "Few staff.");
  g_autoptr(GBytes) submission = nr_test_file_bytes (written);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *copy = g_build_filename (dir, names[i], NULL);

      g_assert_true (g_file_set_contents (copy, g_bytes_get_data (submission, NULL),
                                          g_bytes_get_size (submission), NULL));
    }

  nr_test_run_cli (&run, dir, NULL, "aggregate", "--csv", "-", names[0], names[1], names[2], NULL);
  g_assert_cmpint (run.status, ==, 0);
  csv = g_strndup (g_bytes_get_data (run.out, NULL), g_bytes_get_size (run.out));
  nr_test_assert_contains (csv, ",\"'=HYPERLINK(\"\"evil.example\"\").xml\",");
  nr_test_assert_contains (csv, ",\"'@SUM(1).xml\",");
  nr_test_assert_contains (csv, ",\"'+1.xml\",");
  g_assert_null (strstr (csv, ",\"=HYPERLINK"));

  nr_test_remove_tree (dir);
}

/* A report in a folder the user may not write to is exported all the same,
 * read from a private copy, and the user is told that the export is not
 * recorded in it. */
static void
test_export_from_read_only_folder (void)
{
  NrTestPlace place = { 0 };
  g_auto(NrTestRun) run = { 0 };

  nr_test_place_init (&place, "ph-2025.normsreport");
  nr_test_write_small_report (place.path, "PH");
  g_assert_cmpint (g_chmod (place.dir, 0555), ==, 0);

  nr_test_run_cli (&run, NULL, NULL, "export", place.path, "-", NULL);
  g_assert_cmpint (run.status, ==, 0);
  nr_test_assert_contains (nr_test_run_out (&run), "urn:normsreporter:report:2");
  nr_test_assert_contains (run.err, "in a folder you may not write to");
  nr_test_assert_contains (run.err, "not recorded in it");
  nr_test_place_clear (&place);
}

int
main (int   argc,
      char *argv[])
{
  nr_test_init (&argc, &argv);

  g_test_add_func ("/cli-output/outputs-to-standard-output", test_outputs_to_standard_output);
  g_test_add_func ("/cli-output/csv-cells-never-formulas", test_csv_cells_never_formulas);
  g_test_add_func ("/cli-output/export-from-read-only-folder", test_export_from_read_only_folder);

  return g_test_run ();
}
