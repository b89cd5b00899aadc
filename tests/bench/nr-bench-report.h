/* nr-bench-report.h: reports filled for benchmarks, and how figures are
 * reported. */
#pragma once

#include "nr-core.h"

G_BEGIN_DECLS

void     nr_bench_fill_report   (NrReport   *report,
                                 gsize       text_size,
                                 guint       n_records,
                                 GArray     *samples);
double   nr_bench_percentile    (GArray     *samples,
                                 double      fraction);
gboolean nr_bench_report_target (const char *what,
                                 double      value,
                                 double      target,
                                 const char *unit);
char    *nr_bench_text          (guint       seed,
                                 gsize       size);

char     *nr_bench_make_dir      (void);
void      nr_bench_remove_dir    (const char *dir);
NrReport *nr_bench_create_filled_report (const char *dir,
                                         const char *name,
                                         gsize       text_size,
                                         guint       n_records);

G_END_DECLS
