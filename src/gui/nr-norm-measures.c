/* nr-norm-measures.c: on a norm's page, after the narrative, the measures
 * of the register that serve the norm, as cards.
 *
 * A measure is entered once, in the register, and linked to every norm it
 * serves.  Here one links a measure already in the register (chosen from a
 * searchable list of those not yet linked), adds a new one already linked
 * to the norm, or unlinks one from the norm, which never deletes it.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "nr-answer-editor.h"
#include "nr-gui-util.h"
#include "nr-measure-card.h"
#include "nr-norm-measures.h"

struct _NrNormMeasures
{
  GtkWidget parent_instance;

  AdwPreferencesGroup *group;
  GtkBox *list_slot;
  GtkWidget *actions_box;
  GtkMenuButton *link_button;
  GtkPopover *link_popover;
  GtkSearchEntry *link_search;
  GtkListBox *candidates;
  GtkWidget *add_button;

  NrReport *report;
  char *norm_id;
  NrMeasureList *list;
};

G_DEFINE_FINAL_TYPE (NrNormMeasures, nr_norm_measures, GTK_TYPE_WIDGET)

static gboolean
serves_norm (NrRecord *measure,
             gpointer  user_data)
{
  NrNormMeasures *self = user_data;

  return nr_measure_serves_norm (measure, self->norm_id);
}

/* --- Linking a measure of the register ------------------------------------- */

static GtkWidget *
candidate_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  return label;
}

/* A measure the popover offers: its title, and under it what it is. */
static GtkWidget *
candidate_row (NrReport *report,
               NrRecord *measure)
{
  g_autofree char *title = nr_measure_format_title (measure);
  g_autofree char *details = nr_measure_format_details (report, measure);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *details_label = candidate_label (details);

  gtk_widget_set_margin_top (box, 3);
  gtk_widget_set_margin_bottom (box, 3);
  gtk_box_append (GTK_BOX (box), candidate_label (title));
  /* One line, like the cards' own; its tooltip says it in full. */
  gtk_label_set_wrap (GTK_LABEL (details_label), FALSE);
  gtk_label_set_ellipsize (GTK_LABEL (details_label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_tooltip_text (details_label, details);
  gtk_widget_add_css_class (details_label, "caption");
  gtk_widget_add_css_class (details_label, "dim-label");
  gtk_widget_set_visible (details_label, *details != '\0');
  gtk_box_append (GTK_BOX (box), details_label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, details, -1);
  g_object_set_data_full (G_OBJECT (row), "nr-measure", g_object_ref (measure), g_object_unref);
  return row;
}

/* The measures of the register not yet linked to the norm that match what
 * is typed in the popover's search. */
static void
fill_candidates (NrNormMeasures *self)
{
  g_autoptr(GListModel) measures = nr_report_list_records (self->report, NR_MEASURES_QUESTION);
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->link_search));
  GtkListBoxRow *row;
  guint unlinked = 0;
  GtkWidget *placeholder;

  while ((row = gtk_list_box_get_row_at_index (self->candidates, 0)) != NULL)
    gtk_list_box_remove (self->candidates, GTK_WIDGET (row));

  for (guint i = 0; measures != NULL && i < g_list_model_get_n_items (measures); i++)
    {
      g_autoptr(NrRecord) measure = g_list_model_get_item (measures, i);

      if (nr_measure_serves_norm (measure, self->norm_id))
        continue;
      unlinked++;
      if (nr_measure_matches_text (measure, query))
        gtk_list_box_append (self->candidates, candidate_row (self->report, measure));
    }

  placeholder = gtk_label_new (unlinked == 0 ? _("Every measure of the register is already linked to this norm.")
                                             : _("No measure matches the search."));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (placeholder), 36);
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_list_box_set_placeholder (self->candidates, placeholder);
}

static void
link_popover_show_cb (NrNormMeasures *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->link_search), "");
  fill_candidates (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->link_search));
}

static void
link_search_changed_cb (NrNormMeasures *self)
{
  fill_candidates (self);
}

static void
link_measure (NrNormMeasures *self,
              GtkListBoxRow  *row)
{
  g_autoptr(GError) error = NULL;
  NrRecord *measure = g_object_get_data (G_OBJECT (row), "nr-measure");

  gtk_popover_popdown (self->link_popover);
  if (!nr_report_link_measure (self->report, nr_record_get_id (measure), self->norm_id, &error))
    nr_measure_show_error (GTK_WIDGET (self), error->message);
}

static void
candidate_activated_cb (NrNormMeasures *self,
                        GtkListBoxRow  *row)
{
  link_measure (self, row);
}

/* Enter in the search links the first measure found, when there is one. */
static void
link_search_activate_cb (NrNormMeasures *self)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->candidates, 0);

  if (first != NULL)
    link_measure (self, first);
}

/* --- Adding a measure ---------------------------------------------------------- */

/**
 * nr_norm_measures_add:
 *
 * Opens the dialog that enters a new measure in the register, with the norm
 * already ticked among those it serves.
 *
 * Returns: (transfer none): the dialog
 */
NrRecordDialog *
nr_norm_measures_add (NrNormMeasures *self)
{
  const char *norms[] = { NULL, NULL };
  NrRecordDialog *dialog;
  NrAnswerEditor *editor;

  g_return_val_if_fail (NR_IS_NORM_MEASURES (self), NULL);

  norms[0] = self->norm_id;
  dialog = nr_measure_open_dialog (GTK_WIDGET (self), self->report, NULL);
  editor = NR_ANSWER_EDITOR (nr_record_dialog_get_field (dialog, "norms"));
  nr_answer_editor_set_value (editor, g_variant_new_strv (norms, 1));
  return dialog;
}

static void
add_clicked_cb (NrNormMeasures *self)
{
  nr_norm_measures_add (self);
}

/* --- For tests ------------------------------------------------------------------ */

NrMeasureList *
nr_norm_measures_get_list (NrNormMeasures *self)
{
  g_return_val_if_fail (NR_IS_NORM_MEASURES (self), NULL);
  return self->list;
}

/* The measures the link popover offers. */
GtkListBox *
nr_norm_measures_get_candidates (NrNormMeasures *self)
{
  g_return_val_if_fail (NR_IS_NORM_MEASURES (self), NULL);
  return self->candidates;
}

GtkPopover *
nr_norm_measures_get_link_popover (NrNormMeasures *self)
{
  g_return_val_if_fail (NR_IS_NORM_MEASURES (self), NULL);
  return self->link_popover;
}

GtkEditable *
nr_norm_measures_get_link_search (NrNormMeasures *self)
{
  g_return_val_if_fail (NR_IS_NORM_MEASURES (self), NULL);
  return GTK_EDITABLE (self->link_search);
}

static void
nr_norm_measures_dispose (GObject *object)
{
  NrNormMeasures *self = NR_NORM_MEASURES (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), NR_TYPE_NORM_MEASURES);
  self->list = NULL;
  g_clear_object (&self->report);
  g_clear_pointer (&self->norm_id, g_free);

  G_OBJECT_CLASS (nr_norm_measures_parent_class)->dispose (object);
}

static void
nr_norm_measures_class_init (NrNormMeasuresClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nr_norm_measures_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/nr-norm-measures.ui");
  gtk_widget_class_bind_template_child (widget_class, NrNormMeasures, group);
  gtk_widget_class_bind_template_child (widget_class, NrNormMeasures, list_slot);
  gtk_widget_class_bind_template_child (widget_class, NrNormMeasures, actions_box);
  gtk_widget_class_bind_template_child (widget_class, NrNormMeasures, link_button);
  gtk_widget_class_bind_template_child (widget_class, NrNormMeasures, link_popover);
  gtk_widget_class_bind_template_child (widget_class, NrNormMeasures, link_search);
  gtk_widget_class_bind_template_child (widget_class, NrNormMeasures, candidates);
  gtk_widget_class_bind_template_child (widget_class, NrNormMeasures, add_button);
  gtk_widget_class_bind_template_callback (widget_class, link_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, link_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, link_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, candidate_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
}

static void
nr_norm_measures_init (NrNormMeasures *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

NrNormMeasures *
nr_norm_measures_new (NrReport   *report,
                      const char *norm_id)
{
  NrNormMeasures *self = g_object_new (NR_TYPE_NORM_MEASURES, NULL);
  /* Translators: what a screen reader says for the buttons that link a
   * measure to a norm, such as 13 (a), or add one linked to it. */
  g_autofree char *link_name = g_strdup_printf (_("Link an Existing Measure to Norm 13 (%c)"), norm_id[2]);
  g_autofree char *add_name = g_strdup_printf (_("Add a Measure for Norm 13 (%c)"), norm_id[2]);

  self->report = g_object_ref (report);
  self->norm_id = g_strdup (norm_id);
  nr_gui_set_accessible_label (GTK_WIDGET (self->link_button), link_name);
  nr_gui_set_accessible_label (self->add_button, add_name);
  gtk_widget_set_sensitive (self->actions_box, !nr_report_is_read_only (report));

  self->list = nr_measure_list_new (report, norm_id);
  nr_measure_list_set_placeholder (self->list, _("No measure of the register is linked to this norm yet."));
  gtk_box_append (self->list_slot, GTK_WIDGET (self->list));
  nr_measure_list_set_filter (self->list, serves_norm, self);
  return self;
}
