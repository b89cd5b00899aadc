/* nr-frozen-list.h: a list model that is filled once and then only read. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define NR_TYPE_FROZEN_LIST (nr_frozen_list_get_type ())
G_DECLARE_FINAL_TYPE (NrFrozenList, nr_frozen_list, NR, FROZEN_LIST, GObject)

NrFrozenList *nr_frozen_list_new    (GType         item_type);
void          nr_frozen_list_append (NrFrozenList *self,
                                     gpointer      item);

G_END_DECLS
