/* nr-measure-card.h: one measure of the register, as a card in a list. */
#pragma once

#include <adwaita.h>

#include "nr-core.h"
#include "nr-record-dialog.h"

G_BEGIN_DECLS

#define NR_TYPE_MEASURE_CARD (nr_measure_card_get_type ())
G_DECLARE_FINAL_TYPE (NrMeasureCard, nr_measure_card, NR, MEASURE_CARD, GtkListBoxRow)

NrMeasureCard  *nr_measure_card_new         (NrReport      *report,
                                             NrRecord      *measure,
                                             const char    *unlink_norm);
NrRecord       *nr_measure_card_get_measure (NrMeasureCard *self);
const char     *nr_measure_card_get_details (NrMeasureCard *self);
GtkWidget      *nr_measure_card_get_menu_button (NrMeasureCard *self);
NrRecordDialog *nr_measure_card_edit        (NrMeasureCard *self);
gboolean        nr_measure_card_unlink      (NrMeasureCard *self);
AdwMessageDialog *nr_measure_card_delete    (NrMeasureCard *self);

NrRecordDialog *nr_measure_open_dialog      (GtkWidget     *from,
                                             NrReport      *report,
                                             NrRecord      *measure);
void            nr_measure_show_error       (GtkWidget     *from,
                                             const char    *message);
char           *nr_measure_format_title     (NrRecord      *measure);
char           *nr_measure_format_details   (NrReport      *report,
                                             NrRecord      *measure);

G_END_DECLS
