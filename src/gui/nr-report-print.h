/* nr-report-print.h: printing a report through GtkPrintOperation. */
#pragma once

#include <gtk/gtk.h>

#include "nr-core.h"

G_BEGIN_DECLS

GtkPrintOperation *nr_report_print_operation_new (NrReport         *report,
                                                  NrExportProfile   profile,
                                                  GError          **error);

G_END_DECLS
