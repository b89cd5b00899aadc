/* nr-render-outline.c: finding one's way in the printout.
 *
 * The parts of the report (its sections and norms) are known before they
 * are laid out, so the table of contents after the summary takes its room
 * once; the page numbers, known only at the end, are laid out into that
 * room then.  A PDF also gets an outline (bookmarks) of the same parts,
 * links from the contents to each part, and its metadata.
 */
#include "config.h"

#include <cairo-pdf.h>

#include "nr-render-private.h"

#define NUMBER_WIDTH 36.0
#define LEVEL_INDENT 14.0

/* Adds a part to come; returns its index, for nr_render_place_part (). */
guint
nr_render_add_part (NrRenderer *r,
                    const char *title,
                    int         level)
{
  NrPart *part = g_new0 (NrPart, 1);

  part->title = g_strdup (title);
  part->level = level;
  g_ptr_array_add (r->pages->parts, part);
  return r->pages->parts->len - 1;
}

/* The part begins here. */
void
nr_render_place_part (NrRenderer *r,
                      guint       index)
{
  NrPart *part = r->pages->parts->pdata[index];

  part->page = nr_pages_current_index (r->pages);
  part->y = r->y;
}

/* The table of contents: a line per part, its page number to come. */
void
nr_render_add_contents (NrRenderer *r)
{
  NrPages *pages = r->pages;

  nr_render_add_heading (r, _("Contents"), NR_STYLE_HEADING);
  for (guint i = 0; i < pages->parts->len; i++)
    {
      NrPart *part = pages->parts->pdata[i];
      double indent = part->level * LEVEL_INDENT;
      NrStyle style = part->level == 0 ? NR_STYLE_QUESTION : NR_STYLE_BODY;
      g_autoptr(PangoLayout) layout = nr_render_make_layout (r, part->title, style,
                                                             NR_RENDER_CONTENT_WIDTH - indent - NUMBER_WIDTH);
      double height = nr_render_layout_height (layout);
      NrContentsLine line = { i, 0, 0 };
      NrItem *item;

      r->y += part->level == 0 ? 6 : 2;
      nr_render_ensure_space (r, height);
      item = nr_pages_add_item (pages, NR_ITEM_TEXT, NR_RENDER_MARGIN_SIDE + indent, r->y);
      item->layout = g_object_ref (layout);
      line.page = nr_pages_current_index (pages);
      line.y = r->y;
      g_array_append_val (pages->contents, line);
      r->y += height;
    }
}

static char *
link_to_part (NrPart *part)
{
  /* cairo counts pages from 1. */
  return g_strdup_printf ("page=%u pos=[%.2f %.2f]", part->page + 1, NR_RENDER_MARGIN_SIDE, MAX (part->y - 12, 0));
}

/* The page numbers of the contents, and each line a link to its part. */
void
nr_pages_finish_contents (NrPages *pages)
{
  NrRenderer r = { .pages = pages };

  for (guint i = 0; i < pages->contents->len; i++)
    {
      NrContentsLine *line = &g_array_index (pages->contents, NrContentsLine, i);
      NrPart *part = pages->parts->pdata[line->part];
      g_autofree char *number = g_strdup_printf ("%u", part->page + 1);
      g_autoptr(PangoLayout) layout = nr_render_make_layout (&r, number, NR_STYLE_BODY, NUMBER_WIDTH);
      NrItem *item = g_new0 (NrItem, 1);

      pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
      item->kind = NR_ITEM_TEXT;
      item->x = NR_RENDER_PAGE_WIDTH - NR_RENDER_MARGIN_SIDE - NUMBER_WIDTH;
      item->y = line->y;
      item->layout = g_steal_pointer (&layout);
      g_ptr_array_add (pages->pages->pdata[line->page], item);
      nr_pages_add_link (pages, line->page, NR_RENDER_MARGIN_SIDE, line->y, NR_RENDER_CONTENT_WIDTH,
                         nr_render_layout_height (item->layout), link_to_part (part));
    }
}

/**
 * nr_pages_add_outline:
 * @surface: a PDF surface the pages are drawn on
 *
 * Gives the PDF an outline of the report's sections and norms.
 */
void
nr_pages_add_outline (NrPages         *pages,
                      cairo_surface_t *surface)
{
  int section = CAIRO_PDF_OUTLINE_ROOT;

  g_return_if_fail (pages != NULL);
  if (cairo_surface_get_type (surface) != CAIRO_SURFACE_TYPE_PDF)
    return;
  for (guint i = 0; i < pages->parts->len; i++)
    {
      NrPart *part = pages->parts->pdata[i];
      g_autofree char *link = link_to_part (part);
      int id = cairo_pdf_surface_add_outline (surface, part->level == 0 ? CAIRO_PDF_OUTLINE_ROOT : section,
                                              part->title, link, 0);

      if (part->level == 0)
        section = id;
    }
}

/**
 * nr_pages_set_metadata:
 * @surface: a PDF surface the pages are drawn on
 *
 * Gives the PDF its title, author (the preparing agency), subject (the
 * questionnaire) and creation date (when the report was exported).
 */
void
nr_pages_set_metadata (NrPages         *pages,
                       cairo_surface_t *surface)
{
  g_return_if_fail (pages != NULL);
  if (cairo_surface_get_type (surface) != CAIRO_SURFACE_TYPE_PDF)
    return;
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, pages->title);
  if (pages->author != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, pages->author);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, pages->subject);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Norms Reporter " PACKAGE_VERSION);
  if (pages->created != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, pages->created);
}
