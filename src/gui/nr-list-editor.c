/* nr-list-editor.c: several names (agencies, partners) or several links,
 * one row each.
 *
 * An entry is typed into the field at the bottom and added with Enter or
 * the Add button; each row has its own Remove button.  An entry given
 * twice, or a link that is neither a web address nor an e-mail address, is
 * pointed out and not added, so that the list only ever holds what the
 * report can save.  What is typed but not yet added counts as part of the
 * list, so that saving the record does not lose it.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "nr-gui-util.h"
#include "nr-list-editor.h"

struct _NrListEditor
{
  NrAnswerEditor parent_instance;

  GtkListBox *list;
  GtkEntry *entry;
  GtkButton *add_button;
  /* The entries, in the order they were added. */
  GPtrArray *entries;
};

G_DEFINE_FINAL_TYPE (NrListEditor, nr_list_editor, NR_TYPE_ANSWER_EDITOR)

static gboolean
holds_links (NrListEditor *self)
{
  return nr_question_get_kind (nr_answer_editor_get_question (NR_ANSWER_EDITOR (self))) == NR_QUESTION_KIND_LINK_LIST;
}

static gboolean
contains (NrListEditor *self,
          const char   *text)
{
  return g_ptr_array_find_with_equal_func (self->entries, text, g_str_equal, NULL);
}

/* What keeps @text out of the list, or %NULL if it may be added. */
static const char *
find_problem (NrListEditor *self,
              const char   *text)
{
  if (*text == '\0')
    return NULL;
  if (contains (self, text))
    return _("This is in the list already.");
  if (holds_links (self) && !nr_link_is_valid (text))
    return _("Write a web address starting with https://, or an e-mail address.");
  if (!holds_links (self) && !nr_name_is_valid (text))
    return _("This name is too long or holds characters a report cannot keep.");
  if (self->entries->len >= NR_LIST_MAX_ENTRIES)
    return _("The list is full.");
  return NULL;
}

static char *
typed_text (NrListEditor *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry))));
}

static void
check_typed (NrAnswerEditor *editor)
{
  NrListEditor *self = NR_LIST_EDITOR (editor);
  g_autofree char *text = typed_text (self);

  /* What cannot be added cannot be saved either: the record waits. */
  nr_answer_editor_set_problem (NR_ANSWER_EDITOR (self), find_problem (self, text), FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), *text != '\0' && find_problem (self, text) == NULL);
}

static void fill_rows (NrListEditor *self);

static void
remove_clicked_cb (GtkButton    *button,
                   NrListEditor *self)
{
  g_ptr_array_remove_index (self->entries, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "nr-index")));
  fill_rows (self);
  check_typed (NR_ANSWER_EDITOR (self));
  /* The focus was on the button just removed: it goes back to the entry. */
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
  nr_answer_editor_changed (NR_ANSWER_EDITOR (self));
}

static GtkWidget *
entry_row (NrListEditor *self,
           guint         index)
{
  const char *text = self->entries->pdata[index];
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
  /* Translators: "%s" is a name or link of a list, such as an agency. */
  g_autofree char *name = g_strdup_printf (_("Remove “%s”"), text);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, _("Remove"));
  gtk_widget_add_css_class (remove, "flat");
  nr_gui_set_accessible_label (remove, name);
  g_object_set_data (G_OBJECT (remove), "nr-index", GUINT_TO_POINTER (index));
  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

static void
fill_rows (NrListEditor *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  for (guint i = 0; i < self->entries->len; i++)
    gtk_list_box_append (self->list, entry_row (self, i));
  gtk_widget_set_visible (GTK_WIDGET (self->list), self->entries->len > 0);
}

static void
add_cb (NrListEditor *self)
{
  g_autofree char *text = typed_text (self);

  if (*text == '\0' || find_problem (self, text) != NULL)
    {
      /* Enter on a refused entry keeps it, to be corrected. */
      gtk_widget_error_bell (GTK_WIDGET (self->entry));
      return;
    }
  g_ptr_array_add (self->entries, g_steal_pointer (&text));
  fill_rows (self);
  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
  nr_answer_editor_changed (NR_ANSWER_EDITOR (self));
}

static GVariant *
nr_list_editor_dup_value (NrAnswerEditor *editor)
{
  NrListEditor *self = NR_LIST_EDITOR (editor);
  g_autofree char *text = typed_text (self);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) entries = NULL;

  for (guint i = 0; i < self->entries->len; i++)
    g_strv_builder_add (builder, self->entries->pdata[i]);
  if (*text != '\0' && find_problem (self, text) == NULL)
    g_strv_builder_add (builder, text);
  entries = g_strv_builder_end (builder);
  /* An empty list is no answer, rather than an empty one. */
  return entries[0] != NULL ? g_variant_new_strv ((const char * const *) entries, -1) : NULL;
}

static void
nr_list_editor_set_value (NrAnswerEditor *editor,
                          GVariant       *value)
{
  NrListEditor *self = NR_LIST_EDITOR (editor);
  g_autofree const char **entries = value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_STRING_ARRAY)
                                    ? g_variant_get_strv (value, NULL) : NULL;

  g_ptr_array_set_size (self->entries, 0);
  for (guint i = 0; entries != NULL && entries[i] != NULL; i++)
    g_ptr_array_add (self->entries, g_strdup (entries[i]));
  fill_rows (self);
  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
  check_typed (NR_ANSWER_EDITOR (self));
}

static void
nr_list_editor_constructed (GObject *object)
{
  NrListEditor *self = NR_LIST_EDITOR (object);
  const char *label = nr_question_get_label (nr_answer_editor_get_question (NR_ANSWER_EDITOR (self)));
  /* Translators: "%s" names a list, such as "Responsible agencies". */
  g_autofree char *add = g_strdup_printf (_("Add to: %s"), label);
  /* Translators: "%s" names a list, such as "Links". */
  g_autofree char *new_entry = g_strdup_printf (_("New entry: %s"), label);

  G_OBJECT_CLASS (nr_list_editor_parent_class)->constructed (object);

  gtk_entry_set_placeholder_text (self->entry, holds_links (self) ? _("https://… or name@example.org")
                                                                  : _("A name, then Enter"));
  if (holds_links (self))
    gtk_entry_set_input_purpose (self->entry, GTK_INPUT_PURPOSE_URL);
  nr_gui_set_accessible_label (GTK_WIDGET (self->list), label);
  nr_gui_set_accessible_label (GTK_WIDGET (self->entry), new_entry);
  nr_gui_set_accessible_label (GTK_WIDGET (self->add_button), add);
  /* The entry is the input: what is typed in it is checked as it is typed
   * (check_typed()), and counts as part of the list. */
  nr_answer_editor_set_input (NR_ANSWER_EDITOR (self), GTK_WIDGET (self->entry));
  check_typed (NR_ANSWER_EDITOR (self));
}

static void
nr_list_editor_finalize (GObject *object)
{
  NrListEditor *self = NR_LIST_EDITOR (object);

  g_ptr_array_unref (self->entries);

  G_OBJECT_CLASS (nr_list_editor_parent_class)->finalize (object);
}

static void
nr_list_editor_class_init (NrListEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  NrAnswerEditorClass *editor_class = NR_ANSWER_EDITOR_CLASS (klass);

  object_class->constructed = nr_list_editor_constructed;
  object_class->finalize = nr_list_editor_finalize;
  editor_class->dup_value = nr_list_editor_dup_value;
  editor_class->set_value = nr_list_editor_set_value;
  editor_class->check_format = check_typed;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/nr-list-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, NrListEditor, list);
  gtk_widget_class_bind_template_child (widget_class, NrListEditor, entry);
  gtk_widget_class_bind_template_child (widget_class, NrListEditor, add_button);
  gtk_widget_class_bind_template_callback (widget_class, add_cb);
}

static void
nr_list_editor_init (NrListEditor *self)
{
  self->entries = g_ptr_array_new_with_free_func (g_free);
  gtk_widget_init_template (GTK_WIDGET (self));
}
