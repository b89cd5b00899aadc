/* nr-merge.h: merging a contribution into a report. */
#pragma once

#include <gio/gio.h>

#include "nr-document.h"
#include "nr-report.h"

G_BEGIN_DECLS

#define NR_MERGE_ERROR (nr_merge_error_quark ())

typedef enum
{
  NR_MERGE_ERROR_OTHER_REPORT,
  NR_MERGE_ERROR_PARTIAL_EXPORT,
  NR_MERGE_ERROR_UNRESOLVED,
  NR_MERGE_ERROR_CHANGED,
} NrMergeError;

typedef enum
{
  NR_MERGE_RESOLUTION_NONE,
  NR_MERGE_RESOLUTION_OURS,
  NR_MERGE_RESOLUTION_THEIRS,
  NR_MERGE_RESOLUTION_EDITED,
} NrMergeResolution;

#define NR_TYPE_MERGE_ITEM (nr_merge_item_get_type ())
G_DECLARE_FINAL_TYPE (NrMergeItem, nr_merge_item, NR, MERGE_ITEM, GObject)

#define NR_TYPE_MERGE (nr_merge_get_type ())
G_DECLARE_FINAL_TYPE (NrMerge, nr_merge, NR, MERGE, GObject)

GQuark             nr_merge_error_quark          (void);

const char        *nr_merge_item_get_aspect      (NrMergeItem       *self);
const char        *nr_merge_item_get_target      (NrMergeItem       *self);
const char        *nr_merge_item_get_record_id   (NrMergeItem       *self);
const char        *nr_merge_item_get_ancestor    (NrMergeItem       *self);
const char        *nr_merge_item_get_ours        (NrMergeItem       *self);
const char        *nr_merge_item_get_theirs      (NrMergeItem       *self);
const NrProvenance *nr_merge_item_get_our_provenance   (NrMergeItem *self);
const NrProvenance *nr_merge_item_get_their_provenance (NrMergeItem *self);
gboolean           nr_merge_item_is_conflict     (NrMergeItem       *self);
NrMergeResolution  nr_merge_item_get_resolution  (NrMergeItem       *self);

NrMerge           *nr_merge_new                  (NrReport          *ours,
                                                  NrDocument        *theirs,
                                                  const char        *display_name,
                                                  GError           **error);
NrMerge           *nr_merge_new_from_file        (NrReport          *ours,
                                                  GFile             *file,
                                                  GError           **error);
GListModel        *nr_merge_get_items            (NrMerge           *self);
guint              nr_merge_get_n_conflicts      (NrMerge           *self);
guint              nr_merge_get_n_unresolved     (NrMerge           *self);
gboolean           nr_merge_is_already_merged    (NrMerge           *self);
void               nr_merge_resolve              (NrMerge           *self,
                                                  NrMergeItem       *item,
                                                  NrMergeResolution  resolution,
                                                  const char        *edited_state);
void               nr_merge_resolve_all          (NrMerge           *self,
                                                  NrMergeResolution  resolution);
gboolean           nr_merge_apply                (NrMerge           *self,
                                                  GError           **error);
gboolean           nr_merge_move_to              (NrMerge           *self,
                                                  NrReport          *report,
                                                  GError           **error);

G_END_DECLS
