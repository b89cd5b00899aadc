/* nr-record-dialog.h: adds or edits one record of a repeatable list. */
#pragma once

#include <adwaita.h>

#include "nr-core.h"

G_BEGIN_DECLS

#define NR_TYPE_RECORD_DIALOG (nr_record_dialog_get_type ())
G_DECLARE_FINAL_TYPE (NrRecordDialog, nr_record_dialog, NR, RECORD_DIALOG, AdwWindow)

NrRecordDialog *nr_record_dialog_new       (GtkWindow      *parent,
                                            NrReport       *report,
                                            NrQuestion     *question,
                                            NrRecord       *record);
GtkWidget      *nr_record_dialog_get_field (NrRecordDialog *self,
                                            const char     *field_id);
gboolean        nr_record_dialog_save      (NrRecordDialog *self);

G_END_DECLS
