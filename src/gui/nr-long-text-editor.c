/* nr-long-text-editor.c: a long text, in a text view that grows with it.
 *
 * There is no scrolled window around the view: the page scrolls, and a
 * text scrolled inside a scrolled page is hard to read and to reach with
 * the keyboard.  The words are counted under it, as reports are often
 * asked to keep to a length.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "nr-gui-util.h"
#include "nr-long-text-editor.h"

struct _NrLongTextEditor
{
  NrAnswerEditor parent_instance;

  GtkTextView *view;
  GtkLabel *count_label;
};

G_DEFINE_FINAL_TYPE (NrLongTextEditor, nr_long_text_editor, NR_TYPE_ANSWER_EDITOR)

static char *
dup_text (NrLongTextEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static guint
count_words (const char *text)
{
  guint words = 0;
  gboolean in_word = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gboolean space = g_unichar_isspace (g_utf8_get_char (p));

      if (!space && !in_word)
        words++;
      in_word = !space;
    }
  return words;
}

static void
update_word_count (NrLongTextEditor *self)
{
  g_autofree char *text = dup_text (self);
  guint words = count_words (text);
  g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u word", "%u words", words), words);

  gtk_label_set_text (self->count_label, count);
}

static void
buffer_changed_cb (NrLongTextEditor *self)
{
  update_word_count (self);
  nr_answer_editor_changed (NR_ANSWER_EDITOR (self));
}

static GVariant *
nr_long_text_editor_dup_value (NrAnswerEditor *editor)
{
  g_autofree char *text = dup_text (NR_LONG_TEXT_EDITOR (editor));

  return nr_answer_editor_text_to_value (text);
}

static void
nr_long_text_editor_set_value (NrAnswerEditor *editor,
                               GVariant       *value)
{
  NrLongTextEditor *self = NR_LONG_TEXT_EDITOR (editor);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->view);

  gtk_text_buffer_set_text (buffer, nr_answer_editor_value_to_text (value), -1);
  /* Showing the answer is not something to undo. */
  gtk_text_buffer_set_enable_undo (buffer, FALSE);
  gtk_text_buffer_set_enable_undo (buffer, TRUE);
  update_word_count (self);
}

static void
nr_long_text_editor_constructed (GObject *object)
{
  NrLongTextEditor *self = NR_LONG_TEXT_EDITOR (object);
  NrQuestion *question = nr_answer_editor_get_question (NR_ANSWER_EDITOR (self));

  G_OBJECT_CLASS (nr_long_text_editor_parent_class)->constructed (object);

  nr_gui_set_accessible_label (GTK_WIDGET (self->view), nr_question_get_label (question));
  nr_answer_editor_set_input (NR_ANSWER_EDITOR (self), GTK_WIDGET (self->view));
  g_signal_connect_object (gtk_text_view_get_buffer (self->view), "changed",
                           G_CALLBACK (buffer_changed_cb), self, G_CONNECT_SWAPPED);
  update_word_count (self);
}

static void
nr_long_text_editor_class_init (NrLongTextEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  NrAnswerEditorClass *editor_class = NR_ANSWER_EDITOR_CLASS (klass);

  object_class->constructed = nr_long_text_editor_constructed;
  editor_class->typed = TRUE;
  editor_class->dup_value = nr_long_text_editor_dup_value;
  editor_class->set_value = nr_long_text_editor_set_value;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/nr-long-text-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, NrLongTextEditor, view);
  gtk_widget_class_bind_template_child (widget_class, NrLongTextEditor, count_label);
}

static void
nr_long_text_editor_init (NrLongTextEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
