/* nr-report-import.h: building a report from interchange XML. */
#pragma once

#include "nr-document.h"
#include "nr-report.h"

G_BEGIN_DECLS

NrReport *nr_report_import              (GFile       *xml_file,
                                         GFile       *report_file,
                                         GError     **error);
gboolean  nr_report_import_to_file      (NrDocument  *document,
                                         const char  *display_name,
                                         GFile       *report_file,
                                         GError     **error);
NrReport *nr_report_import_document     (NrDocument  *document,
                                         const char  *display_name,
                                         GFile       *report_file,
                                         GError     **error);
void      nr_document_normalise         (NrDocument      *document,
                                         NrQuestionnaire *questionnaire);
gboolean  nr_document_check             (NrDocument  *document,
                                         const char  *display_name,
                                         GError     **error);
NrReport *nr_report_import_for_viewing  (GFile       *xml_file,
                                         GError     **error);

G_END_DECLS
