/* nr-gui-test-util.h: driving real windows in tests. */
#pragma once

#include <gtk/gtk.h>

#include "nr-application.h"

G_BEGIN_DECLS

void     nr_gui_test_wait_for_frames (GtkWidget  *widget,
                                      guint       n_frames);
void     nr_gui_test_save_screenshot (GtkWidget  *widget,
                                      const char *name);
GtkWidget *nr_gui_test_find_by_type  (GtkWidget  *root,
                                      GType       type);
GtkWidget *nr_gui_test_find_button   (GtkWidget  *root,
                                      const char *text);
GtkWindow *nr_gui_test_find_toplevel (GType       type);
NrApplication *nr_gui_test_new_application (void);
GtkWidget *nr_gui_test_find_label_containing (GtkWidget  *root,
                                              const char *text);

G_END_DECLS
