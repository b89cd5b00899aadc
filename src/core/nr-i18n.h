/* nr-i18n.h: setting up translations for every program of the project. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void nr_i18n_init (void);

G_END_DECLS
