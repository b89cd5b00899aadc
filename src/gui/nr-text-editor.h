/* nr-text-editor.h: a short text, a web address or an e-mail address, in an entry. */
#pragma once

#include "nr-answer-editor.h"

G_BEGIN_DECLS

#define NR_TYPE_TEXT_EDITOR (nr_text_editor_get_type ())
G_DECLARE_FINAL_TYPE (NrTextEditor, nr_text_editor, NR, TEXT_EDITOR, NrAnswerEditor)

G_END_DECLS
