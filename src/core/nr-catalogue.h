/* nr-catalogue.h: a translation catalogue of a language other than the
 * interface's. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _NrCatalogue NrCatalogue;

NrCatalogue *nr_catalogue_load      (const char  *localedir,
                                     const char  *domain,
                                     const char  *language);
NrCatalogue *nr_catalogue_new_source (void);
gboolean     nr_catalogue_is_source_language (const char *language);
const char  *nr_catalogue_translate (NrCatalogue *self,
                                     const char  *context,
                                     const char  *msgid);
NrCatalogue *nr_catalogue_ref       (NrCatalogue *self);
void         nr_catalogue_unref     (NrCatalogue *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NrCatalogue, nr_catalogue_unref)

G_END_DECLS
