/* nr-csv.h: fields of a CSV file that spreadsheets, R and pandas read as
 * they are. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void nr_csv_append_field (GString    *csv,
                          const char *value,
                          gboolean    first);
void nr_csv_end_row      (GString    *csv);

G_END_DECLS
