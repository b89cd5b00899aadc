/* nr-choice-editor.c: one choice, from a drop-down.
 *
 * The drop-down's first entry is "Not answered", so that an answer chosen
 * by mistake can be taken back.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "nr-choice-editor.h"
#include "nr-gui-util.h"

struct _NrChoiceEditor
{
  NrAnswerEditor parent_instance;

  GtkDropDown *dropdown;
};

G_DEFINE_FINAL_TYPE (NrChoiceEditor, nr_choice_editor, NR_TYPE_ANSWER_EDITOR)

/**
 * nr_choice_editor_labels_new:
 * @none: the first entry, which chooses nothing
 *
 * Returns: (transfer full): the labels of @choices, after @none.
 */
GtkStringList *
nr_choice_editor_labels_new (GListModel *choices,
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

/* Where @value is in a list made by nr_choice_editor_labels_new(): 0, the
 * entry that chooses nothing, if it is not there. */
guint
nr_choice_editor_position (GListModel *choices,
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

/**
 * nr_choice_editor_chosen:
 *
 * Returns: (transfer full) (nullable): the choice at @position of a list
 *   made by nr_choice_editor_labels_new(), or %NULL for none.
 */
NrChoice *
nr_choice_editor_chosen (GListModel *choices,
                         guint       position)
{
  if (position == 0 || position == GTK_INVALID_LIST_POSITION)
    return NULL;
  return g_list_model_get_item (choices, position - 1);
}

static GListModel *
choices (NrChoiceEditor *self)
{
  return nr_question_get_choices (nr_answer_editor_get_question (NR_ANSWER_EDITOR (self)));
}

static void
selected_cb (NrChoiceEditor *self)
{
  nr_answer_editor_changed (NR_ANSWER_EDITOR (self));
}

static GVariant *
nr_choice_editor_dup_value (NrAnswerEditor *editor)
{
  NrChoiceEditor *self = NR_CHOICE_EDITOR (editor);
  g_autoptr(NrChoice) choice = nr_choice_editor_chosen (choices (self),
                                                        gtk_drop_down_get_selected (self->dropdown));

  return choice != NULL ? g_variant_new_string (nr_choice_get_value (choice)) : NULL;
}

static void
nr_choice_editor_set_value (NrAnswerEditor *editor,
                            GVariant       *value)
{
  NrChoiceEditor *self = NR_CHOICE_EDITOR (editor);
  const char *text = nr_answer_editor_value_to_text (value);

  gtk_drop_down_set_selected (self->dropdown, nr_choice_editor_position (choices (self), text));
}

static void
nr_choice_editor_constructed (GObject *object)
{
  NrChoiceEditor *self = NR_CHOICE_EDITOR (object);
  NrAnswerEditor *editor = NR_ANSWER_EDITOR (self);
  g_autoptr(GtkStringList) labels = nr_choice_editor_labels_new (choices (self), _("Not answered"));

  G_OBJECT_CLASS (nr_choice_editor_parent_class)->constructed (object);

  /* No one listens yet: showing the choices is no edit. */
  gtk_drop_down_set_model (self->dropdown, G_LIST_MODEL (labels));
  /* A drop-down's inner button is named only through its own label. */
  nr_gui_set_accessible_label (GTK_WIDGET (self->dropdown),
                               nr_question_get_label (nr_answer_editor_get_question (editor)));
  nr_answer_editor_set_input (editor, GTK_WIDGET (self->dropdown));
}

static void
nr_choice_editor_class_init (NrChoiceEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  NrAnswerEditorClass *editor_class = NR_ANSWER_EDITOR_CLASS (klass);

  object_class->constructed = nr_choice_editor_constructed;
  editor_class->dup_value = nr_choice_editor_dup_value;
  editor_class->set_value = nr_choice_editor_set_value;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/nr-choice-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, NrChoiceEditor, dropdown);
  gtk_widget_class_bind_template_callback (widget_class, selected_cb);
}

static void
nr_choice_editor_init (NrChoiceEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
