/* nr-overview-needs-view.c: capacity-building needs and offers, matched.
 *
 * The same grouping as the HTML overview's: for each area, the States that
 * need support there (under which norms, or overall), those that provide
 * it and those that received it, from nr_overview_match_needs(); then
 * every activity, a line each, so an organiser can pair a need with an
 * offer.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "nr-overview-needs-view.h"
#include "nr-overview-view-util.h"

struct _NrOverviewNeedsView
{
  AdwBin parent_instance;

  GtkGrid *matches_grid;
  GtkBox *activities_box;
};

G_DEFINE_FINAL_TYPE (NrOverviewNeedsView, nr_overview_needs_view, ADW_TYPE_BIN)

static GtkWidget *
entries_label (GPtrArray *entries)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < entries->len; i++)
    g_string_append_printf (text, "%s• %s", i > 0 ? "\n" : "", (char *) entries->pdata[i]);
  return nr_overview_label (entries->len > 0 ? text->str : "—", entries->len > 0 ? NULL : "dim-label");
}

static void
show_matches (NrOverviewNeedsView *self,
              NrOverview          *overview)
{
  g_autoptr(GPtrArray) matches = nr_overview_match_needs (overview);
  const char *headings[] = { N_("Area"), N_("Needed by"), N_("Provided by"), N_("Received by") };
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->matches_grid))) != NULL)
    gtk_grid_remove (self->matches_grid, child);
  for (guint c = 0; c < G_N_ELEMENTS (headings); c++)
    gtk_grid_attach (self->matches_grid, nr_overview_label (_(headings[c]), "heading"), (int) c, 0, 1, 1);
  for (guint i = 0; i < matches->len; i++)
    {
      NrAreaMatch *match = matches->pdata[i];
      int row = (int) i + 1;

      gtk_grid_attach (self->matches_grid, nr_overview_label (match->label, "caption-heading"), 0, row, 1, 1);
      gtk_grid_attach (self->matches_grid, entries_label (match->needed), 1, row, 1, 1);
      gtk_grid_attach (self->matches_grid, entries_label (match->provided), 2, row, 1, 1);
      gtk_grid_attach (self->matches_grid, entries_label (match->received), 3, row, 1, 1);
    }
}

/* Each activity as a line: the State, then each field it gives. */
static void
show_activities (NrOverviewNeedsView *self,
                 NrOverview          *overview)
{
  guint shown = 0;

  nr_overview_clear_box (self->activities_box);
  for (guint s = 0; s < overview->submissions->len; s++)
    {
      NrSubmission *submission = overview->submissions->pdata[s];
      g_autofree char *title = nr_submission_get_title (submission);

      for (guint i = 0; submission->activities != NULL && i < submission->activities->len; i++)
        {
          g_autoptr(GPtrArray) fields = nr_overview_record_fields (overview, "capacity.activities",
                                                                   submission->activities->pdata[i]);
          g_autoptr(GString) line = g_string_new (title);

          for (guint f = 0; f < fields->len; f++)
            g_string_append_printf (line, " · %s", ((NrFieldText *) fields->pdata[f])->text);
          gtk_box_append (self->activities_box, nr_overview_label (line->str, NULL));
          shown++;
        }
    }
  if (shown == 0)
    gtk_box_append (self->activities_box, nr_overview_label (_("No submission lists a capacity-building activity."),
                                                             "dim-label"));
}

/**
 * nr_overview_needs_view_show:
 *
 * Shows the needs and offers of @overview's submissions.
 */
void
nr_overview_needs_view_show (NrOverviewNeedsView *self,
                             NrOverview          *overview)
{
  g_return_if_fail (NR_IS_OVERVIEW_NEEDS_VIEW (self));
  show_matches (self, overview);
  show_activities (self, overview);
}

GtkGrid *
nr_overview_needs_view_get_matches (NrOverviewNeedsView *self)
{
  g_return_val_if_fail (NR_IS_OVERVIEW_NEEDS_VIEW (self), NULL);
  return self->matches_grid;
}

static void
nr_overview_needs_view_class_init (NrOverviewNeedsViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/nr-overview-needs-view.ui");
  gtk_widget_class_bind_template_child (widget_class, NrOverviewNeedsView, matches_grid);
  gtk_widget_class_bind_template_child (widget_class, NrOverviewNeedsView, activities_box);
}

static void
nr_overview_needs_view_init (NrOverviewNeedsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
