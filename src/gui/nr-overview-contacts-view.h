/* nr-overview-contacts-view.h: the points of contact the submissions let
 * out, in the reviewer's window. */
#pragma once

#include <adwaita.h>

#include "nr-core.h"

G_BEGIN_DECLS

#define NR_TYPE_OVERVIEW_CONTACTS_VIEW (nr_overview_contacts_view_get_type ())
G_DECLARE_FINAL_TYPE (NrOverviewContactsView, nr_overview_contacts_view, NR, OVERVIEW_CONTACTS_VIEW, AdwBin)

void    nr_overview_contacts_view_show    (NrOverviewContactsView *self,
                                           NrOverview             *overview);
GtkBox *nr_overview_contacts_view_get_box (NrOverviewContactsView *self);

G_END_DECLS
