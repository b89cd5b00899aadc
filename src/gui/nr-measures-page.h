/* nr-measures-page.h: the register of measures, searched and filtered. */
#pragma once

#include <adwaita.h>

#include "nr-core.h"
#include "nr-measure-list.h"

G_BEGIN_DECLS

#define NR_TYPE_MEASURES_PAGE (nr_measures_page_get_type ())
G_DECLARE_FINAL_TYPE (NrMeasuresPage, nr_measures_page, NR, MEASURES_PAGE, GtkWidget)

gboolean        nr_measures_page_shows_section (NrSection      *section);
NrMeasuresPage *nr_measures_page_new           (NrReport       *report);
GtkEditable    *nr_measures_page_get_search    (NrMeasuresPage *self);
GtkDropDown    *nr_measures_page_get_filter    (NrMeasuresPage *self,
                                                const char     *field_id);
gboolean        nr_measures_page_set_filter    (NrMeasuresPage *self,
                                                const char     *field_id,
                                                const char     *value);
NrMeasureList  *nr_measures_page_get_list      (NrMeasuresPage *self);
GtkDropDown    *nr_measures_page_get_order     (NrMeasuresPage *self);
const char     *nr_measures_page_get_state     (NrMeasuresPage *self);

G_END_DECLS
