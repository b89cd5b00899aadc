/* nr-list-editor.h: several names or links, one entry each. */
#pragma once

#include "nr-answer-editor.h"

G_BEGIN_DECLS

#define NR_TYPE_LIST_EDITOR (nr_list_editor_get_type ())
G_DECLARE_FINAL_TYPE (NrListEditor, nr_list_editor, NR, LIST_EDITOR, NrAnswerEditor)

G_END_DECLS
