/* nr-overview-contacts-view.c: a directory of the points of contact.
 *
 * Under each State's name, a card per contact with each field it gives,
 * labelled, as the HTML overview's directory shows them.  The overview
 * narrowed each submission to its profile before it kept the contacts:
 * the window, a workshop's, never shows a contact a workshop may not see.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "nr-overview-contacts-view.h"
#include "nr-overview-view-util.h"

struct _NrOverviewContactsView
{
  AdwBin parent_instance;

  GtkBox *contacts_box;
};

G_DEFINE_FINAL_TYPE (NrOverviewContactsView, nr_overview_contacts_view, ADW_TYPE_BIN)

static GtkWidget *
contact_card (NrOverview *overview,
              GVariant   *record)
{
  g_autoptr(GPtrArray) fields = nr_overview_record_fields (overview, "contacts.list", record);
  GtkGrid *grid = GTK_GRID (gtk_grid_new ());

  gtk_grid_set_row_spacing (grid, 4);
  gtk_grid_set_column_spacing (grid, 12);
  gtk_widget_add_css_class (GTK_WIDGET (grid), "card");
  gtk_widget_add_css_class (GTK_WIDGET (grid), "contact");
  for (guint i = 0; i < fields->len; i++)
    {
      NrFieldText *text = fields->pdata[i];

      gtk_grid_attach (grid, nr_overview_label (nr_question_get_label (text->field), "dim-label"), 0, (int) i, 1, 1);
      gtk_grid_attach (grid, nr_overview_label (text->text, NULL), 1, (int) i, 1, 1);
    }
  return GTK_WIDGET (grid);
}

/**
 * nr_overview_contacts_view_show:
 *
 * Shows the points of contact of @overview's submissions.
 */
void
nr_overview_contacts_view_show (NrOverviewContactsView *self,
                                NrOverview             *overview)
{
  guint listed = 0;

  g_return_if_fail (NR_IS_OVERVIEW_CONTACTS_VIEW (self));
  nr_overview_clear_box (self->contacts_box);
  for (guint s = 0; s < overview->submissions->len; s++)
    {
      NrSubmission *submission = overview->submissions->pdata[s];
      g_autofree char *title = NULL;
      GtkWidget *heading;
      GtkWidget *cards;

      if (submission->contacts == NULL || submission->contacts->len == 0)
        continue;
      title = nr_submission_get_title (submission);
      heading = nr_overview_label (title, "title-4");
      gtk_widget_set_margin_top (heading, listed > 0 ? 12 : 0);
      gtk_box_append (self->contacts_box, heading);
      cards = gtk_flow_box_new ();
      gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (cards), GTK_SELECTION_NONE);
      gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (cards), 3);
      gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (cards), 12);
      gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (cards), 12);
      gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (cards), TRUE);
      for (guint i = 0; i < submission->contacts->len; i++)
        gtk_flow_box_append (GTK_FLOW_BOX (cards), contact_card (overview, submission->contacts->pdata[i]));
      gtk_box_append (self->contacts_box, cards);
      listed++;
    }
  if (listed == 0)
    gtk_box_append (self->contacts_box, nr_overview_label (_("No submission lets out a point of contact."),
                                                           "dim-label"));
}

GtkBox *
nr_overview_contacts_view_get_box (NrOverviewContactsView *self)
{
  g_return_val_if_fail (NR_IS_OVERVIEW_CONTACTS_VIEW (self), NULL);
  return self->contacts_box;
}

static void
nr_overview_contacts_view_class_init (NrOverviewContactsViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/nr-overview-contacts-view.ui");
  gtk_widget_class_bind_template_child (widget_class, NrOverviewContactsView, contacts_box);
}

static void
nr_overview_contacts_view_init (NrOverviewContactsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
