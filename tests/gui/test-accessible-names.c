/* test-accessible-names.c: every button a screen reader reaches, in the
 * main window, the report view and the dialogs, has a name that says what
 * it does and what it acts on.  Runs under Xvfb with a private D-Bus
 * session, with GTK's test accessibility backend, which keeps what the
 * widgets tell assistive technologies. */
#include "config.h"

#include <adwaita.h>

#include "nr-application.h"
#include "nr-export-dialog.h"
#include "nr-gui-test-util.h"
#include "nr-library-view.h"
#include "nr-measures-page.h"
#include "nr-merge-dialog.h"
#include "nr-new-report-dialog.h"
#include "nr-overview-window.h"
#include "nr-preferences-window.h"
#include "nr-question-widget.h"
#include "nr-record-dialog.h"
#include "nr-report-view.h"
#include "nr-test-report.h"
#include "nr-test-util.h"
#include "nr-window.h"

static NrApplication *app;

/* The label property of @widget, or NULL where it has none. */
static char *
accessible_label (GtkWidget *widget)
{
  if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    return NULL;
  /* The check returns the property's value when it is not the one given. */
  return gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, "");
}

/* Where @widget is, for a failure message: its type and its ancestors'. */
static char *
describe_place (GtkWidget *widget)
{
  g_autoptr(GString) place = g_string_new (G_OBJECT_TYPE_NAME (widget));
  const char *tooltip = gtk_widget_get_tooltip_text (widget);

  if (tooltip != NULL)
    g_string_append_printf (place, " (tooltip “%s”)", tooltip);
  for (GtkWidget *parent = gtk_widget_get_parent (widget); parent != NULL;
       parent = gtk_widget_get_parent (parent))
    g_string_append_printf (place, " in %s", G_OBJECT_TYPE_NAME (parent));
  return g_string_free (g_steal_pointer (&place), FALSE);
}

/* Every widget at or below @root, by its address as GTK's test backend
 * prints it ("%p"). */
static void
index_widgets (GtkWidget  *root,
               GHashTable *index)
{
  g_hash_table_insert (index, g_strdup_printf ("%p", root), root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    index_widgets (child, index);
}

/* Whether a widget labelling @widget has a name of its own.  GTK's test
 * backend describes the relation as "GtkLabel<0x…> GtkMenuButton<0x…>"; a
 * button labelled by its icon ("GtkImage<0x…>"), which has no name, is read
 * out as "GtkImage". */
static gboolean
labelled_by_named_widget (GtkWidget  *widget,
                          GHashTable *index)
{
  g_autofree char *targets = NULL;
  g_auto(GStrv) parts = NULL;

  if (!gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return FALSE;
  targets = gtk_test_accessible_check_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                                NULL);
  parts = g_strsplit_set (targets != NULL ? targets : "", "<>", -1);
  for (guint i = 1; parts[i] != NULL; i += 2)
    {
      GtkWidget *target = g_hash_table_lookup (index, parts[i]);
      g_autofree char *label = target != NULL ? accessible_label (target) : NULL;

      if (label != NULL && *label != '\0')
        return TRUE;
    }
  return FALSE;
}

/* GTK 4.8 names a button by its label property, then by the label
 * properties of the widgets that label it; with neither, a screen reader
 * reads out a type name ("GtkToggleButton").  A tooltip does not name it.
 * Each button at or below @root that is unnamed, or named with a mnemonic's
 * underscore, is added to @problems.  What is hidden, a screen reader does
 * not reach: the parts of the report that can show later are shown by the
 * tests before they look. */
static void
collect_unnamed_buttons (GtkWidget  *root,
                         GHashTable *index,
                         GString    *problems)
{
  if (!gtk_widget_get_visible (root))
    return;
  if (GTK_IS_BUTTON (root) || GTK_IS_MENU_BUTTON (root))
    {
      g_autofree char *label = accessible_label (root);

      if ((label == NULL || *label == '\0') && !labelled_by_named_widget (root, index))
        {
          g_autofree char *place = describe_place (root);
          g_string_append_printf (problems, "no name: %s\n", place);
        }
      if (label != NULL && strchr (label, '_') != NULL)
        {
          g_autofree char *place = describe_place (root);
          g_string_append_printf (problems, "mnemonic read out in “%s”: %s\n", label, place);
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_unnamed_buttons (child, index, problems);
}

static void
assert_buttons_named (GtkWidget  *root,
                      const char *where)
{
  g_autoptr(GString) problems = g_string_new (NULL);
  g_autoptr(GHashTable) index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  index_widgets (GTK_WIDGET (gtk_widget_get_root (root)), index);
  collect_unnamed_buttons (root, index, problems);
  if (problems->len > 0)
    g_error ("%s:\n%s", where, problems->str);
}

/* The first widget at or below @root whose tooltip is @tooltip. */
static GtkWidget *
find_by_tooltip (GtkWidget  *root,
                 const char *tooltip)
{
  if (g_strcmp0 (gtk_widget_get_tooltip_text (root), tooltip) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_tooltip (child, tooltip);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The per-question controls name the question they act on: a page has many
 * "What to Answer" buttons.  Every question has the first three. */
static void
assert_question_controls_named (NrQuestionWidget *widget,
                                NrQuestion       *question)
{
  const char *tooltips[] = { "What to Answer", "Earlier Versions", "Who May Read This Answer", "Choose a Date" };

  for (guint i = 0; i < G_N_ELEMENTS (tooltips); i++)
    {
      GtkWidget *control = find_by_tooltip (GTK_WIDGET (widget), tooltips[i]);
      g_autofree char *label = NULL;

      if (control == NULL && i >= 3)
        continue;
      g_assert_nonnull (control);
      label = accessible_label (control);
      if (label == NULL || strstr (label, nr_question_get_label (question)) == NULL)
        g_error ("%s of %s is named “%s”, without the question", tooltips[i], nr_question_get_id (question),
                 label);
    }
}

/* A report's row in the library: its buttons name the report. */
static void
assert_row_buttons_name_report (GtkListBoxRow *row)
{
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
  const char *tooltips[] = { "Delete", "Start the Next Cycle From This Report" };

  for (guint i = 0; i < G_N_ELEMENTS (tooltips); i++)
    {
      g_autofree char *label = accessible_label (find_by_tooltip (GTK_WIDGET (row), tooltips[i]));

      g_assert_nonnull (label);
      g_assert_nonnull (strstr (label, title));
    }
}

/* The first button at or below @root that is named @name. */
static GtkWidget *
find_by_accessible_label (GtkWidget  *root,
                          const char *name)
{
  g_autofree char *label = GTK_IS_BUTTON (root) ? accessible_label (root) : NULL;

  if (g_strcmp0 (label, name) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_accessible_label (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The date picker's calendar names its arrows by what they do: each, when
 * clicked, moves the calendar as its name says. */
static void
assert_calendar_buttons_named (NrReportView *view)
{
  struct { const char *name; int year; int month; } moves[] = {
    { "Previous month", 2025, 5 }, { "Next month", 2025, 6 }, { "Previous year", 2024, 6 }, { "Next year", 2025, 6 },
  };
  g_autoptr(GDateTime) day = g_date_time_new_utc (2025, 6, 15, 0, 0, 0);
  GtkWidget *calendar;

  g_assert_true (nr_report_view_show_part (view, "report"));
  calendar = nr_gui_test_find_by_type (nr_report_view_find_question (view, "report.submission-date"),
                                       GTK_TYPE_CALENDAR);
  g_assert_nonnull (calendar);
  gtk_calendar_select_day (GTK_CALENDAR (calendar), day);
  for (guint i = 0; i < G_N_ELEMENTS (moves); i++)
    {
      GtkWidget *button = find_by_accessible_label (calendar, moves[i].name);
      g_autoptr(GDateTime) shown = NULL;

      g_assert_nonnull (button);
      g_signal_emit_by_name (button, "clicked");
      shown = gtk_calendar_get_date (GTK_CALENDAR (calendar));
      g_assert_cmpint (g_date_time_get_year (shown), ==, moves[i].year);
      g_assert_cmpint (g_date_time_get_month (shown), ==, moves[i].month);
    }
}

/* Shows each part of the report in turn, checking every button on it. */
static void
check_report_view (NrReportView    *view,
                   NrQuestionnaire *questionnaire)
{
  GListModel *sections = nr_questionnaire_get_sections (questionnaire);
  GListModel *norms = nr_questionnaire_get_norms (questionnaire);
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(NrSection) section = g_list_model_get_item (sections, i);
      g_ptr_array_add (parts, (gpointer) nr_section_get_id (section));
    }
  for (guint i = 0; i < g_list_model_get_n_items (norms); i++)
    {
      g_autoptr(NrNorm) norm = g_list_model_get_item (norms, i);
      g_ptr_array_add (parts, (gpointer) nr_norm_get_id (norm));
    }

  for (guint i = 0; i < parts->len; i++)
    {
      GListModel *questions;
      NrNorm *norm = nr_questionnaire_lookup_norm (questionnaire, parts->pdata[i]);
      NrSection *section = nr_questionnaire_lookup_section (questionnaire, parts->pdata[i]);

      if (!nr_report_view_show_part (view, parts->pdata[i]))
        continue;
      assert_buttons_named (GTK_WIDGET (view), parts->pdata[i]);

      questions = norm != NULL ? nr_norm_get_questions (norm) : nr_section_get_questions (section);
      for (guint q = 0; q < g_list_model_get_n_items (questions); q++)
        {
          g_autoptr(NrQuestion) question = g_list_model_get_item (questions, q);
          GtkWidget *widget = nr_report_view_find_question (view, nr_question_get_id (question));

          if (widget != NULL)
            assert_question_controls_named (NR_QUESTION_WIDGET (widget), question);
        }
    }
}

/* A report in the reports folder, with every kind of answer carried
 * forward from a previous cycle, and a history to restore from. */
static GFile *
create_report (void)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autoptr(NrReport) previous = nr_test_create_report (dir, "ID-previous.normsreport");
  g_autoptr(NrReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = nr_new_report_file ("ID-accessible");

  nr_test_fill_report (previous);
  report = nr_report_create_next_cycle (previous, file, &error);
  g_assert_no_error (error);
  g_assert_true (nr_report_set_text (report, "context.strategy", "First version.", &error));
  g_assert_true (nr_report_set_text (report, "context.strategy", "Second version.", &error));
  g_assert_no_error (error);
  nr_report_close (previous);
  nr_test_remove_tree (dir);
  return g_object_ref (nr_report_get_file (report));
}

static void
test_main_window_and_report_view (void)
{
  /* Made before the window, whose library lists it. */
  g_autoptr(GFile) file = create_report ();
  NrWindow *window = nr_window_new (app);
  gint64 give_up = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  GtkListBox *list;
  NrReportView *view;

  gtk_window_present (GTK_WINDOW (window));
  nr_gui_test_wait_for_frames (GTK_WIDGET (window), 2);
  list = nr_library_view_get_list (NR_LIBRARY_VIEW (nr_window_get_visible_view (window)));
  while (gtk_list_box_get_row_at_index (list, 0) == NULL && g_get_monotonic_time () < give_up)
    g_main_context_iteration (NULL, FALSE);
  g_assert_nonnull (gtk_list_box_get_row_at_index (list, 0));
  assert_buttons_named (GTK_WIDGET (window), "library");
  assert_row_buttons_name_report (gtk_list_box_get_row_at_index (list, 0));

  g_assert_true (nr_gui_test_open_file (window, file));
  view = NR_REPORT_VIEW (nr_window_get_visible_view (window));
  check_report_view (view, nr_report_get_questionnaire (nr_window_get_report (window)));

  assert_calendar_buttons_named (view);

  /* The popover of earlier versions, filled as it opens. */
  g_assert_true (nr_report_view_show_part (view, "context"));
  {
    NrQuestionWidget *question = NR_QUESTION_WIDGET (nr_report_view_find_question (view, "context.strategy"));
    GtkPopover *history = nr_question_widget_get_history (question);

    gtk_popover_popup (history);
    nr_gui_test_wait_for_frames (GTK_WIDGET (history), 2);
    g_assert_nonnull (nr_gui_test_find_button (GTK_WIDGET (history), "Restore"));
    assert_buttons_named (GTK_WIDGET (history), "earlier versions");
    gtk_popover_popdown (history);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_dialogs (void)
{
  NrWindow *window = nr_window_new (app);
  g_autoptr(GFile) file = create_report ();
  GtkWindow *dialog;
  NrReport *report;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (nr_gui_test_open_file (window, file));
  report = nr_window_get_report (window);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-report", NULL));
  dialog = nr_gui_test_find_toplevel (NR_TYPE_NEW_REPORT_DIALOG);
  g_assert_nonnull (dialog);
  assert_buttons_named (GTK_WIDGET (dialog), "new report dialog");
  gtk_window_destroy (dialog);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  dialog = nr_gui_test_find_toplevel (NR_TYPE_EXPORT_DIALOG);
  g_assert_nonnull (dialog);
  assert_buttons_named (GTK_WIDGET (dialog), "export dialog");
  gtk_window_destroy (dialog);

  /* A record's dialog, from the register's Add Measure button. */
  {
    NrReportView *view = NR_REPORT_VIEW (nr_window_get_visible_view (window));
    GtkWidget *page;
    GtkWidget *label;

    g_assert_true (nr_report_view_show_part (view, "measures"));
    page = nr_gui_test_find_by_type (GTK_WIDGET (view), NR_TYPE_MEASURES_PAGE);
    g_assert_nonnull (page);
    label = nr_gui_test_find_label_containing (page, "Add Measure");
    g_assert_nonnull (label);
    g_signal_emit_by_name (gtk_widget_get_ancestor (label, GTK_TYPE_BUTTON), "clicked");
    dialog = nr_gui_test_find_toplevel (NR_TYPE_RECORD_DIALOG);
    g_assert_nonnull (dialog);
    assert_buttons_named (GTK_WIDGET (dialog), "record dialog");
    gtk_window_destroy (dialog);
  }

  /* The merge dialog, with a conflict over 13a's status. */
  {
    g_autofree char *dir = nr_test_make_tmpdir ();
    g_autoptr(GFile) contribution = nr_gui_test_write_conflicting_contribution (report, dir);
    NrMergeDialog *merge = nr_gui_test_merge_file (window, contribution);
    g_autofree char *keep = NULL;

    g_assert_nonnull (merge);
    assert_buttons_named (GTK_WIDGET (merge), "merge dialog");
    keep = accessible_label (nr_merge_dialog_get_choice (merge, 0, NR_MERGE_RESOLUTION_OURS));
    g_assert_nonnull (keep);
    g_assert_nonnull (strstr (keep, "13 (a)"));
    gtk_window_destroy (GTK_WINDOW (merge));
    nr_test_remove_tree (dir);
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.overview", NULL));
  dialog = nr_gui_test_find_toplevel (NR_TYPE_OVERVIEW_WINDOW);
  g_assert_nonnull (dialog);
  assert_buttons_named (GTK_WIDGET (dialog), "overview window");
  gtk_window_destroy (dialog);

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  dialog = nr_gui_test_find_toplevel (NR_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (dialog);
  assert_buttons_named (GTK_WIDGET (dialog), "preferences");
  gtk_window_destroy (dialog);

  /* A message, as the window shows them. */
  {
    g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/missing.normsreport");

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-library", NULL));
    g_assert_false (nr_gui_test_open_file (window, missing));
    dialog = nr_gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
    g_assert_nonnull (dialog);
    assert_buttons_named (GTK_WIDGET (dialog), "message");
    gtk_window_destroy (dialog);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* The test backend keeps the names; the other tests run without one. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  nr_test_init_gui (&argc, &argv);
  app = nr_gui_test_new_application ();

  g_test_add_func ("/accessible-names/main-window-and-report-view", test_main_window_and_report_view);
  g_test_add_func ("/accessible-names/dialogs", test_dialogs);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
