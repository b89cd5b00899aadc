/* nr-report-view.h: the report being written: its parts beside the one open. */
#pragma once

#include <adwaita.h>

#include "nr-core.h"

G_BEGIN_DECLS

#define NR_TYPE_REPORT_VIEW (nr_report_view_get_type ())
G_DECLARE_FINAL_TYPE (NrReportView, nr_report_view, NR, REPORT_VIEW, GtkWidget)

NrReportView *nr_report_view_new             (NrReport     *report);
NrReport     *nr_report_view_get_report      (NrReportView *self);
gboolean      nr_report_view_show_part       (NrReportView *self,
                                              const char   *part_id);
GtkWidget    *nr_report_view_find_question   (NrReportView *self,
                                              const char   *question_id);
const char   *nr_report_view_get_status      (NrReportView *self);
const char   *nr_report_view_get_error       (NrReportView *self);
void          nr_report_view_flush           (NrReportView *self);
void          nr_report_view_reload          (NrReportView *self);
GtkListBox   *nr_report_view_get_sidebar     (NrReportView *self);
guint         nr_report_view_search          (NrReportView *self,
                                              const char   *query);
GtkListBox   *nr_report_view_get_results     (NrReportView *self);
void          nr_report_view_set_unfinished_only (NrReportView *self,
                                              gboolean      unfinished_only);

G_END_DECLS
