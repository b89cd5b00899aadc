/* test-report-window.c: writing a report through the real windows: create
 * it through the dialog, answer questions of every kind, and find every
 * answer again after closing and reopening the file. */
#include "config.h"

#include <adwaita.h>

#include "nr-application.h"
#include "nr-gui-test-util.h"
#include "nr-measures-page.h"
#include "nr-export-dialog.h"
#include "nr-merge-dialog.h"
#include "nr-new-report-dialog.h"
#include "nr-question-widget.h"
#include "nr-record-dialog.h"
#include "nr-report-print.h"
#include "nr-library-view.h"
#include "nr-report-view.h"
#include "nr-test-util.h"
#include "nr-window.h"

static NrApplication *app;

static NrWindow *
new_window (void)
{
  NrWindow *window = nr_window_new (app);

  gtk_window_present (GTK_WINDOW (window));
  nr_gui_test_wait_for_frames (GTK_WIDGET (window), 2);
  return window;
}

static void
wait_ms (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

/* Creates a report for Indonesia through the dialog, as a user would. */
static NrReport *
create_report (NrWindow *window)
{
  NrNewReportDialog *dialog;
  NrReport *report;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-report", NULL));
  dialog = NR_NEW_REPORT_DIALOG (nr_gui_test_find_toplevel (NR_TYPE_NEW_REPORT_DIALOG));
  g_assert_nonnull (dialog);
  nr_gui_test_wait_for_frames (GTK_WIDGET (dialog), 2);
  nr_new_report_dialog_set_state (dialog, "ID");
  /* The questionnaire is chosen among those shipped, the default first. */
  g_assert_nonnull (nr_gui_test_find_label_containing (GTK_WIDGET (dialog),
                                                       "National report on implementing the norms"));

  nr_gui_test_save_screenshot (GTK_WIDGET (dialog), "new-report-dialog");

  g_assert_true (nr_new_report_dialog_create (dialog));
  report = nr_window_get_report (window);
  g_assert_nonnull (report);
  g_assert_cmpstr (nr_report_get_metadata (report, NR_META_STATE), ==, "ID");
  return g_object_ref (report);
}

static NrQuestionWidget *
question (NrReportView *view,
          const char   *question_id)
{
  GtkWidget *widget = nr_report_view_find_question (view, question_id);

  g_assert_nonnull (widget);
  return NR_QUESTION_WIDGET (widget);
}

static void
test_write_close_reopen (void)
{
  NrWindow *window = new_window ();
  g_autoptr(NrReport) report = create_report (window);
  g_autoptr(GFile) file = g_object_ref (nr_report_get_file (report));
  g_autoptr(NrReport) reopened = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) records = NULL;
  g_autofree char *challenges = NULL;
  g_autofree char *status = NULL;
  g_autofree char *action = NULL;
  NrReportView *view;
  GtkWidget *editor;
  NrRecordDialog *record_dialog;

  view = NR_REPORT_VIEW (nr_window_get_visible_view (window));
  g_assert_true (nr_report_view_show_part (view, "13a"));
  nr_gui_test_wait_for_frames (GTK_WIDGET (window), 2);

  /* The narrative, the main text of the report, typed at the top of the
   * page; saved with the long answer below. */
  editor = nr_gui_test_question_input (question (view, "13a.narrative"));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor)),
                            "The national cyber agency coordinates the State's cooperation "
                            "through the ASEAN Regional Forum.", -1);

  /* A status, chosen from its drop-down: saved at once. */
  editor = nr_gui_test_question_input (question (view, "13a.status"));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (editor), 3);  /* in progress */

  /* A practical action's status. */
  editor = nr_gui_test_question_input (question (view, "13a.actions"));
  {
    GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (editor), 0));
    GtkWidget *dropdown = nr_gui_test_find_by_type (row, GTK_TYPE_DROP_DOWN);
    gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), 3);  /* done */
    /* Under the action, in small type, what it rests on. */
    {
      GtkWidget *subtitle = nr_gui_test_find_label_containing (row, "Rests on: A/76/135, guidance on norm 13 (a)");

      g_assert_nonnull (subtitle);
      nr_test_assert_contains (gtk_label_get_label (GTK_LABEL (subtitle)),
                               "<small>Rests on: A/76/135, guidance on norm 13 (a)</small>");
    }
  }

  /* A long answer, typed: saved after a pause, the header saying so. */
  editor = nr_gui_test_question_input (question (view, "13a.challenges"));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor)),
                            "Coordination between sector regulators is still informal.\n\n"
                            "A national exercise is planned for 2026.", -1);
  g_assert_cmpstr (nr_report_view_get_status (view), ==, "Saving…");
  wait_ms (800);
  g_assert_cmpstr (nr_report_view_get_status (view), ==, "Saved");
  challenges = nr_report_dup_text (report, "13a.challenges");
  g_assert_cmpstr (challenges, ==, "Coordination between sector regulators is still informal.\n\n"
                                   "A national exercise is planned for 2026.");

  /* A measure, added through its dialog to the register of measures. */
  g_assert_true (nr_report_view_show_part (view, "measures"));
  nr_gui_test_wait_for_frames (GTK_WIDGET (window), 2);
  {
    GtkWidget *page = nr_gui_test_find_by_type (GTK_WIDGET (view), NR_TYPE_MEASURES_PAGE);
    GtkWidget *label = nr_gui_test_find_label_containing (page, "Add Measure");

    g_assert_nonnull (label);
    g_signal_emit_by_name (gtk_widget_get_ancestor (label, GTK_TYPE_BUTTON), "clicked");
  }
  record_dialog = NR_RECORD_DIALOG (nr_gui_test_find_toplevel (NR_TYPE_RECORD_DIALOG));
  g_assert_nonnull (record_dialog);
  gtk_editable_set_text (GTK_EDITABLE (nr_gui_test_field_input (record_dialog, "title")),
                         "National Cyber Security Strategy 2024–2028");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (nr_gui_test_field_input (record_dialog, "kind")), 1);
  g_assert_true (nr_record_dialog_save (record_dialog));
  g_assert_true (nr_report_view_show_part (view, "13a"));
  nr_gui_test_wait_for_frames (GTK_WIDGET (window), 3);
  nr_gui_test_save_screenshot (GTK_WIDGET (window), "norm-page");

  /* A review state, chosen on the page, which the sidebar reflects. */
  {
    GtkWidget *page = gtk_widget_get_parent (GTK_WIDGET (question (view, "13a.status")));
    GtkWidget *review = NULL;

    for (GtkWidget *child = gtk_widget_get_first_child (page); child != NULL && review == NULL;
         child = gtk_widget_get_next_sibling (child))
      if (GTK_IS_BOX (child) && !NR_IS_QUESTION_WIDGET (child))
        review = nr_gui_test_find_by_type (child, GTK_TYPE_DROP_DOWN);
    g_assert_nonnull (review);
    gtk_drop_down_set_selected (GTK_DROP_DOWN (review), NR_REVIEW_STATE_READY);
    g_assert_cmpint (nr_report_get_review_state (report, "13a", NULL), ==, NR_REVIEW_STATE_READY);
  }
  {
    GtkListBoxRow *selected = gtk_list_box_get_selected_row (nr_report_view_get_sidebar (view));
    GtkLabel *subtitle = g_object_get_data (G_OBJECT (selected), "nr-subtitle");
    gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

    /* The sidebar is refreshed when the main loop is idle, which a page
     * just built may keep busy for longer than a fixed wait. */
    while (strstr (gtk_label_get_text (subtitle), "ready for review") == NULL && g_get_monotonic_time () < end)
      g_main_context_iteration (NULL, FALSE);
    g_assert_nonnull (strstr (gtk_label_get_text (subtitle), "ready for review"));
    g_assert_nonnull (strstr (gtk_label_get_text (subtitle), "3 of 6 answered"));
  }

  /* Typing right before closing is saved too. */
  editor = nr_gui_test_question_input (question (view, "13a.capacity-needs-detail"));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor)), "Training for prosecutors.", -1);
  gtk_window_close (GTK_WINDOW (window));
  wait_ms (50);
  g_clear_object (&report);

  reopened = nr_report_open (file, NULL, NR_STORE_OPEN_DEFAULT, &error);
  /* Every change was recorded as the preferences' author's. */
  {
    g_autoptr(GListModel) history = NULL;
    g_autoptr(NrHistoryEntry) entry = NULL;

    g_assert_no_error (error);
    history = nr_report_list_history (reopened, "13a.status");
    entry = g_list_model_get_item (history, 0);
    g_assert_cmpstr (nr_history_entry_get_author (entry), ==, "Dewi Lestari");
    g_assert_cmpstr (nr_history_entry_get_agency (entry), ==, "BSSN");
  }
  g_assert_no_error (error);
  g_free (challenges);
  challenges = nr_report_dup_text (reopened, "13a.narrative");
  g_assert_cmpstr (challenges, ==, "The national cyber agency coordinates the State's cooperation "
                                   "through the ASEAN Regional Forum.");
  status = nr_report_dup_text (reopened, "13a.status");
  g_assert_cmpstr (status, ==, "in-progress");
  action = nr_report_dup_checklist_status (reopened, "13a.actions", "national-strategy");
  g_assert_cmpstr (action, ==, "done");
  g_free (challenges);
  challenges = nr_report_dup_text (reopened, "13a.capacity-needs-detail");
  g_assert_cmpstr (challenges, ==, "Training for prosecutors.");
  records = nr_report_list_records (reopened, "measures.register");
  g_assert_cmpuint (g_list_model_get_n_items (records), ==, 1);
  {
    g_autoptr(NrRecord) record = g_list_model_get_item (records, 0);
    g_assert_cmpstr (nr_record_get_text (record, "title"), ==, "National Cyber Security Strategy 2024–2028");
    g_assert_cmpstr (nr_record_get_text (record, "kind"), ==, "policy");
  }
}

/* The first time a report is opened without a name to record, the
 * preferences ask for it. */
static void
test_asks_who_writes (void)
{
  GSettings *settings = nr_application_get_settings (app);
  g_autofree char *saved_author = g_settings_get_string (settings, "author-name");
  NrWindow *window;
  g_autoptr(NrReport) report = NULL;
  GtkWindow *preferences;

  g_settings_set_string (settings, "author-name", "");
  window = new_window ();
  report = create_report (window);
  preferences = nr_gui_test_find_toplevel (ADW_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (preferences);
  nr_gui_test_wait_for_frames (GTK_WIDGET (preferences), 20);
  nr_gui_test_save_screenshot (GTK_WIDGET (preferences), "preferences");

  /* What is typed there is who the report records from then on. */
  g_settings_set_string (settings, "author-name", saved_author);
  g_assert_cmpstr (nr_report_get_author (report), ==, "Dewi Lestari");
  g_assert_cmpstr (nr_report_get_agency (report), ==, "BSSN");

  gtk_window_destroy (preferences);
  gtk_window_destroy (GTK_WINDOW (window));
}

static char *
buffer_text (GtkWidget *text_view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (text_view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
test_undo_and_history (void)
{
  NrWindow *window = new_window ();
  g_autoptr(NrReport) report = create_report (window);
  NrReportView *view = NR_REPORT_VIEW (nr_window_get_visible_view (window));
  NrQuestionWidget *widget;
  GtkWidget *editor;
  GtkTextBuffer *buffer;
  GtkPopover *history;
  g_autofree char *text = NULL;
  g_autofree char *saved = NULL;
  guint n_rows = 0;

  g_assert_true (nr_report_view_show_part (view, "context"));
  widget = question (view, "context.strategy");
  editor = nr_gui_test_question_input (widget);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));

  /* Ctrl+Z in the text takes typing back. */
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_insert_at_cursor (buffer, "A first draft.", -1);
  gtk_text_buffer_end_user_action (buffer);
  nr_question_widget_flush (widget);
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_insert_at_cursor (buffer, " More.", -1);
  gtk_text_buffer_end_user_action (buffer);
  g_assert_true (gtk_widget_activate_action (editor, "text.undo", NULL));
  text = buffer_text (editor);
  g_assert_cmpstr (text, ==, "A first draft.");
  g_assert_true (gtk_widget_activate_action (editor, "text.redo", NULL));
  g_clear_pointer (&text, g_free);
  text = buffer_text (editor);
  g_assert_cmpstr (text, ==, "A first draft. More.");
  nr_question_widget_flush (widget);

  /* The history lists both versions, newest first, and undoes the last. */
  history = nr_question_widget_get_history (widget);
  gtk_popover_popup (history);
  nr_gui_test_wait_for_frames (GTK_WIDGET (history), 2);
  for (GtkWidget *row = gtk_widget_get_first_child (nr_gui_test_find_by_type (GTK_WIDGET (history), GTK_TYPE_LIST_BOX));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    n_rows++;
  g_assert_cmpuint (n_rows, ==, 2);
  nr_gui_test_save_screenshot (GTK_WIDGET (history), "history");

  g_signal_emit_by_name (nr_gui_test_find_by_type (GTK_WIDGET (history), GTK_TYPE_BUTTON), "clicked");
  saved = nr_report_dup_text (report, "context.strategy");
  g_assert_cmpstr (saved, ==, "A first draft.");
  g_clear_pointer (&text, g_free);
  text = buffer_text (nr_gui_test_question_input (widget));
  g_assert_cmpstr (text, ==, "A first draft.");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_search_and_unfinished (void)
{
  NrWindow *window = new_window ();
  g_autoptr(NrReport) report = create_report (window);
  g_autoptr(GError) error = NULL;
  NrReportView *view = NR_REPORT_VIEW (nr_window_get_visible_view (window));
  GtkListBox *results;
  GtkListBoxRow *hit = NULL;
  GtkWidget *focused;

  g_assert_true (nr_report_set_text (report, "13b.challenges", "Attribution of the 2025 incident took months.", &error));
  g_assert_true (nr_report_set_text (report, "13a.status", "implemented", &error));
  g_assert_no_error (error);

  /* Answers are found by their words, whatever their case. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL));
  g_assert_cmpuint (nr_report_view_search (view, "INCIDENT TOOK"), ==, 1);
  /* The entry searches again itself once typing pauses; let it. */
  nr_gui_test_wait_for_frames (GTK_WIDGET (window), 2);
  wait_ms (300);
  results = nr_report_view_get_results (view);
  hit = gtk_list_box_get_row_at_index (results, 0);
  g_assert_cmpstr (g_object_get_data (G_OBJECT (hit), "nr-question"), ==, "13b.challenges");
  g_assert_null (gtk_list_box_get_row_at_index (results, 1));
  nr_gui_test_save_screenshot (GTK_WIDGET (window), "search");

  /* Choosing it opens its norm, on the question. */
  g_signal_emit_by_name (results, "row-activated", hit);
  nr_gui_test_wait_for_frames (GTK_WIDGET (window), 2);
  focused = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focused);
  g_assert_true (gtk_widget_is_ancestor (focused, nr_report_view_find_question (view, "13b.challenges")) ||
                 focused == nr_gui_test_question_input (NR_QUESTION_WIDGET (nr_report_view_find_question (view, "13b.challenges"))));

  /* Showing only what is unanswered hides answered questions. */
  nr_report_view_search (view, "");
  wait_ms (300);
  g_assert_true (nr_report_view_show_part (view, "13a"));
  nr_report_view_set_unfinished_only (view, TRUE);
  g_assert_false (gtk_widget_get_visible (nr_report_view_find_question (view, "13a.status")));
  g_assert_true (gtk_widget_get_visible (nr_report_view_find_question (view, "13a.challenges")));
  nr_report_view_set_unfinished_only (view, FALSE);
  g_assert_true (gtk_widget_get_visible (nr_report_view_find_question (view, "13a.status")));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_next_cycle (void)
{
  NrWindow *window = new_window ();
  g_autoptr(NrReport) report = create_report (window);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_object_ref (nr_report_get_file (report));
  NrReportView *view;
  NrQuestionWidget *widget;
  NrReport *next;
  GtkWidget *still_true;

  g_assert_true (nr_report_set_text (report, "13k.challenges", "Our CERT is part of the police.", &error));
  g_assert_no_error (error);
  g_clear_object (&report);

  g_assert_true (nr_gui_test_start_next_cycle (window, file));
  next = nr_window_get_report (window);
  g_assert_false (g_file_equal (nr_report_get_file (next), file));
  view = NR_REPORT_VIEW (nr_window_get_visible_view (window));
  g_assert_true (nr_report_view_show_part (view, "13k"));
  widget = question (view, "13k.challenges");
  g_assert_true (nr_question_widget_shows_reconfirm (widget));
  nr_gui_test_wait_for_frames (GTK_WIDGET (window), 2);
  wait_ms (300);
  nr_gui_test_save_screenshot (GTK_WIDGET (window), "next-cycle");

  /* "Still true" confirms it. */
  still_true = nr_gui_test_find_button (GTK_WIDGET (widget), "_Still True");
  g_assert_nonnull (still_true);
  g_signal_emit_by_name (still_true, "clicked");
  g_assert_false (nr_question_widget_shows_reconfirm (widget));
  g_assert_false (nr_report_needs_reconfirm (next, "13k.challenges"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A report deleted while open: what is typed stays in the window, and the
 * header says it is not saved. */
static void
test_file_removed_while_open (void)
{
  NrWindow *window = new_window ();
  g_autoptr(NrReport) report = create_report (window);
  NrReportView *view = NR_REPORT_VIEW (nr_window_get_visible_view (window));
  NrQuestionWidget *widget;
  GtkWidget *editor;
  g_autofree char *kept = NULL;

  g_assert_true (nr_report_view_show_part (view, "context"));
  widget = question (view, "context.strategy");
  editor = nr_gui_test_question_input (widget);
  g_assert_true (g_file_delete (nr_report_get_file (report), NULL, NULL));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor)), "Words that must not be lost.", -1);
  nr_question_widget_flush (widget);
  g_assert_true (nr_question_widget_has_failed (widget));
  g_assert_cmpstr (nr_report_view_get_status (view), ==, "Not saved");
  g_assert_nonnull (nr_report_view_get_error (view));
  g_assert_nonnull (strstr (nr_report_view_get_error (view), "moved or deleted"));
  kept = buffer_text (editor);
  g_assert_cmpstr (kept, ==, "Words that must not be lost.");
  nr_gui_test_wait_for_frames (GTK_WIDGET (window), 2);
  wait_ms (300);
  nr_gui_test_save_screenshot (GTK_WIDGET (window), "not-saved");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_export_from_window (void)
{
  NrWindow *window = new_window ();
  g_autoptr(NrReport) report = create_report (window);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "ID-public.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(NrDocument) document = NULL;
  g_autofree char *preview = NULL;
  g_autofree char *xml = NULL;
  NrExportDialog *dialog;

  g_assert_true (nr_report_set_text (report, "context.strategy", "PUBLIC strategy text.", &error));
  g_assert_true (nr_report_set_classification (report, "context.strategy", NR_CLASSIFICATION_PUBLIC, &error));
  g_assert_true (nr_report_set_text (report, "13g.challenges", "INTERNAL grid operators.", &error));
  g_assert_no_error (error);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  dialog = NR_EXPORT_DIALOG (nr_gui_test_find_toplevel (NR_TYPE_EXPORT_DIALOG));
  g_assert_nonnull (dialog);
  nr_export_dialog_set_profile (dialog, NR_EXPORT_PROFILE_PUBLIC);

  /* What is kept back is named before anything leaves. */
  preview = nr_export_dialog_get_preview (dialog);
  g_assert_nonnull (strstr (preview, "1 answer leaves."));
  g_assert_nonnull (strstr (preview, "Kept back:"));
  g_assert_nonnull (strstr (preview, "13g.challenges"));
  nr_gui_test_wait_for_frames (GTK_WIDGET (dialog), 2);
  nr_gui_test_save_screenshot (GTK_WIDGET (dialog), "export-dialog");

  g_assert_true (nr_export_dialog_export_to (dialog, file, &error));
  g_assert_no_error (error);
  document = nr_document_load (file, &error);
  g_assert_no_error (error);
  g_assert_cmpint (document->profile, ==, NR_EXPORT_PROFILE_PUBLIC);
  g_assert_true (g_file_get_contents (path, &xml, NULL, NULL));
  g_assert_nonnull (strstr (xml, "PUBLIC strategy text."));
  g_assert_null (strstr (xml, "INTERNAL"));

  gtk_window_destroy (GTK_WINDOW (window));
  nr_test_remove_tree (dir);
}

/* A report another program is editing opens read-only, and says why. */
static void
test_open_elsewhere_is_read_only (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "elsewhere.normsreport", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(NrQuestionnaire) questionnaire = nr_questionnaire_load_builtin (NR_QUESTIONNAIRE_DEFAULT_ID, &error);
  g_autoptr(NrReport) other = nr_report_create (file, questionnaire, &error);
  NrWindow *window = new_window ();
  AdwMessageDialog *dialog;

  g_assert_no_error (error);
  g_assert_true (nr_gui_test_open_file (window, file));
  g_assert_true (nr_report_is_read_only (nr_window_get_report (window)));
  dialog = ADW_MESSAGE_DIALOG (nr_gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Opened Read-Only");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "elsewhere.normsreport"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
  nr_report_close (other);
  nr_test_remove_tree (dir);
}

/* A date is typed, or picked from the calendar beside it. */
static void
test_date_picker (void)
{
  NrWindow *window = new_window ();
  g_autoptr(NrReport) report = create_report (window);
  g_autoptr(GDateTime) day = g_date_time_new_utc (2025, 11, 30, 0, 0, 0);
  g_autofree char *saved = NULL;
  NrReportView *view = NR_REPORT_VIEW (nr_window_get_visible_view (window));
  NrQuestionWidget *widget;
  GtkWidget *calendar;

  g_assert_true (nr_report_view_show_part (view, "report"));
  widget = question (view, "report.submission-date");
  calendar = nr_gui_test_find_by_type (GTK_WIDGET (widget), GTK_TYPE_CALENDAR);
  g_assert_nonnull (calendar);
  gtk_calendar_select_day (GTK_CALENDAR (calendar), day);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (nr_gui_test_question_input (widget))), ==, "2025-11-30");

  nr_report_view_flush (view);
  saved = nr_report_dup_text (report, "report.submission-date");
  g_assert_cmpstr (saved, ==, "2025-11-30");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A PDF from the export dialog, drawn in a thread while the window stays
 * responsive, and the same pages through the print operation. */
static void
test_pdf_and_print (void)
{
  NrWindow *window = new_window ();
  g_autoptr(NrReport) report = create_report (window);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *exported_path = g_build_filename (dir, "ID-workshop.pdf", NULL);
  g_autofree char *printed_path = g_build_filename (dir, "printed.pdf", NULL);
  g_autoptr(GFile) exported = g_file_new_for_path (exported_path);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autofree char *exported_text = NULL;
  g_autofree char *printed_text = NULL;
  GtkWidget *dialog;
  gint64 give_up;

  g_assert_true (nr_report_set_text (report, "13a.challenges", "WORKSHOP few staff.", &error));
  g_assert_true (nr_report_set_classification (report, "13a.challenges", NR_CLASSIFICATION_WORKSHOP, &error));
  g_assert_true (nr_report_set_text (report, "13g.challenges", "INTERNAL grid operators.", &error));
  g_assert_no_error (error);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  dialog = GTK_WIDGET (nr_gui_test_find_toplevel (NR_TYPE_EXPORT_DIALOG));
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  nr_export_dialog_set_pdf (NR_EXPORT_DIALOG (dialog), TRUE);
  nr_export_dialog_set_profile (NR_EXPORT_DIALOG (dialog), NR_EXPORT_PROFILE_WORKSHOP);
  g_assert_true (nr_export_dialog_export_to (NR_EXPORT_DIALOG (dialog), exported, &error));
  g_assert_no_error (error);

  /* The dialog closes once the PDF is written. */
  give_up = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (dialog != NULL && g_get_monotonic_time () < give_up)
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (dialog);
  exported_text = nr_test_pdf_text (exported_path);
  g_assert_nonnull (strstr (exported_text, "Summary of the norms"));
  g_assert_nonnull (strstr (exported_text, "WORKSHOP few staff."));
  g_assert_nonnull (strstr (exported_text, "WORKSHOP ONLY — NOT FOR PUBLICATION"));
  g_assert_null (strstr (exported_text, "INTERNAL grid operators."));

  /* Printing draws page by page; exporting the print job to a file shows
   * the pages a printer would get. */
  operation = nr_report_print_operation_new (report, NR_EXPORT_PROFILE_FULL, &error);
  g_assert_no_error (error);
  gtk_print_operation_set_export_filename (operation, printed_path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, GTK_WINDOW (window),
                                            &error), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  printed_text = nr_test_pdf_text (printed_path);
  g_assert_nonnull (strstr (printed_text, "Summary of the norms"));
  g_assert_nonnull (strstr (printed_text, "INTERNAL grid operators."));
  g_assert_nonnull (strstr (printed_text, "INTERNAL — FULL REPORT, NOT FOR RELEASE"));
  g_assert_nonnull (strstr (printed_text, "Page 2 of "));
  g_clear_object (&operation);

  /* The print dialog's Report tab narrows the printout to a profile. */
  {
    g_autofree char *public_path = g_build_filename (dir, "public.pdf", NULL);
    g_autofree char *public_text = NULL;
    GObject *tab = NULL;

    operation = nr_report_print_operation_new (report, NR_EXPORT_PROFILE_FULL, &error);
    g_assert_no_error (error);
    g_signal_emit_by_name (operation, "create-custom-widget", &tab);
    g_assert_nonnull (tab);
    g_object_ref_sink (tab);
    gtk_drop_down_set_selected (GTK_DROP_DOWN (nr_gui_test_find_by_type (GTK_WIDGET (tab), GTK_TYPE_DROP_DOWN)),
                                NR_EXPORT_PROFILE_PUBLIC);
    g_signal_emit_by_name (operation, "custom-widget-apply", tab);
    gtk_print_operation_set_export_filename (operation, public_path);
    g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, GTK_WINDOW (window),
                                              &error), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
    g_assert_no_error (error);
    public_text = nr_test_pdf_text (public_path);
    g_assert_nonnull (strstr (public_text, "PUBLIC"));
    g_assert_null (strstr (public_text, "INTERNAL grid operators."));
    g_assert_null (strstr (public_text, "WORKSHOP few staff."));
    g_object_unref (tab);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  nr_test_remove_tree (dir);
}

/* The focal point's copy and an agency's both change 13a's status. */
static void
test_merge_conflict_in_dialog (void)
{
  NrWindow *window = new_window ();
  g_autoptr(NrReport) report = create_report (window);
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autoptr(GFile) back = nr_gui_test_write_conflicting_contribution (report, dir);
  g_autofree char *status = NULL;
  g_autofree char *challenges = NULL;
  NrMergeDialog *dialog;
  NrReportView *view;

  view = NR_REPORT_VIEW (nr_window_get_visible_view (window));
  g_assert_true (nr_report_view_show_part (view, "13a"));
  dialog = nr_gui_test_merge_file (window, back);
  g_assert_nonnull (dialog);
  nr_gui_test_wait_for_frames (GTK_WIDGET (dialog), 2);
  nr_gui_test_save_screenshot (GTK_WIDGET (dialog), "merge-dialog");

  /* Nothing is written while the conflict is open. */
  g_assert_false (nr_merge_dialog_apply (dialog));
  {
    g_autofree char *unchanged = nr_report_dup_text (report, "13a.status");
    g_assert_cmpstr (unchanged, ==, "in-progress");
  }
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (nr_merge_dialog_get_choice (dialog, 0, NR_MERGE_RESOLUTION_THEIRS)),
                                TRUE);
  g_assert_true (nr_merge_dialog_apply (dialog));

  status = nr_report_dup_text (report, "13a.status");
  g_assert_cmpstr (status, ==, "implemented");
  challenges = nr_report_dup_text (report, "13a.challenges");
  g_assert_cmpstr (challenges, ==, "Cross-border requests are slow.");

  /* The page shows the merged answers. */
  {
    GtkWidget *editor = nr_gui_test_question_input (question (view, "13a.status"));
    g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (editor)), ==, 4);  /* implemented */
  }

  gtk_window_destroy (GTK_WINDOW (window));
  nr_test_remove_tree (dir);
}

static void
test_library_lists_reports (void)
{
  NrWindow *window = new_window ();
  g_autoptr(NrReport) report = create_report (window);
  GtkWidget *library;
  GtkListBox *list;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-library", NULL));
  library = nr_window_get_visible_view (window);
  list = nr_library_view_get_list (NR_LIBRARY_VIEW (library));

  /* The library is read in the background. */
  for (guint i = 0; i < 200 && gtk_list_box_get_row_at_index (list, 0) == NULL; i++)
    wait_ms (10);
  g_assert_nonnull (gtk_list_box_get_row_at_index (list, 0));
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (list, 0))),
                            "Indonesia"));
  nr_gui_test_wait_for_frames (GTK_WIDGET (window), 2);
  wait_ms (300);
  nr_gui_test_save_screenshot (GTK_WIDGET (window), "library");

  /* Deleting asks first, then moves the file to the trash. */
  {
    GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, 0);
    GtkWidget *delete = nr_gui_test_find_button (GTK_WIDGET (row), "Delete");
    g_autoptr(GFile) file = g_object_ref (g_object_get_data (G_OBJECT (row), "nr-file"));
    AdwMessageDialog *confirm;

    g_assert_true (g_file_query_exists (file, NULL));
    g_signal_emit_by_name (delete, "clicked");
    confirm = ADW_MESSAGE_DIALOG (nr_gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
    g_assert_nonnull (confirm);
    g_assert_true (g_file_query_exists (file, NULL));
    adw_message_dialog_response (confirm, "delete");
    g_assert_false (g_file_query_exists (file, NULL));
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A report opened from elsewhere is listed in the library afterwards. */
static void
test_recent_files (void)
{
  NrWindow *window = new_window ();
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "from-a-colleague.normsreport", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(NrQuestionnaire) questionnaire = nr_questionnaire_load_builtin (NR_QUESTIONNAIRE_DEFAULT_ID, NULL);
  g_autoptr(NrReport) elsewhere = nr_report_create (file, questionnaire, &error);
  GtkListBox *list;
  gboolean listed = FALSE;

  g_assert_no_error (error);
  g_assert_true (nr_report_set_metadata (elsewhere, NR_META_STATE, "TL", &error));
  nr_report_close (elsewhere);

  g_assert_true (nr_gui_test_open_file (window, file));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-library", NULL));
  list = nr_library_view_get_list (NR_LIBRARY_VIEW (nr_window_get_visible_view (window)));
  for (guint attempt = 0; attempt < 200 && !listed; attempt++)
    {
      wait_ms (10);
      for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
           row = gtk_widget_get_next_sibling (row))
        {
          GFile *row_file = g_object_get_data (G_OBJECT (row), "nr-file");
          listed |= row_file != NULL && g_file_equal (row_file, file);
        }
    }
  g_assert_true (listed);

  gtk_window_destroy (GTK_WINDOW (window));
  nr_test_remove_tree (dir);
}

static void
test_open_twice_focuses (void)
{
  NrWindow *window = new_window ();
  g_autoptr(NrReport) report = create_report (window);
  GFile *files[] = { nr_report_get_file (report) };
  guint before = g_list_length (gtk_application_get_windows (GTK_APPLICATION (app)));

  g_application_open (G_APPLICATION (app), files, 1, "");
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, before);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_bad_file_is_explained (void)
{
  NrWindow *window = new_window ();
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "minutes.normsreport", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AdwMessageDialog *dialog;

  g_assert_true (g_file_set_contents (path, "These are meeting minutes, not a report; they are long "
                                            "enough to fill a database header of one hundred bytes.", -1, NULL));
  g_assert_false (nr_gui_test_open_file (window, file));
  dialog = ADW_MESSAGE_DIALOG (nr_gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "minutes.normsreport"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "not a Norms Reporter report"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
  nr_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  nr_test_init_gui (&argc, &argv);
  /* Dewi Lestari of BSSN writes, as the preferences say. */
  app = nr_gui_test_new_application ();

  g_test_add_func ("/report-window/asks-who-writes", test_asks_who_writes);
  g_test_add_func ("/report-window/write-close-reopen", test_write_close_reopen);
  g_test_add_func ("/report-window/library", test_library_lists_reports);
  g_test_add_func ("/report-window/undo-and-history", test_undo_and_history);
  g_test_add_func ("/report-window/search-and-unfinished", test_search_and_unfinished);
  g_test_add_func ("/report-window/next-cycle", test_next_cycle);
  g_test_add_func ("/report-window/file-removed", test_file_removed_while_open);
  g_test_add_func ("/report-window/export", test_export_from_window);
  g_test_add_func ("/report-window/pdf-and-print", test_pdf_and_print);
  g_test_add_func ("/report-window/date-picker", test_date_picker);
  g_test_add_func ("/report-window/open-elsewhere", test_open_elsewhere_is_read_only);
  g_test_add_func ("/report-window/merge-conflict", test_merge_conflict_in_dialog);
  g_test_add_func ("/report-window/open-twice-focuses", test_open_twice_focuses);
  g_test_add_func ("/report-window/recent-files", test_recent_files);
  g_test_add_func ("/report-window/bad-file", test_bad_file_is_explained);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
