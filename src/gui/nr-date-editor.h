/* nr-date-editor.h: a date, typed as precisely as its source or picked. */
#pragma once

#include "nr-answer-editor.h"

G_BEGIN_DECLS

#define NR_TYPE_DATE_EDITOR (nr_date_editor_get_type ())
G_DECLARE_FINAL_TYPE (NrDateEditor, nr_date_editor, NR, DATE_EDITOR, NrAnswerEditor)

G_END_DECLS
