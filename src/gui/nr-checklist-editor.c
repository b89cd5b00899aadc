/* nr-checklist-editor.c: a row for each practical action of a norm, with
 * the status it has reached and a short note on it.
 *
 * Under each action, in small type, what it rests on: some actions go
 * beyond the text of the norm, and the reader should see that.  The note
 * opens under the action's row; a row with a note opens by itself.  Notes
 * are typed, so the checklist is saved as a typed answer is: after a
 * pause, and when the focus leaves it.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "nr-checklist-editor.h"
#include "nr-choice-editor.h"
#include "nr-gui-util.h"

struct _NrChecklistEditor
{
  NrAnswerEditor parent_instance;

  GtkListBox *list;
  /* The status drop-down and the note of each action, in the
   * questionnaire's order. */
  GPtrArray *dropdowns;
  GPtrArray *notes;
};

G_DEFINE_FINAL_TYPE (NrChecklistEditor, nr_checklist_editor, NR_TYPE_ANSWER_EDITOR)

static GListModel *
statuses (NrChecklistEditor *self)
{
  return nr_question_get_choices (nr_answer_editor_get_question (NR_ANSWER_EDITOR (self)));
}

static const char *
dropdown_item (GtkDropDown *dropdown)
{
  return g_object_get_data (G_OBJECT (dropdown), "nr-item");
}

static void
entry_changed_cb (NrChecklistEditor *self)
{
  nr_answer_editor_changed (NR_ANSWER_EDITOR (self));
}

/* The subtitle of a row, as Pango markup: the item's help, then in small
 * type what the item rests on.  Both are escaped, as the row's markup would
 * otherwise read a “&” or “<” in a text or its translation. */
static char *
item_subtitle (NrChoice *item)
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
item_row (NrChecklistEditor *self,
          NrChoice          *item)
{
  g_autoptr(GtkStringList) labels = nr_choice_editor_labels_new (statuses (self), _("Not set"));
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&labels)), NULL);
  GtkWidget *note = adw_entry_row_new ();
  g_autofree char *title = g_markup_escape_text (nr_choice_get_label (item), -1);
  g_autofree char *subtitle = item_subtitle (item);
  /* Translators: what a screen reader says for the note on a practical
   * action, named by "%s". */
  g_autofree char *note_name = g_strdup_printf (_("Note on “%s”"), nr_choice_get_label (item));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (dropdown), "nr-item", g_strdup (nr_choice_get_value (item)), g_free);
  nr_gui_set_accessible_label (dropdown, nr_choice_get_label (item));
  g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (entry_changed_cb), self,
                           G_CONNECT_SWAPPED);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), dropdown);

  /* Translators: the title of the box for a note on a practical action. */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (note), _("Note"));
  nr_gui_set_accessible_label (note, note_name);
  g_signal_connect_object (note, "changed", G_CALLBACK (entry_changed_cb), self, G_CONNECT_SWAPPED);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), note);

  g_ptr_array_add (self->dropdowns, dropdown);
  g_ptr_array_add (self->notes, note);
  return row;
}

/* The statuses and notes given (nr-checklist.h). */
static GVariant *
nr_checklist_editor_dup_value (NrAnswerEditor *editor)
{
  NrChecklistEditor *self = NR_CHECKLIST_EDITOR (editor);
  g_autoptr(GVariant) value = NULL;

  for (guint i = 0; i < self->dropdowns->len; i++)
    {
      GtkDropDown *dropdown = self->dropdowns->pdata[i];
      g_autoptr(NrChoice) status = nr_choice_editor_chosen (statuses (self), gtk_drop_down_get_selected (dropdown));
      g_autofree char *note = g_strstrip (g_strdup (gtk_editable_get_text (self->notes->pdata[i])));
      GVariant *next = nr_checklist_set (value, dropdown_item (dropdown),
                                         status != NULL ? nr_choice_get_value (status) : "", note);

      g_clear_pointer (&value, g_variant_unref);
      value = next != NULL ? g_variant_ref_sink (next) : NULL;
    }
  return g_steal_pointer (&value);
}

static void
nr_checklist_editor_set_value (NrAnswerEditor *editor,
                               GVariant       *value)
{
  NrChecklistEditor *self = NR_CHECKLIST_EDITOR (editor);

  for (guint i = 0; i < self->dropdowns->len; i++)
    {
      GtkDropDown *dropdown = self->dropdowns->pdata[i];
      const char *status = NULL;
      const char *note = "";

      nr_checklist_lookup (value, dropdown_item (dropdown), &status, &note);
      gtk_drop_down_set_selected (dropdown, nr_choice_editor_position (statuses (self),
                                                                       status != NULL && *status != '\0' ? status : NULL));
      /* Only a different note is set: setting the same text would move
       * the cursor of someone typing in it. */
      if (g_strcmp0 (gtk_editable_get_text (self->notes->pdata[i]), note) != 0)
        gtk_editable_set_text (self->notes->pdata[i], note);
      if (*note != '\0')
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (gtk_widget_get_ancestor (self->notes->pdata[i],
                                                                                  ADW_TYPE_EXPANDER_ROW)),
                                       TRUE);
    }
}

static void
nr_checklist_editor_constructed (GObject *object)
{
  NrChecklistEditor *self = NR_CHECKLIST_EDITOR (object);
  NrQuestion *question = nr_answer_editor_get_question (NR_ANSWER_EDITOR (self));
  GListModel *items = nr_question_get_items (question);

  G_OBJECT_CLASS (nr_checklist_editor_parent_class)->constructed (object);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(NrChoice) item = g_list_model_get_item (items, i);
      gtk_list_box_append (self->list, item_row (self, item));
    }
  nr_gui_set_accessible_label (GTK_WIDGET (self->list), nr_question_get_label (question));
  nr_answer_editor_set_input (NR_ANSWER_EDITOR (self), GTK_WIDGET (self->list));
}

static void
nr_checklist_editor_finalize (GObject *object)
{
  NrChecklistEditor *self = NR_CHECKLIST_EDITOR (object);

  g_ptr_array_unref (self->dropdowns);
  g_ptr_array_unref (self->notes);

  G_OBJECT_CLASS (nr_checklist_editor_parent_class)->finalize (object);
}

static void
nr_checklist_editor_class_init (NrChecklistEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  NrAnswerEditorClass *editor_class = NR_ANSWER_EDITOR_CLASS (klass);

  object_class->constructed = nr_checklist_editor_constructed;
  object_class->finalize = nr_checklist_editor_finalize;
  /* Notes are typed: saved after a pause, like a text. */
  editor_class->typed = TRUE;
  editor_class->dup_value = nr_checklist_editor_dup_value;
  editor_class->set_value = nr_checklist_editor_set_value;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/nr-checklist-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, NrChecklistEditor, list);
}

static void
nr_checklist_editor_init (NrChecklistEditor *self)
{
  /* The rows own the drop-downs; the array only finds them again. */
  self->dropdowns = g_ptr_array_new ();
  self->notes = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}
