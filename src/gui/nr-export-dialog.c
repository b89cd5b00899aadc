/* nr-export-dialog.c: choose what leaves, see what stays, export as XML,
 * as a printable PDF, or as a Word or OpenDocument file.
 *
 * Before anything leaves the ministry the dialog shows how many answers go
 * and names those the chosen profile keeps back, so that nobody exports an
 * internal answer by mistake, or leaves out one they meant to send.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "nr-export-dialog.h"
#include "nr-gui-util.h"

struct _NrExportDialog
{
  AdwWindow parent_instance;

  AdwComboRow *format_row;
  AdwComboRow *profile_row;
  AdwComboRow *scope_row;
  GtkWidget *export_button;
  GtkLabel *preview_label;
  GtkLabel *error_label;

  NrReport *report;
  GStrv agencies;
};

G_DEFINE_FINAL_TYPE (NrExportDialog, nr_export_dialog, ADW_TYPE_WINDOW)

/* The agency whose contribution is exported, or NULL for the whole report. */
static const char *
chosen_agency (NrExportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->scope_row);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || self->agencies == NULL)
    return NULL;
  return self->agencies[selected - 1];
}

/* Fills @options from the dialog; @sections and @norms hold what it points at. */
static void
current_options (NrExportDialog  *self,
                 NrExportOptions *options,
                 GStrv           *sections,
                 GStrv           *norms)
{
  const char *agency = chosen_agency (self);

  options->profile = (NrExportProfile) adw_combo_row_get_selected (self->profile_row);
  options->sections = NULL;
  options->norms = NULL;
  if (agency != NULL && nr_report_get_assignment (self->report, agency, sections, norms))
    {
      options->sections = (const char * const *) *sections;
      options->norms = (const char * const *) *norms;
    }
}

static gboolean
document_has (NrDocument *document,
              const char *question_id)
{
  for (guint i = 0; i < document->answers->len; i++)
    {
      NrDocumentAnswer *answer = document->answers->pdata[i];

      if (g_str_equal (answer->question_id, question_id))
        return TRUE;
    }
  return FALSE;
}

/**
 * nr_export_dialog_get_preview:
 *
 * Returns: (transfer full): what the preview says: how many answers leave,
 *   and which are kept back.
 */
char *
nr_export_dialog_get_preview (NrExportDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) sections = NULL;
  g_auto(GStrv) norms = NULL;
  NrExportOptions options;
  g_autoptr(NrDocument) all = NULL;
  g_autoptr(NrDocument) leaving = NULL;
  NrQuestionnaire *questionnaire = nr_report_get_questionnaire (self->report);
  GString *text = g_string_new (NULL);
  guint kept_back = 0;

  current_options (self, &options, &sections, &norms);
  all = nr_report_to_document (self->report, NULL, &error);
  leaving = all != NULL ? nr_report_to_document (self->report, &options, &error) : NULL;
  if (leaving == NULL)
    {
      g_string_append (text, error->message);
      return g_string_free (text, FALSE);
    }

  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u answer leaves.", "%u answers leave.",
                                             leaving->answers->len),
                          leaving->answers->len);

  for (guint i = 0; i < all->answers->len; i++)
    {
      NrDocumentAnswer *answer = all->answers->pdata[i];
      NrQuestion *question = nr_questionnaire_lookup_question (questionnaire, answer->question_id);

      if (document_has (leaving, answer->question_id))
        continue;
      if (kept_back++ == 0)
        g_string_append_printf (text, "\n\n%s", _("Kept back:"));
      if (kept_back <= 12)
        g_string_append_printf (text, "\n• %s (%s)",
                                question != NULL ? nr_question_get_label (question) : answer->question_id,
                                answer->question_id);
    }
  if (kept_back > 12)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more",
                                                            "and %u more", kept_back - 12),
                                               kept_back - 12);
      g_string_append_printf (text, "\n• %s", more);
    }
  if (kept_back == 0)
    g_string_append_printf (text, "\n\n%s", _("Nothing is kept back."));
  if (options.profile == NR_EXPORT_PROFILE_PUBLIC)
    g_string_append_printf (text, "\n\n%s",
                            _("Points of contact and the names of people never leave in a public export."));

  return g_string_free (text, FALSE);
}

static void
options_changed_cb (NrExportDialog *self)
{
  g_autofree char *preview = NULL;

  if (self->report == NULL)
    return;
  preview = nr_export_dialog_get_preview (self);
  gtk_label_set_text (self->preview_label, preview);
}

static void
show_export_error (NrExportDialog *self,
                   const GError   *error)
{
  gtk_label_set_text (self->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

/* The format rows after the first (XML), in the order of the .ui file. */
static const NrDocumentFormat printed_formats[] = {
  NR_DOCUMENT_FORMAT_PDF,
  NR_DOCUMENT_FORMAT_DOCX,
  NR_DOCUMENT_FORMAT_ODT,
};

/* Whether the dialog prints the report to a file rather than exporting
 * XML, and to which format. */
static gboolean
prints (NrExportDialog   *self,
        NrDocumentFormat *format)
{
  guint selected = adw_combo_row_get_selected (self->format_row);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > G_N_ELEMENTS (printed_formats))
    return FALSE;
  *format = printed_formats[selected - 1];
  return TRUE;
}

typedef struct
{
  NrDocument *document;
  NrQuestionnaire *questionnaire;
  NrDocumentFormat format;
  GFile *file;
} PrintedExport;

static void
printed_export_free (PrintedExport *export)
{
  g_clear_pointer (&export->document, nr_document_free);
  g_clear_object (&export->questionnaire);
  g_clear_object (&export->file);
  g_free (export);
}

/* Laying out and writing a long report takes a moment: it runs in a thread,
 * on a document taken from the report beforehand, so the report file is
 * only ever touched from the main thread. */
static void
render_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  PrintedExport *export = task_data;
  GError *error = NULL;
  g_autoptr(GBytes) bytes = nr_document_render (export->document, export->questionnaire, export->format, &error);

  if (bytes == NULL || !nr_write_file_privately (export->file, bytes, &error))
    {
      if (error == NULL)
        error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not draw the report."));
      g_task_return_error (task, error);
      return;
    }
  g_task_return_boolean (task, TRUE);
}

static void
printed_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  NrExportDialog *self = NR_EXPORT_DIALOG (source);
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      gtk_widget_set_sensitive (self->export_button, TRUE);
      show_export_error (self, error);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

/**
 * nr_export_dialog_export_to:
 *
 * Exports as the dialog says, to @file, and closes the dialog.  XML is
 * written at once; a PDF, Word or OpenDocument file is written in a
 * thread, the dialog closing when it is written or showing why it could
 * not be.
 *
 * Returns: whether the export was written (XML) or started (the others).
 */
gboolean
nr_export_dialog_export_to (NrExportDialog  *self,
                            GFile           *file,
                            GError         **error)
{
  g_auto(GStrv) sections = NULL;
  g_auto(GStrv) norms = NULL;
  NrExportOptions options;
  NrDocumentFormat format;

  current_options (self, &options, &sections, &norms);
  if (prints (self, &format))
    {
      g_autoptr(GTask) task = g_task_new (self, NULL, printed_cb, NULL);
      PrintedExport *export = g_new0 (PrintedExport, 1);

      export->document = nr_report_to_document (self->report, &options, error);
      if (export->document == NULL)
        {
          printed_export_free (export);
          show_export_error (self, *error);
          return FALSE;
        }
      export->questionnaire = g_object_ref (nr_report_get_questionnaire (self->report));
      export->format = format;
      export->file = g_object_ref (file);
      g_task_set_task_data (task, export, (GDestroyNotify) printed_export_free);
      gtk_widget_set_sensitive (self->export_button, FALSE);
      g_task_run_in_thread (task, render_thread);
      return TRUE;
    }

  if (!nr_report_export (self->report, file, &options, error))
    {
      show_export_error (self, *error);
      return FALSE;
    }

  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
save_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  NrExportDialog  *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GError) error = NULL;

      nr_export_dialog_export_to (self, file, &error);
    }
  g_object_unref (chooser);
}

static void
export_clicked_cb (NrExportDialog *self)
{
  GtkFileChooserNative *chooser;
  const char *state = nr_report_get_metadata (self->report, NR_META_STATE);
  const char *profile = nr_export_profile_to_string (adw_combo_row_get_selected (self->profile_row));
  NrDocumentFormat format;
  g_autofree char *name = g_strdup_printf ("%s-%s.%s", state != NULL ? state : "report", profile,
                                           prints (self, &format) ? nr_document_format_get_extension (format) : "xml");

  chooser = gtk_file_chooser_native_new (_("Export the Report"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect_object (chooser, "response", G_CALLBACK (save_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
nr_export_dialog_dispose (GObject *object)
{
  NrExportDialog *self = NR_EXPORT_DIALOG (object);

  g_clear_object (&self->report);
  g_clear_pointer (&self->agencies, g_strfreev);

  G_OBJECT_CLASS (nr_export_dialog_parent_class)->dispose (object);
}

static void
nr_export_dialog_class_init (NrExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nr_export_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/nr-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, NrExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, NrExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, NrExportDialog, profile_row);
  gtk_widget_class_bind_template_child (widget_class, NrExportDialog, scope_row);
  gtk_widget_class_bind_template_child (widget_class, NrExportDialog, preview_label);
  gtk_widget_class_bind_template_child (widget_class, NrExportDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, options_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
nr_export_dialog_init (NrExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  nr_gui_name_mnemonic_buttons (GTK_WIDGET (self));
}

NrExportDialog *
nr_export_dialog_new (GtkWindow *parent,
                      NrReport  *report)
{
  NrExportDialog *self = g_object_new (NR_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  g_autoptr(GtkStringList) scopes = gtk_string_list_new (NULL);

  self->agencies = nr_report_list_assigned_agencies (report);
  gtk_string_list_append (scopes, _("The whole report"));
  for (guint i = 0; self->agencies[i] != NULL; i++)
    {
      /* Translators: "%s" is a contributing agency. */
      g_autofree char *label = g_strdup_printf (_("The part of %s"), self->agencies[i]);
      gtk_string_list_append (scopes, label);
    }
  adw_combo_row_set_model (self->scope_row, G_LIST_MODEL (scopes));
  gtk_widget_set_visible (GTK_WIDGET (self->scope_row), self->agencies[0] != NULL);

  self->report = g_object_ref (report);
  /* Workshops are the usual destination; the most open choice is never the
   * default. */
  adw_combo_row_set_selected (self->profile_row, NR_EXPORT_PROFILE_WORKSHOP);
  options_changed_cb (self);
  return self;
}

void
nr_export_dialog_set_pdf (NrExportDialog *self,
                          gboolean        pdf)
{
  g_return_if_fail (NR_IS_EXPORT_DIALOG (self));
  adw_combo_row_set_selected (self->format_row, pdf ? 1 : 0);
}

/**
 * nr_export_dialog_set_printed_format:
 *
 * Chooses to print the report to a file of @format rather than export XML.
 */
void
nr_export_dialog_set_printed_format (NrExportDialog   *self,
                                     NrDocumentFormat  format)
{
  g_return_if_fail (NR_IS_EXPORT_DIALOG (self));
  for (guint i = 0; i < G_N_ELEMENTS (printed_formats); i++)
    {
      if (printed_formats[i] == format)
        adw_combo_row_set_selected (self->format_row, i + 1);
    }
}

void
nr_export_dialog_set_profile (NrExportDialog  *self,
                              NrExportProfile  profile)
{
  g_return_if_fail (NR_IS_EXPORT_DIALOG (self));
  adw_combo_row_set_selected (self->profile_row, profile);
}
