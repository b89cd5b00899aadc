/* nr-measure.h: the measures of the register (measures.register): which
 * norms each serves, linking it to a norm and unlinking it, finding one. */
#pragma once

#include "nr-record.h"
#include "nr-report.h"

G_BEGIN_DECLS

/* The records question that holds the register of measures. */
#define NR_MEASURES_QUESTION "measures.register"

/* How a list of measures is ordered. */
typedef enum
{
  NR_MEASURE_ORDER_ENTERED,
  NR_MEASURE_ORDER_NEWEST,
  NR_MEASURE_ORDER_OLDEST,
  NR_MEASURE_ORDER_TITLE,
} NrMeasureOrder;

int      nr_measure_compare        (NrRecord       *a,
                                    NrRecord       *b,
                                    NrMeasureOrder  order);
gboolean nr_measure_serves_norm    (NrRecord   *measure,
                                    const char *norm_id);
gboolean nr_measure_matches_text   (NrRecord   *measure,
                                    const char *query);
gboolean nr_report_link_measure    (NrReport   *report,
                                    const char *record_id,
                                    const char *norm_id,
                                    GError    **error);
gboolean nr_report_unlink_measure  (NrReport   *report,
                                    const char *record_id,
                                    const char *norm_id,
                                    GError    **error);

G_END_DECLS
