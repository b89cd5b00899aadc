/* nr-render.h: a report as a printable PDF. */
#pragma once

#include <cairo.h>

#include "nr-document.h"
#include "nr-report-export.h"

G_BEGIN_DECLS

/* A4, in PostScript points. */
#define NR_RENDER_PAGE_WIDTH  595.28
#define NR_RENDER_PAGE_HEIGHT 841.89

/* A document laid out into pages, ready to draw any page of. */
typedef struct _NrPages NrPages;

/* How far the layout is, from 0 to 1; called in the thread laying out. */
typedef void (*NrRenderProgress) (double   fraction,
                                  gpointer user_data);

NrPages  *nr_document_lay_out     (NrDocument       *document,
                                   NrQuestionnaire  *questionnaire,
                                   const char       *language,
                                   GCancellable     *cancellable,
                                   NrRenderProgress  progress,
                                   gpointer          progress_data);
guint     nr_pages_get_n_pages    (NrPages          *pages);
void      nr_pages_draw_page      (NrPages          *pages,
                                   cairo_t          *cr,
                                   guint             page);
void      nr_pages_add_outline    (NrPages          *pages,
                                   cairo_surface_t  *surface);
void      nr_pages_set_metadata   (NrPages          *pages,
                                   cairo_surface_t  *surface);
void      nr_pages_free           (NrPages          *pages);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NrPages, nr_pages_free)

GBytes   *nr_document_render_pdf  (NrDocument       *document,
                                   NrQuestionnaire  *questionnaire,
                                   GError          **error);
GBytes   *nr_document_render_pdf_in (NrDocument     *document,
                                   NrQuestionnaire  *questionnaire,
                                   const char       *language,
                                   GError          **error);
gboolean  nr_report_render_pdf    (NrReport               *report,
                                   GFile                  *file,
                                   const NrExportOptions  *options,
                                   GError                **error);

const char *nr_export_profile_marking (NrExportProfile profile);

G_END_DECLS
