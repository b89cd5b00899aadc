/* nr-gui-util.h: small helpers the views share. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *nr_format_period (const char *start,
                        const char *end);

char *nr_format_time   (const char *iso);

G_END_DECLS
