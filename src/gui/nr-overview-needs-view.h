/* nr-overview-needs-view.h: capacity-building needs and offers across the
 * submissions, in the reviewer's window. */
#pragma once

#include <adwaita.h>

#include "nr-core.h"

G_BEGIN_DECLS

#define NR_TYPE_OVERVIEW_NEEDS_VIEW (nr_overview_needs_view_get_type ())
G_DECLARE_FINAL_TYPE (NrOverviewNeedsView, nr_overview_needs_view, NR, OVERVIEW_NEEDS_VIEW, AdwBin)

void     nr_overview_needs_view_show     (NrOverviewNeedsView *self,
                                          NrOverview          *overview);
GtkGrid *nr_overview_needs_view_get_matches (NrOverviewNeedsView *self);

G_END_DECLS
