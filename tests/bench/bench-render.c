/* bench-render.c: printing a report to PDF.
 *
 * A fully filled report (every question answered with a paragraph, 20
 * records, as a typical national report) is rendered to a PDF in memory.
 * Beside it, in the same run, the XML export of the same report: a fixed
 * amount of work of our own that shows how fast this machine is today.  A
 * very long report (5 KB answers, 200 records) shows how rendering grows.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "nr-bench-report.h"

#define N_RUNS 9
#define RENDER_TARGET_MS 300.0

typedef struct
{
  double ms;
  gsize bytes;
} Timing;

static NrReport *
filled_report (const char *dir,
               const char *name,
               gsize       text_size,
               guint       n_records)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrQuestionnaire) questionnaire = nr_questionnaire_load_builtin (NR_QUESTIONNAIRE_DEFAULT_ID,
                                                                            &error);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  NrReport *report = nr_report_create (file, questionnaire, &error);

  g_assert_no_error (error);
  nr_bench_fill_report (report, text_size, n_records, NULL);
  return report;
}

/* The median time to take the document and draw the PDF. */
static double
median_render_ms (NrReport *report,
                  gsize    *pdf_size)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < N_RUNS; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      g_autoptr(NrDocument) document = nr_report_to_document (report, NULL, &error);
      g_autoptr(GBytes) pdf = nr_document_render_pdf (document, nr_report_get_questionnaire (report), &error);
      double ms = (g_get_monotonic_time () - start) / 1000.0;

      g_assert_no_error (error);
      *pdf_size = g_bytes_get_size (pdf);
      g_array_append_val (samples, ms);
    }
  return nr_bench_percentile (samples, 0.5);
}

static double
median_export_ms (NrReport *report)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < N_RUNS; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GBytes) xml = nr_report_export_xml (report, NULL, NULL, NULL, &error);
      double ms = (g_get_monotonic_time () - start) / 1000.0;

      g_assert_nonnull (xml);
      g_assert_no_error (error);
      g_array_append_val (samples, ms);
    }
  return nr_bench_percentile (samples, 0.5);
}

int
main (int   argc,
      char *argv[])
{
  const char *parent = g_getenv ("NR_BENCH_DIR");
  g_autofree char *template = g_build_filename (parent != NULL ? parent : g_get_tmp_dir (),
                                                "bench-XXXXXX", NULL);
  g_autofree char *dir = g_strdup (g_mkdtemp (template));
  g_autoptr(NrReport) typical = filled_report (dir, "typical.normsreport", 400, 20);
  g_autoptr(NrReport) long_report = filled_report (dir, "long.normsreport", 5 * 1024, 200);
  gsize typical_size = 0;
  gsize long_size = 0;
  double typical_ms = median_render_ms (typical, &typical_size);
  double long_ms = median_render_ms (long_report, &long_size);
  double export_ms = median_export_ms (typical);
  gboolean met;

  g_print ("Norms Reporter rendering benchmark (%s)\n", dir);
  met = nr_bench_report_target ("render a fully filled report to PDF, median", typical_ms,
                                RENDER_TARGET_MS, "ms");
  g_print ("  %-52s %9" G_GSIZE_FORMAT " KB\n", "its PDF", typical_size / 1024);
  g_print ("  %-52s %9.3f ms\n", "XML export of the same report (baseline)", export_ms);
  g_print ("  %-52s %9.1f x\n", "render / export", typical_ms / export_ms);
  g_print ("  %-52s %9.3f ms (%" G_GSIZE_FORMAT " KB)\n", "render a very long report (5 KB answers, 200 records)",
           long_ms, long_size / 1024);

  nr_report_close (typical);
  nr_report_close (long_report);
  g_clear_object (&typical);
  g_clear_object (&long_report);
  {
    g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
    const char *name;

    while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
      {
        g_autofree char *child = g_build_filename (dir, name, NULL);

        g_remove (child);
      }
    g_rmdir (dir);
  }
  return met ? 0 : 1;
}
