/* nr-new-report-dialog.h: asks for what a new report needs, and creates it. */
#pragma once

#include <adwaita.h>

#include "nr-core.h"

G_BEGIN_DECLS

#define NR_TYPE_NEW_REPORT_DIALOG (nr_new_report_dialog_get_type ())
G_DECLARE_FINAL_TYPE (NrNewReportDialog, nr_new_report_dialog, NR, NEW_REPORT_DIALOG, AdwWindow)

NrNewReportDialog *nr_new_report_dialog_new       (GtkWindow         *parent);
void               nr_new_report_dialog_set_state (NrNewReportDialog *self,
                                                   const char        *code);
gboolean           nr_new_report_dialog_create    (NrNewReportDialog *self);
GFile             *nr_reports_folder              (void);
GFile             *nr_new_report_file             (const char        *stem);

G_END_DECLS
