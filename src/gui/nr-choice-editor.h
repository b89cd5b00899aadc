/* nr-choice-editor.h: one choice, from a drop-down. */
#pragma once

#include "nr-answer-editor.h"

G_BEGIN_DECLS

#define NR_TYPE_CHOICE_EDITOR (nr_choice_editor_get_type ())
G_DECLARE_FINAL_TYPE (NrChoiceEditor, nr_choice_editor, NR, CHOICE_EDITOR, NrAnswerEditor)

/* Shared with the checklist, whose rows choose a status each. */
GtkStringList *nr_choice_editor_labels_new (GListModel *choices,
                                            const char *none);
guint          nr_choice_editor_position   (GListModel *choices,
                                            const char *value);
NrChoice      *nr_choice_editor_chosen     (GListModel *choices,
                                            guint       position);

G_END_DECLS
