/* bench-print.c: printing a long report through GtkPrintOperation, under
 * Xvfb.
 *
 * A report of about a hundred pages is printed to a PDF file, as the
 * window's Print… does but without the dialog (export-filename,
 * GTK_PRINT_OPERATION_ACTION_EXPORT).  Two figures: the whole job's time,
 * beside the PDF export of the same document measured in the same run
 * (the baseline: printing should cost about as much), and the longest time
 * the main loop was busy at once, measured by a timer that ticks every
 * millisecond: the window must go on drawing, 16 ms at most.
 */
#include "config.h"

#include <gtk/gtk.h>
#include <stdlib.h>

#include "nr-bench-report.h"
#include "nr-report-print.h"

#define BLOCK_TARGET_MS 16.0
#define MIN_PAGES 100

/* The time between one tick and the next: how long the main loop was busy
 * elsewhere, plus the millisecond of the timer. */
typedef struct
{
  gint64 last;
  GArray *gaps;             /* of double, in ms */
} Ticker;

static gboolean
tick_cb (gpointer user_data)
{
  Ticker *ticker = user_data;
  gint64 now = g_get_monotonic_time ();

  if (ticker->last != 0)
    {
      double ms = (now - ticker->last) / 1000.0;

      g_array_append_val (ticker->gaps, ms);
    }
  ticker->last = now;
  return G_SOURCE_CONTINUE;
}

static double
export_ms (NrReport *report,
           guint    *n_pages)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  g_autoptr(NrDocument) document = nr_report_to_document (report, NULL, &error);
  g_autoptr(GBytes) pdf = nr_document_render_pdf (document, nr_report_get_questionnaire (report), &error);
  double ms = (g_get_monotonic_time () - start) / 1000.0;
  g_autoptr(NrPages) pages = nr_document_lay_out (document, nr_report_get_questionnaire (report), NULL, NULL, NULL, NULL);

  g_assert_no_error (error);
  *n_pages = nr_pages_get_n_pages (pages);
  return ms;
}

/* Prints @report to @path; returns the time, and in @gaps the times
 * between two ticks of a millisecond timer. */
static double
print_ms (NrReport   *report,
          const char *path,
          GArray     *gaps)
{
  g_autoptr(GError) error = NULL;
  Ticker ticker = { 0, gaps };
  gint64 start = g_get_monotonic_time ();
  g_autoptr(GtkPrintOperation) operation = nr_report_print_operation_new (report, NR_EXPORT_PROFILE_FULL, &error);
  guint timer;
  GtkPrintOperationResult result;
  double ms;

  g_assert_no_error (error);
  gtk_print_operation_set_export_filename (operation, path);
  timer = g_timeout_add (1, tick_cb, &ticker);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  ms = (g_get_monotonic_time () - start) / 1000.0;
  g_source_remove (timer);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  return ms;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(NrReport) report = NULL;
  guint n_pages = 0;
  double baseline_ms;
  double printed_ms;
  g_autoptr(GArray) gaps = g_array_new (FALSE, FALSE, sizeof (double));
  double load[1] = { 0 };
  gboolean met;

  gtk_init ();
  dir = nr_bench_make_dir ();
  path = g_build_filename (dir, "printed.pdf", NULL);
  report = nr_bench_create_filled_report (dir, "long.normsreport", 4 * 1024, 150);

  baseline_ms = export_ms (report, &n_pages);
  g_assert_cmpuint (n_pages, >=, MIN_PAGES);
  printed_ms = print_ms (report, path, gaps);
  /* The machine's load says how far the other figures are its doing. */
  if (getloadavg (load, 1) != 1)
    load[0] = -1;

  g_print ("Norms Reporter printing benchmark (%s)\n", dir);
  g_print ("  %-52s %9u\n", "pages", n_pages);
  g_print ("  %-52s %9.3f ms\n", "print through GtkPrintOperation to a PDF file", printed_ms);
  g_print ("  %-52s %9.3f ms\n", "PDF export of the same report (baseline)", baseline_ms);
  g_print ("  %-52s %9.2f x\n", "print / export", printed_ms / baseline_ms);
  g_print ("  %-52s %9.3f ms\n", "main loop busy at once, 99th percentile", nr_bench_percentile (gaps, 0.99));
  met = nr_bench_report_target ("main loop busy at once, longest", nr_bench_percentile (gaps, 1.0),
                                BLOCK_TARGET_MS, "ms");
  g_print ("  %-52s %9.2f\n", "load average over the last minute", load[0]);

  nr_report_close (report);
  g_clear_object (&report);
  nr_bench_remove_dir (dir);
  return met ? 0 : 1;
}
