/* nr-i18n.h: setting up translations for every program of the project. */
#pragma once

#include <glib.h>

#include "nr-catalogue.h"

G_BEGIN_DECLS

void nr_i18n_init (void);

const char  *nr_i18n_localedir              (void);
NrCatalogue *nr_i18n_swap_thread_catalogue  (NrCatalogue *catalogue);
const char  *nr_i18n_gettext                (const char  *msgid) G_GNUC_FORMAT (1);
const char  *nr_i18n_pgettext               (const char  *context,
                                             const char  *msgid) G_GNUC_FORMAT (2);

G_END_DECLS
