/* nr-country.h: a UN member state, for choosing who reports. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define NR_TYPE_COUNTRY (nr_country_get_type ())
G_DECLARE_FINAL_TYPE (NrCountry, nr_country, NR, COUNTRY, GObject)

const char *nr_country_get_code    (NrCountry  *self);
const char *nr_country_get_name    (NrCountry  *self);
gboolean    nr_country_is_asean    (NrCountry  *self);

GListModel *nr_countries_get_default (void);
const char *nr_countries_lookup_name (const char *code);
char       *nr_countries_lookup_name_in (const char *code,
                                         const char *language);

G_END_DECLS
