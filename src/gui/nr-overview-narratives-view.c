/* nr-overview-narratives-view.c: for one norm, every State's narrative side
 * by side.
 *
 * The norm is chosen above; below, a column per submission, in the
 * overview's order, with the State's name, its status or commitment, and
 * its narrative paragraph by paragraph, as the HTML overview's page for
 * the norm shows them.  The overview keeps each narrative in its
 * summaries, so choosing a norm reads no file.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "nr-gui-util.h"
#include "nr-overview-narratives-view.h"
#include "nr-text.h"
#include "nr-overview-view-util.h"

#define COLUMN_WIDTH 340

struct _NrOverviewNarrativesView
{
  AdwBin parent_instance;

  GtkDropDown *norm_dropdown;
  GtkLabel *norm_title;
  GtkBox *columns_box;

  NrOverview *overview;      /* the window's, which outlives the view's use of it */
};

G_DEFINE_FINAL_TYPE (NrOverviewNarrativesView, nr_overview_narratives_view, ADW_TYPE_BIN)

static GtkWidget *
narrative_column (NrOverview   *overview,
                  NrSubmission *submission,
                  guint         norm_index)
{
  NrNormSummary *summary = submission->norms->pdata[norm_index];
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  g_autofree char *title = nr_submission_get_title (submission);
  g_auto(GStrv) paragraphs = NULL;

  gtk_widget_set_size_request (column, COLUMN_WIDTH, -1);
  gtk_widget_add_css_class (column, "card");
  gtk_widget_add_css_class (column, "narrative");
  gtk_box_append (GTK_BOX (column), nr_overview_label (title, "heading"));
  gtk_box_append (GTK_BOX (column), nr_overview_label (nr_overview_status_label (overview, summary), "dim-label"));
  if (summary->narrative == NULL)
    {
      gtk_box_append (GTK_BOX (column), nr_overview_label (_("No narrative."), "dim-label"));
      return column;
    }
  paragraphs = nr_text_split_paragraphs (summary->narrative);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      GtkWidget *label = nr_overview_label (paragraphs[i], NULL);

      /* A column is as wide as its widest line would be; this keeps it to
       * the column's width so that the text wraps. */
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
      gtk_box_append (GTK_BOX (column), label);
    }
  return column;
}

static void
show_selected_norm (NrOverviewNarrativesView *self)
{
  GListModel *norms;
  guint selected = gtk_drop_down_get_selected (self->norm_dropdown);
  g_autoptr(NrNorm) norm = NULL;
  g_autofree char *heading = NULL;

  nr_overview_clear_box (self->columns_box);
  if (self->overview == NULL)
    return;
  norms = nr_questionnaire_get_norms (self->overview->questionnaire);
  if (selected >= g_list_model_get_n_items (norms))
    return;
  norm = g_list_model_get_item (norms, selected);
  /* Translators: a norm's paragraph letter and title. */
  heading = g_strdup_printf (_("13 (%c) %s"), nr_norm_get_id (norm)[2], nr_norm_get_title (norm));
  gtk_label_set_text (self->norm_title, heading);
  for (guint s = 0; s < self->overview->submissions->len; s++)
    gtk_box_append (self->columns_box, narrative_column (self->overview, self->overview->submissions->pdata[s],
                                                         selected));
}

static void
selected_changed_cb (NrOverviewNarrativesView *self)
{
  show_selected_norm (self);
}

/**
 * nr_overview_narratives_view_show:
 * @overview: the window's overview, which must outlive the view or be
 *   replaced by the next call
 *
 * Shows the chosen norm's narratives from @overview's submissions.
 */
void
nr_overview_narratives_view_show (NrOverviewNarrativesView *self,
                                  NrOverview               *overview)
{
  GListModel *norms = nr_questionnaire_get_norms (overview->questionnaire);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_return_if_fail (NR_IS_OVERVIEW_NARRATIVES_VIEW (self));
  self->overview = overview;
  if (gtk_drop_down_get_model (self->norm_dropdown) == NULL)
    {
      for (guint j = 0; j < g_list_model_get_n_items (norms); j++)
        {
          g_autoptr(NrNorm) norm = g_list_model_get_item (norms, j);
          g_autofree char *name = g_strdup_printf (_("13 (%c) %s"), nr_norm_get_id (norm)[2],
                                                   nr_norm_get_title (norm));

          gtk_string_list_append (names, name);
        }
      gtk_drop_down_set_model (self->norm_dropdown, G_LIST_MODEL (names));
    }
  show_selected_norm (self);
}

/**
 * nr_overview_narratives_view_select_norm:
 *
 * Returns: whether the questionnaire has @norm_id, now shown.
 */
gboolean
nr_overview_narratives_view_select_norm (NrOverviewNarrativesView *self,
                                         const char               *norm_id)
{
  GListModel *norms;

  g_return_val_if_fail (NR_IS_OVERVIEW_NARRATIVES_VIEW (self), FALSE);
  g_return_val_if_fail (self->overview != NULL, FALSE);
  norms = nr_questionnaire_get_norms (self->overview->questionnaire);
  for (guint j = 0; j < g_list_model_get_n_items (norms); j++)
    {
      g_autoptr(NrNorm) norm = g_list_model_get_item (norms, j);

      if (g_str_equal (nr_norm_get_id (norm), norm_id))
        {
          gtk_drop_down_set_selected (self->norm_dropdown, j);
          return TRUE;
        }
    }
  return FALSE;
}

GtkBox *
nr_overview_narratives_view_get_columns (NrOverviewNarrativesView *self)
{
  g_return_val_if_fail (NR_IS_OVERVIEW_NARRATIVES_VIEW (self), NULL);
  return self->columns_box;
}

static void
nr_overview_narratives_view_class_init (NrOverviewNarrativesViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/nr-overview-narratives-view.ui");
  gtk_widget_class_bind_template_child (widget_class, NrOverviewNarrativesView, norm_dropdown);
  gtk_widget_class_bind_template_child (widget_class, NrOverviewNarrativesView, norm_title);
  gtk_widget_class_bind_template_child (widget_class, NrOverviewNarrativesView, columns_box);
  gtk_widget_class_bind_template_callback (widget_class, selected_changed_cb);
}

static void
nr_overview_narratives_view_init (NrOverviewNarrativesView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  nr_gui_set_accessible_label (GTK_WIDGET (self->norm_dropdown), _("Norm"));
}
