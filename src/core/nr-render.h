/* nr-render.h: a report as a printable PDF. */
#pragma once

#include <cairo.h>

#include "nr-document.h"
#include "nr-report-export.h"

G_BEGIN_DECLS

/* A4, in PostScript points. */
#define NR_RENDER_PAGE_WIDTH  595.28
#define NR_RENDER_PAGE_HEIGHT 841.89

GBytes   *nr_document_render_pdf  (NrDocument       *document,
                                   NrQuestionnaire  *questionnaire,
                                   GError          **error);
guint     nr_document_render_pages (NrDocument      *document,
                                   NrQuestionnaire  *questionnaire,
                                   cairo_t          *cr,
                                   int               first_page,
                                   int               last_page);
gboolean  nr_report_render_pdf    (NrReport               *report,
                                   GFile                  *file,
                                   const NrExportOptions  *options,
                                   GError                **error);

const char *nr_export_profile_marking (NrExportProfile profile);

G_END_DECLS
