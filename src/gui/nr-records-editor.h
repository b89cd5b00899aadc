/* nr-records-editor.h: a list of records, added and edited in a dialog. */
#pragma once

#include "nr-answer-editor.h"

G_BEGIN_DECLS

#define NR_TYPE_RECORDS_EDITOR (nr_records_editor_get_type ())
G_DECLARE_FINAL_TYPE (NrRecordsEditor, nr_records_editor, NR, RECORDS_EDITOR, NrAnswerEditor)

G_END_DECLS
