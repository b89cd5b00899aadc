/* nr-overview-view-util.c: what the reviewer's window's views share: text
 * from submissions shown as labels a reviewer can select and copy, wrapped
 * wherever a word allows, and views rebuilt from the overview. */
#include "config.h"

#include "nr-overview-view-util.h"

/* A label that wraps and can be selected, left-aligned; @css_class may be
 * NULL. */
GtkWidget *
nr_overview_label (const char *text,
                   const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

void
nr_overview_clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}
