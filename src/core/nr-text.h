/* nr-text.h: text as the interchange format can hold it. */
#pragma once

#include <glib.h>

#include "nr-types.h"

G_BEGIN_DECLS

/* The longest answer text the interchange schema accepts, in characters;
 * names have NR_NAME_MAX_LENGTH (nr-types.h). */
#define NR_TEXT_MAX_LENGTH 1000000

gboolean  nr_text_is_normal       (const char *text);
char     *nr_text_normalise       (const char *text);
char     *nr_text_normalise_name  (const char *text);
GVariant *nr_text_normalise_value (GVariant   *value);
GStrv     nr_text_split_paragraphs (const char *text);

G_END_DECLS
