/* nr-text.h: text as the interchange format can hold it. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The longest answer text and the longest name (of a person or an agency)
 * the interchange schema accepts, in characters. */
#define NR_TEXT_MAX_LENGTH 1000000
#define NR_NAME_MAX_LENGTH 256

gboolean  nr_text_is_normal       (const char *text);
char     *nr_text_normalise       (const char *text);
char     *nr_text_normalise_name  (const char *text);
GVariant *nr_text_normalise_value (GVariant   *value);
gboolean  nr_text_is_date         (const char *text);
gboolean  nr_text_is_language_tag (const char *text);

G_END_DECLS
