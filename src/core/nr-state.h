/* nr-state.h: the text form in which answers are stored and compared. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *nr_state_print (GVariant *value);

G_END_DECLS
