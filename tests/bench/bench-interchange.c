/* bench-interchange.c: export, import and validation of interchange XML,
 * each measured beside xmllint checking the same file against the same
 * schema in the same run.
 *
 * The report is filled as in bench-store: every question, 5 KB texts, 200
 * records.  The validation run checks 1,000 exported files of a typical
 * report (every question answered with a paragraph, 20 records) in one call
 * of norms-reporter-cli validate.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sys/resource.h>

#include "nr-bench-report.h"

#define N_RUNS 15
#define N_FILES 1000

#define EXPORT_TARGET_MS 20.0
#define IMPORT_TARGET_MS 20.0
#define IMPORT_TO_XMLLINT_TARGET 1.5
#define VALIDATE_TARGET_S 3.0
#define AGGREGATE_TARGET_S 5.0
/* Documents are summarised and let go one by one: the overview of 1,000
 * submissions must not need much more than reading one. */
#define AGGREGATE_MEMORY_TARGET_MB 64.0

/* Runs a command, returning how long it took in milliseconds. */
static double
time_command (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  int wait_status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, NULL, NULL, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
  return (g_get_monotonic_time () - start) / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  const char *cli = g_getenv ("NR_CLI");
  const char *xmllint = g_getenv ("NR_XMLLINT");
  const char *schema = g_getenv ("NR_REPORT_SCHEMA");
  g_autofree char *dir = nr_bench_make_dir ();
  g_autofree char *xml_path = g_build_filename (dir, "filled.xml", NULL);
  g_autofree char *many_dir = g_build_filename (dir, "many", NULL);
  g_autoptr(GFile) xml_file = g_file_new_for_path (xml_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(NrReport) report = NULL;
  g_autoptr(NrReport) typical = NULL;
  g_autoptr(GBytes) typical_xml = NULL;
  g_autoptr(GArray) exports = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) imports = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) xmllints = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GPtrArray) validate_argv = g_ptr_array_new_with_free_func (g_free);
  double export_ms, import_ms, xmllint_ms, validate_s, aggregate_s, aggregate_mb;
  gboolean all_met = TRUE;
  gsize xml_size = 0;

  g_assert_nonnull (cli);
  g_assert_nonnull (xmllint);
  g_assert_nonnull (schema);

  report = nr_bench_create_filled_report (dir, "filled.normsreport", 5 * 1024, 200);

  for (guint i = 0; i < N_RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GBytes) bytes = nr_report_export_xml (report, NULL, NULL, NULL, &error);
      double ms = (g_get_monotonic_time () - start) / 1000.0;

      g_assert_no_error (error);
      xml_size = g_bytes_get_size (bytes);
      g_array_append_val (exports, ms);
    }
  g_assert_true (nr_report_export (report, xml_file, NULL, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < N_RUNS; i++)
    {
      g_autofree char *name = g_strdup_printf ("imported-%u.normsreport", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      gint64 start = g_get_monotonic_time ();
      g_autoptr(NrDocument) document = nr_document_load (xml_file, &error);
      gboolean imported = document != NULL &&
                          nr_report_import_to_file (document, xml_path, file, &error);
      double ms = (g_get_monotonic_time () - start) / 1000.0;
      const char *check[] = { xmllint, "--noout", "--nonet", "--schema", schema, xml_path, NULL };

      g_assert_no_error (error);
      g_assert_true (imported);
      g_array_append_val (imports, ms);

      ms = time_command (check);
      g_array_append_val (xmllints, ms);
    }

  /* A thousand typical submissions, as a workshop organiser receives them. */
  typical = nr_bench_create_filled_report (dir, "typical.normsreport", 400, 20);
  typical_xml = nr_report_export_xml (typical, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_mkdir (many_dir, 0700), ==, 0);
  g_ptr_array_add (validate_argv, g_strdup (cli));
  g_ptr_array_add (validate_argv, g_strdup ("validate"));
  g_ptr_array_add (validate_argv, g_strdup ("--quiet"));
  for (guint i = 0; i < N_FILES; i++)
    {
      g_autofree char *name = g_strdup_printf ("submission-%04u.xml", i);
      char *path = g_build_filename (many_dir, name, NULL);

      g_assert_true (g_file_set_contents (path, g_bytes_get_data (typical_xml, NULL),
                                          g_bytes_get_size (typical_xml), NULL));
      g_ptr_array_add (validate_argv, path);
    }
  g_ptr_array_add (validate_argv, NULL);
  validate_s = time_command ((const char * const *) validate_argv->pdata) / 1000.0;

  /* The same thousand, aggregated into a CSV and an HTML overview; its
   * peak memory is the largest of the children's so far, and only
   * validate ran before it. */
  {
    g_autofree char *csv = g_build_filename (dir, "overview.csv", NULL);
    g_autofree char *html = g_build_filename (dir, "overview.html", NULL);
    struct rusage usage;

    g_free (validate_argv->pdata[1]);
    validate_argv->pdata[1] = g_strdup ("aggregate");
    g_free (validate_argv->pdata[2]);
    validate_argv->pdata[2] = g_strdup_printf ("--csv=%s", csv);
    g_ptr_array_insert (validate_argv, 3, g_strdup_printf ("--html=%s", html));
    aggregate_s = time_command ((const char * const *) validate_argv->pdata) / 1000.0;
    g_assert_cmpint (getrusage (RUSAGE_CHILDREN, &usage), ==, 0);
    aggregate_mb = usage.ru_maxrss / 1024.0;
  }

  export_ms = nr_bench_percentile (exports, 0.5);
  import_ms = nr_bench_percentile (imports, 0.5);
  xmllint_ms = nr_bench_percentile (xmllints, 0.5);

  g_print ("Norms Reporter interchange benchmark (%s)\n", dir);
  g_print ("  filled report: every question, 5 KB texts, 200 records; its XML has %" G_GSIZE_FORMAT " KB\n",
           xml_size / 1024);
  all_met &= nr_bench_report_target ("export (with schema self-check), median", export_ms,
                                     EXPORT_TARGET_MS, "ms");
  all_met &= nr_bench_report_target ("import: read, check, build and sync the file, median", import_ms,
                                     IMPORT_TARGET_MS, "ms");
  g_print ("  %-52s %9.3f ms\n", "xmllint --noout --schema on the same file (baseline)", xmllint_ms);
  all_met &= nr_bench_report_target ("import / xmllint", import_ms / xmllint_ms,
                                     IMPORT_TO_XMLLINT_TARGET, "x");
  g_print ("  typical submission: every question answered with a paragraph, 20 records; %" G_GSIZE_FORMAT " KB\n",
           g_bytes_get_size (typical_xml) / 1024);
  all_met &= nr_bench_report_target ("validate 1,000 submissions in one call", validate_s,
                                     VALIDATE_TARGET_S, "s");
  all_met &= nr_bench_report_target ("aggregate the 1,000 into CSV and HTML", aggregate_s,
                                     AGGREGATE_TARGET_S, "s");
  all_met &= nr_bench_report_target ("peak memory of validate or aggregate", aggregate_mb,
                                     AGGREGATE_MEMORY_TARGET_MB, "MB");

  g_clear_object (&report);
  g_clear_object (&typical);
  nr_bench_remove_dir (dir);

  return all_met ? 0 : 1;
}
