/* nr-overview-html.c: the regional overview as one self-contained page.
 *
 * Made for workshop slides and for mailing: one file with its styles and
 * charts inline (SVG), no script, nothing fetched.  It is written as
 * well-formed XML (XHTML syntax in an HTML5 page), so it can be checked and
 * processed by any XML tool.  Every text from a submission is escaped.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <math.h>

#include "nr-document-summary.h"
#include "nr-norm.h"
#include "nr-overview-private.h"
#include "nr-questionnaire.h"
#include "nr-text.h"

#define CELL_WIDTH   64
#define CELL_HEIGHT  26
#define LABEL_WIDTH  150
#define HEADER_HEIGHT 30

void
nr_html_append_escaped (GString    *html,
                        const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text != NULL ? text : "", -1);

  g_string_append (html, escaped);
}

/* <element>text</element>, the text escaped. */
void
nr_html_append_element (GString    *html,
                        const char *element,
                        const char *text)
{
  g_string_append_printf (html, "<%s>", element);
  nr_html_append_escaped (html, text);
  g_string_append_printf (html, "</%s>\n", element);
}

/* Text as its writer broke it: a paragraph for each run of lines between
 * blank lines, a line break for each single one. */
void
nr_html_append_paragraphs (GString    *html,
                           const char *text)
{
  g_auto(GStrv) paragraphs = nr_text_split_paragraphs (text);

  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_auto(GStrv) lines = g_strsplit (paragraphs[i], "\n", -1);

      g_string_append (html, "<p>");
      for (guint j = 0; lines[j] != NULL; j++)
        {
          if (j > 0)
            g_string_append (html, "<br/>");
          nr_html_append_escaped (html, lines[j]);
        }
      g_string_append (html, "</p>\n");
    }
}

/* Each norm's ordinal choices, in the questionnaire's order of norms. */
static GPtrArray *
ordinal_choices (NrOverview *self)
{
  GPtrArray *ordinals = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GListModel *norms = nr_questionnaire_get_norms (self->questionnaire);

  for (guint j = 0; j < g_list_model_get_n_items (norms); j++)
    {
      g_autoptr(NrNorm) norm = g_list_model_get_item (norms, j);

      g_ptr_array_add (ordinals, nr_overview_norm_scale (self, norm));
    }
  return ordinals;
}

/* A colour from red (not started) to green (implemented) for the ordinal
 * statuses; for a restraint norm's commitment (@commitment), shades of one
 * blue, lighter to deeper, since whether a State stated its commitment is
 * no grade to colour as good or bad; grey for non-answers; white where
 * nothing was said. */
static char *
status_colour (GPtrArray  *ordinal,
               const char *status,
               gboolean    commitment)
{
  if (status == NULL)
    return g_strdup ("#ffffff");
  for (guint i = 0; i < ordinal->len; i++)
    {
      if (g_str_equal (nr_choice_get_value (ordinal->pdata[i]), status))
        {
          double fraction = ordinal->len > 1 ? (double) i / (ordinal->len - 1) : 1.0;
          /* Hue 0 (red) to 120 (green) at 55% saturation, 70% lightness;
           * or hue 210 from 86% to 64% lightness. */
          double lightness = commitment ? 0.86 - 0.22 * fraction : 0.7;
          double hue = commitment ? 210.0 : 120.0 * fraction;
          double c = (1 - fabs (2 * lightness - 1)) * 0.55;
          double x = c * (1 - fabs (fmod (hue / 60.0, 2) - 1));
          double m = lightness - c / 2;
          double r = hue < 60 ? c : hue < 180 ? x * (hue < 120) : hue < 240 ? 0 : x;
          double g = hue < 60 ? x : hue < 120 ? c : hue < 180 ? c : hue < 240 ? x : 0;
          double b = hue < 120 ? 0 : hue < 180 ? x : c;

          return g_strdup_printf ("#%02x%02x%02x", (int) round ((r + m) * 255), (int) round ((g + m) * 255),
                                  (int) round ((b + m) * 255));
        }
    }
  return g_strdup ("#c0bfbc");
}

/* Whether the @j-th norm asks for a commitment rather than a status. */
static gboolean
is_commitment_norm (NrOverview *self,
                    guint       j)
{
  g_autoptr(NrNorm) norm = g_list_model_get_item (nr_questionnaire_get_norms (self->questionnaire), j);

  return norm != NULL && nr_document_norm_has_commitment (self->questionnaire, norm);
}

char *
nr_overview_norm_short_name (const char *norm_id)
{
  /* Translators: a norm's paragraph, as "13 (a)". */
  return g_strdup_printf (_("13 (%c)"), norm_id[2]);
}

/* Wide enough for the longest State's name ("Lao People's Democratic
 * Republic 2025") in 12-pixel type. */
static guint
label_width (NrOverview *self)
{
  guint longest = 0;

  for (guint i = 0; i < self->submissions->len; i++)
    {
      g_autofree char *title = nr_submission_get_title (self->submissions->pdata[i]);

      longest = MAX (longest, (guint) g_utf8_strlen (title, -1));
    }
  return CLAMP (longest * 7 + 12, LABEL_WIDTH, 360);
}

static guint
percent_answered (NrNormSummary *summary)
{
  return summary->total > 0 ? summary->answered * 100 / summary->total : 0;
}

static void
append_heat_map (NrOverview *self,
                 GString    *html,
                 GPtrArray  *ordinals)
{
  GListModel *norms = nr_questionnaire_get_norms (self->questionnaire);
  guint n_norms = g_list_model_get_n_items (norms);
  guint label = label_width (self);
  guint width = label + n_norms * CELL_WIDTH;
  guint height = HEADER_HEIGHT + self->submissions->len * CELL_HEIGHT;

  g_string_append_printf (html, "<svg class=\"heat-map\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%u\" "
                          "height=\"%u\" viewBox=\"0 0 %u %u\" role=\"img\" aria-label=\"", width, height,
                          width, height);
  nr_html_append_escaped (html, _("Status of each norm by state; the number is the share of questions answered"));
  g_string_append (html, "\">\n");

  for (guint j = 0; j < n_norms; j++)
    {
      g_autoptr(NrNorm) norm = g_list_model_get_item (norms, j);
      g_autofree char *name = nr_overview_norm_short_name (nr_norm_get_id (norm));

      g_string_append_printf (html, "<text x=\"%u\" y=\"20\" text-anchor=\"middle\" class=\"axis\">",
                              label + j * CELL_WIDTH + CELL_WIDTH / 2);
      nr_html_append_escaped (html, name);
      g_string_append (html, "</text>\n");
    }

  for (guint i = 0; i < self->submissions->len; i++)
    {
      NrSubmission *submission = self->submissions->pdata[i];
      g_autofree char *name = nr_submission_get_title (submission);
      guint y = HEADER_HEIGHT + i * CELL_HEIGHT;

      g_string_append_printf (html, "<text x=\"4\" y=\"%u\" class=\"axis\">", y + 17);
      nr_html_append_escaped (html, name);
      g_string_append (html, "</text>\n");

      for (guint j = 0; j < submission->norms->len; j++)
        {
          NrNormSummary *summary = submission->norms->pdata[j];
          g_autofree char *colour = status_colour (ordinals->pdata[j], summary->status,
                                                   is_commitment_norm (self, j));
          guint x = label + j * CELL_WIDTH;

          g_string_append_printf (html, "<rect x=\"%u\" y=\"%u\" width=\"%u\" height=\"%u\" fill=\"%s\" "
                                  "stroke=\"#deddda\"><title>", x, y, CELL_WIDTH, CELL_HEIGHT, colour);
          nr_html_append_escaped (html, name);
          g_string_append (html, ", ");
          nr_html_append_escaped (html, summary->norm_id);
          g_string_append (html, ": ");
          nr_html_append_escaped (html, nr_overview_status_label (self, summary));
          g_string_append (html, "</title></rect>\n");
          g_string_append_printf (html, "<text x=\"%u\" y=\"%u\" text-anchor=\"middle\" class=\"cell\">%u%%</text>\n",
                                  x + CELL_WIDTH / 2, y + 17, percent_answered (summary));
        }
    }
  g_string_append (html, "</svg>\n");
}

static void
append_scale (GString    *html,
              GPtrArray  *ordinal,
              const char *caption,
              gboolean    commitment)
{
  g_string_append (html, "<ul class=\"legend\">\n");
  if (caption != NULL)
    nr_html_append_element (html, "li", caption);
  for (guint i = 0; i < ordinal->len; i++)
    {
      g_autofree char *colour = status_colour (ordinal, nr_choice_get_value (ordinal->pdata[i]), commitment);

      g_string_append_printf (html, "<li><span class=\"swatch\" style=\"background:%s\"></span>", colour);
      nr_html_append_escaped (html, nr_choice_get_label (ordinal->pdata[i]));
      g_string_append (html, "</li>\n");
    }
}

/* The colours of the implementation statuses, then those of the
 * commitments the restraint norms ask for, named with those norms. */
static void
append_legend (NrOverview *self,
               GString    *html,
               GPtrArray  *ordinals)
{
  GListModel *norms = nr_questionnaire_get_norms (self->questionnaire);
  g_autoptr(GString) restraint = g_string_new (NULL);
  GPtrArray *status_scale = NULL;
  GPtrArray *commitment_scale = NULL;

  for (guint j = 0; j < ordinals->len; j++)
    {
      g_autoptr(NrNorm) norm = g_list_model_get_item (norms, j);

      if (nr_document_norm_has_commitment (self->questionnaire, norm))
        {
          g_autofree char *name = nr_overview_norm_short_name (nr_norm_get_id (norm));

          g_string_append_printf (restraint, "%s%s", restraint->len > 0 ? ", " : "", name);
          commitment_scale = commitment_scale != NULL ? commitment_scale : ordinals->pdata[j];
        }
      else
        status_scale = status_scale != NULL ? status_scale : ordinals->pdata[j];
    }

  if (status_scale != NULL)
    append_scale (html, status_scale, NULL, FALSE);
  g_string_append (html, "<li><span class=\"swatch\" style=\"background:#c0bfbc\"></span>");
  nr_html_append_escaped (html, _("Not applicable, withheld or not known"));
  g_string_append (html, "</li>\n<li><span class=\"swatch\" style=\"background:#ffffff\"></span>");
  nr_html_append_escaped (html, _("Not answered"));
  g_string_append (html, "</li>\n</ul>\n");
  if (commitment_scale != NULL)
    {
      /* Translators: the legend of the colours of the restraint norms,
       * which ask whether a State stated its commitment, as
       * "Commitment (13 (c), 13 (f), 13 (k)):". */
      g_autofree char *caption = g_strdup_printf (_("Commitment (%s):"), restraint->str);

      append_scale (html, commitment_scale, caption, TRUE);
      g_string_append (html, "</ul>\n");
    }
}

static void
append_matrix_table (NrOverview *self,
                     GString    *html)
{
  GListModel *norms = nr_questionnaire_get_norms (self->questionnaire);

  g_string_append (html, "<table class=\"matrix\">\n<thead><tr><th>");
  nr_html_append_escaped (html, _("State"));
  g_string_append (html, "</th><th>");
  nr_html_append_escaped (html, _("Period"));
  g_string_append (html, "</th>");
  for (guint j = 0; j < g_list_model_get_n_items (norms); j++)
    {
      g_autoptr(NrNorm) norm = g_list_model_get_item (norms, j);
      g_autofree char *name = nr_overview_norm_short_name (nr_norm_get_id (norm));

      g_string_append (html, "<th>");
      nr_html_append_escaped (html, name);
      g_string_append (html, "</th>");
    }
  g_string_append (html, "</tr></thead>\n<tbody>\n");

  for (guint i = 0; i < self->submissions->len; i++)
    {
      NrSubmission *submission = self->submissions->pdata[i];

      g_string_append (html, "<tr><th scope=\"row\">");
      nr_html_append_escaped (html, nr_overview_state_name (submission->state));
      g_string_append (html, "</th><td class=\"period\">");
      nr_html_append_escaped (html, submission->period_start);
      g_string_append (html, " – ");
      nr_html_append_escaped (html, submission->period_end);
      g_string_append (html, "</td>");
      for (guint j = 0; j < submission->norms->len; j++)
        {
          NrNormSummary *summary = submission->norms->pdata[j];

          g_string_append (html, "<td>");
          nr_html_append_escaped (html, nr_overview_status_label (self, summary));
          g_string_append_printf (html, "<br/><small>%u%%</small></td>", percent_answered (summary));
        }
      g_string_append (html, "</tr>\n");
    }
  g_string_append (html, "</tbody>\n</table>\n");
}

/* For each norm, how many submissions give each status. */
static void
append_bar_charts (NrOverview *self,
                   GString    *html,
                   GPtrArray  *ordinals)
{
  GListModel *norms = nr_questionnaire_get_norms (self->questionnaire);
  guint max = MAX (self->submissions->len, 1);

  g_string_append (html, "<div class=\"bars\">\n");
  for (guint j = 0; j < g_list_model_get_n_items (norms); j++)
    {
      g_autoptr(NrNorm) norm = g_list_model_get_item (norms, j);
      GPtrArray *ordinal = ordinals->pdata[j];
      guint n_bars = ordinal->len + 1;
      g_autofree char *name = nr_overview_norm_short_name (nr_norm_get_id (norm));

      g_string_append (html, "<figure>\n<figcaption>");
      nr_html_append_escaped (html, name);
      g_string_append (html, " ");
      nr_html_append_escaped (html, nr_norm_get_title (norm));
      g_string_append_printf (html, "</figcaption>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"320\" "
                              "height=\"%u\" viewBox=\"0 0 320 %u\">\n", n_bars * 20, n_bars * 20);
      for (guint b = 0; b < n_bars; b++)
        {
          const char *value = b < ordinal->len ? nr_choice_get_value (ordinal->pdata[b]) : NULL;
          const char *label = b < ordinal->len ? nr_choice_get_label (ordinal->pdata[b]) : _("Other or not answered");
          g_autofree char *colour = status_colour (ordinal, value, is_commitment_norm (self, j));
          guint count = 0;

          for (guint i = 0; i < self->submissions->len; i++)
            {
              NrNormSummary *summary = ((NrSubmission *) self->submissions->pdata[i])->norms->pdata[j];
              gboolean ordinal_status = FALSE;

              for (guint k = 0; summary->status != NULL && k < ordinal->len; k++)
                ordinal_status |= g_str_equal (summary->status, nr_choice_get_value (ordinal->pdata[k]));
              if (value != NULL ? g_strcmp0 (summary->status, value) == 0 : !ordinal_status)
                count++;
            }
          g_string_append_printf (html, "<text x=\"0\" y=\"%u\" class=\"axis\">", b * 20 + 14);
          nr_html_append_escaped (html, label);
          /* Labels take the first 160 pixels, bars up to 130 after them. */
          g_string_append_printf (html, "</text><rect x=\"160\" y=\"%u\" width=\"%u\" height=\"14\" fill=\"%s\" "
                                  "stroke=\"#9a9996\"/><text x=\"%u\" y=\"%u\" class=\"cell\">%u</text>\n",
                                  b * 20 + 3, count * 130 / max, value != NULL ? colour : "#c0bfbc",
                                  166 + count * 130 / max, b * 20 + 14, count);
        }
      g_string_append (html, "</svg>\n</figure>\n");
    }
  g_string_append (html, "</div>\n");
}

/* A table of contents of the page's parts. */
static void
append_contents (GString *html)
{
  const struct { const char *anchor; const char *label; } parts[] = {
    { "matrix", N_("Implementation by State and norm") },
    { "norms", N_("Each norm across the region") },
    { "capacity", N_("Capacity-building: needs and offers") },
    { "narratives", N_("Narratives, norm by norm") },
    { "contacts", N_("Points of contact") },
  };

  g_string_append (html, "<nav class=\"contents\"><ul>\n");
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_string_append_printf (html, "<li><a href=\"#%s\">", parts[i].anchor);
      nr_html_append_escaped (html, _(parts[i].label));
      g_string_append (html, "</a></li>\n");
    }
  g_string_append (html, "</ul></nav>\n");
}

static const char page_style[] =
  "body { font-family: 'Noto Sans', Cantarell, sans-serif; margin: 2em; color: #241f31; max-width: 1400px; }\n"
  "h2 { border-bottom: 2px solid #deddda; padding-bottom: 0.2em; margin-top: 2em; }\n"
  "svg text.axis { font-size: 12px; } svg text.cell { font-size: 11px; }\n"
  "table { border-collapse: collapse; font-size: 12px; margin: 1em 0; }\n"
  "th, td { border: 1px solid #deddda; padding: 4px 6px; text-align: left; vertical-align: top; }\n"
  "thead th { background: #f6f5f4; }\n"
  "td.period { white-space: nowrap; }\n"
  "td ul { margin: 0; padding-left: 1.2em; }\n"
  "ul.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 1em; }\n"
  ".swatch { display: inline-block; width: 1em; height: 1em; border: 1px solid #9a9996; "
  "margin-right: 0.4em; vertical-align: middle; }\n"
  ".bars { display: flex; flex-wrap: wrap; gap: 1.5em; }\n"
  "figure { margin: 0; width: 320px; } figcaption { font-size: 12px; font-weight: bold; }\n"
  "nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.4em 1.2em; }\n"
  "nav a { color: #1a5fb4; }\n"
  ".cards, .columns { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 1em; }\n"
  ".card { border: 1px solid #deddda; border-radius: 6px; padding: 0.6em 1em; margin: 0; font-size: 13px; "
  "background: #fafafa; }\n"
  ".card h4 { margin: 0.2em 0 0.4em; font-size: 15px; } .card h5 { margin: 0.8em 0 0.2em; }\n"
  ".card p { margin: 0.4em 0; line-height: 1.45; }\n"
  ".status { color: #5e5c64; font-style: italic; }\n"
  "dl.contact { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 0.8em; }\n"
  "dl.contact dt { color: #5e5c64; } dl.contact dd { margin: 0; overflow-wrap: anywhere; }\n"
  ".none { color: #9a9996; }\n"
  "section.norm { margin-top: 2em; }\n"
  ".problems { color: #a51d2d; }\n"
  "@media print { section.norm, #capacity, #contacts { break-before: page; } }\n"
  /* A link to one norm's narratives ("#norm-13a") shows that norm alone,
   * as a page of its own, with the list of norms to go on to the next;
   * a browser without :has() scrolls to it instead. */
  "body:has(section.norm:target) > :not(h1):not(#narratives) { display: none; }\n"
  "body:has(section.norm:target) section.norm:not(:target) { display: none; }\n";

/* The language the page is written in, for screen readers and browsers'
 * hyphenation: the interface's, where the program is translated into it
 * (its title is then translated), else English, in which it is written. */
static char *
page_language (void)
{
  const char *title = "Regional overview of national reports";
  const char *first = g_get_language_names ()[0];
  g_autofree char *tag = NULL;
  char *cut;

  if (g_dgettext (GETTEXT_PACKAGE, title) == title || first == NULL)
    return g_strdup ("en");
  /* "pt_BR.UTF-8@euro" → "pt-BR" */
  tag = g_strdup (first);
  cut = strpbrk (tag, ".@");
  if (cut != NULL)
    *cut = '\0';
  g_strdelimit (tag, "_", '-');
  return nr_language_tag_is_valid (tag) ? g_steal_pointer (&tag) : g_strdup ("en");
}

/**
 * nr_overview_to_html:
 *
 * Returns: (transfer full): the overview as one self-contained HTML page:
 *   a heat map of status by state and norm, the same matrix as a table,
 *   a bar chart per norm, capacity-building needs and offers, each norm's
 *   narratives side by side, the points of contact, and the files that
 *   could not be read.
 */
GBytes *
nr_overview_to_html (NrOverview *self)
{
  GString *html = g_string_new (NULL);
  g_autoptr(GPtrArray) ordinals = ordinal_choices (self);
  g_autofree char *summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u submission.",
                                                           "%u submissions.", self->submissions->len),
                                              self->submissions->len);

  g_autofree char *language = page_language ();

  g_string_append_printf (html, "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"%s\" "
                                "xml:lang=\"%s\">\n<head>\n<meta charset=\"UTF-8\"/>\n<title>",
                          language, language);
  nr_html_append_escaped (html, _("Regional overview of national reports"));
  g_string_append (html, "</title>\n<style>\n");
  g_string_append (html, page_style);
  g_string_append (html, "</style>\n</head>\n<body>\n<h1>");
  nr_html_append_escaped (html, _("Regional overview of national reports"));
  g_string_append (html, "</h1>\n<p>");
  nr_html_append_escaped (html, nr_questionnaire_get_title (self->questionnaire));
  g_string_append (html, ". ");
  nr_html_append_escaped (html, summary);
  g_string_append (html, "</p>\n");
  append_contents (html);

  if (self->problems->len > 0)
    {
      g_string_append (html, "<section class=\"problems\">\n<h2>");
      nr_html_append_escaped (html, _("Files left out"));
      g_string_append (html, "</h2>\n<ul>\n");
      for (guint i = 0; i < self->problems->len; i++)
        {
          g_string_append (html, "<li>");
          nr_html_append_escaped (html, self->problems->pdata[i]);
          g_string_append (html, "</li>\n");
        }
      g_string_append (html, "</ul>\n</section>\n");
    }

  g_string_append (html, "<section id=\"matrix\">\n<h2>");
  nr_html_append_escaped (html, _("Implementation by State and norm"));
  g_string_append (html, "</h2>\n");
  append_heat_map (self, html, ordinals);
  append_legend (self, html, ordinals);
  append_matrix_table (self, html);
  g_string_append (html, "</section>\n<section id=\"norms\">\n<h2>");
  nr_html_append_escaped (html, _("Each norm across the region"));
  g_string_append (html, "</h2>\n");
  append_bar_charts (self, html, ordinals);
  g_string_append (html, "</section>\n");
  nr_overview_append_needs_html (self, html);
  nr_overview_append_narratives_html (self, html);
  nr_overview_append_contacts_html (self, html);
  g_string_append (html, "</body>\n</html>\n");

  return g_string_free_to_bytes (html);
}
