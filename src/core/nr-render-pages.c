/* nr-render-pages.c: laid-out pages, and drawing one of them.
 *
 * Drawing does no layout at all: it walks the page's items and shows what
 * the layout step shaped.  The running header and the footer ("Page 3 of
 * 31") are laid out once the page count is known, in nr_pages_finish (), so
 * that drawing a page is the same short walk for every page.
 */
#include "config.h"

#include <cairo-pdf.h>

#include "nr-render-private.h"

static void
item_free (NrItem *item)
{
  g_clear_object (&item->layout);
  g_clear_pointer (&item->line, pango_layout_line_unref);
  g_free (item->link);
  g_free (item);
}

static void
part_free (NrPart *part)
{
  g_free (part->title);
  g_free (part);
}

NrPages *
nr_pages_new (void)
{
  NrPages *pages = g_new0 (NrPages, 1);

  /* A font map of the renderer's own rather than pango's per-thread
   * default: its caches go with the pages instead of living as long as the
   * thread that laid them out. */
  pages->font_map = pango_cairo_font_map_new ();
  pages->context = pango_font_map_create_context (pages->font_map);
  /* Metrics as on paper whatever the surface drawn on: the layout does not
   * know it, and must break lines the same for a printer as for a PDF. */
  {
    cairo_font_options_t *options = cairo_font_options_create ();

    cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options (pages->context, options);
    cairo_font_options_destroy (options);
  }
  pages->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  pages->parts = g_ptr_array_new_with_free_func ((GDestroyNotify) part_free);
  pages->contents = g_array_new (FALSE, FALSE, sizeof (NrContentsLine));
  nr_pages_append_page (pages);
  return pages;
}

void
nr_pages_append_page (NrPages *pages)
{
  g_ptr_array_add (pages->pages, g_ptr_array_new_with_free_func ((GDestroyNotify) item_free));
}

/**
 * nr_pages_free:
 *
 * Frees @pages, in any thread, as long as no other uses them.
 */
void
nr_pages_free (NrPages *pages)
{
  if (pages == NULL)
    return;
  /* Items hold layouts of the context: they go first. */
  g_ptr_array_unref (pages->pages);
  g_ptr_array_unref (pages->parts);
  g_array_unref (pages->contents);
  g_clear_object (&pages->context);
  g_clear_object (&pages->font_map);
  g_free (pages->marking);
  g_free (pages->state_name);
  g_free (pages->running_title);
  g_free (pages->title);
  g_free (pages->author);
  g_free (pages->subject);
  g_free (pages->created);
  g_free (pages);
}

GPtrArray *
nr_pages_current (NrPages *pages)
{
  return pages->pages->pdata[pages->pages->len - 1];
}

guint
nr_pages_current_index (NrPages *pages)
{
  return pages->pages->len - 1;
}

guint
nr_pages_get_n_pages (NrPages *pages)
{
  g_return_val_if_fail (pages != NULL, 0);
  return pages->pages->len;
}

static NrItem *
add_item_to (GPtrArray  *page,
             NrItemKind  kind,
             double      x,
             double      y)
{
  NrItem *item = g_new0 (NrItem, 1);

  item->kind = kind;
  item->x = x;
  item->y = y;
  g_ptr_array_add (page, item);
  return item;
}

/* An item on the current page. */
NrItem *
nr_pages_add_item (NrPages    *pages,
                   NrItemKind  kind,
                   double      x,
                   double      y)
{
  return add_item_to (nr_pages_current (pages), kind, x, y);
}

/* A clickable area on @page; takes @attributes, cairo's link attributes. */
void
nr_pages_add_link (NrPages *pages,
                   guint    page,
                   double   x,
                   double   y,
                   double   width,
                   double   height,
                   char    *attributes)
{
  NrItem *item = add_item_to (pages->pages->pdata[page], NR_ITEM_LINK, x, y);

  item->width = width;
  item->height = height;
  item->link = attributes;
}

/* cairo's attributes for a link to @uri: the value is quoted with single
 * quotes, inside which a quote or a backslash is escaped. */
char *
nr_render_link_to_uri (const char *uri)
{
  GString *attributes = g_string_new ("uri='");

  for (const char *c = uri; *c != '\0'; c++)
    {
      if (*c == '\'' || *c == '\\')
        g_string_append_c (attributes, '\\');
      g_string_append_c (attributes, *c);
    }
  g_string_append_c (attributes, '\'');
  return g_string_free (attributes, FALSE);
}

static PangoLayout *
furniture_layout (NrPages    *pages,
                  const char *text,
                  int         size,
                  gboolean    bold,
                  double      width)
{
  PangoLayout *layout = pango_layout_new (pages->context);
  PangoFontDescription *font = pango_font_description_from_string (NR_RENDER_FONT_FAMILY);

  pango_font_description_set_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_text (layout, text, -1);
  pango_font_description_free (font);
  return layout;
}

static void
add_furniture_text (GPtrArray   *page,
                    PangoLayout *layout,
                    double       y,
                    double       grey)
{
  NrItem *item = add_item_to (page, NR_ITEM_TEXT, NR_RENDER_MARGIN_SIDE, y);

  item->layout = g_object_ref (layout);
  item->grey = grey;
}

/* The marking and running title on top, the marking and page number below:
 * a page separated from the others still says what it may be shown to. */
static void
add_page_furniture (NrPages *pages,
                    guint    index)
{
  GPtrArray *page = pages->pages->pdata[index];
  g_autoptr(PangoLayout) marking = furniture_layout (pages, pages->marking, 8, TRUE, NR_RENDER_CONTENT_WIDTH);
  g_autoptr(PangoLayout) title = furniture_layout (pages, pages->running_title, 8, FALSE,
                                                   NR_RENDER_CONTENT_WIDTH * 0.75);
  g_autoptr(PangoLayout) number = NULL;
  /* Translators: the page number at the foot of a printed page. */
  g_autofree char *number_text = g_strdup_printf (_("Page %d of %d"), (int) index + 1, (int) pages->pages->len);
  NrItem *rule;

  pango_layout_set_alignment (marking, PANGO_ALIGN_CENTER);
  add_furniture_text (page, marking, 28, 0);
  add_furniture_text (page, marking, NR_RENDER_PAGE_HEIGHT - 36, 0);

  pango_layout_set_ellipsize (title, PANGO_ELLIPSIZE_END);
  add_furniture_text (page, title, 44, 0.4);

  number = furniture_layout (pages, number_text, 8, FALSE, NR_RENDER_CONTENT_WIDTH);
  pango_layout_set_alignment (number, PANGO_ALIGN_RIGHT);
  add_furniture_text (page, number, 44, 0.4);

  rule = add_item_to (page, NR_ITEM_RULE, NR_RENDER_MARGIN_SIDE, 58);
  rule->width = NR_RENDER_CONTENT_WIDTH;
  rule->grey = 0.6;
}

/* Once every page is laid out: what needs the page count or the pages the
 * parts landed on. */
void
nr_pages_finish (NrPages *pages)
{
  nr_pages_finish_contents (pages);
  for (guint i = 0; i < pages->pages->len; i++)
    add_page_furniture (pages, i);
}

/* A link is blue, so that a reader sees it can be followed. */
static void
set_text_colour (cairo_t *cr,
                 NrItem  *item)
{
  if (item->is_link)
    cairo_set_source_rgb (cr, 0.05, 0.3, 0.6);
  else
    cairo_set_source_rgb (cr, item->grey, item->grey, item->grey);
}

static void
draw_item (cairo_t *cr,
           NrItem  *item)
{
  switch (item->kind)
    {
    case NR_ITEM_LINE:
      set_text_colour (cr, item);
      cairo_move_to (cr, item->x, item->y);
      pango_cairo_show_layout_line (cr, item->line);
      break;
    case NR_ITEM_TEXT:
      set_text_colour (cr, item);
      cairo_move_to (cr, item->x, item->y);
      pango_cairo_show_layout (cr, item->layout);
      break;
    case NR_ITEM_BOX:
      cairo_rectangle (cr, item->x, item->y, item->width, item->height);
      if (item->shaded)
        {
          cairo_set_source_rgb (cr, 0.92, 0.92, 0.92);
          cairo_fill_preserve (cr);
        }
      cairo_set_source_rgb (cr, 0.7, 0.7, 0.7);
      cairo_set_line_width (cr, 0.5);
      cairo_stroke (cr);
      break;
    case NR_ITEM_RULE:
      cairo_set_source_rgb (cr, item->grey, item->grey, item->grey);
      cairo_set_line_width (cr, 0.5);
      cairo_move_to (cr, item->x, item->y);
      cairo_line_to (cr, item->x + item->width, item->y);
      cairo_stroke (cr);
      break;
    case NR_ITEM_LINK:
      {
        g_autofree char *attributes = g_strdup_printf ("rect=[%.2f %.2f %.2f %.2f] %s", item->x, item->y,
                                                       item->width, item->height, item->link);

        /* A surface other than PDF ignores tags. */
        cairo_tag_begin (cr, CAIRO_TAG_LINK, attributes);
        cairo_tag_end (cr, CAIRO_TAG_LINK);
      }
      break;
    default:
      g_assert_not_reached ();
    }
}

/**
 * nr_pages_draw_page:
 * @cr: where to draw; its unit is the point
 * @page: the page to draw, from 0
 *
 * Draws one laid-out page; nothing is laid out again.
 */
void
nr_pages_draw_page (NrPages *pages,
                    cairo_t *cr,
                    guint    page)
{
  GPtrArray *items;

  g_return_if_fail (pages != NULL);
  g_return_if_fail (page < pages->pages->len);

  items = pages->pages->pdata[page];
  cairo_save (cr);
  for (guint i = 0; i < items->len; i++)
    draw_item (cr, items->pdata[i]);
  cairo_restore (cr);
}
