/* nr-overview-view-util.h: what the reviewer's window's views share. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget *nr_overview_label     (const char *text,
                                  const char *css_class);
void       nr_overview_clear_box (GtkBox     *box);

G_END_DECLS
