/* nr-measures-page.c: the register of measures as a page of its own.
 *
 * Every measure of the report is entered once, here, and linked to the
 * norms it serves.  The page finds measures by their words (title,
 * description, agencies, partners) and narrows them to one norm, one kind
 * or one status; each is a card that opens the measure.  A register
 * without measures invites the first; filters that match none say so and
 * offer to clear them.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "nr-gui-util.h"
#include "nr-measure-card.h"
#include "nr-measures-page.h"

struct _NrMeasuresPage
{
  GtkWidget parent_instance;

  GtkWidget *content;
  GtkWidget *search_box;
  GtkSearchEntry *search_entry;
  GtkWidget *add_button;
  GtkWidget *filters_box;
  GtkDropDown *norm_filter;
  GtkDropDown *kind_filter;
  GtkDropDown *order_dropdown;
  GtkDropDown *status_filter;
  GtkLabel *count_label;
  GtkStack *stack;
  GtkBox *list_slot;

  NrReport *report;
  NrMeasureList *list;
};

G_DEFINE_FINAL_TYPE (NrMeasuresPage, nr_measures_page, GTK_TYPE_WIDGET)

/**
 * nr_measures_page_shows_section:
 *
 * Returns: whether @section is the register of measures, which this page
 *   shows in place of its question.
 */
gboolean
nr_measures_page_shows_section (NrSection *section)
{
  GListModel *questions = nr_section_get_questions (section);
  g_autoptr(NrQuestion) first = g_list_model_get_n_items (questions) == 1
                                ? g_list_model_get_item (questions, 0) : NULL;

  return first != NULL && g_str_equal (nr_question_get_id (first), NR_MEASURES_QUESTION);
}

/* --- Filters ---------------------------------------------------------------- */

/* A drop-down offers "all" and then each choice of a field of the register;
 * the values of its items, in order, are kept with it ("" for "all"). */
static void
fill_filter (NrMeasuresPage *self,
             GtkDropDown    *dropdown,
             const char     *field_id,
             const char     *all,
             const char     *accessible_name)
{
  NrQuestion *question = nr_questionnaire_lookup_question (nr_report_get_questionnaire (self->report),
                                                           NR_MEASURES_QUESTION);
  GListModel *choices = nr_question_get_choices (nr_question_lookup_field (question, field_id));
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GStrvBuilder) values = g_strv_builder_new ();

  gtk_string_list_append (labels, all);
  g_strv_builder_add (values, "");
  for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
    {
      g_autoptr(NrChoice) choice = g_list_model_get_item (choices, i);

      gtk_string_list_append (labels, nr_choice_get_label (choice));
      g_strv_builder_add (values, nr_choice_get_value (choice));
    }
  g_object_set_data_full (G_OBJECT (dropdown), "nr-field", g_strdup (field_id), g_free);
  g_object_set_data_full (G_OBJECT (dropdown), "nr-values", g_strv_builder_end (values),
                          (GDestroyNotify) g_strfreev);
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (labels));
  nr_gui_set_accessible_label (GTK_WIDGET (dropdown), accessible_name);
}

/* The value a drop-down lets through, or NULL for all. */
static const char *
filter_value (GtkDropDown *dropdown)
{
  const char * const *values = g_object_get_data (G_OBJECT (dropdown), "nr-values");
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (values == NULL || selected == GTK_INVALID_LIST_POSITION || selected >= g_strv_length ((char **) values))
    return NULL;
  return *values[selected] != '\0' ? values[selected] : NULL;
}

static gboolean
shows_measure (NrRecord *measure,
               gpointer  user_data)
{
  NrMeasuresPage *self = user_data;
  const char *norm = filter_value (self->norm_filter);
  const char *kind = filter_value (self->kind_filter);
  const char *status = filter_value (self->status_filter);

  return (norm == NULL || nr_measure_serves_norm (measure, norm)) &&
         (kind == NULL || g_strcmp0 (nr_record_get_text (measure, "kind"), kind) == 0) &&
         (status == NULL || g_strcmp0 (nr_record_get_text (measure, "status"), status) == 0) &&
         nr_measure_matches_text (measure, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

/* The drop-downs' buttons show their choice on one line, shortened if need
 * be (a norm's name is long); their lists show each choice in full. */
static void
setup_label_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  ellipsize)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (GPOINTER_TO_INT (ellipsize))
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  else
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_label_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), gtk_string_object_get_string (string));
}

static GtkListItemFactory *
label_factory (gboolean ellipsize)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_label_cb), GINT_TO_POINTER (ellipsize));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_label_cb), NULL);
  return factory;
}

static void
set_label_factories (GtkDropDown *dropdown)
{
  g_autoptr(GtkListItemFactory) button = label_factory (TRUE);
  g_autoptr(GtkListItemFactory) list = label_factory (FALSE);

  gtk_drop_down_set_factory (dropdown, button);
  gtk_drop_down_set_list_factory (dropdown, list);
}

/* --- What the page says ------------------------------------------------------ */

static gboolean
filtering (NrMeasuresPage *self)
{
  return filter_value (self->norm_filter) != NULL || filter_value (self->kind_filter) != NULL ||
         filter_value (self->status_filter) != NULL ||
         *gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0';
}

static void
list_refilled_cb (NrMeasuresPage *self)
{
  guint shown = nr_measure_list_get_n_shown (self->list);
  guint total = nr_measure_list_get_n_measures (self->list);
  g_autofree char *count = NULL;

  if (total == 0)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else
    gtk_stack_set_visible_child_name (self->stack, shown == 0 ? "no-match" : "list");

  /* An empty register has nothing to search: the invitation says it all. */
  gtk_widget_set_visible (self->search_box, total > 0);
  gtk_widget_set_visible (self->filters_box, total > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->count_label), total > 0);

  if (filtering (self))
    /* Translators: how many measures of the register the search and the
     * filters let through. */
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u measure", "%u of %u measures", total),
                             shown, total);
  else
    /* Translators: how many measures the register holds. */
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u measure", "%u measures", total), total);
  gtk_label_set_text (self->count_label, count);
}

static void
filters_changed_cb (NrMeasuresPage *self)
{
  if (self->list != NULL)
    nr_measure_list_refill (self->list);
}

/* The drop-down lists the orders as NrMeasureOrder numbers them. */
static void
order_changed_cb (NrMeasuresPage *self)
{
  if (self->list == NULL)
    return;
  nr_measure_list_set_order (self->list, gtk_drop_down_get_selected (self->order_dropdown));
  nr_measure_list_refill (self->list);
}

/**
 * nr_measures_page_get_order:
 *
 * Returns: (transfer none): the drop-down that orders the measures
 */
GtkDropDown *
nr_measures_page_get_order (NrMeasuresPage *self)
{
  g_return_val_if_fail (NR_IS_MEASURES_PAGE (self), NULL);
  return self->order_dropdown;
}

static void
clear_clicked_cb (NrMeasuresPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->norm_filter, 0);
  gtk_drop_down_set_selected (self->kind_filter, 0);
  gtk_drop_down_set_selected (self->status_filter, 0);
  nr_measure_list_refill (self->list);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
add_clicked_cb (NrMeasuresPage *self)
{
  nr_measure_open_dialog (GTK_WIDGET (self), self->report, NULL);
}

/* --- For tests and the report view ------------------------------------------ */

GtkEditable *
nr_measures_page_get_search (NrMeasuresPage *self)
{
  g_return_val_if_fail (NR_IS_MEASURES_PAGE (self), NULL);
  return GTK_EDITABLE (self->search_entry);
}

/**
 * nr_measures_page_get_filter:
 * @field_id: "norms", "kind" or "status"
 *
 * Returns: (transfer none) (nullable): the drop-down that filters by it.
 */
GtkDropDown *
nr_measures_page_get_filter (NrMeasuresPage *self,
                             const char     *field_id)
{
  GtkDropDown *filters[] = { self->norm_filter, self->kind_filter, self->status_filter };

  g_return_val_if_fail (NR_IS_MEASURES_PAGE (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
    {
      if (g_strcmp0 (g_object_get_data (G_OBJECT (filters[i]), "nr-field"), field_id) == 0)
        return filters[i];
    }
  return NULL;
}

/**
 * nr_measures_page_set_filter:
 * @value: (nullable): a choice of the field, or %NULL for all
 *
 * Returns: whether the filter offers @value
 */
gboolean
nr_measures_page_set_filter (NrMeasuresPage *self,
                             const char     *field_id,
                             const char     *value)
{
  GtkDropDown *dropdown = nr_measures_page_get_filter (self, field_id);
  const char * const *values = dropdown != NULL ? g_object_get_data (G_OBJECT (dropdown), "nr-values") : NULL;

  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    {
      if (g_str_equal (values[i], value != NULL ? value : ""))
        {
          gtk_drop_down_set_selected (dropdown, i);
          return TRUE;
        }
    }
  return FALSE;
}

NrMeasureList *
nr_measures_page_get_list (NrMeasuresPage *self)
{
  g_return_val_if_fail (NR_IS_MEASURES_PAGE (self), NULL);
  return self->list;
}

/**
 * nr_measures_page_get_state:
 *
 * Returns: what the page shows: "list", "empty" (the register has no
 *   measure) or "no-match" (the search and filters let none through).
 */
const char *
nr_measures_page_get_state (NrMeasuresPage *self)
{
  g_return_val_if_fail (NR_IS_MEASURES_PAGE (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

static void
nr_measures_page_dispose (GObject *object)
{
  NrMeasuresPage *self = NR_MEASURES_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), NR_TYPE_MEASURES_PAGE);
  self->list = NULL;
  g_clear_object (&self->report);

  G_OBJECT_CLASS (nr_measures_page_parent_class)->dispose (object);
}

static void
nr_measures_page_class_init (NrMeasuresPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nr_measures_page_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/nr-measures-page.ui");
  gtk_widget_class_bind_template_child (widget_class, NrMeasuresPage, content);
  gtk_widget_class_bind_template_child (widget_class, NrMeasuresPage, search_box);
  gtk_widget_class_bind_template_child (widget_class, NrMeasuresPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, NrMeasuresPage, add_button);
  gtk_widget_class_bind_template_child (widget_class, NrMeasuresPage, filters_box);
  gtk_widget_class_bind_template_child (widget_class, NrMeasuresPage, norm_filter);
  gtk_widget_class_bind_template_child (widget_class, NrMeasuresPage, kind_filter);
  gtk_widget_class_bind_template_child (widget_class, NrMeasuresPage, status_filter);
  gtk_widget_class_bind_template_child (widget_class, NrMeasuresPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, NrMeasuresPage, stack);
  gtk_widget_class_bind_template_child (widget_class, NrMeasuresPage, list_slot);
  gtk_widget_class_bind_template_child (widget_class, NrMeasuresPage, order_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, filters_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, order_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
}

static void
nr_measures_page_init (NrMeasuresPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  set_label_factories (self->norm_filter);
  set_label_factories (self->kind_filter);
  set_label_factories (self->status_filter);
  nr_gui_set_accessible_label (GTK_WIDGET (self->order_dropdown), _("Order of the Measures"));
}

NrMeasuresPage *
nr_measures_page_new (NrReport *report)
{
  NrMeasuresPage *self = g_object_new (NR_TYPE_MEASURES_PAGE, NULL);

  self->report = g_object_ref (report);
  fill_filter (self, self->norm_filter, "norms", _("All Norms"), _("Filter by Norm"));
  fill_filter (self, self->kind_filter, "kind", _("All Kinds"), _("Filter by Kind"));
  fill_filter (self, self->status_filter, "status", _("All Statuses"), _("Filter by Status"));
  gtk_widget_set_sensitive (self->add_button, !nr_report_is_read_only (report));

  self->list = nr_measure_list_new (report, NULL);
  g_signal_connect_object (self->list, "refilled", G_CALLBACK (list_refilled_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (self->list_slot, GTK_WIDGET (self->list));
  nr_measure_list_set_filter (self->list, shows_measure, self);
  return self;
}
