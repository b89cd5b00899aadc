/* nr-overview-window.h: the reviewer's window: many submissions side by side. */
#pragma once

#include <adwaita.h>

#include "nr-core.h"
#include "nr-overview-contacts-view.h"
#include "nr-overview-narratives-view.h"
#include "nr-overview-needs-view.h"

G_BEGIN_DECLS

#define NR_TYPE_OVERVIEW_WINDOW (nr_overview_window_get_type ())
G_DECLARE_FINAL_TYPE (NrOverviewWindow, nr_overview_window, NR, OVERVIEW_WINDOW, AdwWindow)

NrOverviewWindow *nr_overview_window_new        (GtkWindow          *parent);
void              nr_overview_window_add_files  (NrOverviewWindow   *self,
                                                 const char * const *paths);
gboolean          nr_overview_window_is_loading (NrOverviewWindow   *self);
gboolean          nr_overview_window_show_cell  (NrOverviewWindow   *self,
                                                 guint               row,
                                                 const char         *norm_id);
int               nr_overview_window_compare    (NrOverviewWindow   *self,
                                                 guint               first,
                                                 guint               second);
void              nr_overview_window_tick       (NrOverviewWindow   *self,
                                                 guint               row,
                                                 gboolean            ticked);
GtkGrid          *nr_overview_window_get_matrix (NrOverviewWindow   *self);
GtkBox           *nr_overview_window_get_detail (NrOverviewWindow   *self);
void              nr_overview_window_show_view  (NrOverviewWindow   *self,
                                                 const char         *name);
NrOverviewNeedsView      *nr_overview_window_get_needs_view      (NrOverviewWindow *self);
NrOverviewNarrativesView *nr_overview_window_get_narratives_view (NrOverviewWindow *self);
NrOverviewContactsView   *nr_overview_window_get_contacts_view   (NrOverviewWindow *self);

G_END_DECLS
