/* nr-overview-html.c: the regional overview as one self-contained page.
 *
 * Made for workshop slides and for mailing: one file with its styles and
 * charts inline (SVG), no script, nothing fetched.  It is written as
 * well-formed XML (XHTML syntax in an HTML5 page), so it can be checked and
 * processed by any XML tool.  Every text from a submission is escaped.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "nr-norm.h"
#include "nr-overview.h"
#include "nr-questionnaire.h"

#define CELL_WIDTH   64
#define CELL_HEIGHT  26
#define LABEL_WIDTH  150
#define HEADER_HEIGHT 30

static void
append_escaped (GString    *html,
                const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text != NULL ? text : "", -1);

  g_string_append (html, escaped);
}

/* The status choices that say how far a norm is implemented, in order from
 * least to most; non-answers such as "not applicable" are left out. */
static GPtrArray *
ordinal_choices (NrOverview *self)
{
  GPtrArray *ordinal = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *norms = nr_questionnaire_get_norms (self->questionnaire);
  g_autoptr(NrNorm) first = g_list_model_get_n_items (norms) > 0 ? g_list_model_get_item (norms, 0) : NULL;
  g_autofree char *question_id = first != NULL ? g_strconcat (nr_norm_get_id (first), ".status", NULL) : NULL;
  NrQuestion *question = question_id != NULL ? nr_questionnaire_lookup_question (self->questionnaire, question_id)
                                             : NULL;
  GListModel *choices = question != NULL ? nr_question_get_choices (question) : NULL;

  for (guint i = 0; choices != NULL && i < g_list_model_get_n_items (choices); i++)
    {
      NrChoice *choice = g_list_model_get_item (choices, i);

      if (nr_choice_is_non_answer (choice))
        g_object_unref (choice);
      else
        g_ptr_array_add (ordinal, choice);
    }
  return ordinal;
}

/* A colour from red (not started) to green (implemented) for the ordinal
 * statuses; grey for non-answers; white where nothing was said. */
static char *
status_colour (GPtrArray  *ordinal,
               const char *status)
{
  if (status == NULL)
    return g_strdup ("#ffffff");
  for (guint i = 0; i < ordinal->len; i++)
    {
      if (g_str_equal (nr_choice_get_value (ordinal->pdata[i]), status))
        {
          double fraction = ordinal->len > 1 ? (double) i / (ordinal->len - 1) : 1.0;
          /* Hue 0 (red) to 120 (green) at 55% saturation, 70% lightness. */
          double hue = 120.0 * fraction;
          double c = (1 - fabs (2 * 0.7 - 1)) * 0.55;
          double x = c * (1 - fabs (fmod (hue / 60.0, 2) - 1));
          double m = 0.7 - c / 2;
          double r = hue < 60 ? c : x;
          double g = hue < 60 ? x : c;

          return g_strdup_printf ("#%02x%02x%02x", (int) round ((r + m) * 255), (int) round ((g + m) * 255),
                                  (int) round (m * 255));
        }
    }
  return g_strdup ("#c0bfbc");
}

static char *
norm_short_name (const char *norm_id)
{
  /* Translators: a norm's paragraph, as "13 (a)". */
  return g_strdup_printf (_("13 (%c)"), norm_id[2]);
}

static char *
submission_name (NrSubmission *submission)
{
  /* Translators: a row of the overview: a state's code and the year its
   * reporting period starts. */
  return g_strdup_printf (_("%s %.4s"), submission->state != NULL ? submission->state : "?",
                          submission->period_start != NULL ? submission->period_start : "");
}

static guint
percent_answered (NrNormSummary *summary)
{
  return summary->total > 0 ? summary->answered * 100 / summary->total : 0;
}

static void
append_heat_map (NrOverview *self,
                 GString    *html,
                 GPtrArray  *ordinal)
{
  GListModel *norms = nr_questionnaire_get_norms (self->questionnaire);
  guint n_norms = g_list_model_get_n_items (norms);
  guint width = LABEL_WIDTH + n_norms * CELL_WIDTH;
  guint height = HEADER_HEIGHT + self->submissions->len * CELL_HEIGHT;

  g_string_append_printf (html, "<svg class=\"heat-map\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%u\" "
                          "height=\"%u\" viewBox=\"0 0 %u %u\" role=\"img\" aria-label=\"", width, height,
                          width, height);
  append_escaped (html, _("Status of each norm by state; the number is the share of questions answered"));
  g_string_append (html, "\">\n");

  for (guint j = 0; j < n_norms; j++)
    {
      g_autoptr(NrNorm) norm = g_list_model_get_item (norms, j);
      g_autofree char *name = norm_short_name (nr_norm_get_id (norm));

      g_string_append_printf (html, "<text x=\"%u\" y=\"20\" text-anchor=\"middle\" class=\"axis\">",
                              LABEL_WIDTH + j * CELL_WIDTH + CELL_WIDTH / 2);
      append_escaped (html, name);
      g_string_append (html, "</text>\n");
    }

  for (guint i = 0; i < self->submissions->len; i++)
    {
      NrSubmission *submission = self->submissions->pdata[i];
      g_autofree char *name = submission_name (submission);
      guint y = HEADER_HEIGHT + i * CELL_HEIGHT;

      g_string_append_printf (html, "<text x=\"4\" y=\"%u\" class=\"axis\">", y + 17);
      append_escaped (html, name);
      g_string_append (html, "</text>\n");

      for (guint j = 0; j < submission->norms->len; j++)
        {
          NrNormSummary *summary = submission->norms->pdata[j];
          g_autofree char *colour = status_colour (ordinal, summary->status);
          guint x = LABEL_WIDTH + j * CELL_WIDTH;

          g_string_append_printf (html, "<rect x=\"%u\" y=\"%u\" width=\"%u\" height=\"%u\" fill=\"%s\" "
                                  "stroke=\"#deddda\"><title>", x, y, CELL_WIDTH, CELL_HEIGHT, colour);
          append_escaped (html, name);
          g_string_append (html, ", ");
          append_escaped (html, summary->norm_id);
          g_string_append (html, ": ");
          append_escaped (html, nr_overview_status_label (self, summary));
          g_string_append (html, "</title></rect>\n");
          g_string_append_printf (html, "<text x=\"%u\" y=\"%u\" text-anchor=\"middle\" class=\"cell\">%u%%</text>\n",
                                  x + CELL_WIDTH / 2, y + 17, percent_answered (summary));
        }
    }
  g_string_append (html, "</svg>\n");
}

static void
append_legend (NrOverview *self,
               GString    *html,
               GPtrArray  *ordinal)
{
  g_string_append (html, "<ul class=\"legend\">\n");
  for (guint i = 0; i < ordinal->len; i++)
    {
      g_autofree char *colour = status_colour (ordinal, nr_choice_get_value (ordinal->pdata[i]));

      g_string_append_printf (html, "<li><span class=\"swatch\" style=\"background:%s\"></span>", colour);
      append_escaped (html, nr_choice_get_label (ordinal->pdata[i]));
      g_string_append (html, "</li>\n");
    }
  g_string_append (html, "<li><span class=\"swatch\" style=\"background:#c0bfbc\"></span>");
  append_escaped (html, _("Not applicable, withheld or not known"));
  g_string_append (html, "</li>\n<li><span class=\"swatch\" style=\"background:#ffffff\"></span>");
  append_escaped (html, _("Not answered"));
  g_string_append (html, "</li>\n</ul>\n");
}

static void
append_matrix_table (NrOverview *self,
                     GString    *html)
{
  GListModel *norms = nr_questionnaire_get_norms (self->questionnaire);

  g_string_append (html, "<table class=\"matrix\">\n<thead><tr><th>");
  append_escaped (html, _("State"));
  g_string_append (html, "</th><th>");
  append_escaped (html, _("Period"));
  g_string_append (html, "</th>");
  for (guint j = 0; j < g_list_model_get_n_items (norms); j++)
    {
      g_autoptr(NrNorm) norm = g_list_model_get_item (norms, j);
      g_autofree char *name = norm_short_name (nr_norm_get_id (norm));

      g_string_append (html, "<th>");
      append_escaped (html, name);
      g_string_append (html, "</th>");
    }
  g_string_append (html, "</tr></thead>\n<tbody>\n");

  for (guint i = 0; i < self->submissions->len; i++)
    {
      NrSubmission *submission = self->submissions->pdata[i];

      g_string_append (html, "<tr><th scope=\"row\">");
      append_escaped (html, submission->state);
      g_string_append (html, "</th><td>");
      append_escaped (html, submission->period_start);
      g_string_append (html, " – ");
      append_escaped (html, submission->period_end);
      g_string_append (html, "</td>");
      for (guint j = 0; j < submission->norms->len; j++)
        {
          NrNormSummary *summary = submission->norms->pdata[j];

          g_string_append (html, "<td>");
          append_escaped (html, nr_overview_status_label (self, summary));
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
                   GPtrArray  *ordinal)
{
  GListModel *norms = nr_questionnaire_get_norms (self->questionnaire);
  guint n_bars = ordinal->len + 1;
  guint max = MAX (self->submissions->len, 1);

  g_string_append (html, "<div class=\"bars\">\n");
  for (guint j = 0; j < g_list_model_get_n_items (norms); j++)
    {
      g_autoptr(NrNorm) norm = g_list_model_get_item (norms, j);
      g_autofree char *name = norm_short_name (nr_norm_get_id (norm));

      g_string_append (html, "<figure>\n<figcaption>");
      append_escaped (html, name);
      g_string_append (html, " ");
      append_escaped (html, nr_norm_get_title (norm));
      g_string_append_printf (html, "</figcaption>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"320\" "
                              "height=\"%u\" viewBox=\"0 0 320 %u\">\n", n_bars * 20, n_bars * 20);
      for (guint b = 0; b < n_bars; b++)
        {
          const char *value = b < ordinal->len ? nr_choice_get_value (ordinal->pdata[b]) : NULL;
          const char *label = b < ordinal->len ? nr_choice_get_label (ordinal->pdata[b]) : _("Other or not answered");
          g_autofree char *colour = status_colour (ordinal, value);
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
          append_escaped (html, label);
          g_string_append_printf (html, "</text><rect x=\"130\" y=\"%u\" width=\"%u\" height=\"14\" fill=\"%s\" "
                                  "stroke=\"#9a9996\"/><text x=\"%u\" y=\"%u\" class=\"cell\">%u</text>\n",
                                  b * 20 + 3, count * 150 / max, value != NULL ? colour : "#c0bfbc",
                                  136 + count * 150 / max, b * 20 + 14, count);
        }
      g_string_append (html, "</svg>\n</figure>\n");
    }
  g_string_append (html, "</div>\n");
}

/**
 * nr_overview_to_html:
 *
 * Returns: (transfer full): the overview as one self-contained HTML page:
 *   a heat map of status by state and norm, the same matrix as a table,
 *   a bar chart per norm, and the files that could not be read.
 */
GBytes *
nr_overview_to_html (NrOverview *self)
{
  GString *html = g_string_new (NULL);
  g_autoptr(GPtrArray) ordinal = ordinal_choices (self);
  g_autofree char *summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u submission.",
                                                           "%u submissions.", self->submissions->len),
                                              self->submissions->len);

  g_string_append (html, "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n"
                         "<meta charset=\"UTF-8\"/>\n<title>");
  append_escaped (html, _("Regional overview of national reports"));
  g_string_append (html, "</title>\n<style>\n"
                         "body { font-family: 'Noto Sans', Cantarell, sans-serif; margin: 2em; color: #241f31; }\n"
                         "svg text.axis { font-size: 12px; } svg text.cell { font-size: 11px; }\n"
                         "table.matrix { border-collapse: collapse; font-size: 12px; margin: 1em 0; }\n"
                         "table.matrix th, table.matrix td { border: 1px solid #deddda; padding: 4px 6px; "
                         "text-align: left; vertical-align: top; }\n"
                         "ul.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 1em; }\n"
                         ".swatch { display: inline-block; width: 1em; height: 1em; border: 1px solid #9a9996; "
                         "margin-right: 0.4em; vertical-align: middle; }\n"
                         ".bars { display: flex; flex-wrap: wrap; gap: 1.5em; }\n"
                         "figure { margin: 0; width: 320px; } figcaption { font-size: 12px; font-weight: bold; }\n"
                         ".problems { color: #a51d2d; }\n"
                         "</style>\n</head>\n<body>\n<h1>");
  append_escaped (html, _("Regional overview of national reports"));
  g_string_append (html, "</h1>\n<p>");
  append_escaped (html, nr_questionnaire_get_title (self->questionnaire));
  g_string_append (html, ". ");
  append_escaped (html, summary);
  g_string_append (html, "</p>\n");

  if (self->problems->len > 0)
    {
      g_string_append (html, "<section class=\"problems\">\n<h2>");
      append_escaped (html, _("Files left out"));
      g_string_append (html, "</h2>\n<ul>\n");
      for (guint i = 0; i < self->problems->len; i++)
        {
          g_string_append (html, "<li>");
          append_escaped (html, self->problems->pdata[i]);
          g_string_append (html, "</li>\n");
        }
      g_string_append (html, "</ul>\n</section>\n");
    }

  g_string_append (html, "<h2>");
  append_escaped (html, _("Implementation by state and norm"));
  g_string_append (html, "</h2>\n");
  append_heat_map (self, html, ordinal);
  append_legend (self, html, ordinal);
  append_matrix_table (self, html);
  g_string_append (html, "<h2>");
  append_escaped (html, _("Each norm across the region"));
  g_string_append (html, "</h2>\n");
  append_bar_charts (self, html, ordinal);
  g_string_append (html, "</body>\n</html>\n");

  return g_string_free_to_bytes (html);
}
