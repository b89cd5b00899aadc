/* nr-window.c: a Norms Reporter window.
 *
 * A window shows the library of the user's reports until a report is opened,
 * then that report.  Opening a file that another window shows brings that
 * window forward instead (see NrApplication).  Problems opening a file are
 * explained in a dialog that names the file.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "nr-country.h"
#include "nr-export-dialog.h"
#include "nr-overview-window.h"
#include "nr-report-print.h"
#include "nr-library.h"
#include "nr-library-view.h"
#include "nr-merge-dialog.h"
#include "nr-new-report-dialog.h"
#include "nr-report-view.h"
#include "nr-window.h"

struct _NrWindow
{
  AdwApplicationWindow parent_instance;

  GtkStack *stack;
  NrLibraryView *library_view;

  NrLibrary *library;
  NrReportView *report_view;
  gboolean asked_who;
};

G_DEFINE_FINAL_TYPE (NrWindow, nr_window, ADW_TYPE_APPLICATION_WINDOW)

static void
show_error (NrWindow   *self,
            const char *heading,
            const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static GSettings *
window_settings (NrWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return NR_IS_APPLICATION (app) ? nr_application_get_settings (NR_APPLICATION (app)) : NULL;
}

/* Every change is recorded with who made it: the user's name and agency
 * from the preferences, which are asked for the first time they are needed. */
static void
apply_author (NrWindow *self)
{
  GSettings *settings = window_settings (self);
  NrReport *report = nr_window_get_report (self);
  g_autofree char *author = NULL;
  g_autofree char *agency = NULL;
  g_autofree char *classification = NULL;
  NrClassification default_classification = NR_CLASSIFICATION_INTERNAL;

  if (settings == NULL || report == NULL)
    return;

  author = g_settings_get_string (settings, "author-name");
  agency = g_settings_get_string (settings, "author-agency");
  classification = g_settings_get_string (settings, "default-classification");
  if (*author != '\0')
    nr_report_set_author (report, author);
  nr_report_set_agency (report, agency);
  nr_classification_from_string (classification, &default_classification);
  nr_report_set_default_classification (report, default_classification);

  if (*author == '\0' && !self->asked_who && !nr_report_is_read_only (report))
    {
      self->asked_who = TRUE;
      gtk_widget_activate_action (GTK_WIDGET (self), "app.preferences", NULL);
    }
}

/**
 * nr_window_show_report:
 *
 * Shows @report in this window, in place of what it showed.
 */
void
nr_window_show_report (NrWindow *self,
                       NrReport *report)
{
  g_return_if_fail (NR_IS_WINDOW (self));

  if (self->report_view != NULL)
    {
      nr_report_view_flush (self->report_view);
      gtk_stack_remove (self->stack, GTK_WIDGET (self->report_view));
    }

  self->report_view = nr_report_view_new (report);
  apply_author (self);
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->report_view), "report");
  gtk_stack_set_visible_child (self->stack, GTK_WIDGET (self->report_view));
  {
    const char *name = nr_countries_lookup_name (nr_report_get_metadata (report, NR_META_STATE));
    gtk_window_set_title (GTK_WINDOW (self), name != NULL ? name : _("National Report"));
  }
}

#define MAX_RECENT 10

/* Reports opened from outside the reports folder are listed in the library
 * too: the most recent first, a few of them. */
static void
remember_recent (NrWindow *self,
                 GFile    *file)
{
  GSettings *settings = window_settings (self);
  g_autoptr(GFile) folder = nr_reports_folder ();
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *uri = g_file_get_uri (file);
  g_auto(GStrv) recent = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) updated = NULL;
  guint kept = 1;

  if (settings == NULL || (parent != NULL && g_file_equal (parent, folder)))
    return;

  recent = g_settings_get_strv (settings, "recent-files");
  builder = g_strv_builder_new ();
  g_strv_builder_add (builder, uri);
  for (guint i = 0; recent[i] != NULL && kept < MAX_RECENT; i++)
    {
      if (!g_str_equal (recent[i], uri))
        {
          g_strv_builder_add (builder, recent[i]);
          kept++;
        }
    }
  updated = g_strv_builder_end (builder);
  g_settings_set_strv (settings, "recent-files", (const char * const *) updated);
}

static void
recent_files_changed_cb (NrWindow *self)
{
  GSettings *settings = window_settings (self);
  g_auto(GStrv) recent = settings != NULL ? g_settings_get_strv (settings, "recent-files") : NULL;

  nr_library_set_extra_files (self->library, (const char * const *) recent);
  nr_library_reload (self->library);
}

/**
 * nr_window_open_file:
 *
 * Opens a report file in this window, or says why it cannot be opened.
 */
gboolean
nr_window_open_file (NrWindow *self,
                     GFile    *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrReport) report = NULL;

  g_return_val_if_fail (NR_IS_WINDOW (self), FALSE);

  report = nr_report_open (file, NULL, NR_STORE_OPEN_DEFAULT, &error);
  if (report == NULL && (g_error_matches (error, NR_STORE_ERROR, NR_STORE_ERROR_READ_ONLY) ||
                         g_error_matches (error, NR_STORE_ERROR, NR_STORE_ERROR_OPEN_ELSEWHERE)))
    {
      /* A report one may not change here (read-only, in a folder one may
       * not write to, or being written in another program) can still be
       * read: read it, and say why it cannot be changed. */
      g_autofree char *why = g_strdup (error->message);

      g_clear_error (&error);
      report = nr_report_open (file, NULL, NR_STORE_OPEN_READ_ONLY, &error);
      if (report != NULL)
        show_error (self, _("Opened Read-Only"), why);
    }

  if (report == NULL)
    {
      show_error (self, _("Could Not Open the Report"), error->message);
      return FALSE;
    }

  remember_recent (self, file);
  nr_window_show_report (self, report);
  return TRUE;
}

/* The report this window shows, or NULL. */
NrReport *
nr_window_get_report (NrWindow *self)
{
  g_return_val_if_fail (NR_IS_WINDOW (self), NULL);
  return self->report_view != NULL ? nr_report_view_get_report (self->report_view) : NULL;
}

/* The library view or the report view, whichever is shown. */
GtkWidget *
nr_window_get_visible_view (NrWindow *self)
{
  g_return_val_if_fail (NR_IS_WINDOW (self), NULL);
  return gtk_stack_get_visible_child (self->stack);
}

static void
report_activated_cb (NrWindow *self,
                     GFile    *file)
{
  nr_window_open_file (self, file);
}

/**
 * nr_window_delete_report:
 *
 * Moves a report to the trash, or deletes it where there is no trash; the
 * library forgets it.  Asking the user first is the caller's part.
 */
gboolean
nr_window_delete_report (NrWindow  *self,
                         GFile     *file,
                         GError   **error)
{
  g_autoptr(GError) trash_error = NULL;

  g_return_val_if_fail (NR_IS_WINDOW (self), FALSE);

  if (!g_file_trash (file, NULL, &trash_error))
    {
      if (!g_error_matches (trash_error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED) ||
          !g_file_delete (file, NULL, error))
        {
          if (trash_error != NULL && error != NULL && *error == NULL)
            g_propagate_error (error, g_steal_pointer (&trash_error));
          return FALSE;
        }
    }

  nr_library_reload (self->library);
  return TRUE;
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    NrWindow         *self)
{
  GFile *file = g_object_get_data (G_OBJECT (dialog), "nr-file");
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "delete") && !nr_window_delete_report (self, file, &error))
    show_error (self, _("Could Not Delete the Report"), error->message);
}

static void
delete_requested_cb (NrWindow      *self,
                     NrLibraryItem *item)
{
  GFile *file = nr_library_item_get_file (item);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *heading = g_strdup_printf (_("Delete “%s”?"), name);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                              _("The report is moved to the trash, from where it can be restored."));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "nr-file", g_object_ref (file), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * nr_window_start_next_cycle:
 *
 * Starts the next cycle's report from @file in the reports folder and shows
 * it; says why not, otherwise.
 */
gboolean
nr_window_start_next_cycle (NrWindow *self,
                            GFile    *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrReport) previous = NULL;
  g_autoptr(NrReport) next = NULL;
  g_autoptr(GFile) next_file = NULL;

  previous = nr_report_open (file, NULL, NR_STORE_OPEN_READ_ONLY, &error);
  if (previous != NULL)
    {
      const char *state = nr_report_get_metadata (previous, NR_META_STATE);
      g_autofree char *stem = g_strdup_printf ("%s-next-cycle", state != NULL ? state : "report");

      next_file = nr_new_report_file (stem);
      next = nr_report_create_next_cycle (previous, next_file, &error);
    }
  if (next == NULL)
    {
      show_error (self, _("Could Not Start the Next Cycle"), error->message);
      return FALSE;
    }

  nr_window_show_report (self, next);
  nr_library_reload (self->library);
  return TRUE;
}

static void
next_cycle_requested_cb (NrWindow      *self,
                         NrLibraryItem *item)
{
  nr_window_start_next_cycle (self, nr_library_item_get_file (item));
}

/* Files dropped on the window open as if given on the command line. */
static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         NrWindow      *self)
{
  GSList *files = g_value_get_boxed (value);
  g_autoptr(GPtrArray) array = g_ptr_array_new ();
  GApplication *app = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));

  for (GSList *l = files; l != NULL; l = l->next)
    g_ptr_array_add (array, l->data);
  if (array->len == 0 || app == NULL)
    return FALSE;

  g_application_open (app, (GFile **) array->pdata, array->len, "");
  return TRUE;
}

static void
report_created_cb (NrWindow *self,
                   NrReport *report)
{
  nr_window_show_report (self, report);
  nr_library_reload (self->library);
}

static void
new_report_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  NrWindow *self = NR_WINDOW (widget);
  NrNewReportDialog *dialog = nr_new_report_dialog_new (GTK_WINDOW (self));

  g_signal_connect_object (dialog, "report-created", G_CALLBACK (report_created_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  NrWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      nr_window_open_file (self, file);
    }
  g_object_unref (chooser);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  NrWindow *self = NR_WINDOW (widget);
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Open a Report"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Norms Reporter reports"));
  gtk_file_filter_add_pattern (filter, "*.normsreport");
  gtk_file_filter_add_mime_type (filter, "application/x-normsreport");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  g_signal_connect (chooser, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  NrWindow *self = NR_WINDOW (widget);
  NrExportDialog *dialog;

  if (self->report_view == NULL)
    return;
  nr_report_view_flush (self->report_view);
  dialog = nr_export_dialog_new (GTK_WINDOW (self), nr_window_get_report (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               NrWindow                *self)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      show_error (self, _("Could Not Print"), error->message);
    }
}

/* Prints everything unless the print dialog's Report tab says otherwise;
 * each page carries the marking of what it holds. */
static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  NrWindow *self = NR_WINDOW (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;

  if (self->report_view == NULL)
    return;
  nr_report_view_flush (self->report_view);
  operation = nr_report_print_operation_new (nr_window_get_report (self), NR_EXPORT_PROFILE_FULL, &error);
  if (operation == NULL)
    {
      show_error (self, _("Could Not Print"), error->message);
      return;
    }
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, 0);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self),
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (self, _("Could Not Print"), error->message);
}

/* Workshop organisers and reviewers compare submissions in a window of its
 * own, beside whatever report is open here. */
static void
overview_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  NrOverviewWindow *overview = nr_overview_window_new (GTK_WINDOW (widget));

  gtk_window_set_modal (GTK_WINDOW (overview), FALSE);
  gtk_window_present (GTK_WINDOW (overview));
}

static void
merged_cb (NrWindow *self)
{
  nr_report_view_reload (self->report_view);
}

/**
 * nr_window_merge_file:
 *
 * Merges a contribution into the report shown: changes made only on their
 * side are listed and conflicts are put to the user in a dialog, which is
 * returned; %NULL when there is nothing to merge, or it cannot be read (the
 * window says so).
 */
NrMergeDialog *
nr_window_merge_file (NrWindow *self,
                      GFile    *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrMerge) merge = NULL;
  g_autofree char *name = g_file_get_basename (file);
  NrMergeDialog *dialog;
  NrReport *report = nr_window_get_report (self);

  g_return_val_if_fail (NR_IS_WINDOW (self), NULL);
  g_return_val_if_fail (report != NULL, NULL);

  nr_report_view_flush (self->report_view);
  merge = nr_merge_new_from_file (report, file, &error);
  if (merge == NULL)
    {
      show_error (self, _("Could Not Merge the Contribution"), error->message);
      return NULL;
    }
  if (nr_merge_is_already_merged (merge) ||
      g_list_model_get_n_items (nr_merge_get_items (merge)) == 0)
    {
      g_autofree char *body = g_strdup_printf (_("“%s” holds nothing this report does not have already."),
                                               name);
      show_error (self, _("Nothing to Merge"), body);
      return NULL;
    }

  dialog = nr_merge_dialog_new (GTK_WINDOW (self), report, merge, name);
  g_signal_connect_object (dialog, "merged", G_CALLBACK (merged_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
merge_response_cb (GtkNativeDialog *chooser,
                   int              response,
                   NrWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      nr_window_merge_file (self, file);
    }
  g_object_unref (chooser);
}

static void
merge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  NrWindow *self = NR_WINDOW (widget);
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter = gtk_file_filter_new ();

  if (self->report_view == NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Merge a Contribution"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Merge"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Contributions and reports"));
  gtk_file_filter_add_pattern (filter, "*.xml");
  gtk_file_filter_add_pattern (filter, "*.normsreport");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  g_signal_connect (chooser, "response", G_CALLBACK (merge_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  NrWindow *self = NR_WINDOW (widget);

  if (self->report_view != NULL)
    nr_report_view_search (self->report_view, "");
}

static void
show_library_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  NrWindow *self = NR_WINDOW (widget);

  if (self->report_view != NULL)
    {
      nr_report_view_flush (self->report_view);
      gtk_stack_remove (self->stack, GTK_WIDGET (self->report_view));
      self->report_view = NULL;
    }
  gtk_stack_set_visible_child (self->stack, GTK_WIDGET (self->library_view));
  gtk_window_set_title (GTK_WINDOW (self), _("Norms Reporter"));
  nr_library_reload (self->library);
}

static gboolean
nr_window_close_request (GtkWindow *window)
{
  NrWindow *self = NR_WINDOW (window);

  /* Typing waiting for its pause is saved before the window goes. */
  if (self->report_view != NULL)
    nr_report_view_flush (self->report_view);

  return GTK_WINDOW_CLASS (nr_window_parent_class)->close_request (window);
}

static void
nr_window_dispose (GObject *object)
{
  NrWindow *self = NR_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), NR_TYPE_WINDOW);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (nr_window_parent_class)->dispose (object);
}

static void
nr_window_class_init (NrWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = nr_window_dispose;
  window_class->close_request = nr_window_close_request;

  g_type_ensure (NR_TYPE_LIBRARY_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/nr-window.ui");
  gtk_widget_class_bind_template_child (widget_class, NrWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, NrWindow, library_view);
  gtk_widget_class_bind_template_callback (widget_class, report_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, delete_requested_cb);
  gtk_widget_class_bind_template_callback (widget_class, next_cycle_requested_cb);

  gtk_widget_class_install_action (widget_class, "win.new-report", NULL, new_report_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.show-library", NULL, show_library_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.overview", NULL, overview_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.find", NULL);
  gtk_widget_class_install_action (widget_class, "win.merge", NULL, merge_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK, "win.merge", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-report", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.show-library", NULL);
}

static void
nr_window_init (NrWindow *self)
{
  g_autoptr(GFile) folder = nr_reports_folder ();

  gtk_widget_init_template (GTK_WIDGET (self));

  {
    GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

    g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, 0);
    gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
  }

  self->library = nr_library_new (folder);
  nr_library_view_set_library (self->library_view, self->library);
  nr_library_reload (self->library);
}

NrWindow *
nr_window_new (NrApplication *application)
{
  NrWindow *self = g_object_new (NR_TYPE_WINDOW, "application", application, NULL);
  GSettings *settings = nr_application_get_settings (application);

  if (settings != NULL)
    {
      g_settings_bind (settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
      g_signal_connect_object (settings, "changed", G_CALLBACK (apply_author), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (settings, "changed::recent-files", G_CALLBACK (recent_files_changed_cb),
                               self, G_CONNECT_SWAPPED);
      recent_files_changed_cb (self);
    }
  return self;
}
