/* nr-question-widget.c: one question of the questionnaire, answered in place.
 *
 * The editor fits the question's kind: a drop-down for a status, check
 * buttons for a multiple choice, a row per practical action for a checklist,
 * an entry for short texts, a growing text view for long ones, a list for
 * repeatable records.  Choices are saved at once; typing is saved half a
 * second after the last keystroke, when the editor loses focus, and when the
 * widget goes away.  A failed save leaves the text where it is, says why, and
 * is tried again with the next change.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "nr-gui-util.h"
#include "nr-question-widget.h"
#include "nr-record-dialog.h"

/* How long typing may pause before it is saved. */
#define SAVE_DELAY_MS 500

struct _NrQuestionWidget
{
  GtkWidget parent_instance;

  NrReport *report;
  NrQuestion *question;

  GtkLabel *label;
  GtkMenuButton *help_button;
  GtkLabel *help_label;
  GtkLabel *source_label;
  GtkDropDown *classification_dropdown;
  GtkMenuButton *history_button;
  GtkPopover *history_popover;
  GtkButton *undo_button;
  GtkListBox *history_list;
  GtkBox *editor_box;
  GtkBox *reconfirm_box;
  GtkButton *reconfirm_button;
  GtkLabel *note_label;

  GtkWidget *editor;
  guint save_source;
  /* The last save failed: the words are only in the editor. */
  gboolean failed;
  /* While the editor is being filled from the report, changes are not edits. */
  gboolean loading;
};

G_DEFINE_FINAL_TYPE (NrQuestionWidget, nr_question_widget, GTK_TYPE_WIDGET)

enum {
  PENDING_CHANGED,
  SAVE_FAILED,
  N_SIGNALS
};

static GtkWidget *with_date_picker (NrQuestionWidget *self,
                                    GtkWidget        *entry);

static guint signals[N_SIGNALS];

static void
report_error (NrQuestionWidget *self,
              GError           *error)
{
  self->failed = error != NULL;
  if (error != NULL)
    g_signal_emit (self, signals[SAVE_FAILED], 0, error->message);
}

/* Shows the "to reconfirm" note while the answer carried forward from the
 * last cycle is neither confirmed nor changed. */
static void
update_reconfirm (NrQuestionWidget *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->reconfirm_box),
                          nr_report_needs_reconfirm (self->report, nr_question_get_id (self->question)));
}

static void
reconfirm_clicked_cb (NrQuestionWidget *self)
{
  g_autoptr(GError) error = NULL;

  if (!nr_report_reconfirm (self->report, nr_question_get_id (self->question), &error))
    report_error (self, error);
  update_reconfirm (self);
}

static void
report_changed_cb (NrQuestionWidget *self)
{
  update_reconfirm (self);
}

/* --- Typing: entries and text views, saved after a pause ------------------ */

static char *
editor_text (NrQuestionWidget *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  if (GTK_IS_EDITABLE (self->editor))
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->editor)));

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->editor));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Whether @text, typed for a date question, is no date the report can
 * hold: while "201" is being typed into "2017", saving it would only fail.
 * The answer saved before stays until the text is a date or is emptied,
 * and the note under the entry says so (check_format()). */
static gboolean
is_unsavable_date (NrQuestionWidget *self,
                   const char       *text)
{
  return nr_question_get_kind (self->question) == NR_QUESTION_KIND_DATE &&
         *text != '\0' && !nr_partial_date_is_valid (text, NULL);
}

static gboolean
save_text_now (gpointer user_data)
{
  NrQuestionWidget *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = editor_text (self);

  self->save_source = 0;
  if (is_unsavable_date (self, text))
    {
      g_signal_emit (self, signals[PENDING_CHANGED], 0);
      return G_SOURCE_REMOVE;
    }
  /* An emptied field clears the answer rather than storing an empty one. */
  nr_report_set_text (self->report, nr_question_get_id (self->question),
                      *text != '\0' ? text : NULL, &error);
  report_error (self, error);

  g_signal_emit (self, signals[PENDING_CHANGED], 0);
  return G_SOURCE_REMOVE;
}

static void
schedule_text_save (NrQuestionWidget *self)
{
  gboolean was_pending = self->save_source != 0;

  if (self->loading)
    return;

  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_text_now, self);
  if (!was_pending)
    g_signal_emit (self, signals[PENDING_CHANGED], 0);
}

/**
 * nr_question_widget_flush:
 *
 * Saves typing that is waiting for its pause, now.
 */
void
nr_question_widget_flush (NrQuestionWidget *self)
{
  g_return_if_fail (NR_IS_QUESTION_WIDGET (self));

  if (self->save_source != 0)
    {
      g_clear_handle_id (&self->save_source, g_source_remove);
      save_text_now (self);
    }
}

/* Whether the last attempt to save this answer failed. */
gboolean
nr_question_widget_has_failed (NrQuestionWidget *self)
{
  g_return_val_if_fail (NR_IS_QUESTION_WIDGET (self), FALSE);
  return self->failed;
}

/* Whether the answer shows as carried forward, to reconfirm. */
gboolean
nr_question_widget_shows_reconfirm (NrQuestionWidget *self)
{
  g_return_val_if_fail (NR_IS_QUESTION_WIDGET (self), FALSE);
  return gtk_widget_get_visible (GTK_WIDGET (self->reconfirm_box));
}

gboolean
nr_question_widget_is_pending (NrQuestionWidget *self)
{
  g_return_val_if_fail (NR_IS_QUESTION_WIDGET (self), FALSE);
  return self->save_source != 0;
}

static void
update_word_count (NrQuestionWidget *self)
{
  g_autofree char *text = editor_text (self);
  guint words = 0;
  gboolean in_word = FALSE;
  g_autofree char *count = NULL;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gboolean space = g_unichar_isspace (g_utf8_get_char (p));

      if (!space && !in_word)
        words++;
      in_word = !space;
    }

  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u word", "%u words", words), words);
  gtk_label_set_text (self->note_label, count);
  gtk_widget_set_visible (GTK_WIDGET (self->note_label), TRUE);
}

/* Links and e-mail addresses are saved as typed, but a mistake is pointed
 * out.  A date that is none of the shapes the report holds is pointed out
 * and not saved (is_unsavable_date()). */
static void
check_format (NrQuestionWidget *self)
{
  g_autofree char *text = editor_text (self);
  const char *problem = NULL;

  if (*text != '\0')
    switch (nr_question_get_kind (self->question))
      {
      case NR_QUESTION_KIND_DATE:
        if (!nr_partial_date_is_valid (text, NULL))
          problem = _("Not saved: write a year, a year and month, or a full date, such as 2017, 2017-10 or 2017-10-25.");
        break;
      case NR_QUESTION_KIND_URL:
        if (!g_uri_is_valid (text, G_URI_FLAGS_NONE, NULL) ||
            !(g_str_has_prefix (text, "https://") || g_str_has_prefix (text, "http://")))
          problem = _("Write the full address, starting with https://.");
        break;
      case NR_QUESTION_KIND_EMAIL:
        if (strchr (text, '@') == NULL || strchr (text, ' ') != NULL)
          problem = _("This does not look like an e-mail address.");
        break;
      case NR_QUESTION_KIND_SINGLE_CHOICE:
      case NR_QUESTION_KIND_MULTIPLE_CHOICE:
      case NR_QUESTION_KIND_CHECKLIST:
      case NR_QUESTION_KIND_SHORT_TEXT:
      case NR_QUESTION_KIND_LONG_TEXT:
      case NR_QUESTION_KIND_RECORDS:
      case NR_QUESTION_KIND_TEXT_LIST:
      case NR_QUESTION_KIND_LINK_LIST:
      default:
        break;
      }

  if (problem != NULL)
    gtk_widget_add_css_class (self->editor, "error");
  else
    gtk_widget_remove_css_class (self->editor, "error");
  gtk_label_set_text (self->note_label, problem != NULL ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->note_label), problem != NULL);
}

static void
text_changed_cb (NrQuestionWidget *self)
{
  if (nr_question_get_kind (self->question) == NR_QUESTION_KIND_LONG_TEXT)
    update_word_count (self);
  else
    check_format (self);
  schedule_text_save (self);
}

static void
focus_left_cb (NrQuestionWidget *self)
{
  nr_question_widget_flush (self);
}

static GtkWidget *
build_text_editor (NrQuestionWidget *self)
{
  g_autofree char *text = nr_report_dup_text (self->report, nr_question_get_id (self->question));
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkWidget *frame;

  if (nr_question_get_kind (self->question) == NR_QUESTION_KIND_LONG_TEXT)
    {
      GtkTextBuffer *buffer;

      self->editor = gtk_text_view_new ();
      gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self->editor), GTK_WRAP_WORD_CHAR);
      gtk_text_view_set_top_margin (GTK_TEXT_VIEW (self->editor), 8);
      gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (self->editor), 8);
      gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self->editor), 8);
      gtk_text_view_set_right_margin (GTK_TEXT_VIEW (self->editor), 8);
      gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (self->editor), FALSE);
      gtk_widget_set_size_request (self->editor, -1, 120);
      buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->editor));
      gtk_text_buffer_set_text (buffer, text != NULL ? text : "", -1);
      /* Loading the answer is not something to undo. */
      gtk_text_buffer_set_enable_undo (buffer, FALSE);
      gtk_text_buffer_set_enable_undo (buffer, TRUE);
      g_signal_connect_object (buffer, "changed", G_CALLBACK (text_changed_cb), self,
                               G_CONNECT_SWAPPED);
      frame = gtk_frame_new (NULL);
      gtk_frame_set_child (GTK_FRAME (frame), self->editor);
      gtk_widget_add_css_class (frame, "view");
      update_word_count (self);
    }
  else
    {
      self->editor = gtk_entry_new ();
      gtk_editable_set_text (GTK_EDITABLE (self->editor), text != NULL ? text : "");
      if (nr_question_get_kind (self->question) == NR_QUESTION_KIND_DATE)
        gtk_entry_set_placeholder_text (GTK_ENTRY (self->editor),
                                        _("Year, year-month or full date, e.g. 2017, 2017-10 or 2017-10-25"));
      if (nr_question_get_kind (self->question) == NR_QUESTION_KIND_URL)
        gtk_entry_set_input_purpose (GTK_ENTRY (self->editor), GTK_INPUT_PURPOSE_URL);
      if (nr_question_get_kind (self->question) == NR_QUESTION_KIND_EMAIL)
        gtk_entry_set_input_purpose (GTK_ENTRY (self->editor), GTK_INPUT_PURPOSE_EMAIL);
      g_signal_connect_object (self->editor, "changed", G_CALLBACK (text_changed_cb), self,
                               G_CONNECT_SWAPPED);
      frame = self->editor;
      if (nr_question_get_kind (self->question) == NR_QUESTION_KIND_DATE)
        frame = with_date_picker (self, self->editor);
      check_format (self);
    }

  g_signal_connect_object (focus, "leave", G_CALLBACK (focus_left_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (self->editor, focus);
  return frame;
}

/* --- Dates: typed, or picked from a calendar ------------------------------- */

static void
day_selected_cb (GtkCalendar *calendar,
                 GtkEntry    *entry)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);
  g_autofree char *text = g_date_time_format (date, "%Y-%m-%d");

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  gtk_popover_popdown (GTK_POPOVER (gtk_widget_get_ancestor (GTK_WIDGET (calendar), GTK_TYPE_POPOVER)));
}

/* The calendar opens on the date typed, if it is one: on the first day of
 * the month or the year typed, if that is all it gives. */
static void
calendar_shown_cb (GtkPopover *popover,
                   GtkEntry   *entry)
{
  GtkCalendar *calendar = GTK_CALENDAR (gtk_popover_get_child (popover));
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  NrDatePrecision precision = NR_DATE_PRECISION_NONE;
  g_autofree char *iso = NULL;
  g_autoptr(GDateTime) date = NULL;

  if (!nr_partial_date_is_valid (text, &precision))
    return;
  iso = g_strconcat (text,
                     precision == NR_DATE_PRECISION_YEAR ? "-01-01" : precision == NR_DATE_PRECISION_MONTH ? "-01" : "",
                     "T00:00:00Z", NULL);
  date = g_date_time_new_from_iso8601 (iso, NULL);

  if (date != NULL)
    {
      g_signal_handlers_block_by_func (calendar, day_selected_cb, entry);
      gtk_calendar_select_day (calendar, date);
      g_signal_handlers_unblock_by_func (calendar, day_selected_cb, entry);
    }
}

static GtkWidget *
with_date_picker (NrQuestionWidget *self,
                  GtkWidget        *entry)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *calendar = gtk_calendar_new ();
  g_autofree char *name = g_strdup_printf (_("Choose a date: %s"), nr_question_get_label (self->question));

  gtk_widget_add_css_class (box, "linked");
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
  gtk_widget_set_tooltip_text (button, _("Choose a Date"));
  nr_gui_set_accessible_label (button, name);
  nr_gui_name_calendar_buttons (GTK_CALENDAR (calendar));
  gtk_popover_set_child (GTK_POPOVER (popover), calendar);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  g_signal_connect_object (calendar, "day-selected", G_CALLBACK (day_selected_cb), entry, 0);
  g_signal_connect_object (popover, "show", G_CALLBACK (calendar_shown_cb), entry, 0);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), button);
  return box;
}

/* --- Choices: saved at once ------------------------------------------------ */

static void
single_choice_cb (NrQuestionWidget *self)
{
  g_autoptr(GError) error = NULL;
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->editor));
  g_autoptr(NrChoice) choice = NULL;

  if (self->loading)
    return;

  /* The first entry is "not answered". */
  if (selected > 0 && selected != GTK_INVALID_LIST_POSITION)
    choice = g_list_model_get_item (nr_question_get_choices (self->question), selected - 1);

  if (!nr_report_set_text (self->report, nr_question_get_id (self->question),
                           choice != NULL ? nr_choice_get_value (choice) : NULL, &error))
    report_error (self, error);
}

static GtkStringList *
choice_labels (GListModel *choices,
               const char *none)
{
  GtkStringList *labels = gtk_string_list_new (NULL);

  gtk_string_list_append (labels, none);
  for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
    {
      g_autoptr(NrChoice) choice = g_list_model_get_item (choices, i);
      gtk_string_list_append (labels, nr_choice_get_label (choice));
    }
  return labels;
}

static guint
choice_position (GListModel *choices,
                 const char *value)
{
  for (guint i = 0; value != NULL && i < g_list_model_get_n_items (choices); i++)
    {
      g_autoptr(NrChoice) choice = g_list_model_get_item (choices, i);

      if (g_str_equal (nr_choice_get_value (choice), value))
        return i + 1;
    }
  return 0;
}

static GtkWidget *
build_single_choice (NrQuestionWidget *self)
{
  GListModel *choices = nr_question_get_choices (self->question);
  g_autofree char *value = nr_report_dup_text (self->report, nr_question_get_id (self->question));
  GtkStringList *labels = choice_labels (choices, _("Not answered"));

  self->editor = gtk_drop_down_new (G_LIST_MODEL (labels), NULL);
  gtk_widget_set_halign (self->editor, GTK_ALIGN_START);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->editor), choice_position (choices, value));
  g_signal_connect_object (self->editor, "notify::selected", G_CALLBACK (single_choice_cb), self,
                           G_CONNECT_SWAPPED);
  return self->editor;
}

static void
multiple_choice_cb (NrQuestionWidget *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) values = NULL;

  if (self->loading)
    return;

  for (GtkWidget *child = gtk_widget_get_first_child (self->editor); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (gtk_check_button_get_active (GTK_CHECK_BUTTON (child)))
        g_strv_builder_add (builder, g_object_get_data (G_OBJECT (child), "nr-value"));
    }
  values = g_strv_builder_end (builder);

  if (!nr_report_set_choices (self->report, nr_question_get_id (self->question),
                              (const char * const *) values, &error))
    report_error (self, error);
}

static GtkWidget *
build_multiple_choice (NrQuestionWidget *self)
{
  GListModel *choices = nr_question_get_choices (self->question);
  g_autoptr(GVariant) value = nr_report_dup_value (self->report, nr_question_get_id (self->question));
  g_autofree const char **chosen = NULL;

  if (value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_STRING_ARRAY))
    chosen = g_variant_get_strv (value, NULL);

  self->editor = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
    {
      g_autoptr(NrChoice) choice = g_list_model_get_item (choices, i);
      GtkWidget *check = gtk_check_button_new_with_label (nr_choice_get_label (choice));

      g_object_set_data_full (G_OBJECT (check), "nr-value", g_strdup (nr_choice_get_value (choice)),
                              g_free);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   chosen != NULL && g_strv_contains (chosen, nr_choice_get_value (choice)));
      g_signal_connect_object (check, "toggled", G_CALLBACK (multiple_choice_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_box_append (GTK_BOX (self->editor), check);
    }
  return self->editor;
}

static void
checklist_item_cb (GtkDropDown      *dropdown,
                   GParamSpec       *pspec,
                   NrQuestionWidget *self)
{
  g_autoptr(GError) error = NULL;
  guint selected = gtk_drop_down_get_selected (dropdown);
  g_autoptr(NrChoice) status = NULL;

  if (self->loading)
    return;

  if (selected > 0 && selected != GTK_INVALID_LIST_POSITION)
    status = g_list_model_get_item (nr_question_get_choices (self->question), selected - 1);

  if (!nr_report_set_checklist_status (self->report, nr_question_get_id (self->question),
                                       g_object_get_data (G_OBJECT (dropdown), "nr-item"),
                                       status != NULL ? nr_choice_get_value (status) : NULL,
                                       &error))
    report_error (self, error);
}

/* The subtitle of a checklist row, as Pango markup: the item's help, then
 * in small type what the item rests on.  Both are escaped, as the row's
 * markup would otherwise read a “&” or “<” in a text or its translation. */
static char *
checklist_item_subtitle (NrChoice *item)
{
  const char *help = nr_choice_get_help (item);
  const char *rests_on = nr_choice_get_rests_on (item);
  GString *markup = g_string_new (NULL);

  if (help != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (help, -1);
      g_string_append (markup, escaped);
    }
  if (rests_on != NULL)
    {
      /* Translators: "%s" cites what a practical action rests on, such as
       * "A/76/135, guidance on norm 13 (c)". */
      g_autofree char *cited = g_strdup_printf (_("Rests on: %s"), rests_on);
      g_autofree char *escaped = g_markup_escape_text (cited, -1);

      g_string_append_printf (markup, "%s<small>%s</small>", markup->len > 0 ? "\n" : "", escaped);
    }
  return g_string_free (markup, markup->len == 0);
}

static GtkWidget *
build_checklist (NrQuestionWidget *self)
{
  GListModel *items = nr_question_get_items (self->question);
  GListModel *statuses = nr_question_get_choices (self->question);

  self->editor = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->editor), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->editor, "boxed-list");

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(NrChoice) item = g_list_model_get_item (items, i);
      g_autofree char *status = nr_report_dup_checklist_status (self->report,
                                                                nr_question_get_id (self->question),
                                                                nr_choice_get_value (item));
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *dropdown = gtk_drop_down_new (G_LIST_MODEL (choice_labels (statuses, _("Not set"))),
                                               NULL);

      g_autofree char *title = g_markup_escape_text (nr_choice_get_label (item), -1);
      g_autofree char *subtitle = checklist_item_subtitle (item);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      if (subtitle != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
      gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), choice_position (statuses, status));
      g_object_set_data_full (G_OBJECT (dropdown), "nr-item", g_strdup (nr_choice_get_value (item)),
                              g_free);
      nr_gui_set_accessible_label (dropdown, nr_choice_get_label (item));
      g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (checklist_item_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), dropdown);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), dropdown);
      gtk_list_box_append (GTK_LIST_BOX (self->editor), row);
    }
  return self->editor;
}

/* --- Repeatable records ----------------------------------------------------- */

static void fill_records (NrQuestionWidget *self);

static void
record_saved_cb (NrQuestionWidget *self)
{
  fill_records (self);
}

static void
edit_record (NrQuestionWidget *self,
             NrRecord         *record)
{
  NrRecordDialog *dialog = nr_record_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                 self->report, self->question, record);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (record_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_record_cb (NrQuestionWidget *self)
{
  edit_record (self, NULL);
}

static void
record_action_cb (GtkButton        *button,
                  NrQuestionWidget *self)
{
  g_autoptr(GError) error = NULL;
  NrRecord *record = g_object_get_data (G_OBJECT (button), "nr-record");
  const char *action = g_object_get_data (G_OBJECT (button), "nr-action");
  const char *question_id = nr_question_get_id (self->question);
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "nr-index"));
  gboolean ok = TRUE;

  if (g_str_equal (action, "edit"))
    {
      edit_record (self, record);
      return;
    }
  if (g_str_equal (action, "delete"))
    ok = nr_report_delete_record (self->report, question_id, nr_record_get_id (record), &error);
  else if (g_str_equal (action, "up") && index > 0)
    ok = nr_report_move_record (self->report, question_id, nr_record_get_id (record), index - 1, &error);
  else if (g_str_equal (action, "down"))
    ok = nr_report_move_record (self->report, question_id, nr_record_get_id (record), index + 1, &error);

  if (!ok)
    report_error (self, error);
  fill_records (self);
}

/* @name says what the button does to which record, for screen readers,
 * which reach each button on its own: "Delete “National strategy”". */
static GtkWidget *
record_button (NrQuestionWidget *self,
               NrRecord         *record,
               guint             index,
               const char       *icon,
               const char       *action,
               const char       *tooltip,
               const char       *name)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  nr_gui_set_accessible_label (button, name);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data_full (G_OBJECT (button), "nr-record", g_object_ref (record), g_object_unref);
  g_object_set_data (G_OBJECT (button), "nr-action", (gpointer) action);
  g_object_set_data (G_OBJECT (button), "nr-index", GUINT_TO_POINTER (index));
  g_signal_connect_object (button, "clicked", G_CALLBACK (record_action_cb), self, 0);
  return button;
}

/* A record's title: its first text that is filled in. */
static char *
record_title (NrQuestion *question,
              NrRecord   *record)
{
  GListModel *fields = nr_question_get_fields (question);

  for (guint i = 0; i < g_list_model_get_n_items (fields); i++)
    {
      g_autoptr(NrQuestion) field = g_list_model_get_item (fields, i);
      const char *text = nr_record_get_text (record, nr_question_get_id (field));

      if (text != NULL && *text != '\0' && nr_question_get_kind (field) != NR_QUESTION_KIND_SINGLE_CHOICE)
        return g_strdup (text);
    }
  return g_strdup (_("Untitled"));
}

static void
fill_records (NrQuestionWidget *self)
{
  g_autoptr(GListModel) records = nr_report_list_records (self->report,
                                                          nr_question_get_id (self->question));
  GtkWidget *child;
  guint n = g_list_model_get_n_items (records);
  GtkWidget *add_row;
  GtkWidget *add_label;

  while ((child = gtk_widget_get_first_child (self->editor)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->editor), child);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NrRecord) record = g_list_model_get_item (records, i);
      g_autofree char *title = record_title (self->question, record);
      g_autofree char *edit = g_strdup_printf (_("Edit “%s”"), title);
      g_autofree char *up = g_strdup_printf (_("Move “%s” up"), title);
      g_autofree char *down = g_strdup_printf (_("Move “%s” down"), title);
      g_autofree char *delete = g_strdup_printf (_("Delete “%s”"), title);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 record_button (self, record, i, "document-edit-symbolic", "edit", _("Edit"), edit));
      if (i > 0)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                   record_button (self, record, i, "go-up-symbolic", "up", _("Move Up"), up));
      if (i + 1 < n)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                   record_button (self, record, i, "go-down-symbolic", "down", _("Move Down"), down));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 record_button (self, record, i, "user-trash-symbolic", "delete", _("Delete"), delete));
      gtk_list_box_append (GTK_LIST_BOX (self->editor), row);
    }

  add_label = gtk_label_new_with_mnemonic (_("_Add…"));
  add_row = gtk_list_box_row_new ();
  {
    g_autofree char *name = g_strdup_printf (_("Add to: %s"), nr_question_get_label (self->question));

    nr_gui_set_accessible_label (add_row, name);
  }
  gtk_widget_set_margin_top (add_label, 12);
  gtk_widget_set_margin_bottom (add_label, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (add_row), add_label);
  g_object_set_data (G_OBJECT (add_row), "nr-add", GINT_TO_POINTER (TRUE));
  gtk_list_box_append (GTK_LIST_BOX (self->editor), add_row);
}

static void
records_row_activated_cb (NrQuestionWidget *self,
                          GtkListBoxRow    *row)
{
  if (g_object_get_data (G_OBJECT (row), "nr-add") != NULL)
    add_record_cb (self);
}

static GtkWidget *
build_records (NrQuestionWidget *self)
{
  self->editor = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->editor), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->editor, "boxed-list");
  g_signal_connect_object (self->editor, "row-activated", G_CALLBACK (records_row_activated_cb), self,
                           G_CONNECT_SWAPPED);
  fill_records (self);
  return self->editor;
}

/* --- The widget ------------------------------------------------------------ */

static void
classification_cb (NrQuestionWidget *self)
{
  g_autoptr(GError) error = NULL;
  guint selected = gtk_drop_down_get_selected (self->classification_dropdown);

  if (self->loading || selected == GTK_INVALID_LIST_POSITION)
    return;

  /* The drop-down lists public, workshop, internal: NrClassification's order. */
  if (!nr_report_set_classification (self->report, nr_question_get_id (self->question),
                                     (NrClassification) selected, &error))
    report_error (self, error);
}

static void build_editor (NrQuestionWidget *self);

/* A page shows many questions, each with the same controls beside it: a
 * screen reader, which reaches each control on its own, hears which
 * question it acts on. */
static void
name_controls (NrQuestionWidget *self)
{
  const char *label = nr_question_get_label (self->question);
  g_autofree char *help = g_strdup_printf (_("What to answer: %s"), label);
  g_autofree char *history = g_strdup_printf (_("Earlier versions: %s"), label);
  g_autofree char *classification = g_strdup_printf (_("Who may read this answer: %s"), label);
  g_autofree char *still_true = g_strdup_printf (_("Still true: %s"), label);
  g_autofree char *undo = g_strdup_printf (_("Undo the last change: %s"), label);

  nr_gui_set_accessible_label (GTK_WIDGET (self->help_button), help);
  nr_gui_set_accessible_label (GTK_WIDGET (self->history_button), history);
  nr_gui_set_accessible_label (GTK_WIDGET (self->classification_dropdown), classification);
  nr_gui_set_accessible_label (GTK_WIDGET (self->reconfirm_button), still_true);
  nr_gui_set_accessible_label (GTK_WIDGET (self->undo_button), undo);
}

static void
build (NrQuestionWidget *self)
{
  const char *help = nr_question_get_help (self->question);
  const char *source = nr_question_get_source (self->question);

  self->loading = TRUE;

  gtk_label_set_text (self->label, nr_question_get_label (self->question));
  name_controls (self);
  gtk_label_set_text (self->help_label, help != NULL ? help : "");
  if (source != NULL)
    {
      /* Translators: "%s" cites UN documents, such as "A/70/174, para. 13 (a)". */
      g_autofree char *cited = g_strdup_printf (_("Source: %s"), source);
      gtk_label_set_text (self->source_label, cited);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->source_label), source != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->help_button), help != NULL || source != NULL);

  g_signal_connect_object (self->classification_dropdown, "notify::selected",
                           G_CALLBACK (classification_cb), self, G_CONNECT_SWAPPED);
  {
    g_autofree char *detailed = g_strconcat ("changed::", nr_question_get_id (self->question), NULL);
    g_signal_connect_object (self->report, detailed, G_CALLBACK (report_changed_cb), self,
                             G_CONNECT_SWAPPED);
  }
  update_reconfirm (self);
  build_editor (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self), !nr_report_is_read_only (self->report));

  self->loading = FALSE;
}

/* Fills the editor from the report: the answer and its classification. */
static void
build_editor (NrQuestionWidget *self)
{
  GtkWidget *editor = NULL;

  gtk_drop_down_set_selected (self->classification_dropdown,
                              nr_report_get_classification (self->report,
                                                            nr_question_get_id (self->question)));

  switch (nr_question_get_kind (self->question))
    {
    case NR_QUESTION_KIND_SINGLE_CHOICE:
      editor = build_single_choice (self);
      break;
    case NR_QUESTION_KIND_MULTIPLE_CHOICE:
      editor = build_multiple_choice (self);
      break;
    case NR_QUESTION_KIND_CHECKLIST:
      editor = build_checklist (self);
      break;
    case NR_QUESTION_KIND_RECORDS:
      editor = build_records (self);
      break;
    case NR_QUESTION_KIND_SHORT_TEXT:
    case NR_QUESTION_KIND_LONG_TEXT:
    case NR_QUESTION_KIND_DATE:
    case NR_QUESTION_KIND_URL:
    case NR_QUESTION_KIND_EMAIL:
    /* Only ever fields of a record (questionnaire-1.xsd). */
    case NR_QUESTION_KIND_TEXT_LIST:
    case NR_QUESTION_KIND_LINK_LIST:
    default:
      editor = build_text_editor (self);
      break;
    }

  /* A drop-down's inner button is named only through its own label. */
  if (GTK_IS_DROP_DOWN (self->editor))
    nr_gui_set_accessible_label (self->editor, nr_question_get_label (self->question));
  else
    gtk_accessible_update_relation (GTK_ACCESSIBLE (self->editor),
                                    GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->label, NULL, -1);
  gtk_box_append (self->editor_box, editor);
}

/**
 * nr_question_widget_reload:
 *
 * Shows the answer as the report now holds it: after an undo, a restore, or
 * a change made elsewhere.
 */
void
nr_question_widget_reload (NrQuestionWidget *self)
{
  GtkWidget *child;

  g_return_if_fail (NR_IS_QUESTION_WIDGET (self));

  g_clear_handle_id (&self->save_source, g_source_remove);
  self->loading = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->editor_box))) != NULL)
    gtk_box_remove (self->editor_box, child);
  gtk_widget_set_visible (GTK_WIDGET (self->note_label), FALSE);
  build_editor (self);
  self->loading = FALSE;
  g_signal_emit (self, signals[PENDING_CHANGED], 0);
}

/* --- History ------------------------------------------------------------------- */

/* A state from the history, in a line a reader understands. */
static char *
describe_entry (NrQuestionWidget *self,
                NrHistoryEntry   *entry)
{
  const char *aspect = nr_history_entry_get_aspect (entry);
  g_autoptr(GVariant) value = nr_history_entry_dup_new_value (entry);
  g_autofree char *text = NULL;

  if (value == NULL)
    return g_strdup (g_str_equal (aspect, NR_CHANGE_RECORD) ? _("A record removed") : _("No answer"));

  if (g_str_equal (aspect, NR_CHANGE_CLASSIFICATION))
    /* Translators: "%s" is public, workshop or internal. */
    return g_strdup_printf (_("Who may read it: %s"), g_variant_get_string (value, NULL));

  if (g_str_equal (aspect, NR_CHANGE_RECORD))
    return g_strdup (_("A record added or changed"));

  if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    {
      const char *string = g_variant_get_string (value, NULL);
      NrChoice *choice = nr_question_lookup_choice (self->question, string);

      text = g_strdup (choice != NULL ? nr_choice_get_label (choice) : string);
    }
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING_ARRAY))
    {
      g_autofree const char **values = g_variant_get_strv (value, NULL);
      text = g_strjoinv (", ", (char **) values);
    }
  else
    text = g_variant_print (value, FALSE);

  if (g_utf8_strlen (text, -1) > 80)
    {
      g_autofree char *start = g_utf8_substring (text, 0, 77);
      return g_strconcat (start, "…", NULL);
    }
  return g_steal_pointer (&text);
}

static void fill_history (NrQuestionWidget *self);

static void
restore_clicked_cb (GtkButton        *button,
                    NrQuestionWidget *self)
{
  g_autoptr(GError) error = NULL;
  NrHistoryEntry *entry = g_object_get_data (G_OBJECT (button), "nr-entry");

  nr_question_widget_flush (self);
  if (!nr_report_restore (self->report, entry, &error))
    report_error (self, error);
  gtk_popover_popdown (self->history_popover);
  nr_question_widget_reload (self);
}

static void
undo_clicked_cb (NrQuestionWidget *self)
{
  g_autoptr(GError) error = NULL;

  nr_question_widget_flush (self);
  if (!nr_report_undo (self->report, nr_question_get_id (self->question), &error))
    report_error (self, error);
  gtk_popover_popdown (self->history_popover);
  nr_question_widget_reload (self);
}

static void
fill_history (NrQuestionWidget *self)
{
  g_autoptr(GListModel) history = nr_report_list_history (self->report,
                                                          nr_question_get_id (self->question));
  guint n = g_list_model_get_n_items (history);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->history_list))) != NULL)
    gtk_list_box_remove (self->history_list, child);

  for (guint i = 0; i < MIN (n, 50); i++)
    {
      g_autoptr(NrHistoryEntry) entry = g_list_model_get_item (history, i);
      g_autofree char *title = describe_entry (self, entry);
      g_autofree char *when = nr_format_time (nr_history_entry_get_time (entry));
      const char *author = nr_history_entry_get_author (entry);
      const char *agency = nr_history_entry_get_agency (entry);
      g_autofree char *subtitle = g_strdup_printf ("%s%s%s · %s", author, *agency != '\0' ? ", " : "",
                                                   agency, when);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      if (i > 0)
        {
          GtkWidget *restore = gtk_button_new_with_label (_("Restore"));
          /* Translators: "%s" is when the version was written. */
          g_autofree char *name = g_strdup_printf (_("Restore the version of %s"), when);

          nr_gui_set_accessible_label (restore, name);
          gtk_widget_set_valign (restore, GTK_ALIGN_CENTER);
          g_object_set_data_full (G_OBJECT (restore), "nr-entry", g_object_ref (entry), g_object_unref);
          g_signal_connect_object (restore, "clicked", G_CALLBACK (restore_clicked_cb), self, 0);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), restore);
        }
      gtk_list_box_append (self->history_list, row);
    }

  if (n == 0)
    {
      GtkWidget *empty = gtk_label_new (_("No changes yet"));

      gtk_widget_set_margin_top (empty, 12);
      gtk_widget_set_margin_bottom (empty, 12);
      gtk_widget_add_css_class (empty, "dim-label");
      gtk_list_box_append (self->history_list, empty);
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->undo_button),
                            nr_report_can_undo (self->report, nr_question_get_id (self->question)));
}

static void
history_shown_cb (NrQuestionWidget *self)
{
  nr_question_widget_flush (self);
  fill_history (self);
}

static void
nr_question_widget_dispose (GObject *object)
{
  NrQuestionWidget *self = NR_QUESTION_WIDGET (object);

  /* Nothing typed is lost when the page goes away. */
  if (self->report != NULL)
    nr_question_widget_flush (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), NR_TYPE_QUESTION_WIDGET);
  /* Children that the template does not name are ours to unparent. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);
  g_clear_object (&self->report);
  g_clear_object (&self->question);

  G_OBJECT_CLASS (nr_question_widget_parent_class)->dispose (object);
}

static void
nr_question_widget_class_init (NrQuestionWidgetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nr_question_widget_dispose;

  /**
   * NrQuestionWidget::pending-changed:
   *
   * Typing started waiting for its save, or was saved.
   */
  signals[PENDING_CHANGED] = g_signal_new ("pending-changed", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * NrQuestionWidget::save-failed:
   * @message: what went wrong, naming the file
   */
  signals[SAVE_FAILED] = g_signal_new ("save-failed", G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                                       G_TYPE_STRING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/nr-question-widget.ui");
  gtk_widget_class_bind_template_child (widget_class, NrQuestionWidget, label);
  gtk_widget_class_bind_template_child (widget_class, NrQuestionWidget, help_button);
  gtk_widget_class_bind_template_child (widget_class, NrQuestionWidget, help_label);
  gtk_widget_class_bind_template_child (widget_class, NrQuestionWidget, source_label);
  gtk_widget_class_bind_template_child (widget_class, NrQuestionWidget, classification_dropdown);
  gtk_widget_class_bind_template_child (widget_class, NrQuestionWidget, editor_box);
  gtk_widget_class_bind_template_child (widget_class, NrQuestionWidget, reconfirm_box);
  gtk_widget_class_bind_template_child (widget_class, NrQuestionWidget, reconfirm_button);
  gtk_widget_class_bind_template_callback (widget_class, reconfirm_clicked_cb);
  gtk_widget_class_bind_template_child (widget_class, NrQuestionWidget, history_button);
  gtk_widget_class_bind_template_child (widget_class, NrQuestionWidget, history_popover);
  gtk_widget_class_bind_template_child (widget_class, NrQuestionWidget, undo_button);
  gtk_widget_class_bind_template_child (widget_class, NrQuestionWidget, history_list);
  gtk_widget_class_bind_template_callback (widget_class, history_shown_cb);
  gtk_widget_class_bind_template_callback (widget_class, undo_clicked_cb);
  gtk_widget_class_bind_template_child (widget_class, NrQuestionWidget, note_label);
}

static void
nr_question_widget_init (NrQuestionWidget *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

NrQuestionWidget *
nr_question_widget_new (NrReport   *report,
                        NrQuestion *question)
{
  NrQuestionWidget *self = g_object_new (NR_TYPE_QUESTION_WIDGET, NULL);

  self->report = g_object_ref (report);
  self->question = g_object_ref (question);
  build (self);
  return self;
}

NrQuestion *
nr_question_widget_get_question (NrQuestionWidget *self)
{
  g_return_val_if_fail (NR_IS_QUESTION_WIDGET (self), NULL);
  return self->question;
}

/**
 * nr_question_widget_get_editor:
 *
 * Returns: (transfer none): the widget the answer is edited in.
 */
GtkWidget *
nr_question_widget_get_editor (NrQuestionWidget *self)
{
  g_return_val_if_fail (NR_IS_QUESTION_WIDGET (self), NULL);
  return self->editor;
}

/**
 * nr_question_widget_get_history:
 *
 * Returns: (transfer none): the popover of earlier versions.
 */
GtkPopover *
nr_question_widget_get_history (NrQuestionWidget *self)
{
  g_return_val_if_fail (NR_IS_QUESTION_WIDGET (self), NULL);
  return self->history_popover;
}
