/* nr-test-report.h: reports filled for tests. */
#pragma once

#include "nr-core.h"

G_BEGIN_DECLS

NrReport *nr_test_create_report (const char *dir,
                                 const char *name);
void      nr_test_fill_report   (NrReport   *report);
void      nr_test_write_small_report (const char *path,
                                      const char *state);
GVariant *nr_test_measure       (const char *title,
                                 const char *kind);

char     *nr_test_write_submission (const char *dir,
                                   const char *state,
                                   const char *year,
                                   const char *status_13a,
                                   const char *challenges_13a);

G_END_DECLS
