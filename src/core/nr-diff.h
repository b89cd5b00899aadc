/* nr-diff.h: what changed between two cycles of a report. */
#pragma once

#include "nr-document.h"

G_BEGIN_DECLS

typedef enum
{
  NR_CHANGE_ADDED,
  NR_CHANGE_REMOVED,
  NR_CHANGE_CHANGED,
} NrChangeKind;

/* One answer that differs, with what it was and what it is as a reader
 * would recognise them: texts and choice values as they are; for a list of
 * records, the records removed (old_text) and added (new_text), one a line,
 * as their fields' values.  NULL where there is nothing to show. */
typedef struct
{
  char *question_id;
  NrChangeKind kind;
  char *old_text;
  char *new_text;
} NrChange;

GPtrArray *nr_document_diff (NrDocument      *old,
                             NrDocument      *new,
                             NrQuestionnaire *questionnaire);

G_END_DECLS
