/* nr-question-widget.c: one question of the questionnaire, answered in place.
 *
 * Around the editor that fits the question's kind (nr_answer_editor_new_for())
 * the widget shows the question, what to answer, who may read the answer,
 * its earlier versions and whether it is still true, and saves the answer.
 * Choices are saved at once; typing is saved half a second after the last
 * keystroke, when the editor loses focus, and when the widget goes away.  A
 * failed save leaves the text where it is, says why, and is tried again with
 * the next change.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "nr-answer-editor.h"
#include "nr-gui-util.h"
#include "nr-question-widget.h"

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

  NrAnswerEditor *editor;
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

/* --- Saving ------------------------------------------------------------------ */

static gboolean
save_now (gpointer user_data)
{
  NrQuestionWidget *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) value = NULL;

  self->save_source = 0;
  /* What is no answer the report can hold (a date half typed) is not
   * saved: the answer saved before stays, and the note says why. */
  if (nr_answer_editor_is_savable (self->editor))
    {
      value = nr_answer_editor_dup_value (self->editor);
      nr_report_set_value (self->report, nr_question_get_id (self->question), value, &error);
      report_error (self, error);
    }

  g_signal_emit (self, signals[PENDING_CHANGED], 0);
  return G_SOURCE_REMOVE;
}

static void
schedule_save (NrQuestionWidget *self)
{
  gboolean was_pending = self->save_source != 0;

  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_now, self);
  if (!was_pending)
    g_signal_emit (self, signals[PENDING_CHANGED], 0);
}

/* Typing is saved after a pause; a choice at once. */
static void
editor_changed_cb (NrQuestionWidget *self)
{
  if (self->loading)
    return;
  if (nr_answer_editor_is_typed (self->editor))
    schedule_save (self);
  else
    save_now (self);
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
      save_now (self);
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

/* A link, an e-mail address or a date with a mistake in its form is
 * pointed out under the editor. */
static void
problem_changed_cb (NrQuestionWidget *self)
{
  const char *problem = nr_answer_editor_get_problem (self->editor);

  gtk_label_set_text (self->note_label, problem != NULL ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->note_label), problem != NULL);
}

/* The editor of records saves by itself, and says when that fails. */
static void
editor_failed_cb (NrQuestionWidget *self,
                  const char       *message)
{
  self->failed = TRUE;
  g_signal_emit (self, signals[SAVE_FAILED], 0, message);
}

static void
focus_left_cb (NrQuestionWidget *self)
{
  nr_question_widget_flush (self);
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
  g_autoptr(GVariant) value = nr_report_dup_value (self->report, nr_question_get_id (self->question));
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_drop_down_set_selected (self->classification_dropdown,
                              nr_report_get_classification (self->report,
                                                            nr_question_get_id (self->question)));

  self->editor = nr_answer_editor_new_for (self->question, self->report);
  nr_answer_editor_set_value (self->editor, value);
  problem_changed_cb (self);
  g_signal_connect_object (self->editor, "changed", G_CALLBACK (editor_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->editor, "notify::problem", G_CALLBACK (problem_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->editor, "failed", G_CALLBACK (editor_failed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (focus, "leave", G_CALLBACK (focus_left_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (nr_answer_editor_get_input (self->editor), focus);
  gtk_box_append (self->editor_box, GTK_WIDGET (self->editor));
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
 * Returns: (transfer none): the #NrAnswerEditor the answer is edited in.
 */
GtkWidget *
nr_question_widget_get_editor (NrQuestionWidget *self)
{
  g_return_val_if_fail (NR_IS_QUESTION_WIDGET (self), NULL);
  return GTK_WIDGET (self->editor);
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
