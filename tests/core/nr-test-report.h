/* nr-test-report.h: reports filled for tests. */
#pragma once

#include "nr-core.h"

G_BEGIN_DECLS

NrReport *nr_test_create_report (const char *dir,
                                 const char *name);
void      nr_test_fill_report   (NrReport   *report);
GVariant *nr_test_measure       (const char *title,
                                 const char *kind);

G_END_DECLS
