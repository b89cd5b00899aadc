/* nr-text-editor.c: a short text, a web address or an e-mail address, in
 * an entry.
 *
 * Links and e-mail addresses are saved as typed, but a mistake is pointed
 * out: a half-typed address is still worth keeping.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "nr-gui-util.h"
#include "nr-text-editor.h"

struct _NrTextEditor
{
  NrAnswerEditor parent_instance;

  GtkEntry *entry;
};

G_DEFINE_FINAL_TYPE (NrTextEditor, nr_text_editor, NR_TYPE_ANSWER_EDITOR)

static const char *
find_problem (NrQuestionKind kind,
              const char    *text)
{
  if (*text == '\0')
    return NULL;

  switch (kind)
    {
    case NR_QUESTION_KIND_URL:
      if (!g_uri_is_valid (text, G_URI_FLAGS_NONE, NULL) ||
          !(g_str_has_prefix (text, "https://") || g_str_has_prefix (text, "http://")))
        return _("Write the full address, starting with https://.");
      return NULL;
    case NR_QUESTION_KIND_EMAIL:
      if (strchr (text, '@') == NULL || strchr (text, ' ') != NULL)
        return _("This does not look like an e-mail address.");
      return NULL;
    case NR_QUESTION_KIND_SHORT_TEXT:
    case NR_QUESTION_KIND_SINGLE_CHOICE:
    case NR_QUESTION_KIND_MULTIPLE_CHOICE:
    case NR_QUESTION_KIND_CHECKLIST:
    case NR_QUESTION_KIND_LONG_TEXT:
    case NR_QUESTION_KIND_DATE:
    case NR_QUESTION_KIND_RECORDS:
    case NR_QUESTION_KIND_TEXT_LIST:
    case NR_QUESTION_KIND_LINK_LIST:
    default:
      return NULL;
    }
}

static void
check_format (NrAnswerEditor *editor)
{
  NrTextEditor *self = NR_TEXT_EDITOR (editor);

  nr_answer_editor_set_problem (editor,
                                find_problem (nr_question_get_kind (nr_answer_editor_get_question (editor)),
                                              gtk_editable_get_text (GTK_EDITABLE (self->entry))),
                                TRUE);
}

static void
nr_text_editor_constructed (GObject *object)
{
  NrTextEditor *self = NR_TEXT_EDITOR (object);
  NrQuestion *question = nr_answer_editor_get_question (NR_ANSWER_EDITOR (self));

  G_OBJECT_CLASS (nr_text_editor_parent_class)->constructed (object);

  if (nr_question_get_kind (question) == NR_QUESTION_KIND_URL)
    gtk_entry_set_input_purpose (self->entry, GTK_INPUT_PURPOSE_URL);
  if (nr_question_get_kind (question) == NR_QUESTION_KIND_EMAIL)
    gtk_entry_set_input_purpose (self->entry, GTK_INPUT_PURPOSE_EMAIL);
  nr_gui_set_accessible_label (GTK_WIDGET (self->entry), nr_question_get_label (question));
  nr_answer_editor_set_input (NR_ANSWER_EDITOR (self), GTK_WIDGET (self->entry));
}

static void
nr_text_editor_class_init (NrTextEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  NrAnswerEditorClass *editor_class = NR_ANSWER_EDITOR_CLASS (klass);

  object_class->constructed = nr_text_editor_constructed;
  editor_class->typed = TRUE;
  editor_class->check_format = check_format;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/nr-text-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, NrTextEditor, entry);
}

static void
nr_text_editor_init (NrTextEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
