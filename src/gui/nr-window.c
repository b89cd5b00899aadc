/* nr-window.c: a Norms Reporter window.
 *
 * For now the window greets the user with an empty state; the report library
 * and the report editor come with the authoring window.
 */
#include "config.h"

#include "nr-window.h"

struct _NrWindow
{
  AdwApplicationWindow parent_instance;

  AdwStatusPage *status_page;
};

G_DEFINE_FINAL_TYPE (NrWindow, nr_window, ADW_TYPE_APPLICATION_WINDOW)

static void
nr_window_class_init (NrWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/nr-window.ui");
  gtk_widget_class_bind_template_child (widget_class, NrWindow, status_page);
}

static void
nr_window_init (NrWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

NrWindow *
nr_window_new (NrApplication *application)
{
  return g_object_new (NR_TYPE_WINDOW, "application", application, NULL);
}
