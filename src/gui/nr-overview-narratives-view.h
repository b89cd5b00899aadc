/* nr-overview-narratives-view.h: one norm's narratives, a column per State,
 * in the reviewer's window. */
#pragma once

#include <adwaita.h>

#include "nr-core.h"

G_BEGIN_DECLS

#define NR_TYPE_OVERVIEW_NARRATIVES_VIEW (nr_overview_narratives_view_get_type ())
G_DECLARE_FINAL_TYPE (NrOverviewNarrativesView, nr_overview_narratives_view, NR, OVERVIEW_NARRATIVES_VIEW, AdwBin)

void      nr_overview_narratives_view_show        (NrOverviewNarrativesView *self,
                                                   NrOverview               *overview);
gboolean  nr_overview_narratives_view_select_norm (NrOverviewNarrativesView *self,
                                                   const char               *norm_id);
GtkBox   *nr_overview_narratives_view_get_columns (NrOverviewNarrativesView *self);

G_END_DECLS
