/* nr-long-text-editor.h: a long text, in a text view that grows with it. */
#pragma once

#include "nr-answer-editor.h"

G_BEGIN_DECLS

#define NR_TYPE_LONG_TEXT_EDITOR (nr_long_text_editor_get_type ())
G_DECLARE_FINAL_TYPE (NrLongTextEditor, nr_long_text_editor, NR, LONG_TEXT_EDITOR, NrAnswerEditor)

G_END_DECLS
