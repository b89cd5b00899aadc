/* nr-gui-test-util.c: driving real windows in tests. */
#include "config.h"

#include <glib/gstdio.h>

#include <adwaita.h>

#include "nr-answer-editor.h"
#include "nr-gui-test-util.h"
#include "nr-i18n.h"
#include "nr-question-widget.h"
#include "nr-record-dialog.h"

static void
count_paint (GdkFrameClock *clock,
             gpointer       user_data)
{
  guint *remaining = user_data;

  if (*remaining > 0)
    (*remaining)--;
}

/* Runs the main loop until @widget is mapped and its window has been painted
 * @n_frames times, so that what a test inspects or saves is what a user
 * would see. */
void
nr_gui_test_wait_for_frames (GtkWidget *widget,
                             guint      n_frames)
{
  guint remaining = n_frames;
  GdkFrameClock *clock;
  gulong handler;

  while (!gtk_widget_get_mapped (widget))
    g_main_context_iteration (NULL, TRUE);

  clock = gtk_widget_get_frame_clock (widget);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (count_paint), &remaining);
  while (remaining > 0)
    {
      gtk_widget_queue_draw (widget);
      g_main_context_iteration (NULL, TRUE);
    }
  g_signal_handler_disconnect (clock, handler);
}

static gboolean
transition_running (GtkWidget *root)
{
  if (GTK_IS_STACK (root) && gtk_stack_get_transition_running (GTK_STACK (root)))
    return TRUE;
  if (GTK_IS_REVEALER (root) &&
      gtk_revealer_get_child_revealed (GTK_REVEALER (root)) != gtk_revealer_get_reveal_child (GTK_REVEALER (root)))
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (transition_running (child))
      return TRUE;
  return FALSE;
}

/* Lets every page change at or below @root finish, so that a screenshot
 * shows the page and not a cross-fade of two. */
static void
wait_for_transitions (GtkWidget *root)
{
  gint64 give_up = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (transition_running (root) && g_get_monotonic_time () < give_up)
    g_main_context_iteration (NULL, FALSE);
}

/* Saves what @widget shows as NAME.png in the build's screenshots folder. */
void
nr_gui_test_save_screenshot (GtkWidget  *widget,
                             const char *name)
{
  const char *dir = g_getenv ("NR_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  GtkSnapshot *snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file_name = g_strconcat (name, ".png", NULL);
  g_autofree char *path = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  g_assert_nonnull (dir);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  wait_for_transitions (widget);
  paintable = gtk_widget_paintable_new (widget);

  /* A newly shown window may need a few round trips to the display server
   * before it has been painted once. */
  for (guint attempt = 0; node == NULL && attempt < 300; attempt++)
    {
      width = gtk_widget_get_width (widget);
      height = gtk_widget_get_height (widget);
      snapshot = gtk_snapshot_new ();
      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
      if (node == NULL)
        {
          gint64 until = g_get_monotonic_time () + 10 * 1000;

          while (g_get_monotonic_time () < until)
            g_main_context_iteration (NULL, FALSE);
        }
    }
  if (node == NULL)
    g_error ("%s: nothing drawn (%d×%d)", name, width, height);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));

  path = g_build_filename (dir, file_name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Screenshot saved to %s", path);
}

/* The first widget of @type at or below @root, depth first. */
GtkWidget *
nr_gui_test_find_by_type (GtkWidget *root,
                          GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = nr_gui_test_find_by_type (child, type);
      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The control a question is answered in, as a user reaches it: its
 * entry, text view, drop-down or list. */
GtkWidget *
nr_gui_test_question_input (NrQuestionWidget *widget)
{
  return nr_answer_editor_get_input (NR_ANSWER_EDITOR (nr_question_widget_get_editor (widget)));
}

/* The control a field of a record is filled in, in its dialog. */
GtkWidget *
nr_gui_test_field_input (NrRecordDialog *dialog,
                         const char     *field_id)
{
  return nr_answer_editor_get_input (NR_ANSWER_EDITOR (nr_record_dialog_get_field (dialog, field_id)));
}

/* The first button at or below @root whose label or tooltip is @text. */
GtkWidget *
nr_gui_test_find_button (GtkWidget  *root,
                         const char *text)
{
  if (GTK_IS_BUTTON (root) &&
      (g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), text) == 0 ||
       g_strcmp0 (gtk_widget_get_tooltip_text (root), text) == 0))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = nr_gui_test_find_button (child, text);
      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The visible top-level window of @type, such as a dialog just opened. */
GtkWindow *
nr_gui_test_find_toplevel (GType type)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
        return l->data;
    }
  return NULL;
}

/* The application the window tests drive, registered, with the author's
 * preferences filled so that no test is stopped by the first-use question. */
NrApplication *
nr_gui_test_new_application (void)
{
  g_autoptr(GError) error = NULL;
  NrApplication *app;

  gtk_init ();
  adw_init ();

  app = nr_application_new ();
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_settings_set_string (nr_application_get_settings (app), "author-name", "Dewi Lestari");
  g_settings_set_string (nr_application_get_settings (app), "author-agency", "BSSN");
  return app;
}

/* The first label at or below @root whose text contains @text. */
GtkWidget *
nr_gui_test_find_label_containing (GtkWidget  *root,
                                   const char *text)
{
  if (GTK_IS_LABEL (root) && strstr (gtk_label_get_text (GTK_LABEL (root)), text) != NULL)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = nr_gui_test_find_label_containing (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A GAsyncReadyCallback that keeps @result in the GAsyncResult pointer
 * @user_data points to. */
void
nr_gui_test_store_result (GObject      *source,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  GAsyncResult **stored = user_data;

  *stored = g_object_ref (result);
}

/* Runs the main loop until nr_gui_test_store_result() has stored a result
 * in @result, and returns it (transfer full). */
GAsyncResult *
nr_gui_test_wait_for_result (GAsyncResult **result)
{
  gint64 give_up = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (*result == NULL && g_get_monotonic_time () < give_up)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (*result);
  return g_steal_pointer (result);
}

/* Opens @file in @window as a user would, and waits until the window has
 * shown it or said why it could not. */
gboolean
nr_gui_test_open_file (NrWindow *window,
                       GFile    *file)
{
  g_autoptr(GAsyncResult) result = NULL;
  GAsyncResult *pending = NULL;

  nr_window_open_file (window, file, nr_gui_test_store_result, &pending);
  result = nr_gui_test_wait_for_result (&pending);
  return nr_window_open_file_finish (window, result, NULL);
}

gboolean
nr_gui_test_start_next_cycle (NrWindow *window,
                              GFile    *file)
{
  g_autoptr(GAsyncResult) result = NULL;
  GAsyncResult *pending = NULL;

  nr_window_start_next_cycle (window, file, nr_gui_test_store_result, &pending);
  result = nr_gui_test_wait_for_result (&pending);
  return nr_window_start_next_cycle_finish (window, result, NULL);
}

/* The merge dialog for @file, or NULL when the window said there is nothing
 * to merge or why it cannot be merged. */
NrMergeDialog *
nr_gui_test_merge_file (NrWindow *window,
                        GFile    *file)
{
  g_autoptr(GAsyncResult) result = NULL;
  GAsyncResult *pending = NULL;

  nr_window_merge_file (window, file, nr_gui_test_store_result, &pending);
  result = nr_gui_test_wait_for_result (&pending);
  return nr_window_merge_file_finish (window, result, NULL);
}

/* An agency's contribution to @report's norm 13 (a), written in @dir: the
 * report is sent out with 13a "planned"; Polri's copy answers
 * 13a.challenges and sets the status to "implemented", while the report
 * sets it to "in-progress": one conflict. */
GFile *
nr_gui_test_write_conflicting_contribution (NrReport   *report,
                                            const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sent_path = g_build_filename (dir, "sent.xml", NULL);
  g_autofree char *copy_path = g_build_filename (dir, "polri.normsreport", NULL);
  g_autofree char *back_path = g_build_filename (dir, "polri-13a.xml", NULL);
  g_autoptr(GFile) sent = g_file_new_for_path (sent_path);
  g_autoptr(GFile) copy = g_file_new_for_path (copy_path);
  g_autoptr(NrReport) agency = NULL;
  GFile *back = g_file_new_for_path (back_path);
  const char *norms[] = { "13a", NULL };
  NrExportOptions contribution = { NR_EXPORT_PROFILE_FULL, NULL, norms };

  g_assert_true (nr_report_set_text (report, "13a.status", "planned", &error));
  g_assert_true (nr_report_export (report, sent, NULL, &error));
  agency = nr_report_import (sent, copy, &error);
  g_assert_no_error (error);
  nr_report_set_author (agency, "Budi Santoso");
  nr_report_set_agency (agency, "Polri");
  g_assert_true (nr_report_set_text (agency, "13a.status", "implemented", &error));
  g_assert_true (nr_report_set_text (agency, "13a.challenges", "Cross-border requests are slow.", &error));
  g_assert_true (nr_report_export (agency, back, &contribution, &error));
  g_assert_true (nr_report_set_text (report, "13a.status", "in-progress", &error));
  g_assert_no_error (error);
  return back;
}

/* Runs the test program in the language NR_TEST_LANGUAGE names, from the
 * catalogues in NR_LOCALEDIR, when it names one; call it before
 * nr_gui_test_new_application().  Returns the language, or NULL for the
 * tests' usual English. */
const char *
nr_gui_test_init_language (void)
{
  const char *language = g_getenv ("NR_TEST_LANGUAGE");

  if (language == NULL)
    return NULL;

  g_assert_nonnull (g_getenv ("NR_LOCALEDIR"));
  g_setenv ("LANGUAGE", language, TRUE);
  nr_i18n_init ();
  gtk_disable_setlocale ();
  return language;
}
