/* nr-measure-list.h: measures of the register as a list of cards, kept up
 * to date with the report. */
#pragma once

#include <adwaita.h>

#include "nr-core.h"

G_BEGIN_DECLS

#define NR_TYPE_MEASURE_LIST (nr_measure_list_get_type ())
G_DECLARE_FINAL_TYPE (NrMeasureList, nr_measure_list, NR, MEASURE_LIST, GtkWidget)

/* Whether the list shows @measure. */
typedef gboolean (*NrMeasureFilter) (NrRecord *measure,
                                     gpointer  user_data);

NrMeasureList *nr_measure_list_new            (NrReport        *report,
                                               const char      *unlink_norm);
void           nr_measure_list_set_filter     (NrMeasureList   *self,
                                               NrMeasureFilter  filter,
                                               gpointer         user_data);
void           nr_measure_list_set_order      (NrMeasureList   *self,
                                               NrMeasureOrder   order);
void           nr_measure_list_set_placeholder (NrMeasureList  *self,
                                               const char      *text);
void           nr_measure_list_refill         (NrMeasureList   *self);
guint          nr_measure_list_get_n_shown    (NrMeasureList   *self);
guint          nr_measure_list_get_n_measures (NrMeasureList   *self);
GtkListBox    *nr_measure_list_get_list_box   (NrMeasureList   *self);

G_END_DECLS
