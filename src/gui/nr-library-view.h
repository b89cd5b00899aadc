/* nr-library-view.h: the start page: the user's reports, or an invitation. */
#pragma once

#include <adwaita.h>

#include "nr-library.h"

G_BEGIN_DECLS

#define NR_TYPE_LIBRARY_VIEW (nr_library_view_get_type ())
G_DECLARE_FINAL_TYPE (NrLibraryView, nr_library_view, NR, LIBRARY_VIEW, GtkWidget)

void        nr_library_view_set_library (NrLibraryView *self,
                                         NrLibrary     *library);
GtkListBox *nr_library_view_get_list    (NrLibraryView *self);

G_END_DECLS
