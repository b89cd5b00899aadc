/* nr-window.h: a Norms Reporter window: the library, or one report. */
#pragma once

#include <adwaita.h>

#include "nr-application.h"
#include "nr-core.h"
#include "nr-merge-dialog.h"

G_BEGIN_DECLS

#define NR_TYPE_WINDOW (nr_window_get_type ())
G_DECLARE_FINAL_TYPE (NrWindow, nr_window, NR, WINDOW, AdwApplicationWindow)

NrWindow  *nr_window_new         (NrApplication *application);
void       nr_window_open_file   (NrWindow            *self,
                                  GFile               *file,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data);
gboolean   nr_window_open_file_finish (NrWindow     *self,
                                       GAsyncResult *result,
                                       GError      **error);
gboolean   nr_window_is_busy     (NrWindow      *self);
gboolean   nr_window_has_file    (NrWindow      *self,
                                  GFile         *file);
void       nr_window_show_report (NrWindow      *self,
                                  NrReport      *report);
NrReport  *nr_window_get_report  (NrWindow      *self);
GtkWidget *nr_window_get_visible_view (NrWindow *self);
void       nr_window_start_next_cycle (NrWindow            *self,
                                       GFile               *file,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data);
gboolean   nr_window_start_next_cycle_finish (NrWindow     *self,
                                              GAsyncResult *result,
                                              GError      **error);
gboolean   nr_window_delete_report (NrWindow  *self,
                                    GFile     *file,
                                    GError   **error);
void       nr_window_merge_file  (NrWindow            *self,
                                  GFile               *file,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data);
NrMergeDialog *nr_window_merge_file_finish (NrWindow     *self,
                                            GAsyncResult *result,
                                            GError      **error);

G_END_DECLS
