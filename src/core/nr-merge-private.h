/* nr-merge-private.h: how a merge builds its items. */
#pragma once

#include "nr-merge.h"

G_BEGIN_DECLS

/* What one state belongs to: an aspect of a target, or of one record. */
typedef struct
{
  const char *aspect;
  const char *target;
  const char *record_id;
} NrMergeKey;

NrMergeItem *nr_merge_item_new            (const NrMergeKey   *key,
                                           const char         *ancestor,
                                           const char         *ours,
                                           const char         *theirs,
                                           const NrProvenance *our_provenance,
                                           const NrProvenance *their_provenance,
                                           gboolean            conflict);
void         nr_merge_item_set_resolution (NrMergeItem        *self,
                                           NrMergeResolution   resolution,
                                           const char         *edited);
const char  *nr_merge_item_get_edited     (NrMergeItem        *self);

G_END_DECLS
