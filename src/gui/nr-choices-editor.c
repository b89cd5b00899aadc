/* nr-choices-editor.c: several choices, a check button each.
 *
 * A long list of choices that belong to norms, such as the practical
 * actions a measure serves (values "13a-…"), is grouped by norm, each
 * group a row that opens to its choices: sixty check buttons in a column
 * are no help to anyone.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "nr-choices-editor.h"
#include "nr-gui-util.h"

/* Above this many choices, choices of norms are grouped by norm. */
#define MAX_UNGROUPED 16

struct _NrChoicesEditor
{
  NrAnswerEditor parent_instance;

  GtkBox *box;
  /* Every check button, in the order of the choices. */
  GPtrArray *checks;
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

  for (guint i = 0; i < self->checks->len; i++)
    if (gtk_check_button_get_active (self->checks->pdata[i]))
      g_strv_builder_add (builder, check_value (self->checks->pdata[i]));
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

  for (guint i = 0; i < self->checks->len; i++)
    {
      GtkWidget *check = self->checks->pdata[i];
      gboolean active = chosen != NULL && g_strv_contains (chosen, check_value (check));
      GtkWidget *group = gtk_widget_get_ancestor (check, ADW_TYPE_EXPANDER_ROW);

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
      /* A group with a choice ticked shows it. */
      if (active && group != NULL)
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (group), TRUE);
    }
}

/* The norm a choice belongs to ("13a" of "13a-national-strategy"), or
 * NULL for a choice of no norm. */
static char *
norm_of (const char *value)
{
  if (strlen (value) < 4 || value[0] != '1' || value[1] != '3' || value[2] < 'a' || value[2] > 'k' ||
      value[3] != '-')
    return NULL;
  return g_strndup (value, 3);
}

static gboolean
grouped_by_norm (GListModel *choices)
{
  guint n = g_list_model_get_n_items (choices);

  if (n <= MAX_UNGROUPED)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NrChoice) choice = g_list_model_get_item (choices, i);
      g_autofree char *norm = norm_of (nr_choice_get_value (choice));

      if (norm == NULL)
        return FALSE;
    }
  return TRUE;
}

static GtkWidget *
new_check (NrChoicesEditor *self,
           NrChoice        *choice)
{
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *label = gtk_label_new (nr_choice_get_label (choice));

  /* A long choice, such as a practical action, wraps rather than widening
   * the dialog. */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_check_button_set_child (GTK_CHECK_BUTTON (check), label);
  nr_gui_set_accessible_label (check, nr_choice_get_label (choice));
  g_object_set_data_full (G_OBJECT (check), "nr-value", g_strdup (nr_choice_get_value (choice)), g_free);
  g_signal_connect_object (check, "toggled", G_CALLBACK (toggled_cb), self, G_CONNECT_SWAPPED);
  g_ptr_array_add (self->checks, check);
  return check;
}

/* One row a norm, opening to its choices. */
static void
add_groups (NrChoicesEditor *self,
            GListModel      *choices)
{
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *group = NULL;
  g_autofree char *group_norm = NULL;

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
    {
      g_autoptr(NrChoice) choice = g_list_model_get_item (choices, i);
      g_autofree char *norm = norm_of (nr_choice_get_value (choice));
      GtkWidget *row;

      if (group == NULL || g_strcmp0 (norm, group_norm) != 0)
        {
          /* Translators: a norm's paragraph, as "13 (a)". */
          g_autofree char *title = g_strdup_printf (_("13 (%c)"), norm[2]);

          group = adw_expander_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (group), title);
          gtk_list_box_append (GTK_LIST_BOX (list), group);
          g_free (group_norm);
          group_norm = g_steal_pointer (&norm);
        }
      row = gtk_list_box_row_new ();
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), new_check (self, choice));
      gtk_widget_set_margin_start (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)), 12);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (group), row);
    }
  gtk_box_append (self->box, list);
}

static void
nr_choices_editor_constructed (GObject *object)
{
  NrChoicesEditor *self = NR_CHOICES_EDITOR (object);
  GListModel *choices = nr_question_get_choices (nr_answer_editor_get_question (NR_ANSWER_EDITOR (self)));

  G_OBJECT_CLASS (nr_choices_editor_parent_class)->constructed (object);

  if (grouped_by_norm (choices))
    add_groups (self, choices);
  else
    for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
      {
        g_autoptr(NrChoice) choice = g_list_model_get_item (choices, i);

        gtk_box_append (self->box, new_check (self, choice));
      }
  /* Each check button is named by its choice; the group by the question. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  nr_question_get_label (nr_answer_editor_get_question (NR_ANSWER_EDITOR (self))),
                                  -1);
  nr_answer_editor_set_input (NR_ANSWER_EDITOR (self), GTK_WIDGET (self->box));
}

static void
nr_choices_editor_finalize (GObject *object)
{
  g_ptr_array_unref (NR_CHOICES_EDITOR (object)->checks);

  G_OBJECT_CLASS (nr_choices_editor_parent_class)->finalize (object);
}

static void
nr_choices_editor_class_init (NrChoicesEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  NrAnswerEditorClass *editor_class = NR_ANSWER_EDITOR_CLASS (klass);

  object_class->constructed = nr_choices_editor_constructed;
  object_class->finalize = nr_choices_editor_finalize;
  editor_class->dup_value = nr_choices_editor_dup_value;
  editor_class->set_value = nr_choices_editor_set_value;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/nr-choices-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, NrChoicesEditor, box);
}

static void
nr_choices_editor_init (NrChoicesEditor *self)
{
  /* The box holds the check buttons; the array only finds them again. */
  self->checks = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}
