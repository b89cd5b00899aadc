/* nr-choices-editor.c: several choices, a check button each. */
#include "config.h"

#include "nr-choices-editor.h"
#include "nr-gui-util.h"

struct _NrChoicesEditor
{
  NrAnswerEditor parent_instance;

  GtkBox *box;
};

G_DEFINE_FINAL_TYPE (NrChoicesEditor, nr_choices_editor, NR_TYPE_ANSWER_EDITOR)

static const char *
check_value (GtkWidget *check)
{
  return g_object_get_data (G_OBJECT (check), "nr-value");
}

static void
toggled_cb (NrChoicesEditor *self)
{
  nr_answer_editor_changed (NR_ANSWER_EDITOR (self));
}

static GVariant *
nr_choices_editor_dup_value (NrAnswerEditor *editor)
{
  NrChoicesEditor *self = NR_CHOICES_EDITOR (editor);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) chosen = NULL;

  for (GtkWidget *check = gtk_widget_get_first_child (GTK_WIDGET (self->box)); check != NULL;
       check = gtk_widget_get_next_sibling (check))
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
      g_strv_builder_add (builder, check_value (check));
  chosen = g_strv_builder_end (builder);
  /* Nothing ticked is no answer, rather than an empty one. */
  return chosen[0] != NULL ? g_variant_new_strv ((const char * const *) chosen, -1) : NULL;
}

static void
nr_choices_editor_set_value (NrAnswerEditor *editor,
                             GVariant       *value)
{
  NrChoicesEditor *self = NR_CHOICES_EDITOR (editor);
  g_autofree const char **chosen = value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_STRING_ARRAY)
                                   ? g_variant_get_strv (value, NULL) : NULL;

  for (GtkWidget *check = gtk_widget_get_first_child (GTK_WIDGET (self->box)); check != NULL;
       check = gtk_widget_get_next_sibling (check))
    gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                 chosen != NULL && g_strv_contains (chosen, check_value (check)));
}

static void
nr_choices_editor_constructed (GObject *object)
{
  NrChoicesEditor *self = NR_CHOICES_EDITOR (object);
  GListModel *choices = nr_question_get_choices (nr_answer_editor_get_question (NR_ANSWER_EDITOR (self)));

  G_OBJECT_CLASS (nr_choices_editor_parent_class)->constructed (object);

  for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
    {
      g_autoptr(NrChoice) choice = g_list_model_get_item (choices, i);
      GtkWidget *check = gtk_check_button_new_with_label (nr_choice_get_label (choice));

      g_object_set_data_full (G_OBJECT (check), "nr-value", g_strdup (nr_choice_get_value (choice)), g_free);
      g_signal_connect_object (check, "toggled", G_CALLBACK (toggled_cb), self, G_CONNECT_SWAPPED);
      gtk_box_append (self->box, check);
    }
  /* Each check button is named by its choice; the group by the question. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  nr_question_get_label (nr_answer_editor_get_question (NR_ANSWER_EDITOR (self))),
                                  -1);
  nr_answer_editor_set_input (NR_ANSWER_EDITOR (self), GTK_WIDGET (self->box));
}

static void
nr_choices_editor_class_init (NrChoicesEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  NrAnswerEditorClass *editor_class = NR_ANSWER_EDITOR_CLASS (klass);

  object_class->constructed = nr_choices_editor_constructed;
  editor_class->dup_value = nr_choices_editor_dup_value;
  editor_class->set_value = nr_choices_editor_set_value;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/nr-choices-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, NrChoicesEditor, box);
}

static void
nr_choices_editor_init (NrChoicesEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
