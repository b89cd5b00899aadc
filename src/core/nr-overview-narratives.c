/* nr-overview-narratives.c: for each norm, every State's narrative side by
 * side.
 *
 * The narrative is the main text of a report.  The HTML page gives each
 * norm a section of its own, with an anchor a table of contents links to
 * ("#norm-13a"), and in it a column per State: the State's name, its status
 * or commitment, and what it wrote, paragraph by paragraph.  One page keeps
 * the overview one file that can be mailed and opened anywhere; the anchors
 * make each norm a page to link to and to project.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "nr-norm.h"
#include "nr-overview-private.h"
#include "nr-questionnaire.h"

static void
append_norm_nav (NrOverview *self,
                 GString    *html)
{
  GListModel *norms = nr_questionnaire_get_norms (self->questionnaire);

  g_string_append (html, "<nav class=\"norms\"><ul>\n");
  for (guint j = 0; j < g_list_model_get_n_items (norms); j++)
    {
      g_autoptr(NrNorm) norm = g_list_model_get_item (norms, j);
      g_autofree char *name = nr_overview_norm_short_name (nr_norm_get_id (norm));

      g_string_append_printf (html, "<li><a href=\"#norm-%s\" title=\"", nr_norm_get_id (norm));
      nr_html_append_escaped (html, nr_norm_get_title (norm));
      g_string_append (html, "\">");
      nr_html_append_escaped (html, name);
      g_string_append (html, "</a></li>\n");
    }
  g_string_append (html, "</ul></nav>\n");
}

static void
append_norm_section (NrOverview *self,
                     GString    *html,
                     NrNorm     *norm,
                     guint       j)
{
  g_autofree char *name = nr_overview_norm_short_name (nr_norm_get_id (norm));
  g_autofree char *heading = g_strdup_printf ("%s %s", name, nr_norm_get_title (norm));
  guint written = 0;

  g_string_append_printf (html, "<section class=\"norm\" id=\"norm-%s\">\n", nr_norm_get_id (norm));
  nr_html_append_element (html, "h3", heading);
  g_string_append (html, "<div class=\"columns\">\n");
  for (guint s = 0; s < self->submissions->len; s++)
    {
      NrSubmission *submission = self->submissions->pdata[s];
      NrNormSummary *summary = submission->norms->pdata[j];
      g_autofree char *title = nr_submission_get_title (submission);

      g_string_append (html, "<article class=\"card\">\n");
      nr_html_append_element (html, "h4", title);
      g_string_append (html, "<p class=\"status\">");
      nr_html_append_escaped (html, nr_overview_status_label (self, summary));
      g_string_append (html, "</p>\n");
      if (summary->narrative != NULL)
        {
          nr_html_append_paragraphs (html, summary->narrative);
          written++;
        }
      else
        {
          g_string_append (html, "<p class=\"none\">");
          nr_html_append_escaped (html, _("No narrative."));
          g_string_append (html, "</p>\n");
        }
      g_string_append (html, "</article>\n");
    }
  g_string_append (html, "</div>\n");
  if (written == 0)
    nr_html_append_element (html, "p", _("No State’s narrative for this norm is in the overview."));
  g_string_append (html, "<p class=\"top\"><a href=\"#narratives\">");
  nr_html_append_escaped (html, _("Back to the whole overview"));
  g_string_append (html, "</a></p>\n</section>\n");
}

/* The page's section of narratives: a list of the norms, then a section
 * per norm. */
void
nr_overview_append_narratives_html (NrOverview *self,
                                    GString    *html)
{
  GListModel *norms = nr_questionnaire_get_norms (self->questionnaire);

  g_string_append (html, "<section id=\"narratives\">\n");
  nr_html_append_element (html, "h2", _("Narratives, norm by norm"));
  nr_html_append_element (html, "p", _("What each State wrote of how it implements or observes a norm, side by side."));
  append_norm_nav (self, html);
  for (guint j = 0; j < g_list_model_get_n_items (norms); j++)
    {
      g_autoptr(NrNorm) norm = g_list_model_get_item (norms, j);

      append_norm_section (self, html, norm, j);
    }
  g_string_append (html, "</section>\n");
}
