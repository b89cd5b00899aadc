/* bench-render.c: printing a report to PDF.
 *
 * A fully filled report (every question answered with a paragraph, 20
 * records, as a typical national report) is rendered to a PDF in memory.
 * Beside it, in the same run, the XML export of the same report: a fixed
 * amount of work of our own that shows how fast this machine is today.  A
 * very long report (5 KB answers, 200 records) shows how rendering grows,
 * and reports of one, two and four times the same content show that it
 * grows in proportion: the document is laid out once, whatever its length.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "nr-bench-report.h"

#define N_RUNS 9
#define RENDER_TARGET_MS 300.0
/* Four times the content within 4.5 times the time. */
#define GROWTH_TARGET 4.5

typedef struct
{
  double ms;
  gsize bytes;
} Timing;

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

/* Renders reports of one, two and four times a content (text length and
 * records alike); returns the time of the largest over the smallest. */
static double
growth (const char *dir)
{
  double ms[3];

  for (guint i = 0; i < G_N_ELEMENTS (ms); i++)
    {
      guint factor = 1u << i;
      g_autofree char *name = g_strdup_printf ("scaled-%u.normsreport", factor);
      g_autoptr(NrReport) report = nr_bench_create_filled_report (dir, name, 1024 * factor, 40 * factor);
      g_autofree char *what = g_strdup_printf ("render %ux the content (%u KB answers, %u records)", factor,
                                               factor, 40 * factor);
      gsize size = 0;

      ms[i] = median_render_ms (report, &size);
      g_print ("  %-52s %9.3f ms (%" G_GSIZE_FORMAT " KB)\n", what, ms[i], size / 1024);
      nr_report_close (report);
    }
  g_print ("  %-52s %9.2f x\n", "2x content / 1x content (time)", ms[1] / ms[0]);
  return ms[2] / ms[0];
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = nr_bench_make_dir ();
  g_autoptr(NrReport) typical = nr_bench_create_filled_report (dir, "typical.normsreport", 400, 20);
  g_autoptr(NrReport) long_report = nr_bench_create_filled_report (dir, "long.normsreport", 5 * 1024, 200);
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
  met &= nr_bench_report_target ("4x content / 1x content (time)", growth (dir), GROWTH_TARGET, "x");

  nr_report_close (typical);
  nr_report_close (long_report);
  g_clear_object (&typical);
  g_clear_object (&long_report);
  nr_bench_remove_dir (dir);
  return met ? 0 : 1;
}
