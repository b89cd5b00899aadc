/* nr-test-report.h: reports filled for tests. */
#pragma once

#include "nr-core.h"

G_BEGIN_DECLS

NrQuestionnaire *nr_test_load_builtin (void);
NrReport *nr_test_create_report (const char *dir,
                                 const char *name);
void      nr_test_fill_report   (NrReport   *report);
void      nr_test_fill_every_question (NrReport   *report,
                                       const char *shared_tag);
void      nr_test_write_small_report (const char *path,
                                      const char *state);
GVariant *nr_test_measure_for        (const char *title,
                                      const char *kind,
                                      const char *norm_id,
                                      const char *classification);
GVariant *nr_test_measure       (const char *title,
                                 const char *kind);

/* A fixture: a filled report in a directory of its own. */
typedef struct
{
  char *dir;
  NrReport *report;
} NrTestFilled;

void      nr_test_filled_set_up    (NrTestFilled    *f,
                                    gconstpointer    data);
void      nr_test_filled_tear_down (NrTestFilled    *f,
                                    gconstpointer    data);
char     *nr_test_export_text      (NrReport        *report,
                                    NrExportProfile  profile);
char     *nr_test_replace_once     (const char      *text,
                                    const char      *from,
                                    const char      *to);

char     *nr_test_write_submission (const char *dir,
                                   const char *state,
                                   const char *year,
                                   const char *status_13a,
                                   const char *challenges_13a);

G_END_DECLS
