/* nr-library-view.c: the start page: the user's reports, or an invitation
 * to write the first one.  Activating a report emits ::report-activated. */
#include "config.h"

#include <glib/gi18n.h>

#include "nr-country.h"
#include "nr-gui-util.h"
#include "nr-library-view.h"

struct _NrLibraryView
{
  GtkWidget parent_instance;

  GtkStack *stack;
  GtkListBox *list;
  NrLibrary *library;
};

G_DEFINE_FINAL_TYPE (NrLibraryView, nr_library_view, GTK_TYPE_WIDGET)

enum {
  REPORT_ACTIVATED,
  DELETE_REQUESTED,
  NEXT_CYCLE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
describe_item (NrLibraryItem *item)
{
  g_autofree char *edited = NULL;
  GDateTime *modified = nr_library_item_get_modified (item);

  if (nr_library_item_get_problem (item) != NULL)
    return g_strdup (nr_library_item_get_problem (item));

  if (modified != NULL)
    {
      g_autofree char *when = nr_format_date_time (modified);

      /* Translators: "%s" is a date and time. */
      edited = g_strdup_printf (_("edited %s"), when);
    }

  /* Translators: how much of a report is answered, then when it was edited. */
  return g_strdup_printf (_("%.0f%% answered · %s"), nr_library_item_get_completion (item) * 100,
                          edited != NULL ? edited : "");
}

static void
delete_clicked_cb (GtkButton     *button,
                   NrLibraryView *self)
{
  g_signal_emit (self, signals[DELETE_REQUESTED], 0,
                 g_object_get_data (G_OBJECT (button), "nr-item"));
}

static void
next_cycle_clicked_cb (GtkButton     *button,
                       NrLibraryView *self)
{
  g_signal_emit (self, signals[NEXT_CYCLE_REQUESTED], 0,
                 g_object_get_data (G_OBJECT (button), "nr-item"));
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  NrLibraryItem *report = item;
  const char *state = nr_library_item_get_state (report);
  const char *name = state != NULL ? nr_countries_lookup_name (state) : NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = describe_item (report);
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *basename = g_file_get_basename (nr_library_item_get_file (report));

  if (nr_library_item_get_problem (report) != NULL)
    title = g_strdup (basename);
  else
    /* Translators: a state's name and the reporting period, such as
     * "Indonesia, 2025–2026". */
    title = g_strdup_printf (_("%s, %s"), name != NULL ? name : (state != NULL ? state : _("No state chosen")),
                             nr_library_item_get_period (report));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (nr_library_item_get_questionnaire (report) != NULL)
    gtk_widget_set_tooltip_text (row, nr_library_item_get_questionnaire (report));
  if (nr_library_item_get_problem (report) == NULL)
    {
      GtkWidget *next = gtk_button_new_from_icon_name ("document-new-symbolic");

      gtk_widget_set_valign (next, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (next, "flat");
      g_autofree char *name = g_strdup_printf (_("Start the next cycle from “%s”"), title);

      gtk_widget_set_tooltip_text (next, _("Start the Next Cycle From This Report"));
      nr_gui_set_accessible_label (next, name);
      g_object_set_data_full (G_OBJECT (next), "nr-item", g_object_ref (report), g_object_unref);
      g_signal_connect_object (next, "clicked", G_CALLBACK (next_cycle_clicked_cb), user_data, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), next);
    }
  {
    GtkWidget *delete = gtk_button_new_from_icon_name ("user-trash-symbolic");
    g_autofree char *name = g_strdup_printf (_("Delete “%s”"), title);
    NrLibraryView *self = user_data;

    gtk_widget_set_valign (delete, GTK_ALIGN_CENTER);
    gtk_widget_add_css_class (delete, "flat");
    gtk_widget_set_tooltip_text (delete, _("Delete"));
    nr_gui_set_accessible_label (delete, name);
    g_object_set_data_full (G_OBJECT (delete), "nr-item", g_object_ref (report), g_object_unref);
    g_signal_connect_object (delete, "clicked", G_CALLBACK (delete_clicked_cb), self, 0);
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), delete);
  }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), nr_library_item_get_problem (report) == NULL);
  g_object_set_data_full (G_OBJECT (row), "nr-file", g_object_ref (nr_library_item_get_file (report)),
                          g_object_unref);
  return row;
}

static void
update_page (NrLibraryView *self)
{
  gboolean empty = self->library == NULL ||
                   g_list_model_get_n_items (nr_library_get_items (self->library)) == 0;

  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "list");
}

static void
row_activated_cb (NrLibraryView *self,
                  GtkListBoxRow *row)
{
  GFile *file = g_object_get_data (G_OBJECT (row), "nr-file");

  if (file != NULL)
    g_signal_emit (self, signals[REPORT_ACTIVATED], 0, file);
}

static void
nr_library_view_dispose (GObject *object)
{
  NrLibraryView *self = NR_LIBRARY_VIEW (object);

  if (self->library != NULL)
    g_signal_handlers_disconnect_by_data (nr_library_get_items (self->library), self);
  g_clear_object (&self->library);
  gtk_widget_dispose_template (GTK_WIDGET (self), NR_TYPE_LIBRARY_VIEW);
  /* Children that the template does not name are ours to unparent. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (nr_library_view_parent_class)->dispose (object);
}

static void
nr_library_view_class_init (NrLibraryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nr_library_view_dispose;

  /**
   * NrLibraryView::report-activated:
   * @file: the report the user chose
   */
  signals[REPORT_ACTIVATED] = g_signal_new ("report-activated", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                            G_TYPE_NONE, 1, G_TYPE_FILE);
  /**
   * NrLibraryView::delete-requested:
   * @item: the report the user wants to delete
   */
  signals[DELETE_REQUESTED] = g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                            G_TYPE_NONE, 1, NR_TYPE_LIBRARY_ITEM);
  /**
   * NrLibraryView::next-cycle-requested:
   * @item: the report to start the next cycle from
   */
  signals[NEXT_CYCLE_REQUESTED] = g_signal_new ("next-cycle-requested", G_TYPE_FROM_CLASS (klass),
                                                G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                                G_TYPE_NONE, 1, NR_TYPE_LIBRARY_ITEM);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/nr-library-view.ui");
  gtk_widget_class_bind_template_child (widget_class, NrLibraryView, stack);
  gtk_widget_class_bind_template_child (widget_class, NrLibraryView, list);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
nr_library_view_init (NrLibraryView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  nr_gui_name_mnemonic_buttons (GTK_WIDGET (self));
}

void
nr_library_view_set_library (NrLibraryView *self,
                             NrLibrary     *library)
{
  g_return_if_fail (NR_IS_LIBRARY_VIEW (self));

  g_set_object (&self->library, library);
  gtk_list_box_bind_model (self->list, nr_library_get_items (library), create_row, self, NULL);
  g_signal_connect_object (nr_library_get_items (library), "items-changed",
                           G_CALLBACK (update_page), self, G_CONNECT_SWAPPED);
  update_page (self);
}

GtkListBox *
nr_library_view_get_list (NrLibraryView *self)
{
  g_return_val_if_fail (NR_IS_LIBRARY_VIEW (self), NULL);
  return self->list;
}
