/* nr-measure-list.c: measures of the register as a list of cards.
 *
 * The register page shows the measures its search and filters let through,
 * a norm's page those linked to the norm.  The list fills itself again
 * whenever the report changes (a measure edited, linked, unlinked, undone
 * or merged), and emits ::refilled so that its page can update what it
 * says around it.  Activating a card opens its measure.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "nr-measure-card.h"
#include "nr-measure-list.h"

struct _NrMeasureList
{
  GtkWidget parent_instance;

  GtkListBox *list_box;
  GtkWidget *placeholder;

  NrReport *report;
  char *unlink_norm;
  NrMeasureFilter filter;
  gpointer filter_data;
  NrMeasureOrder order;
  guint n_shown;
  guint n_measures;
  guint refill_source;
};

G_DEFINE_FINAL_TYPE (NrMeasureList, nr_measure_list, GTK_TYPE_WIDGET)

enum {
  REFILLED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The position of the card that has the keyboard focus, if one has. */
static int
focused_index (NrMeasureList *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row = focus != NULL ? gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW) : NULL;

  if (row == NULL || gtk_widget_get_parent (row) != GTK_WIDGET (self->list_box))
    return -1;
  return gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
}

static int
compare_measures (gconstpointer a,
                  gconstpointer b,
                  gpointer      order)
{
  return nr_measure_compare (*(NrRecord **) a, *(NrRecord **) b, GPOINTER_TO_INT (order));
}

/**
 * nr_measure_list_refill:
 *
 * Shows the measures of the register the filter lets through, as they are
 * now.  A card that had the keyboard focus passes it on to the card now in
 * its place, so that unlinking with the keyboard does not lose one's place.
 */
void
nr_measure_list_refill (NrMeasureList *self)
{
  g_autoptr(GListModel) measures = NULL;
  g_autoptr(GPtrArray) shown = NULL;
  int focused;
  GtkListBoxRow *row;

  g_return_if_fail (NR_IS_MEASURE_LIST (self));

  g_clear_handle_id (&self->refill_source, g_source_remove);
  focused = focused_index (self);
  while ((row = gtk_list_box_get_row_at_index (self->list_box, 0)) != NULL)
    gtk_list_box_remove (self->list_box, GTK_WIDGET (row));

  measures = nr_report_list_records (self->report, NR_MEASURES_QUESTION);
  self->n_measures = measures != NULL ? g_list_model_get_n_items (measures) : 0;
  shown = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < self->n_measures; i++)
    {
      NrRecord *measure = g_list_model_get_item (measures, i);

      if (self->filter != NULL && !self->filter (measure, self->filter_data))
        g_object_unref (measure);
      else
        g_ptr_array_add (shown, measure);
    }
  /* GLib's sort is stable: ties keep the order entered. */
  g_ptr_array_sort_with_data (shown, compare_measures, GINT_TO_POINTER (self->order));
  self->n_shown = shown->len;
  for (guint i = 0; i < shown->len; i++)
    gtk_list_box_append (self->list_box, GTK_WIDGET (nr_measure_card_new (self->report, shown->pdata[i],
                                                                          self->unlink_norm)));

  if (focused >= 0 && self->n_shown > 0)
    gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (self->list_box,
                                                                      MIN ((guint) focused, self->n_shown - 1))));
  g_signal_emit (self, signals[REFILLED], 0);
}

static gboolean
refill_idle (gpointer user_data)
{
  NrMeasureList *self = user_data;

  self->refill_source = 0;
  nr_measure_list_refill (self);
  return G_SOURCE_REMOVE;
}

/* Several changes at once (an import, a merge) refill the list once. */
static void
report_changed_cb (NrMeasureList *self)
{
  if (self->refill_source == 0)
    self->refill_source = g_idle_add (refill_idle, self);
}

static void
row_activated_cb (NrMeasureList *self,
                  GtkListBoxRow *row)
{
  if (NR_IS_MEASURE_CARD (row))
    nr_measure_card_edit (NR_MEASURE_CARD (row));
}

/**
 * nr_measure_list_set_order:
 *
 * Orders the cards by @order from the next refill on.
 */
void
nr_measure_list_set_order (NrMeasureList  *self,
                           NrMeasureOrder  order)
{
  g_return_if_fail (NR_IS_MEASURE_LIST (self));
  self->order = order;
}

/**
 * nr_measure_list_set_filter:
 * @filter: (nullable): which measures to show; %NULL shows them all
 */
void
nr_measure_list_set_filter (NrMeasureList   *self,
                            NrMeasureFilter  filter,
                            gpointer         user_data)
{
  g_return_if_fail (NR_IS_MEASURE_LIST (self));

  self->filter = filter;
  self->filter_data = user_data;
  nr_measure_list_refill (self);
}

/* What the list says when it shows no measure. */
void
nr_measure_list_set_placeholder (NrMeasureList *self,
                                 const char    *text)
{
  g_return_if_fail (NR_IS_MEASURE_LIST (self));

  if (self->placeholder == NULL)
    {
      self->placeholder = gtk_label_new (NULL);
      gtk_label_set_wrap (GTK_LABEL (self->placeholder), TRUE);
      gtk_widget_add_css_class (self->placeholder, "dim-label");
      gtk_widget_set_margin_top (self->placeholder, 18);
      gtk_widget_set_margin_bottom (self->placeholder, 18);
      gtk_widget_set_margin_start (self->placeholder, 12);
      gtk_widget_set_margin_end (self->placeholder, 12);
      gtk_list_box_set_placeholder (self->list_box, self->placeholder);
    }
  gtk_label_set_text (GTK_LABEL (self->placeholder), text);
}

/* How many measures the list shows. */
guint
nr_measure_list_get_n_shown (NrMeasureList *self)
{
  g_return_val_if_fail (NR_IS_MEASURE_LIST (self), 0);
  return self->n_shown;
}

/* How many measures the register holds, shown or not. */
guint
nr_measure_list_get_n_measures (NrMeasureList *self)
{
  g_return_val_if_fail (NR_IS_MEASURE_LIST (self), 0);
  return self->n_measures;
}

GtkListBox *
nr_measure_list_get_list_box (NrMeasureList *self)
{
  g_return_val_if_fail (NR_IS_MEASURE_LIST (self), NULL);
  return self->list_box;
}

static void
nr_measure_list_dispose (GObject *object)
{
  NrMeasureList *self = NR_MEASURE_LIST (object);

  g_clear_handle_id (&self->refill_source, g_source_remove);
  g_clear_pointer ((GtkWidget **) &self->list_box, gtk_widget_unparent);
  g_clear_object (&self->report);
  g_clear_pointer (&self->unlink_norm, g_free);

  G_OBJECT_CLASS (nr_measure_list_parent_class)->dispose (object);
}

static void
nr_measure_list_class_init (NrMeasureListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nr_measure_list_dispose;

  /**
   * NrMeasureList::refilled:
   *
   * Emitted after the list shows the measures anew.
   */
  signals[REFILLED] = g_signal_new ("refilled", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
nr_measure_list_init (NrMeasureList *self)
{
  self->list_box = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list_box, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list_box), "boxed-list");
  gtk_widget_set_parent (GTK_WIDGET (self->list_box), GTK_WIDGET (self));
  g_signal_connect_object (self->list_box, "row-activated", G_CALLBACK (row_activated_cb), self,
                           G_CONNECT_SWAPPED);
}

/**
 * nr_measure_list_new:
 * @unlink_norm: (nullable): the norm whose page shows the list, which each
 *   card offers to unlink its measure from
 */
NrMeasureList *
nr_measure_list_new (NrReport   *report,
                     const char *unlink_norm)
{
  NrMeasureList *self = g_object_new (NR_TYPE_MEASURE_LIST, NULL);

  self->report = g_object_ref (report);
  self->unlink_norm = g_strdup (unlink_norm);
  g_signal_connect_object (report, "changed", G_CALLBACK (report_changed_cb), self, G_CONNECT_SWAPPED);
  nr_measure_list_refill (self);
  return self;
}
