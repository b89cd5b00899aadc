/* nr-library.h: the user's reports, read in the background. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define NR_TYPE_LIBRARY_ITEM (nr_library_item_get_type ())
G_DECLARE_FINAL_TYPE (NrLibraryItem, nr_library_item, NR, LIBRARY_ITEM, GObject)

GFile      *nr_library_item_get_file       (NrLibraryItem *self);
const char *nr_library_item_get_state      (NrLibraryItem *self);
const char *nr_library_item_get_period     (NrLibraryItem *self);
const char *nr_library_item_get_problem    (NrLibraryItem *self);
double      nr_library_item_get_completion (NrLibraryItem *self);
const char *nr_library_item_get_questionnaire (NrLibraryItem *self);
GDateTime  *nr_library_item_get_modified   (NrLibraryItem *self);

#define NR_TYPE_LIBRARY (nr_library_get_type ())
G_DECLARE_FINAL_TYPE (NrLibrary, nr_library, NR, LIBRARY, GObject)

NrLibrary  *nr_library_new          (GFile        *folder);
GListModel *nr_library_get_items    (NrLibrary    *self);
gboolean    nr_library_is_loading   (NrLibrary    *self);
void        nr_library_reload       (NrLibrary    *self);
void        nr_library_set_extra_files (NrLibrary  *self,
                                     const char * const *uris);

G_END_DECLS
