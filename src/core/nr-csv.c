/* nr-csv.c: CSV fields as RFC 4180 writes them, safe to open in a
 * spreadsheet.
 *
 * Both of the overview's CSV files, the matrix and the long one, write
 * their fields here, so that they quote and neutralise alike.
 */
#include "config.h"

#include <string.h>

#include "nr-csv.h"

/* A spreadsheet takes a cell beginning with one of these for a formula,
 * which a submission's file name, state or answer could carry into a
 * reviewer's spreadsheet ("=HYPERLINK(…)"); a leading apostrophe makes it
 * text, as OWASP recommends. */
static gboolean
could_be_formula (const char *value)
{
  return value != NULL && value[0] != '\0' && strchr ("=+-@\t\r", value[0]) != NULL;
}

/* Every field is quoted, a quote inside doubled; line breaks stay inside
 * the quotes, where RFC 4180 allows them. */
void
nr_csv_append_field (GString    *csv,
                     const char *value,
                     gboolean    first)
{
  if (!first)
    g_string_append_c (csv, ',');
  g_string_append_c (csv, '"');
  if (could_be_formula (value))
    g_string_append_c (csv, '\'');
  for (const char *p = value != NULL ? value : ""; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (csv, '"');
      g_string_append_c (csv, *p);
    }
  g_string_append_c (csv, '"');
}

/* Rows end in CRLF, as RFC 4180 says. */
void
nr_csv_end_row (GString *csv)
{
  g_string_append (csv, "\r\n");
}
