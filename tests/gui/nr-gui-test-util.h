/* nr-gui-test-util.h: driving real windows in tests. */
#pragma once

#include <gtk/gtk.h>

#include "nr-application.h"
#include "nr-question-widget.h"
#include "nr-record-dialog.h"
#include "nr-window.h"

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
GtkWidget *nr_gui_test_question_input (NrQuestionWidget *widget);
GtkWidget *nr_gui_test_field_input   (NrRecordDialog *dialog,
                                      const char     *field_id);
NrApplication *nr_gui_test_new_application (void);
const char *nr_gui_test_init_language (void);
GtkWidget *nr_gui_test_find_label_containing (GtkWidget  *root,
                                              const char *text);
void     nr_gui_test_store_result    (GObject      *source,
                                      GAsyncResult *result,
                                      gpointer      user_data);
GAsyncResult *nr_gui_test_wait_for_result (GAsyncResult **result);
gboolean nr_gui_test_open_file       (NrWindow   *window,
                                      GFile      *file);
gboolean nr_gui_test_start_next_cycle (NrWindow  *window,
                                       GFile     *file);
NrMergeDialog *nr_gui_test_merge_file (NrWindow  *window,
                                       GFile     *file);
GFile   *nr_gui_test_write_conflicting_contribution (NrReport   *report,
                                                     const char *dir);

G_END_DECLS
