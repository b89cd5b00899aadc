/* nr-report-export.h: exporting a report as interchange XML. */
#pragma once

#include "nr-document.h"
#include "nr-document-profile.h"
#include "nr-report.h"

G_BEGIN_DECLS

typedef struct
{
  NrExportProfile profile;
  /* For a contribution, the sections and norms it covers; NULL for all. */
  const char * const *sections;
  const char * const *norms;
} NrExportOptions;

NrDocument *nr_report_to_document     (NrReport               *self,
                                       const NrExportOptions  *options,
                                       GError                **error);
GBytes     *nr_report_export_xml      (NrReport               *self,
                                       const NrExportOptions  *options,
                                       char                  **revision_id,
                                       char                  **based_on,
                                       GError                **error);
gboolean    nr_report_export          (NrReport               *self,
                                       GFile                  *file,
                                       const NrExportOptions  *options,
                                       GError                **error);
gboolean    nr_report_record_revision (NrReport               *self,
                                       const char             *revision_id,
                                       const char             *kind,
                                       const char             *based_on,
                                       GError                **error);

gboolean    nr_write_file_privately   (GFile                  *file,
                                       GBytes                 *contents,
                                       GError                **error);

G_END_DECLS
