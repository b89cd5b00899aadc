/* nr-report-print.c: printing a report through GtkPrintOperation.
 *
 * The pages are drawn by the core's renderer, the same that writes the PDF
 * export, so a printout and a PDF of the same profile are the same pages.
 * The print dialog has a tab of its own to choose what the printout may
 * hold (the export profiles).  The document is taken once, and again when
 * printing begins only if that choice changed it; never for each page.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "nr-gui-util.h"
#include "nr-report-print.h"

typedef struct
{
  NrReport *report;
  NrExportProfile profile;
  NrDocument *document;
  NrQuestionnaire *questionnaire;
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  g_clear_pointer (&job->document, nr_document_free);
  g_clear_object (&job->questionnaire);
  g_clear_object (&job->report);
  g_free (job);
}

/* The print dialog's own tab: what the printout may hold. */
static GObject *
create_custom_widget_cb (GtkPrintOperation *operation,
                         PrintJob          *job)
{
  const char *profiles[] = { _("Public answers only"), _("For the workshop"), _("Everything"), NULL };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new_with_mnemonic (_("_What to print"));
  GtkWidget *dropdown = gtk_drop_down_new_from_strings (profiles);

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), dropdown);
  nr_gui_set_accessible_label (dropdown, _("What to print"));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), job->profile);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), dropdown);
  g_object_set_data (G_OBJECT (box), "nr-profile", dropdown);
  return G_OBJECT (box);
}

static void
custom_widget_apply_cb (GtkPrintOperation *operation,
                        GtkWidget         *box,
                        PrintJob          *job)
{
  GtkDropDown *dropdown = g_object_get_data (G_OBJECT (box), "nr-profile");

  job->profile = (NrExportProfile) gtk_drop_down_get_selected (dropdown);
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  NrExportOptions options = { job->profile, NULL, NULL };
  g_autoptr(GError) error = NULL;

  /* The document taken when the operation was made serves unless the
   * Report tab chose another profile. */
  if (job->document == NULL || job->document->profile != job->profile)
    {
      g_clear_pointer (&job->document, nr_document_free);
      job->document = nr_report_to_document (job->report, &options, &error);
    }
  if (job->document == NULL)
    {
      g_warning ("Could not print “%s”: %s", g_file_peek_path (nr_report_get_file (job->report)), error->message);
      gtk_print_operation_cancel (operation);
      return;
    }
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

  if (job->document != NULL)
    nr_document_render_pages (job->document, job->questionnaire, cr, page_nr, page_nr);
}

/**
 * nr_report_print_operation_new:
 * @profile: what the printout holds unless the print dialog's "What to
 *   print" says otherwise, as for export
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
  job->report = g_object_ref (report);
  job->profile = profile;
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

  /* Translators: the print dialog's tab for choosing what a printout holds. */
  gtk_print_operation_set_custom_tab_label (operation, _("Report"));
  g_signal_connect (operation, "create-custom-widget", G_CALLBACK (create_custom_widget_cb), job);
  g_signal_connect (operation, "custom-widget-apply", G_CALLBACK (custom_widget_apply_cb), job);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);
  g_object_set_data_full (G_OBJECT (operation), "nr-print-job", job, (GDestroyNotify) print_job_free);
  return operation;
}
