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

G_END_DECLS
