/* nr-render-flow.c: text and tables flowing down the pages.
 *
 * The layout is a simple flow: wrapped text placed line by line, so that
 * long answers break across pages, and tables whose header row is repeated
 * on each page.  Text goes through pango, which shapes every script (Thai,
 * Khmer, Lao, Burmese, Vietnamese diacritics) with whatever fonts
 * fontconfig offers.  Words are never hyphenated: pango would otherwise cut
 * "Internati-onal" wherever a column ends.
 */
#include "config.h"

#include "nr-render-private.h"

#define CELL_PADDING 4.0

static PangoFontDescription *
font_for (NrStyle style)
{
  PangoFontDescription *font = pango_font_description_from_string (NR_RENDER_FONT_FAMILY " 10");

  switch (style)
    {
    case NR_STYLE_SMALL:
    case NR_STYLE_MUTED:
      pango_font_description_set_size (font, 8 * PANGO_SCALE);
      break;
    case NR_STYLE_QUESTION:
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      break;
    case NR_STYLE_HEADING:
      pango_font_description_set_size (font, 14 * PANGO_SCALE);
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      break;
    case NR_STYLE_TITLE:
      pango_font_description_set_size (font, 22 * PANGO_SCALE);
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      break;
    case NR_STYLE_BODY:
    default:
      break;
    }
  return font;
}

static double
grey_for (NrStyle style)
{
  return style == NR_STYLE_MUTED ? 0.4 : 0;
}

/* A layout of @text wrapped at words to @width, or not wrapped at all when
 * @width is negative.  A word wider than the line is still cut where it
 * must, but never with a hyphen added. */
PangoLayout *
nr_render_make_layout (NrRenderer *r,
                       const char *text,
                       NrStyle     style,
                       double      width)
{
  PangoLayout *layout = pango_layout_new (r->pages->context);
  PangoFontDescription *font = font_for (style);
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_insert_hyphens_new (FALSE));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, width < 0 ? -1 : (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);
  pango_font_description_free (font);
  return layout;
}

double
nr_render_layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

/* How wide @text is on one line. */
double
nr_render_text_width (NrRenderer *r,
                      const char *text,
                      NrStyle     style)
{
  g_autoptr(PangoLayout) layout = nr_render_make_layout (r, text, style, -1);
  int width;

  pango_layout_get_size (layout, &width, NULL);
  return (double) width / PANGO_SCALE;
}

void
nr_render_new_page (NrRenderer *r)
{
  nr_pages_append_page (r->pages);
  r->y = NR_RENDER_MARGIN_TOP;
}

/* Starts a new page unless @height fits on this one. */
void
nr_render_ensure_space (NrRenderer *r,
                        double      height)
{
  if (r->y + height > NR_RENDER_CONTENT_BOTTOM && r->y > NR_RENDER_MARGIN_TOP)
    nr_render_new_page (r);
}

/* Places @layout line by line from the current position, so that it breaks
 * across pages; each line links to @link when it is not %NULL. */
static void
add_layout_lines (NrRenderer  *r,
                  PangoLayout *layout,
                  NrStyle      style,
                  double       indent,
                  const char  *link)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      PangoRectangle logical;
      double line_height;
      double x;
      NrItem *item;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      line_height = (double) logical.height / PANGO_SCALE;
      nr_render_ensure_space (r, line_height);
      x = NR_RENDER_MARGIN_SIDE + indent + (double) logical.x / PANGO_SCALE;
      item = nr_pages_add_item (r->pages, NR_ITEM_LINE, x,
                                r->y + (double) (pango_layout_iter_get_baseline (iter) - logical.y) / PANGO_SCALE);
      item->layout = g_object_ref (layout);
      item->line = pango_layout_line_ref (pango_layout_iter_get_line_readonly (iter));
      item->grey = grey_for (style);
      item->is_link = link != NULL;
      if (link != NULL)
        nr_pages_add_link (r->pages, nr_pages_current_index (r->pages), x, r->y,
                           (double) logical.width / PANGO_SCALE, line_height, g_strdup (link));
      r->y += line_height;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

/* Wrapped text, placed line by line so that it breaks across pages. */
void
nr_render_add_text (NrRenderer *r,
                    const char *text,
                    NrStyle     style,
                    double      indent,
                    double      space_after)
{
  g_autoptr(PangoLayout) layout = nr_render_make_layout (r, text, style, NR_RENDER_CONTENT_WIDTH - indent);

  add_layout_lines (r, layout, style, indent, NULL);
  r->y += space_after;
}

/* Where a line may end in a URL: after one of its separators. */
static gboolean
is_url_separator (char c)
{
  return c != '\0' && strchr ("/?&=.-#", c) != NULL;
}

/* @uri cut into pieces that each end at a separator. */
static GPtrArray *
url_pieces (const char *uri)
{
  GPtrArray *pieces = g_ptr_array_new_with_free_func (g_free);
  const char *start = uri;

  for (const char *c = uri; *c != '\0'; c++)
    if (is_url_separator (*c) && !is_url_separator (c[1]))
      {
        g_ptr_array_add (pieces, g_strndup (start, c + 1 - start));
        start = c + 1;
      }
  if (*start != '\0')
    g_ptr_array_add (pieces, g_strdup (start));
  return pieces;
}

/* @text, which links to @uri, clickable, and broken across lines only after its separators
 * (pango would break it anywhere): as many pieces on a line as fit.  A
 * piece wider than a line has a line of its own, wrapped as text. */
void
nr_render_add_link_text (NrRenderer *r,
                         const char *text,
                         const char *uri,
                         NrStyle     style,
                         double      indent,
                         double      space_after)
{
  g_autoptr(GPtrArray) pieces = url_pieces (text);
  g_autofree char *link = nr_render_link_to_uri (uri);
  g_autoptr(GString) line = g_string_new (NULL);
  double width = NR_RENDER_CONTENT_WIDTH - indent;

  for (guint i = 0; i <= pieces->len; i++)
    {
      g_autofree char *longer = i < pieces->len ? g_strconcat (line->str, pieces->pdata[i], NULL) : NULL;

      if (longer != NULL && (line->len == 0 || nr_render_text_width (r, longer, style) <= width))
        {
          g_string_assign (line, longer);
          continue;
        }
      {
        g_autoptr(PangoLayout) layout = nr_render_make_layout (r, line->str, style, width);

        add_layout_lines (r, layout, style, indent, link);
      }
      if (longer != NULL)
        g_string_assign (line, pieces->pdata[i]);
    }
  r->y += space_after;
}

/* A heading stays with what follows it: it moves to the next page unless
 * a few lines fit below it.  It begins @part unless that is -1. */
static void
add_heading (NrRenderer *r,
             const char *text,
             NrStyle     style,
             int         part)
{
  g_autoptr(PangoLayout) layout = nr_render_make_layout (r, text, style, NR_RENDER_CONTENT_WIDTH);

  r->y += style == NR_STYLE_HEADING ? 14 : 8;
  /* Room for the heading, a question's label and its first lines. */
  nr_render_ensure_space (r, nr_render_layout_height (layout) + 80);
  if (part >= 0)
    nr_render_place_part (r, (guint) part);
  add_layout_lines (r, layout, style, 0, NULL);
  r->y += 6;
}

void
nr_render_add_heading (NrRenderer *r,
                       const char *text,
                       NrStyle     style)
{
  add_heading (r, text, style, -1);
}

/* The heading of a section, which begins one of the report's parts. */
void
nr_render_add_part_heading (NrRenderer *r,
                            const char *text,
                            guint       part)
{
  add_heading (r, text, NR_STYLE_HEADING, (int) part);
}

/* A table: when it has a header, the first row is drawn shaded and repeated
 * at the top of each page the table runs onto. */
void
nr_table_init (NrTable      *table,
               guint         n_columns,
               const double  fractions[],
               gboolean      has_header)
{
  g_assert (n_columns > 0 && n_columns <= G_N_ELEMENTS (table->widths));
  table->n_columns = n_columns;
  table->has_header = has_header;
  for (guint i = 0; i < n_columns; i++)
    table->widths[i] = NR_RENDER_CONTENT_WIDTH * (fractions != NULL ? fractions[i] : 1.0 / n_columns);
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
}

/* Copies a row of the table's width from @cells, an empty cell for each
 * NULL: a missing value is an empty cell, never the end of the row. */
void
nr_table_add_row (NrTable     *table,
                  const char **cells)
{
  char **row = g_new0 (char *, table->n_columns + 1);

  for (guint i = 0; i < table->n_columns; i++)
    row[i] = g_strdup (cells[i] != NULL ? cells[i] : "");
  g_ptr_array_add (table->rows, row);
}

/* The width of the widest word of @text. */
static double
widest_word (NrRenderer *r,
             const char *text,
             NrStyle     style)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \n", -1);
  double widest = 0;

  for (guint i = 0; words[i] != NULL; i++)
    widest = MAX (widest, nr_render_text_width (r, words[i], style));
  return widest;
}

/* Widens the columns whose header has a word wider than the column, taking
 * the room from the columns that have some to spare, so that no header is
 * cut inside a word. */
static void
fit_header_words (NrRenderer *r,
                  NrTable    *table)
{
  char **header = table->rows->pdata[0];
  double needed[G_N_ELEMENTS (table->widths)];
  double missing = 0;
  double spare = 0;

  for (guint i = 0; i < table->n_columns; i++)
    {
      needed[i] = widest_word (r, header[i], NR_STYLE_QUESTION) + 2 * CELL_PADDING + 1;
      if (needed[i] > table->widths[i])
        missing += needed[i] - table->widths[i];
      else
        spare += table->widths[i] - needed[i];
    }
  if (missing == 0 || spare < missing)
    return;
  for (guint i = 0; i < table->n_columns; i++)
    {
      if (needed[i] > table->widths[i])
        table->widths[i] = needed[i];
      else
        table->widths[i] -= (table->widths[i] - needed[i]) * missing / spare;
    }
}

typedef struct
{
  PangoLayout *cells[G_N_ELEMENTS (((NrTable *) NULL)->widths)];
  double height;
} Row;

static void
row_clear (Row *row)
{
  for (guint i = 0; i < G_N_ELEMENTS (row->cells); i++)
    g_clear_object (&row->cells[i]);
}

/* Lays out a row's cells once, for both its height and its drawing. */
static void
row_lay_out (NrRenderer *r,
             NrTable    *table,
             char      **cells,
             gboolean    header,
             Row        *row)
{
  row->height = 0;
  for (guint i = 0; i < table->n_columns; i++)
    {
      row->cells[i] = nr_render_make_layout (r, cells[i], header ? NR_STYLE_QUESTION : NR_STYLE_BODY,
                                             table->widths[i] - 2 * CELL_PADDING);
      row->height = MAX (row->height, nr_render_layout_height (row->cells[i]));
    }
  row->height += 2 * CELL_PADDING;
}

static void
place_row (NrRenderer *r,
           NrTable    *table,
           Row        *row,
           gboolean    header)
{
  NrItem *box = nr_pages_add_item (r->pages, NR_ITEM_BOX, NR_RENDER_MARGIN_SIDE, r->y);
  double x = NR_RENDER_MARGIN_SIDE;

  box->width = NR_RENDER_CONTENT_WIDTH;
  box->height = row->height;
  box->shaded = header;
  for (guint i = 0; i < table->n_columns; i++)
    {
      NrItem *cell = nr_pages_add_item (r->pages, NR_ITEM_TEXT, x + CELL_PADDING, r->y + CELL_PADDING);

      cell->layout = g_object_ref (row->cells[i]);
      x += table->widths[i];
    }
  r->y += row->height;
}

void
nr_table_finish (NrRenderer *r,
                 NrTable    *table)
{
  Row header = { { NULL }, 0 };
  guint first = table->has_header ? 1 : 0;

  if (table->has_header)
    {
      fit_header_words (r, table);
      row_lay_out (r, table, table->rows->pdata[0], TRUE, &header);
      nr_render_ensure_space (r, header.height * 2);
      place_row (r, table, &header, TRUE);
    }
  for (guint i = first; i < table->rows->len; i++)
    {
      Row row = { { NULL }, 0 };

      row_lay_out (r, table, table->rows->pdata[i], FALSE, &row);
      if (r->y + row.height > NR_RENDER_CONTENT_BOTTOM && r->y > NR_RENDER_MARGIN_TOP)
        {
          nr_render_new_page (r);
          if (table->has_header)
            place_row (r, table, &header, TRUE);
        }
      place_row (r, table, &row, FALSE);
      row_clear (&row);
    }
  row_clear (&header);
  g_ptr_array_unref (table->rows);
  r->y += 8;
}
