/* nr-merge-dialog.h: what a contribution brings, and its conflicts side by
 * side, each resolved by the user. */
#pragma once

#include <adwaita.h>

#include "nr-core.h"

G_BEGIN_DECLS

#define NR_TYPE_MERGE_DIALOG (nr_merge_dialog_get_type ())
G_DECLARE_FINAL_TYPE (NrMergeDialog, nr_merge_dialog, NR, MERGE_DIALOG, AdwWindow)

NrMergeDialog *nr_merge_dialog_new        (GtkWindow     *parent,
                                           NrReport      *report,
                                           NrMerge       *merge,
                                           const char    *source_name);
GtkWidget     *nr_merge_dialog_get_choice (NrMergeDialog *self,
                                           guint          conflict,
                                           NrMergeResolution resolution);
gboolean       nr_merge_dialog_apply      (NrMergeDialog *self);

G_END_DECLS
