/* nr-gui-util.h: small helpers the views share. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *nr_format_period (const char *start,
                        const char *end);

char *nr_format_time   (const char *iso);
char *nr_format_date_time (GDateTime *time);

G_END_DECLS
