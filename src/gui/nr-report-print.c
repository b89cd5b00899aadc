/* nr-report-print.c: printing a report through GtkPrintOperation.
 *
 * The pages are drawn by the core's renderer, the same that writes the PDF
 * export, so a printout and a PDF of the same profile are the same pages.
 * The document (what the profile lets out) is taken once, when printing
 * begins, so edits made while the print dialog is open do not mix into it.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "nr-report-print.h"

typedef struct
{
  NrDocument *document;
  NrQuestionnaire *questionnaire;
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  g_clear_pointer (&job->document, nr_document_free);
  g_clear_object (&job->questionnaire);
  g_free (job);
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);

  gtk_print_operation_set_n_pages (operation,
                                   (int) nr_document_render_pages (job->document, job->questionnaire, cr, 0, -1));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);

  nr_document_render_pages (job->document, job->questionnaire, cr, page_nr, page_nr);
}

/**
 * nr_report_print_operation_new:
 * @profile: what the printout may hold, as for export
 *
 * Returns: (transfer full) (nullable): a print operation for @report on A4,
 *   or %NULL with @error set when the report cannot be read.
 */
GtkPrintOperation *
nr_report_print_operation_new (NrReport         *report,
                               NrExportProfile   profile,
                               GError          **error)
{
  NrExportOptions options = { profile, NULL, NULL };
  g_autoptr(GtkPageSetup) page_setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  GtkPrintOperation *operation;
  PrintJob *job;
  const char *state = nr_report_get_metadata (report, NR_META_STATE);
  g_autofree char *job_name = NULL;
  NrDocument *document = nr_report_to_document (report, &options, error);

  if (document == NULL)
    return NULL;

  job = g_new0 (PrintJob, 1);
  job->document = document;
  job->questionnaire = g_object_ref (nr_report_get_questionnaire (report));

  /* The renderer lays out A4 pages in points, edge to edge. */
  gtk_page_setup_set_paper_size (page_setup, a4);
  gtk_page_setup_set_top_margin (page_setup, 0, GTK_UNIT_POINTS);
  gtk_page_setup_set_bottom_margin (page_setup, 0, GTK_UNIT_POINTS);
  gtk_page_setup_set_left_margin (page_setup, 0, GTK_UNIT_POINTS);
  gtk_page_setup_set_right_margin (page_setup, 0, GTK_UNIT_POINTS);

  operation = gtk_print_operation_new ();
  /* Translators: the name of a print job; "%s" is a state's code. */
  job_name = g_strdup_printf (_("National report %s"), state != NULL ? state : "");
  gtk_print_operation_set_job_name (operation, job_name);
  gtk_print_operation_set_default_page_setup (operation, page_setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, FALSE);

  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);
  g_object_set_data_full (G_OBJECT (operation), "nr-print-job", job, (GDestroyNotify) print_job_free);
  return operation;
}
