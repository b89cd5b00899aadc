/* nr-report-tasks.h: the slow work on report files, in a worker thread. */
#pragma once

#include <gio/gio.h>

#include "nr-core.h"

G_BEGIN_DECLS

void      nr_report_task_open                    (gpointer             source,
                                                  GFile               *file,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
NrReport *nr_report_task_open_finish             (GAsyncResult        *result,
                                                  char               **notice,
                                                  GError             **error);
void      nr_report_task_prepare_merge           (gpointer             source,
                                                  NrReport            *report,
                                                  GFile               *contribution,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
NrMerge  *nr_report_task_prepare_merge_finish    (GAsyncResult        *result,
                                                  NrReport            *report,
                                                  GError             **error);
void      nr_report_task_start_next_cycle        (gpointer             source,
                                                  GFile               *previous,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
NrReport *nr_report_task_start_next_cycle_finish (GAsyncResult        *result,
                                                  GError             **error);

G_END_DECLS
