/* nr-render-private.h: what the files of the renderer share.
 *
 * Rendering is two steps.  The layout step (nr-render-flow.c and the files
 * that fill it: nr-render.c, nr-render-blocks.c, nr-render-title.c,
 * nr-render-outline.c) walks the document once and leaves every page as a
 * list of positioned items: lines of text, boxes, rules and link areas.  The
 * drawing step (nr-render-pages.c) draws a page from its items and nothing
 * else, so that drawing page N costs the same whatever N is, and printing
 * can lay out in a worker thread and draw on the main loop.
 */
#pragma once

#include <pango/pangocairo.h>

#include "nr-document-text.h"
#include "nr-render.h"
#include "nr-worded.h"

G_BEGIN_DECLS

/* The catalogue a document worded in @language is written with, and the
 * questionnaire in it (nr-render.c). */
NrCatalogue     *nr_render_catalogue_for    (const char      *language);
NrQuestionnaire *nr_render_questionnaire_in (NrQuestionnaire *questionnaire,
                                             NrCatalogue     *catalogue);

#define NR_RENDER_MARGIN_SIDE    56.0
#define NR_RENDER_MARGIN_TOP     72.0
#define NR_RENDER_MARGIN_BOTTOM  64.0
#define NR_RENDER_CONTENT_WIDTH  (NR_RENDER_PAGE_WIDTH - 2 * NR_RENDER_MARGIN_SIDE)
#define NR_RENDER_CONTENT_BOTTOM (NR_RENDER_PAGE_HEIGHT - NR_RENDER_MARGIN_BOTTOM)
#define NR_RENDER_FONT_FAMILY    "Noto Sans, Cantarell, DejaVu Sans, sans-serif"

typedef enum {
  NR_STYLE_BODY,
  NR_STYLE_SMALL,
  NR_STYLE_QUESTION,
  NR_STYLE_HEADING,
  NR_STYLE_TITLE,
  NR_STYLE_MUTED,
} NrStyle;

typedef enum {
  NR_ITEM_LINE,             /* one line of a layout, at its baseline */
  NR_ITEM_TEXT,             /* a whole layout, at its top left corner */
  NR_ITEM_BOX,              /* a rectangle, outlined, and filled if shaded */
  NR_ITEM_RULE,             /* a horizontal line */
  NR_ITEM_LINK,             /* a clickable area; its attributes say where to */
} NrItemKind;

typedef struct
{
  NrItemKind kind;
  double x, y, width, height;
  double grey;              /* the colour of text and lines */
  gboolean is_link;         /* text in the colour of links instead */
  gboolean shaded;
  PangoLayout *layout;      /* a line's layout too, which the line needs */
  PangoLayoutLine *line;
  char *link;               /* cairo's link attributes */
} NrItem;

/* A part of the report that the outline and the table of contents name: a
 * section (level 0) or a norm (level 1), and where its heading landed. */
typedef struct
{
  char *title;
  int level;
  guint page;               /* from 0 */
  double y;
} NrPart;

struct _NrPages
{
  PangoFontMap *font_map;
  PangoContext *context;
  GPtrArray *pages;         /* of GPtrArray of NrItem */
  GPtrArray *parts;         /* of NrPart */
  GArray *contents;         /* of NrContentsLine: the table of contents */
  char *marking;
  char *state_name;
  char *running_title;
  char *title;              /* the document's metadata */
  char *author;
  char *subject;
  char *created;
};

typedef struct
{
  guint part;               /* an index into parts */
  guint page;
  double y;
} NrContentsLine;

typedef struct
{
  NrPages *pages;
  NrDocument *document;
  NrQuestionnaire *questionnaire;
  GHashTable *answers;      /* question id → NrDocumentAnswer */
  const char *language;      /* of the printout */
  GCancellable *cancellable;
  NrRenderProgress progress;
  gpointer progress_data;
  double y;
} NrRenderer;

/* nr-render-pages.c: the pages and drawing them. */
NrPages     *nr_pages_new               (void);
void         nr_pages_append_page       (NrPages       *pages);
GPtrArray   *nr_pages_current           (NrPages       *pages);
guint        nr_pages_current_index     (NrPages       *pages);
NrItem      *nr_pages_add_item          (NrPages       *pages,
                                         NrItemKind     kind,
                                         double         x,
                                         double         y);
void         nr_pages_add_link          (NrPages       *pages,
                                         guint          page,
                                         double         x,
                                         double         y,
                                         double         width,
                                         double         height,
                                         char          *attributes);
void         nr_pages_finish            (NrPages       *pages);
char        *nr_render_link_to_uri      (const char    *uri);

/* nr-render-flow.c: text and tables flowing down pages. */
PangoLayout *nr_render_make_layout      (NrRenderer    *r,
                                         const char    *text,
                                         NrStyle        style,
                                         double         width);
double       nr_render_layout_height    (PangoLayout   *layout);
double       nr_render_text_width       (NrRenderer    *r,
                                         const char    *text,
                                         NrStyle        style);
void         nr_render_new_page         (NrRenderer    *r);
void         nr_render_ensure_space     (NrRenderer    *r,
                                         double         height);
void         nr_render_add_text         (NrRenderer    *r,
                                         const char    *text,
                                         NrStyle        style,
                                         double         indent,
                                         double         space_after);
void         nr_render_add_link_text    (NrRenderer    *r,
                                         const char    *text,
                                         const char    *uri,
                                         NrStyle        style,
                                         double         indent,
                                         double         space_after);
void         nr_render_add_heading      (NrRenderer    *r,
                                         const char    *text,
                                         NrStyle        style);
void         nr_render_add_part_heading (NrRenderer    *r,
                                         const char    *text,
                                         guint          part);

typedef struct
{
  guint n_columns;
  double widths[8];
  GPtrArray *rows;          /* of GStrv; the first is the header */
  gboolean has_header;
} NrTable;

void         nr_table_init              (NrTable       *table,
                                         guint          n_columns,
                                         const double   fractions[],
                                         gboolean       has_header);
void         nr_table_add_row           (NrTable       *table,
                                         const char   **cells);
void         nr_table_finish            (NrRenderer    *r,
                                         NrTable       *table);

/* nr-render-blocks.c: records as blocks. */
char        *nr_render_record_facts     (NrQuestion       *list,
                                         NrDocumentRecord *record,
                                         NrQuestion       *title_field);
NrQuestion  *nr_render_title_field      (NrQuestion       *list);
void         nr_render_add_record_block (NrRenderer       *r,
                                         NrQuestion       *list,
                                         NrDocumentRecord *record);
void         nr_render_add_links        (NrRenderer       *r,
                                         NrQuestion       *question,
                                         GVariant         *value,
                                         double            indent);

/* nr-render-title.c: the title page and what names the report. */
char        *nr_render_format_period    (const char    *start,
                                         const char    *end);
void         nr_render_set_names        (NrRenderer    *r);
void         nr_render_add_title_page   (NrRenderer    *r);

/* nr-render-outline.c: the outline, the table of contents, metadata. */
guint        nr_render_add_part         (NrRenderer    *r,
                                         const char    *title,
                                         int            level);
void         nr_render_place_part       (NrRenderer    *r,
                                         guint          part);
void         nr_render_add_contents     (NrRenderer    *r);
void         nr_pages_finish_contents   (NrPages       *pages);

G_END_DECLS
