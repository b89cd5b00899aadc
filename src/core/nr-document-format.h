/* nr-document-format.h: the files a report is printed to: PDF, Word and
 * OpenDocument. */
#pragma once

#include "nr-document.h"
#include "nr-report-export.h"

G_BEGIN_DECLS

typedef enum
{
  NR_DOCUMENT_FORMAT_PDF,
  NR_DOCUMENT_FORMAT_DOCX,
  NR_DOCUMENT_FORMAT_ODT,
} NrDocumentFormat;

gboolean    nr_document_format_for_name      (const char        *filename,
                                              NrDocumentFormat  *format);
const char *nr_document_format_get_extension (NrDocumentFormat   format);
GBytes     *nr_document_render               (NrDocument        *document,
                                              NrQuestionnaire   *questionnaire,
                                              NrDocumentFormat   format,
                                              GError           **error);
GBytes     *nr_document_render_in            (NrDocument        *document,
                                              NrQuestionnaire   *questionnaire,
                                              NrDocumentFormat   format,
                                              const char        *language,
                                              GError           **error);
gboolean    nr_report_render                 (NrReport               *report,
                                              GFile                  *file,
                                              NrDocumentFormat        format,
                                              const NrExportOptions  *options,
                                              GError                **error);

G_END_DECLS
