/* nr-choices-editor.h: several choices, ticked. */
#pragma once

#include "nr-answer-editor.h"

G_BEGIN_DECLS

#define NR_TYPE_CHOICES_EDITOR (nr_choices_editor_get_type ())
G_DECLARE_FINAL_TYPE (NrChoicesEditor, nr_choices_editor, NR, CHOICES_EDITOR, NrAnswerEditor)

G_END_DECLS
