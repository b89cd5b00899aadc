/* nr-gui-util.c: small helpers the views share. */
#include "config.h"

#include <glib/gi18n.h>

#include "nr-gui-util.h"

/**
 * nr_format_period:
 * @start: (nullable): an ISO date
 * @end: (nullable): an ISO date
 *
 * Returns: (transfer full): the reporting period as people say it: "2025",
 *   or "2025–2026" when it spans two years.
 */
char *
nr_format_period (const char *start,
                  const char *end)
{
  if (start == NULL && end == NULL)
    return g_strdup (_("Period not set"));
  if (start == NULL || end == NULL || strncmp (start, end, 4) == 0)
    return g_strndup (start != NULL ? start : end, 4);
  /* Translators: a reporting period from one year to another. */
  return g_strdup_printf (_("%.4s–%.4s"), start, end);
}

/**
 * nr_format_time:
 * @iso: (nullable): an ISO 8601 time, as reports record them
 *
 * Returns: (transfer full): the time in the user's time zone and format.
 */
char *
nr_format_time (const char *iso)
{
  g_autoptr(GDateTime) time = iso != NULL ? g_date_time_new_from_iso8601 (iso, NULL) : NULL;

  if (time == NULL)
    return g_strdup (iso != NULL ? iso : "");
  return nr_format_date_time (time);
}

/**
 * nr_format_date_time:
 * @time: a moment, in any time zone
 *
 * Returns: (transfer full): @time in the user's time zone, date in the
 * locale's format.
 */
char *
nr_format_date_time (GDateTime *time)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (time);

  /* Translators: a date and time in the user's preferred format. */
  return g_date_time_format (local, _("%x %H:%M"));
}
