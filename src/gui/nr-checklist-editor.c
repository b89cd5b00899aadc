/* nr-checklist-editor.c: a row for each practical action of a norm, with
 * the status it has reached.
 *
 * Under each action, in small type, what it rests on: some actions go
 * beyond the text of the norm, and the reader should see that.
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
  /* The status drop-down of each action, in the questionnaire's order. */
  GPtrArray *dropdowns;
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
status_selected_cb (NrChecklistEditor *self)
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
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&labels)), NULL);
  g_autofree char *title = g_markup_escape_text (nr_choice_get_label (item), -1);
  g_autofree char *subtitle = item_subtitle (item);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (dropdown), "nr-item", g_strdup (nr_choice_get_value (item)), g_free);
  nr_gui_set_accessible_label (dropdown, nr_choice_get_label (item));
  g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (status_selected_cb), self,
                           G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), dropdown);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), dropdown);
  g_ptr_array_add (self->dropdowns, dropdown);
  return row;
}

/* The statuses given, as a dictionary sorted by item, so that equal
 * checklists print alike (as nr_report_set_checklist_status() keeps them). */
static GVariant *
nr_checklist_editor_dup_value (NrAnswerEditor *editor)
{
  NrChecklistEditor *self = NR_CHECKLIST_EDITOR (editor);
  g_autoptr(GTree) given = g_tree_new ((GCompareFunc) g_strcmp0);
  GVariantBuilder builder;

  for (guint i = 0; i < self->dropdowns->len; i++)
    {
      GtkDropDown *dropdown = self->dropdowns->pdata[i];
      g_autoptr(NrChoice) status = nr_choice_editor_chosen (statuses (self), gtk_drop_down_get_selected (dropdown));

      if (status != NULL)
        g_tree_insert (given, (gpointer) dropdown_item (dropdown), (gpointer) nr_choice_get_value (status));
    }
  if (g_tree_nnodes (given) == 0)
    return NULL;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{ss}"));
  for (GTreeNode *node = g_tree_node_first (given); node != NULL; node = g_tree_node_next (node))
    g_variant_builder_add (&builder, "{ss}", g_tree_node_key (node), g_tree_node_value (node));
  return g_variant_builder_end (&builder);
}

static void
nr_checklist_editor_set_value (NrAnswerEditor *editor,
                               GVariant       *value)
{
  NrChecklistEditor *self = NR_CHECKLIST_EDITOR (editor);
  gboolean is_dict = value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE ("a{ss}"));

  for (guint i = 0; i < self->dropdowns->len; i++)
    {
      GtkDropDown *dropdown = self->dropdowns->pdata[i];
      const char *status = NULL;

      if (is_dict)
        g_variant_lookup (value, dropdown_item (dropdown), "&s", &status);
      gtk_drop_down_set_selected (dropdown, nr_choice_editor_position (statuses (self), status));
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
  gtk_widget_init_template (GTK_WIDGET (self));
}
