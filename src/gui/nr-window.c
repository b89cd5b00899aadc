/* nr-window.c: a Norms Reporter window.
 *
 * A window shows the library of the user's reports until a report is opened,
 * then that report.  Opening a file that another window shows brings that
 * window forward instead (see NrApplication).  Problems opening a file are
 * explained in a dialog that names the file.
 *
 * Opening a report, reading a contribution to merge and starting the next
 * cycle run in a worker thread (see nr-report-tasks.c), so the window keeps
 * drawing.  Meanwhile its views do not respond, so that the work cannot be
 * started twice nor the report changed under a merge being worked out; when
 * the work takes more than a moment, a page says what is happening.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "nr-country.h"
#include "nr-export-dialog.h"
#include "nr-gui-util.h"
#include "nr-overview-window.h"
#include "nr-report-print.h"
#include "nr-library.h"
#include "nr-library-view.h"
#include "nr-merge-dialog.h"
#include "nr-new-report-dialog.h"
#include "nr-report-tasks.h"
#include "nr-report-view.h"
#include "nr-window.h"

/* Work that ends this quickly shows no busy page, which would only flicker. */
#define BUSY_PAGE_DELAY_MS 250

struct _NrWindow
{
  AdwApplicationWindow parent_instance;

  GtkStack *stack;
  NrLibraryView *library_view;
  AdwStatusPage *busy_page;

  NrLibrary *library;
  NrReportView *report_view;
  gboolean asked_who;

  /* While work runs in a worker thread: what it was started on, the file
   * being opened (for NrApplication, which must not open it twice), and
   * the timer that shows the busy page. */
  GFile *busy_file;
  GFile *opening_file;
  guint busy_timeout;
};

G_DEFINE_FINAL_TYPE (NrWindow, nr_window, ADW_TYPE_APPLICATION_WINDOW)

static void
show_error (NrWindow   *self,
            const char *heading,
            const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  nr_gui_name_mnemonic_buttons (dialog);
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

/* What the window must not do while it works: start other work, or change
 * the report it shows. */
static const char * const busy_actions[] = {
  "win.new-report", "win.open", "win.show-library", "win.export", "win.print", "win.find", "win.merge",
};

static void
set_views_enabled (NrWindow *self,
                   gboolean  enabled)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->library_view), enabled);
  if (self->report_view != NULL)
    gtk_widget_set_sensitive (GTK_WIDGET (self->report_view), enabled);
  for (guint i = 0; i < G_N_ELEMENTS (busy_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), busy_actions[i], enabled);
}

static gboolean
show_busy_page_cb (gpointer user_data)
{
  NrWindow *self = user_data;

  self->busy_timeout = 0;
  gtk_stack_set_visible_child_name (self->stack, "busy");
  return G_SOURCE_REMOVE;
}

static GTask *begin_work (NrWindow            *self,
                          GFile               *file,
                          gpointer             source_tag,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data,
                          const char          *title_format,
                          ...) G_GNUC_PRINTF (6, 7);

/* Starts the work of @source_tag on @file, saying what happens in the busy
 * page's title.  Returns the task to hand to the worker, or NULL, having
 * failed the task, when the window is already working. */
static GTask *
begin_work (NrWindow            *self,
            GFile               *file,
            gpointer             source_tag,
            GAsyncReadyCallback  callback,
            gpointer             user_data,
            const char          *title_format,
            ...)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, callback, user_data);
  g_autofree char *title = NULL;
  va_list args;

  g_task_set_source_tag (task, source_tag);
  if (nr_window_is_busy (self))
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_BUSY,
                               _("The window is busy with another report."));
      return NULL;
    }

  va_start (args, title_format);
  title = g_strdup_vprintf (title_format, args);
  va_end (args);
  self->busy_file = g_object_ref (file);
  adw_status_page_set_title (self->busy_page, title);
  set_views_enabled (self, FALSE);
  self->busy_timeout = g_timeout_add (BUSY_PAGE_DELAY_MS, show_busy_page_cb, self);
  return g_steal_pointer (&task);
}

/* Whether the window was closed while it worked: then what the work gave
 * is dropped (a report is closed with it), and @task fails.  The task keeps
 * the window's object alive to the end, but gtk_window_destroy() has taken
 * it off the list of windows. */
static gboolean
closed_meanwhile (NrWindow *self,
                  GTask    *task)
{
  GListModel *windows = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (windows); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (windows, i);

      if (window == G_OBJECT (self))
        return FALSE;
    }
  g_clear_handle_id (&self->busy_timeout, g_source_remove);
  g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("The window was closed."));
  return TRUE;
}

/* Ends the window's work; the busy page, if it still shows, gives way to
 * the view it covered. */
static void
end_work (NrWindow *self)
{
  g_clear_handle_id (&self->busy_timeout, g_source_remove);
  g_clear_object (&self->busy_file);
  g_clear_object (&self->opening_file);
  set_views_enabled (self, TRUE);
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "busy") == 0)
    gtk_stack_set_visible_child (self->stack, self->report_view != NULL ? GTK_WIDGET (self->report_view)
                                                                        : GTK_WIDGET (self->library_view));
}

/**
 * nr_window_is_busy:
 *
 * Returns: whether the window is opening a report, merging or starting the
 *   next cycle.
 */
gboolean
nr_window_is_busy (NrWindow *self)
{
  g_return_val_if_fail (NR_IS_WINDOW (self), FALSE);
  return self->busy_file != NULL;
}

/**
 * nr_window_has_file:
 *
 * Returns: whether the window shows @file, or is opening it.
 */
gboolean
nr_window_has_file (NrWindow *self,
                    GFile    *file)
{
  NrReport *report;

  g_return_val_if_fail (NR_IS_WINDOW (self), FALSE);

  report = nr_window_get_report (self);
  return (report != NULL && g_file_equal (nr_report_get_file (report), file)) ||
         (self->opening_file != NULL && g_file_equal (self->opening_file, file));
}

static void
report_opened_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  NrWindow *self = NR_WINDOW (source);
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *notice = NULL;
  g_autoptr(NrReport) report = nr_report_task_open_finish (result, &notice, &error);

  if (closed_meanwhile (self, task))
    return;
  if (report == NULL)
    {
      end_work (self);
      show_error (self, _("Could Not Open the Report"), error->message);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  remember_recent (self, nr_report_get_file (report));
  nr_window_show_report (self, report);
  end_work (self);
  if (notice != NULL)
    show_error (self, _("Opened Read-Only"), notice);
  g_task_return_boolean (task, TRUE);
}

/**
 * nr_window_open_file:
 * @callback: (nullable): called once the report is shown, or the window has
 *   said why it could not be opened
 *
 * Opens a report file in this window, in a worker thread: for editing where
 * that is allowed, for reading otherwise (saying why, where the user would
 * not know).
 */
void
nr_window_open_file (NrWindow            *self,
                     GFile               *file,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  g_autofree char *name = NULL;
  GTask *task;

  g_return_if_fail (NR_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  name = g_file_get_basename (file);
  task = begin_work (self, file, nr_window_open_file, callback, user_data, _("Opening “%s”…"), name);
  if (task == NULL)
    return;
  self->opening_file = g_object_ref (file);
  nr_report_task_open (self, file, report_opened_cb, task);
}

/**
 * nr_window_open_file_finish:
 *
 * Returns: whether the report is shown; otherwise the window has said why
 *   not, and @error says it too.
 */
gboolean
nr_window_open_file_finish (NrWindow      *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
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
  nr_window_open_file (self, file, NULL, NULL);
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
  nr_gui_name_mnemonic_buttons (dialog);
  g_object_set_data_full (G_OBJECT (dialog), "nr-file", g_object_ref (file), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
next_cycle_started_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  NrWindow *self = NR_WINDOW (source);
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(NrReport) next = nr_report_task_start_next_cycle_finish (result, &error);

  if (closed_meanwhile (self, task))
    return;
  if (next == NULL)
    {
      end_work (self);
      show_error (self, _("Could Not Start the Next Cycle"), error->message);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  nr_window_show_report (self, next);
  end_work (self);
  nr_library_reload (self->library);
  g_task_return_boolean (task, TRUE);
}

/**
 * nr_window_start_next_cycle:
 * @callback: (nullable): called once the new report is shown, or the
 *   window has said why it could not be made
 *
 * Starts the next cycle's report from @file in the reports folder, in a
 * worker thread, and shows it.
 */
void
nr_window_start_next_cycle (NrWindow            *self,
                            GFile               *file,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autofree char *name = NULL;
  GTask *task;

  g_return_if_fail (NR_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  name = g_file_get_basename (file);
  task = begin_work (self, file, nr_window_start_next_cycle, callback, user_data,
                     _("Starting the next cycle from “%s”…"), name);
  if (task != NULL)
    nr_report_task_start_next_cycle (self, file, next_cycle_started_cb, task);
}

/**
 * nr_window_start_next_cycle_finish:
 *
 * Returns: whether the new report is shown
 */
gboolean
nr_window_start_next_cycle_finish (NrWindow      *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
next_cycle_requested_cb (NrWindow      *self,
                         NrLibraryItem *item)
{
  nr_window_start_next_cycle (self, nr_library_item_get_file (item), NULL, NULL);
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
      nr_window_open_file (self, file, NULL, NULL);
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

static void
merge_prepared_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  NrWindow *self = NR_WINDOW (source);
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(NrMerge) merge = NULL;
  NrReport *report = g_object_get_data (G_OBJECT (task), "nr-report");
  g_autofree char *name = g_file_get_basename (g_task_get_task_data (task));
  NrMergeDialog *dialog;

  merge = nr_report_task_prepare_merge_finish (result, report, &error);
  if (closed_meanwhile (self, task))
    return;
  end_work (self);
  if (merge == NULL)
    {
      show_error (self, _("Could Not Merge the Contribution"), error->message);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (nr_merge_is_already_merged (merge) ||
      g_list_model_get_n_items (nr_merge_get_items (merge)) == 0)
    {
      g_autofree char *body = g_strdup_printf (_("“%s” holds nothing this report does not have already."),
                                               name);
      show_error (self, _("Nothing to Merge"), body);
      g_task_return_pointer (task, NULL, NULL);
      return;
    }

  dialog = nr_merge_dialog_new (GTK_WINDOW (self), report, merge, name);
  g_signal_connect_object (dialog, "merged", G_CALLBACK (merged_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  g_task_return_pointer (task, dialog, NULL);
}

/**
 * nr_window_merge_file:
 * @callback: (nullable): called once the contribution is read
 *
 * Merges a contribution into the report shown: the contribution is read and
 * compared with the report in a worker thread; then the changes made only on
 * their side are listed and conflicts are put to the user in a dialog.
 */
void
nr_window_merge_file (NrWindow            *self,
                      GFile               *file,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autofree char *name = NULL;
  NrReport *report;
  GTask *task;

  g_return_if_fail (NR_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));
  report = nr_window_get_report (self);
  g_return_if_fail (report != NULL);

  /* Typing waiting for its pause is part of what the worker compares. */
  nr_report_view_flush (self->report_view);
  name = g_file_get_basename (file);
  task = begin_work (self, file, nr_window_merge_file, callback, user_data, _("Reading “%s”…"), name);
  if (task == NULL)
    return;
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_object_set_data_full (G_OBJECT (task), "nr-report", g_object_ref (report), g_object_unref);
  nr_report_task_prepare_merge (self, report, file, merge_prepared_cb, task);
}

/**
 * nr_window_merge_file_finish:
 *
 * Returns: (transfer none) (nullable): the dialog that asks about the
 *   merge; %NULL when there was nothing to merge or it could not be read
 *   (the window has said so; @error is set in the second case).
 */
NrMergeDialog *
nr_window_merge_file_finish (NrWindow      *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
merge_response_cb (GtkNativeDialog *chooser,
                   int              response,
                   NrWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      nr_window_merge_file (self, file, NULL, NULL);
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

  g_clear_handle_id (&self->busy_timeout, g_source_remove);
  g_clear_object (&self->busy_file);
  g_clear_object (&self->opening_file);
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
  gtk_widget_class_bind_template_child (widget_class, NrWindow, busy_page);
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
