/* nr-export-dialog.h: choose what leaves, see what stays, export. */
#pragma once

#include <adwaita.h>

#include "nr-core.h"

G_BEGIN_DECLS

#define NR_TYPE_EXPORT_DIALOG (nr_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (NrExportDialog, nr_export_dialog, NR, EXPORT_DIALOG, AdwWindow)

NrExportDialog *nr_export_dialog_new          (GtkWindow       *parent,
                                               NrReport        *report);
void            nr_export_dialog_set_profile  (NrExportDialog  *self,
                                               NrExportProfile  profile);
void            nr_export_dialog_set_pdf      (NrExportDialog  *self,
                                               gboolean         pdf);
void            nr_export_dialog_set_printed_format (NrExportDialog   *self,
                                                     NrDocumentFormat  format);
char           *nr_export_dialog_get_preview  (NrExportDialog  *self);
gboolean        nr_export_dialog_export_to    (NrExportDialog  *self,
                                               GFile           *file,
                                               GError         **error);

G_END_DECLS
