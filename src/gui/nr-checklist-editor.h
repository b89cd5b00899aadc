/* nr-checklist-editor.h: a status for each practical action. */
#pragma once

#include "nr-answer-editor.h"

G_BEGIN_DECLS

#define NR_TYPE_CHECKLIST_EDITOR (nr_checklist_editor_get_type ())
G_DECLARE_FINAL_TYPE (NrChecklistEditor, nr_checklist_editor, NR, CHECKLIST_EDITOR, NrAnswerEditor)

G_END_DECLS
