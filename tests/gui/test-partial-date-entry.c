/* test-partial-date-entry.c: a date typed as precisely as its source.
 *
 * "2017" and "2017-10" are dates the window saves without calling them
 * mistakes; what is no date is pointed out with the shapes it takes and
 * is not saved; a record's date field takes the same shapes.  Runs under
 * Xvfb with a private D-Bus session. */
#include "config.h"

#include <adwaita.h>

#include "nr-application.h"
#include "nr-gui-test-fixture.h"
#include "nr-gui-test-util.h"
#include "nr-question-widget.h"
#include "nr-record-dialog.h"
#include "nr-test-util.h"

typedef NrGuiTestFixture Fixture;

/* The widget of the report's submission date, shown in @f's window. */
static NrQuestionWidget *
date_widget (Fixture *f)
{
  NrQuestion *question = nr_questionnaire_lookup_question (nr_report_get_questionnaire (f->report),
                                                           "report.submission-date");
  NrQuestionWidget *widget = nr_question_widget_new (f->report, question);

  gtk_window_set_child (f->window, GTK_WIDGET (widget));
  nr_gui_test_wait_for_frames (GTK_WIDGET (f->window), 2);
  return widget;
}

/* Types @text into @widget's entry and saves what waits for its pause. */
static void
type_date (NrQuestionWidget *widget,
           const char       *text)
{
  gtk_editable_set_text (GTK_EDITABLE (nr_gui_test_question_input (widget)), text);
  nr_question_widget_flush (widget);
}

static gboolean
shows_error (NrQuestionWidget *widget)
{
  return gtk_widget_has_css_class (nr_gui_test_question_input (widget), "error");
}

static void
test_partial_dates_saved (Fixture       *f,
                          gconstpointer  data)
{
  NrQuestionWidget *widget = date_widget (f);
  const char *dates[] = { "2017", "2017-10", "2017-10-25", NULL };

  g_assert_cmpstr (gtk_entry_get_placeholder_text (GTK_ENTRY (nr_gui_test_question_input (widget))), ==,
                   "Year, year-month or full date, e.g. 2017, 2017-10 or 2017-10-25");
  for (guint i = 0; dates[i] != NULL; i++)
    {
      g_autofree char *saved = NULL;

      type_date (widget, dates[i]);
      g_assert_false (shows_error (widget));
      g_assert_null (nr_gui_test_find_label_containing (GTK_WIDGET (widget), "2017-10-25."));
      g_assert_false (nr_question_widget_has_failed (widget));
      saved = nr_report_dup_text (f->report, "report.submission-date");
      g_assert_cmpstr (saved, ==, dates[i]);
    }
}

/* What is no date is pointed out, naming the shapes, and the date saved
 * before stays. */
static void
test_bad_date_pointed_out (Fixture       *f,
                           gconstpointer  data)
{
  NrQuestionWidget *widget = date_widget (f);
  g_autofree char *saved = NULL;
  GtkWidget *note;

  type_date (widget, "2017-10");
  type_date (widget, "2017-13");
  g_assert_true (shows_error (widget));
  note = nr_gui_test_find_label_containing (GTK_WIDGET (widget), "such as 2017, 2017-10 or 2017-10-25");
  g_assert_nonnull (note);
  g_assert_true (gtk_widget_get_visible (note));
  g_assert_false (nr_question_widget_has_failed (widget));
  g_assert_false (nr_question_widget_is_pending (widget));
  saved = nr_report_dup_text (f->report, "report.submission-date");
  g_assert_cmpstr (saved, ==, "2017-10");

  /* Emptied, the answer is cleared. */
  type_date (widget, "");
  g_assert_false (shows_error (widget));
  g_clear_pointer (&saved, g_free);
  saved = nr_report_dup_text (f->report, "report.submission-date");
  g_assert_null (saved);
}

/* A record's date field takes a month, and refuses what is no date. */
static void
test_record_date (Fixture       *f,
                  gconstpointer  data)
{
  NrQuestion *question = nr_questionnaire_lookup_question (nr_report_get_questionnaire (f->report),
                                                           "intl-law.statements");
  NrRecordDialog *dialog = nr_record_dialog_new (f->window, f->report, question, NULL);
  g_autoptr(NrRecord) record = NULL;
  g_autoptr(GVariant) date = NULL;
  g_autoptr(GListModel) none = NULL;
  g_autoptr(GListModel) records = NULL;

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_editable_set_text (GTK_EDITABLE (nr_gui_test_field_input (dialog, "title")), "Statement at the OEWG");
  gtk_editable_set_text (GTK_EDITABLE (nr_gui_test_field_input (dialog, "date")), "October 2017");
  g_assert_false (nr_record_dialog_save (dialog));
  none = nr_report_list_records (f->report, "intl-law.statements");
  g_assert_cmpuint (g_list_model_get_n_items (none), ==, 0);

  gtk_editable_set_text (GTK_EDITABLE (nr_gui_test_field_input (dialog, "date")), "2017-10");
  g_assert_true (nr_record_dialog_save (dialog));
  records = nr_report_list_records (f->report, "intl-law.statements");
  g_assert_cmpuint (g_list_model_get_n_items (records), ==, 1);
  record = g_list_model_get_item (records, 0);
  date = g_variant_lookup_value (nr_record_get_fields (record), "date", NULL);
  g_assert_cmpstr (g_variant_get_string (date, NULL), ==, "2017-10");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(NrApplication) app = NULL;

  nr_test_init_gui (&argc, &argv);
  /* The application brings the windows' resources. */
  app = nr_gui_test_new_application ();

  nr_gui_test_add ("/partial-date-entry/saved", test_partial_dates_saved);
  nr_gui_test_add ("/partial-date-entry/bad-date", test_bad_date_pointed_out);
  nr_gui_test_add ("/partial-date-entry/record", test_record_date);
  return g_test_run ();
}
