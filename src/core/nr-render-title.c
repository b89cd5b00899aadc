/* nr-render-title.c: the title page, and the words that name the report.
 *
 * A reader knows the State by its name, not by its ISO code, and a period
 * as people write it: "2025" for a calendar year, "January–June 2025" for
 * whole months, "1 March 2025 – 29 February 2026" otherwise.
 */
#include "config.h"


#include "nr-country.h"
#include "nr-render-private.h"

static const char *
month_name (GDateMonth month)
{
  return nr_month_name (month);
}

/* @text as a date, from an ISO date "2025-03-01"; %FALSE if it is not one. */
static gboolean
parse_date (const char *text,
            GDate      *date)
{
  unsigned year, month, day;

  g_date_clear (date, 1);
  if (text == NULL || sscanf (text, "%4u-%2u-%2u", &year, &month, &day) != 3 ||
      !g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

static char *
full_date (const GDate *date)
{
  /* Translators: a date in a reporting period: day, month and year, as
   * "1 March 2025"; reorder with %1$u (day), %2$s (month), %3$u (year). */
  return g_strdup_printf (_("%1$u %2$s %3$u"), g_date_get_day (date), month_name (g_date_get_month (date)),
                          g_date_get_year (date));
}

static char *
month_of_year (const GDate *date)
{
  /* Translators: a month and a year, as "March 2025". */
  return g_strdup_printf (_("%1$s %2$u"), month_name (g_date_get_month (date)), g_date_get_year (date));
}

/* A period of whole months: "March 2025", "January–June 2025",
 * "July 2025 – June 2026", or "2025" for a calendar year. */
static char *
months_period (const GDate *start,
               const GDate *end)
{
  guint year = g_date_get_year (start);

  if (year == g_date_get_year (end))
    {
      if (g_date_get_month (start) == G_DATE_JANUARY && g_date_get_month (end) == G_DATE_DECEMBER)
        return g_strdup_printf ("%u", year);
      if (g_date_get_month (start) == g_date_get_month (end))
        return month_of_year (start);
      /* Translators: whole months of one year, as "January–June 2025". */
      return g_strdup_printf (_("%1$s–%2$s %3$u"), month_name (g_date_get_month (start)),
                              month_name (g_date_get_month (end)), year);
    }
  {
    g_autofree char *from = month_of_year (start);
    g_autofree char *to = month_of_year (end);

    /* Translators: a reporting period from one date to another, as
     * "1 March 2025 – 29 February 2026". */
    return g_strdup_printf (_("%s – %s"), from, to);
  }
}

/**
 * nr_render_format_period:
 * @start: (nullable): the first day, an ISO date
 * @end: (nullable): the last day, an ISO date
 *
 * Returns: the period as people write it, in the language of the
 *   printout; what is not a date is given as it is; empty if there is none.
 */
char *
nr_render_format_period (const char *start,
                         const char *end)
{
  GDate first, last;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (start == NULL && end == NULL)
    return g_strdup ("");
  if (!parse_date (start, &first) || !parse_date (end, &last))
    return g_strdup_printf (_("%s – %s"), start != NULL ? start : "…", end != NULL ? end : "…");
  if (g_date_get_day (&first) == 1 && g_date_is_last_of_month (&last) && g_date_compare (&first, &last) <= 0)
    return months_period (&first, &last);
  from = full_date (&first);
  to = full_date (&last);
  return g_strdup_printf (_("%s – %s"), from, to);
}

/* The State's name in @language, or its code for a code iso-codes does
 * not know. */
static char *
state_name (NrDocument *document,
            const char *language)
{
  char *name = nr_countries_lookup_name_in (document->state, language);

  if (name != NULL)
    return name;
  return g_strdup (document->state != NULL ? document->state : "");
}

/* @iso, an ISO 8601 time, as cairo takes it for a PDF's dates: without
 * fractions of a second, which it refuses. */
static char *
pdf_date (const char *iso)
{
  g_autoptr(GDateTime) time = iso != NULL ? g_date_time_new_from_iso8601 (iso, NULL) : NULL;
  g_autoptr(GDateTime) utc = time != NULL ? g_date_time_to_utc (time) : NULL;

  return utc != NULL ? g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ") : NULL;
}

/* "National report — Indonesia, 2025", leaving out what a report does not
 * say yet. */
static char *
running_title (const char *state,
               const char *period)
{
  if (*state != '\0' && *period != '\0')
    /* Translators: the running title on each printed page, and the PDF's
     * title: a State's name and the reporting period. */
    return g_strdup_printf (_("National report — %s, %s"), state, period);
  if (*state != '\0' || *period != '\0')
    /* Translators: the running title of a report that gives only its
     * State's name or only its period. */
    return g_strdup_printf (_("National report — %s"), *state != '\0' ? state : period);
  return g_strdup (_("National report"));
}

/* What every page and the document's metadata call the report. */
void
nr_render_set_names (NrRenderer *r)
{
  NrDocument *document = r->document;
  NrPages *pages = r->pages;
  g_autofree char *period = nr_render_format_period (document->period_start, document->period_end);

  pages->marking = g_strdup (nr_export_profile_marking (document->profile));
  pages->state_name = state_name (document, r->language);
  pages->running_title = running_title (pages->state_name, period);
  pages->title = g_strdup (pages->running_title);
  pages->author = g_strdup (document->preparing_agency);
  pages->subject = g_strdup (nr_questionnaire_get_title (r->questionnaire));
  pages->created = pdf_date (document->exported);
}

void
nr_render_add_title_page (NrRenderer *r)
{
  NrDocument *document = r->document;
  g_autofree char *period = nr_render_format_period (document->period_start, document->period_end);
  g_autofree char *questionnaire = NULL;
  g_autofree char *exported_text = NULL;
  const double widths[] = { 0.35, 0.65 };
  NrTable table;

  r->y = 160;
  nr_render_add_text (r, nr_questionnaire_get_title (r->questionnaire), NR_STYLE_TITLE, 0, 12);
  nr_render_add_text (r, r->pages->state_name, NR_STYLE_HEADING, 0, 4);
  nr_render_add_text (r, period, NR_STYLE_HEADING, 0, 24);

  /* Translators: a questionnaire's title, then its version number. */
  questionnaire = g_strdup_printf (_("%s, version %s"), nr_questionnaire_get_title (r->questionnaire),
                                   document->questionnaire_version);

  /* Minutes are enough on paper: "2025-11-30 09:15 UTC". */
  if (document->exported != NULL && strlen (document->exported) >= 16)
    exported_text = g_strdup_printf ("%.10s %.5s UTC", document->exported, document->exported + 11);

  nr_table_init (&table, 2, widths, TRUE);
  {
    const char *header[] = { _("Report"), "", NULL };
    const char *state[] = { _("State"), r->pages->state_name, NULL };
    const char *period_row[] = { _("Reporting period"), period, NULL };
    const char *agency[] = { _("Preparing agency"), document->preparing_agency, NULL };
    const char *language[] = { _("Language of the answers"), document->language, NULL };
    const char *questionnaire_row[] = { _("Questionnaire"), questionnaire, NULL };
    const char *classification[] = { _("Classification"), r->pages->marking, NULL };
    const char *exported[] = { _("Exported"), exported_text, NULL };

    nr_table_add_row (&table, header);
    nr_table_add_row (&table, state);
    nr_table_add_row (&table, period_row);
    nr_table_add_row (&table, agency);
    nr_table_add_row (&table, language);
    nr_table_add_row (&table, questionnaire_row);
    nr_table_add_row (&table, classification);
    if (exported_text != NULL)
      nr_table_add_row (&table, exported);
  }
  nr_table_finish (r, &table);

  if (document->scope_norms != NULL || document->scope_sections != NULL)
    nr_render_add_text (r, _("This is a contribution: it holds only the parts of the report assigned to one agency."),
                        NR_STYLE_MUTED, 0, 4);
}
