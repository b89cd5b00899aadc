/* test-answer-editors.c: each kind of answer is edited in its own editor,
 * made by nr_answer_editor_new_for(), the same on a norm's page and in a
 * record's dialog.
 *
 * Each editor shows the value it is given and gives it back; it says
 * "changed" when the user edits, not when a value is shown; the list of
 * names or links refuses what is no link and what it holds already, and
 * keeps the order entries were added in; a measure with two agencies and
 * two links is saved into the register.  Runs under Xvfb with a private
 * D-Bus session. */
#include "config.h"

#include <adwaita.h>

#include "nr-answer-editor.h"
#include "nr-application.h"
#include "nr-checklist-editor.h"
#include "nr-choice-editor.h"
#include "nr-choices-editor.h"
#include "nr-date-editor.h"
#include "nr-gui-test-fixture.h"
#include "nr-gui-test-util.h"
#include "nr-list-editor.h"
#include "nr-long-text-editor.h"
#include "nr-record-dialog.h"
#include "nr-records-editor.h"
#include "nr-test-util.h"
#include "nr-text-editor.h"

typedef NrGuiTestFixture Fixture;

/* A question of the report's questionnaire, or with @field_id a field of
 * its records. */
static NrQuestion *
lookup (Fixture    *f,
        const char *question_id,
        const char *field_id)
{
  NrQuestion *question = nr_questionnaire_lookup_question (nr_report_get_questionnaire (f->report), question_id);

  g_assert_nonnull (question);
  if (field_id != NULL)
    question = nr_question_lookup_field (question, field_id);
  g_assert_nonnull (question);
  return question;
}

/* The editor for a question, shown in @f's window. */
static NrAnswerEditor *
show_editor (Fixture    *f,
             NrQuestion *question)
{
  NrAnswerEditor *editor = nr_answer_editor_new_for (question, f->report);

  gtk_window_set_child (f->window, GTK_WIDGET (editor));
  return editor;
}

static void
count_cb (NrAnswerEditor *editor,
          guint          *count)
{
  (*count)++;
}

static const char *const two_agencies[] = { "BSSN", "Ministry of Communications, Digital and Information", NULL };
static const char *const two_links[] = { "https://bssn.go.id/strategi", "cert@bssn.go.id", NULL };

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  struct {
    const char *question;
    const char *field;
    GType type;
    const char *value;
  } cases[] = {
    { "report.focal-point", NULL, NR_TYPE_TEXT_EDITOR, "'Dewi Lestari'" },
    { "report.focal-point-email", NULL, NR_TYPE_TEXT_EDITOR, "'dewi@bssn.go.id'" },
    { "context.strategy-url", NULL, NR_TYPE_TEXT_EDITOR, "'https://bssn.go.id/strategi'" },
    { "13a.challenges", NULL, NR_TYPE_LONG_TEXT_EDITOR, "'Few staff.\\n\\nNo budget yet.'" },
    { "report.submission-date", NULL, NR_TYPE_DATE_EDITOR, "'2017-10'" },
    { "13a.status", NULL, NR_TYPE_CHOICE_EDITOR, "'in-progress'" },
    { "13a.capacity-needs", NULL, NR_TYPE_CHOICES_EDITOR, NULL },
    { "13a.actions", NULL, NR_TYPE_CHECKLIST_EDITOR,
      "{'crisis-management': ('', 'A note before the status'), 'national-strategy': ('done', 'Since 2024')}" },
    { "measures.register", "agencies", NR_TYPE_LIST_EDITOR, "['BSSN', 'Ministry of Communications, Digital and Information']" },
    { "measures.register", "links", NR_TYPE_LIST_EDITOR, "['https://bssn.go.id/strategi', 'cert@bssn.go.id']" },
    { "measures.register", "start", NR_TYPE_DATE_EDITOR, "'2017'" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      NrQuestion *question = lookup (f, cases[i].question, cases[i].field);
      NrAnswerEditor *editor = show_editor (f, question);
      g_autoptr(GVariant) value = NULL;
      g_autoptr(GVariant) shown = NULL;
      guint changes = 0;

      g_test_message ("%s %s", cases[i].question, cases[i].field != NULL ? cases[i].field : "");
      g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (editor, cases[i].type));
      g_assert_nonnull (nr_answer_editor_get_input (editor));
      g_assert_null (nr_answer_editor_dup_value (editor));

      if (cases[i].value != NULL)
        value = g_variant_parse (NULL, cases[i].value, NULL, NULL, NULL);
      else
        {
          /* The first two choices of a multiple choice. */
          GListModel *choices = nr_question_get_choices (question);
          g_autoptr(NrChoice) first = g_list_model_get_item (choices, 0);
          g_autoptr(NrChoice) second = g_list_model_get_item (choices, 1);
          const char *chosen[] = { nr_choice_get_value (first), nr_choice_get_value (second), NULL };

          value = g_variant_ref_sink (g_variant_new_strv (chosen, -1));
        }
      g_assert_nonnull (value);

      /* Showing a value is no edit. */
      g_signal_connect (editor, "changed", G_CALLBACK (count_cb), &changes);
      nr_answer_editor_set_value (editor, value);
      g_assert_cmpuint (changes, ==, 0);
      shown = nr_answer_editor_dup_value (editor);
      g_assert_nonnull (shown);
      g_assert_true (g_variant_equal (shown, value));
      g_assert_null (nr_answer_editor_get_problem (editor));

      /* And no value clears it. */
      nr_answer_editor_set_value (editor, NULL);
      g_clear_pointer (&shown, g_variant_unref);
      shown = nr_answer_editor_dup_value (editor);
      g_assert_null (shown);
      g_assert_cmpuint (changes, ==, 0);
    }

  /* The records live in the report: their editor lists them, with a row
   * to add one. */
  {
    NrAnswerEditor *editor = show_editor (f, lookup (f, "measures.register", NULL));

    g_assert_true (NR_IS_RECORDS_EDITOR (editor));
    g_assert_true (GTK_IS_LIST_BOX (nr_answer_editor_get_input (editor)));
    g_assert_nonnull (gtk_list_box_get_row_at_index (GTK_LIST_BOX (nr_answer_editor_get_input (editor)), 0));
  }
}

/* Each kind says "changed" when the user edits it. */
static void
test_changed_on_edit (Fixture       *f,
                      gconstpointer  data)
{
  NrAnswerEditor *editor;
  GtkWidget *input;
  guint changes = 0;

  editor = show_editor (f, lookup (f, "report.focal-point", NULL));
  g_signal_connect (editor, "changed", G_CALLBACK (count_cb), &changes);
  gtk_editable_set_text (GTK_EDITABLE (nr_answer_editor_get_input (editor)), "Dewi");
  g_assert_cmpuint (changes, ==, 1);

  changes = 0;
  editor = show_editor (f, lookup (f, "13a.challenges", NULL));
  g_signal_connect (editor, "changed", G_CALLBACK (count_cb), &changes);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (nr_answer_editor_get_input (editor))),
                            "Few staff.", -1);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_nonnull (nr_gui_test_find_label_containing (GTK_WIDGET (editor), "2 words"));

  changes = 0;
  editor = show_editor (f, lookup (f, "report.submission-date", NULL));
  g_signal_connect (editor, "changed", G_CALLBACK (count_cb), &changes);
  gtk_editable_set_text (GTK_EDITABLE (nr_answer_editor_get_input (editor)), "2017");
  g_assert_cmpuint (changes, ==, 1);
  g_assert_true (nr_answer_editor_is_savable (editor));
  gtk_editable_set_text (GTK_EDITABLE (nr_answer_editor_get_input (editor)), "October 2017");
  g_assert_false (nr_answer_editor_is_savable (editor));
  g_assert_nonnull (nr_answer_editor_get_problem (editor));
  g_assert_true (gtk_widget_has_css_class (nr_answer_editor_get_input (editor), "error"));

  changes = 0;
  editor = show_editor (f, lookup (f, "13a.status", NULL));
  g_signal_connect (editor, "changed", G_CALLBACK (count_cb), &changes);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (nr_answer_editor_get_input (editor)), 2);
  g_assert_cmpuint (changes, ==, 1);

  changes = 0;
  editor = show_editor (f, lookup (f, "13a.capacity-needs", NULL));
  g_signal_connect (editor, "changed", G_CALLBACK (count_cb), &changes);
  input = nr_gui_test_find_by_type (GTK_WIDGET (editor), GTK_TYPE_CHECK_BUTTON);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (input), TRUE);
  g_assert_cmpuint (changes, ==, 1);

  changes = 0;
  editor = show_editor (f, lookup (f, "13a.actions", NULL));
  g_signal_connect (editor, "changed", G_CALLBACK (count_cb), &changes);
  input = nr_gui_test_find_by_type (GTK_WIDGET (editor), GTK_TYPE_DROP_DOWN);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (input), 1);
  g_assert_cmpuint (changes, ==, 1);
  /* A note on the action, typed under it. */
  input = nr_gui_test_find_by_type (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW);
  gtk_editable_set_text (GTK_EDITABLE (input), "Adopted in 2024.");
  g_assert_cmpuint (changes, ==, 2);
  {
    g_autoptr(GVariant) value = nr_answer_editor_dup_value (editor);
    const char *note = NULL;

    g_assert_true (nr_checklist_lookup (value, "national-strategy", NULL, &note));
    g_assert_cmpstr (note, ==, "Adopted in 2024.");
  }

  changes = 0;
  editor = show_editor (f, lookup (f, "measures.register", "partners"));
  g_signal_connect (editor, "changed", G_CALLBACK (count_cb), &changes);
  input = nr_answer_editor_get_input (editor);
  gtk_editable_set_text (GTK_EDITABLE (input), "UNODC");
  g_signal_emit_by_name (input, "activate");
  g_assert_cmpuint (changes, >=, 1);
}

/* Types @text into a list editor's entry and presses Enter. */
static void
type_entry (NrAnswerEditor *editor,
            const char     *text)
{
  GtkWidget *entry = nr_answer_editor_get_input (editor);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "activate");
}

static void
assert_value (NrAnswerEditor    *editor,
              const char *const *expected)
{
  g_autoptr(GVariant) value = nr_answer_editor_dup_value (editor);
  g_autofree const char **entries = NULL;

  g_assert_nonnull (value);
  entries = g_variant_get_strv (value, NULL);
  g_assert_cmpstrv (entries, expected);
}

static void
assert_named (GtkWidget  *widget,
              const char *name)
{
  g_autofree char *problem = NULL;

  g_assert_nonnull (widget);
  problem = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name);
  if (problem != NULL)
    g_error ("%s: %s", G_OBJECT_TYPE_NAME (widget), problem);
}

/* What is no link, and what the list holds already, is pointed out and
 * not added; the entries keep the order they were added in. */
static void
test_list_refuses (Fixture       *f,
                   gconstpointer  data)
{
  NrAnswerEditor *editor = show_editor (f, lookup (f, "measures.register", "links"));
  GtkWidget *entry = nr_answer_editor_get_input (editor);
  const char *one[] = { "https://bssn.go.id/strategi", NULL };

  type_entry (editor, "bssn dot go dot id");
  g_assert_nonnull (nr_answer_editor_get_problem (editor));
  g_assert_false (nr_answer_editor_is_savable (editor));
  g_assert_null (nr_answer_editor_dup_value (editor));
  /* Kept in the entry, to be corrected. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "bssn dot go dot id");

  type_entry (editor, two_links[0]);
  g_assert_null (nr_answer_editor_get_problem (editor));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  assert_value (editor, one);

  type_entry (editor, two_links[0]);
  g_assert_nonnull (nr_answer_editor_get_problem (editor));
  assert_value (editor, one);

  type_entry (editor, two_links[1]);
  assert_value (editor, two_links);

  /* Each control is named for a screen reader; each entry has its own
   * Remove button, named after it. */
  assert_named (entry, "New entry: Links");
  assert_named (nr_gui_test_find_button (GTK_WIDGET (editor), "_Add"), "Add to: Links");
  {
    GtkWidget *remove = nr_gui_test_find_button (GTK_WIDGET (editor), "Remove");
    const char *second[] = { two_links[1], NULL };

    g_assert_nonnull (remove);
    assert_named (remove, "Remove “https://bssn.go.id/strategi”");
    g_signal_emit_by_name (remove, "clicked");
    assert_value (editor, second);
  }

  /* A list of names refuses a name given twice, too. */
  editor = show_editor (f, lookup (f, "measures.register", "agencies"));
  type_entry (editor, two_agencies[0]);
  type_entry (editor, two_agencies[1]);
  type_entry (editor, two_agencies[0]);
  g_assert_nonnull (nr_answer_editor_get_problem (editor));
  gtk_editable_set_text (GTK_EDITABLE (nr_answer_editor_get_input (editor)), "");
  assert_value (editor, two_agencies);
}

/* Scrolls the window @widget is in to show it at the top, as tabbing to it
 * would: under Xvfb the window is never active, and its viewport does not
 * follow the focus. */
static void
scroll_to (GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;
  graphene_point_t top = GRAPHENE_POINT_INIT (0, 0);
  graphene_point_t point;

  g_assert_nonnull (scrolled);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  g_assert_true (gtk_widget_compute_point (widget, gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)),
                                           &top, &point));
  /* Room for the field's label above its editor. */
  gtk_adjustment_set_value (adjustment, point.y - 60);
}

/* A measure with two agencies and two links, entered in its dialog, is
 * saved into the register. */
static void
test_record_dialog_measure (Fixture       *f,
                            gconstpointer  data)
{
  NrRecordDialog *dialog = nr_record_dialog_new (f->window, f->report, lookup (f, "measures.register", NULL), NULL);
  g_autoptr(GListModel) records = NULL;
  g_autoptr(NrRecord) record = NULL;
  g_autoptr(GVariant) agencies = NULL;
  g_autoptr(GVariant) links = NULL;
  g_autofree const char **agency_list = NULL;
  g_autofree const char **link_list = NULL;

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_editable_set_text (GTK_EDITABLE (nr_gui_test_field_input (dialog, "title")),
                         "National Cyber Security Strategy 2024–2028");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (nr_gui_test_field_input (dialog, "kind")), 1);
  gtk_editable_set_text (GTK_EDITABLE (nr_gui_test_field_input (dialog, "start")), "2024");
  for (guint i = 0; two_agencies[i] != NULL; i++)
    type_entry (NR_ANSWER_EDITOR (nr_record_dialog_get_field (dialog, "agencies")), two_agencies[i]);
  for (guint i = 0; two_links[i] != NULL; i++)
    type_entry (NR_ANSWER_EDITOR (nr_record_dialog_get_field (dialog, "links")), two_links[i]);
  /* A link refused is pointed out under its list. */
  gtk_editable_set_text (GTK_EDITABLE (nr_gui_test_field_input (dialog, "links")), two_links[0]);
  nr_gui_test_wait_for_frames (GTK_WIDGET (dialog), 3);
  scroll_to (nr_record_dialog_get_field (dialog, "agencies"));
  nr_gui_test_wait_for_frames (GTK_WIDGET (dialog), 3);
  nr_gui_test_save_screenshot (GTK_WIDGET (dialog), "record-dialog-measure");
  g_assert_nonnull (nr_gui_test_find_label_containing (GTK_WIDGET (dialog), "in the list already"));
  /* ... and keeps the record from being saved until it is corrected. */
  g_assert_false (nr_record_dialog_save (dialog));
  gtk_editable_set_text (GTK_EDITABLE (nr_gui_test_field_input (dialog, "links")), "");
  g_assert_true (nr_record_dialog_save (dialog));

  records = nr_report_list_records (f->report, "measures.register");
  g_assert_cmpuint (g_list_model_get_n_items (records), ==, 1);
  record = g_list_model_get_item (records, 0);
  g_assert_cmpstr (nr_record_get_text (record, "title"), ==, "National Cyber Security Strategy 2024–2028");
  g_assert_cmpstr (nr_record_get_text (record, "start"), ==, "2024");
  agencies = g_variant_lookup_value (nr_record_get_fields (record), "agencies", G_VARIANT_TYPE_STRING_ARRAY);
  links = g_variant_lookup_value (nr_record_get_fields (record), "links", G_VARIANT_TYPE_STRING_ARRAY);
  g_assert_nonnull (agencies);
  g_assert_nonnull (links);
  agency_list = g_variant_get_strv (agencies, NULL);
  link_list = g_variant_get_strv (links, NULL);
  g_assert_cmpstrv (agency_list, two_agencies);
  g_assert_cmpstrv (link_list, two_links);
}

/* The practical actions a measure serves, sixty and more, are grouped by
 * norm; a group with an action ticked opens to show it. */
static void
test_actions_grouped (Fixture       *f,
                      gconstpointer  data)
{
  NrAnswerEditor *editor = show_editor (f, lookup (f, "measures.register", "actions"));
  const char *served[] = { "13h-national-cert", NULL };
  g_autoptr(GVariant) value = NULL;
  guint n_groups = 0;
  guint n_open = 0;

  nr_answer_editor_set_value (editor, g_variant_new_strv (served, -1));
  for (GtkWidget *row = gtk_widget_get_first_child (nr_gui_test_find_by_type (GTK_WIDGET (editor), GTK_TYPE_LIST_BOX));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      if (!ADW_IS_EXPANDER_ROW (row))
        continue;
      n_groups++;
      if (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)))
        {
          n_open++;
          g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "13 (h)");
        }
    }
  g_assert_cmpuint (n_groups, ==, 11);
  g_assert_cmpuint (n_open, ==, 1);
  value = nr_answer_editor_dup_value (editor);
  g_assert_true (g_variant_equal (value, g_variant_new_strv (served, -1)));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(NrApplication) app = NULL;

  /* The test backend keeps the controls' names, to check them. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  nr_test_init_gui (&argc, &argv);
  /* The application brings the windows' resources. */
  app = nr_gui_test_new_application ();

  nr_gui_test_add ("/answer-editors/round-trip", test_round_trip);
  nr_gui_test_add ("/answer-editors/changed-on-edit", test_changed_on_edit);
  nr_gui_test_add ("/answer-editors/list-refuses", test_list_refuses);
  nr_gui_test_add ("/answer-editors/record-dialog-measure", test_record_dialog_measure);
  nr_gui_test_add ("/answer-editors/actions-grouped", test_actions_grouped);
  return g_test_run ();
}
