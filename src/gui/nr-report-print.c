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

/* Lets pagination wait a little for the worker rather than spin; shared by
 * the job and the worker, either of which may end first. */
typedef struct
{
  GMutex lock;
  GCond laid_out;
  gboolean finished;
} Waiter;

static Waiter *
waiter_new (void)
{
  Waiter *waiter = g_atomic_rc_box_new0 (Waiter);

  g_mutex_init (&waiter->lock);
  g_cond_init (&waiter->laid_out);
  return waiter;
}

static void
waiter_clear (Waiter *waiter)
{
  g_mutex_clear (&waiter->lock);
  g_cond_clear (&waiter->laid_out);
}

static void
waiter_release (Waiter *waiter)
{
  g_atomic_rc_box_release_full (waiter, (GDestroyNotify) waiter_clear);
}

typedef struct
{
  NrReport *report;
  NrExportProfile profile;
  NrDocument *document;     /* until the layout takes it */
  NrQuestionnaire *questionnaire;
  NrPages *pages;           /* once laid out */
  GCancellable *cancellable;
  Waiter *waiter;
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  g_cancellable_cancel (job->cancellable);
  g_clear_object (&job->cancellable);
  g_clear_pointer (&job->pages, nr_pages_free);
  g_clear_pointer (&job->document, nr_document_free);
  g_clear_object (&job->questionnaire);
  g_clear_object (&job->report);
  waiter_release (job->waiter);
  g_free (job);
}

/* What the worker thread lays out: its own document and questionnaire, so
 * that it needs nothing of the job, which may be gone before it ends. */
typedef struct
{
  NrDocument *document;
  NrQuestionnaire *questionnaire;
  Waiter *waiter;
} LayoutData;

static void
layout_data_free (LayoutData *data)
{
  waiter_release (data->waiter);
  nr_document_free (data->document);
  g_object_unref (data->questionnaire);
  g_free (data);
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

static PrintJob *
job_of (GtkPrintOperation *operation)
{
  return g_object_get_data (G_OBJECT (operation), "nr-print-job");
}

/* The worker's last word, in its own thread: pagination may stop waiting. */
static void
signal_laid_out (Waiter *waiter)
{
  g_mutex_lock (&waiter->lock);
  waiter->finished = TRUE;
  g_cond_broadcast (&waiter->laid_out);
  g_mutex_unlock (&waiter->lock);
}

static void
lay_out_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  LayoutData *data = task_data;
  NrPages *pages = nr_document_lay_out (data->document, data->questionnaire, NULL, cancellable, NULL, NULL);

  signal_laid_out (data->waiter);
  if (pages != NULL)
    g_task_return_pointer (task, pages, (GDestroyNotify) nr_pages_free);
  else
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "%s", _("Printing was cancelled."));
}

/* Back on the main loop: the pages for pagination and drawing. */
static void
laid_out_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (source);
  PrintJob *job = job_of (operation);
  g_autoptr(GError) error = NULL;
  NrPages *pages = g_task_propagate_pointer (G_TASK (result), &error);

  if (pages == NULL)
    {
      /* Cancelled: pagination must not wait for pages that never come. */
      gtk_print_operation_cancel (operation);
      return;
    }
  job->pages = pages;
}

/* Lays the document out in a worker thread: a long report takes seconds,
 * which the window must not spend frozen. */
static void
start_layout (GtkPrintOperation *operation,
              PrintJob          *job)
{
  g_autoptr(GTask) task = g_task_new (operation, job->cancellable, laid_out_cb, NULL);
  LayoutData *data = g_new0 (LayoutData, 1);

  data->document = g_steal_pointer (&job->document);
  data->questionnaire = g_object_ref (job->questionnaire);
  data->waiter = g_atomic_rc_box_acquire (job->waiter);
  g_task_set_task_data (task, data, (GDestroyNotify) layout_data_free);
  g_task_set_name (task, "nr-print-layout");
  g_task_run_in_thread (task, lay_out_thread);
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
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
  start_layout (operation, job);
}

/* Called on the main loop until it returns %TRUE: waits a few milliseconds
 * at most for the worker, so the window goes on drawing meanwhile. */
static gboolean
paginate_cb (GtkPrintOperation *operation,
             GtkPrintContext   *context,
             PrintJob          *job)
{
  if (job->pages == NULL)
    {
      gint64 until = g_get_monotonic_time () + 2 * G_TIME_SPAN_MILLISECOND;

      g_mutex_lock (&job->waiter->lock);
      while (!job->waiter->finished && g_cond_wait_until (&job->waiter->laid_out, &job->waiter->lock, until))
        ;
      g_mutex_unlock (&job->waiter->lock);
      return FALSE;
    }
  gtk_print_operation_set_n_pages (operation, (int) nr_pages_get_n_pages (job->pages));
  return TRUE;
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);

  if (job->pages == NULL || page_nr < 0 || (guint) page_nr >= nr_pages_get_n_pages (job->pages))
    return;
  /* Printing to a PDF file gives the file what an export would have. */
  if (page_nr == 0)
    nr_pages_set_metadata (job->pages, cairo_get_target (cr));
  nr_pages_draw_page (job->pages, cr, (guint) page_nr);
}

static void
end_print_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              PrintJob          *job)
{
  if (job->pages != NULL)
    nr_pages_add_outline (job->pages, cairo_get_target (gtk_print_context_get_cairo_context (context)));
}

/* Stops the layout when printing ends early (cancelled, or failed). */
static void
done_cb (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         PrintJob                *job)
{
  g_cancellable_cancel (job->cancellable);
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
  job->cancellable = g_cancellable_new ();
  job->waiter = waiter_new ();

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
  g_signal_connect (operation, "paginate", G_CALLBACK (paginate_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);
  g_signal_connect (operation, "end-print", G_CALLBACK (end_print_cb), job);
  g_signal_connect (operation, "done", G_CALLBACK (done_cb), job);
  /* Laying out a long report takes a while: GTK's progress dialog says so
   * over the window, and its Cancel stops the layout too. */
  gtk_print_operation_set_show_progress (operation, TRUE);
  g_object_set_data_full (G_OBJECT (operation), "nr-print-job", job, (GDestroyNotify) print_job_free);
  return operation;
}
