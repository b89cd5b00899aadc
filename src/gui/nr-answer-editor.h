/* nr-answer-editor.h: the base of the widgets an answer is edited in. */
#pragma once

#include <adwaita.h>

#include "nr-core.h"

G_BEGIN_DECLS

#define NR_TYPE_ANSWER_EDITOR (nr_answer_editor_get_type ())
G_DECLARE_DERIVABLE_TYPE (NrAnswerEditor, nr_answer_editor, NR, ANSWER_EDITOR, GtkWidget)

struct _NrAnswerEditorClass
{
  GtkWidgetClass parent_class;

  /* Whether the answer is typed, and so saved after a pause rather than
   * at once. */
  gboolean typed;

  /* By default, the value is the text of the input, an entry. */
  GVariant *(*dup_value)    (NrAnswerEditor *self);
  void      (*set_value)    (NrAnswerEditor *self,
                             GVariant       *value);
  /* Points out what is wrong with the form of the entry's text. */
  void      (*check_format) (NrAnswerEditor *self);
};

NrAnswerEditor *nr_answer_editor_new_for      (NrQuestion     *question,
                                               NrReport       *report);

NrQuestion     *nr_answer_editor_get_question (NrAnswerEditor *self);
GVariant       *nr_answer_editor_dup_value    (NrAnswerEditor *self);
void            nr_answer_editor_set_value    (NrAnswerEditor *self,
                                               GVariant       *value);
gboolean        nr_answer_editor_is_typed     (NrAnswerEditor *self);
GtkWidget      *nr_answer_editor_get_input    (NrAnswerEditor *self);
const char     *nr_answer_editor_get_problem  (NrAnswerEditor *self);
gboolean        nr_answer_editor_is_savable   (NrAnswerEditor *self);

/* For the editors themselves. */
void            nr_answer_editor_set_input    (NrAnswerEditor *self,
                                               GtkWidget      *input);
void            nr_answer_editor_changed      (NrAnswerEditor *self);
void            nr_answer_editor_set_problem  (NrAnswerEditor *self,
                                               const char     *problem,
                                               gboolean        savable);
void            nr_answer_editor_failed       (NrAnswerEditor *self,
                                               const GError   *error);

GVariant       *nr_answer_editor_text_to_value (const char   *text);
const char     *nr_answer_editor_value_to_text (GVariant     *value);

G_END_DECLS
