/* nr-norm-measures.h: on a norm's page, the measures linked to the norm. */
#pragma once

#include <adwaita.h>

#include "nr-core.h"
#include "nr-measure-list.h"
#include "nr-record-dialog.h"

G_BEGIN_DECLS

#define NR_TYPE_NORM_MEASURES (nr_norm_measures_get_type ())
G_DECLARE_FINAL_TYPE (NrNormMeasures, nr_norm_measures, NR, NORM_MEASURES, GtkWidget)

NrNormMeasures *nr_norm_measures_new             (NrReport       *report,
                                                  const char     *norm_id);
NrMeasureList  *nr_norm_measures_get_list        (NrNormMeasures *self);
GtkListBox     *nr_norm_measures_get_candidates  (NrNormMeasures *self);
GtkPopover     *nr_norm_measures_get_link_popover (NrNormMeasures *self);
GtkEditable    *nr_norm_measures_get_link_search (NrNormMeasures *self);
NrRecordDialog *nr_norm_measures_add             (NrNormMeasures *self);

G_END_DECLS
