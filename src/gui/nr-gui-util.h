/* nr-gui-util.h: small helpers the views share. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

char *nr_format_period (const char *start,
                        const char *end);

char *nr_format_time   (const char *iso);
char *nr_format_date_time (GDateTime *time);

GtkWidget *nr_gui_find_first_button (GtkWidget *root);
void  nr_gui_set_accessible_label  (GtkWidget  *widget,
                                    const char *label);
void  nr_gui_name_mnemonic_buttons (GtkWidget  *root);
void  nr_gui_name_calendar_buttons (GtkCalendar *calendar);

G_END_DECLS
