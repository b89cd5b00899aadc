/* nr-render.c: a report as printed pages, drawn with cairo and pango.
 *
 * The renderer draws a document (what an export with a given profile lets
 * out), never a report file directly, so a printout can hold nothing that
 * the same export would keep back.  The layout is a simple flow: blocks of
 * wrapped text placed line by line, so that long answers break across pages,
 * and tables whose header row is repeated on each page.  Text goes through
 * pango, which shapes every script (Thai, Khmer, Lao, Burmese, Vietnamese
 * diacritics) with whatever fonts fontconfig offers.
 *
 * Pagination does not depend on what is drawn, so the same pass serves to
 * count the pages, to draw all of them into a PDF, and to draw one page for
 * GtkPrintOperation.
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "nr-checklist.h"
#include "nr-document-summary.h"
#include "nr-render.h"
#include "nr-report-private.h"

#define MARGIN_SIDE    56.0
#define MARGIN_TOP     72.0
#define MARGIN_BOTTOM  64.0
#define CONTENT_WIDTH  (NR_RENDER_PAGE_WIDTH - 2 * MARGIN_SIDE)
#define CONTENT_BOTTOM (NR_RENDER_PAGE_HEIGHT - MARGIN_BOTTOM)
#define CELL_PADDING   4.0
/* Records with more fields than this print as one small table each. */
#define RECORD_TABLE_MAX_FIELDS 5

#define FONT_FAMILY "Noto Sans, Cantarell, DejaVu Sans, sans-serif"

typedef enum {
  STYLE_BODY,
  STYLE_SMALL,
  STYLE_QUESTION,
  STYLE_HEADING,
  STYLE_TITLE,
  STYLE_MUTED,
} Style;

typedef struct
{
  cairo_t *cr;
  PangoFontMap *font_map;
  PangoContext *context;
  NrDocument *document;
  NrQuestionnaire *questionnaire;
  GHashTable *answers;      /* question id → NrDocumentAnswer */
  const char *marking;
  char *running_title;

  int page;                 /* 0-based */
  int first_drawn;          /* the pages drawn; first_drawn > last_drawn: none */
  int last_drawn;
  gboolean show_pages;      /* a PDF: end each page with cairo_show_page () */
  int n_pages;              /* for "Page N of M"; 0 while still counting */
  double y;
} Renderer;

static gboolean
drawing (Renderer *r)
{
  return r->page >= r->first_drawn && r->page <= r->last_drawn;
}

static PangoFontDescription *
font_for (Style style)
{
  PangoFontDescription *font = pango_font_description_from_string (FONT_FAMILY " 10");

  switch (style)
    {
    case STYLE_SMALL:
    case STYLE_MUTED:
      pango_font_description_set_size (font, 8 * PANGO_SCALE);
      break;
    case STYLE_QUESTION:
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      break;
    case STYLE_HEADING:
      pango_font_description_set_size (font, 14 * PANGO_SCALE);
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      break;
    case STYLE_TITLE:
      pango_font_description_set_size (font, 22 * PANGO_SCALE);
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      break;
    case STYLE_BODY:
    default:
      break;
    }
  return font;
}

static PangoLayout *
make_layout (Renderer   *r,
             const char *text,
             Style       style,
             double      width)
{
  PangoLayout *layout = pango_layout_new (r->context);
  PangoFontDescription *font = font_for (style);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);
  pango_font_description_free (font);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static void
set_colour (Renderer *r,
            Style     style)
{
  if (style == STYLE_MUTED)
    cairo_set_source_rgb (r->cr, 0.4, 0.4, 0.4);
  else
    cairo_set_source_rgb (r->cr, 0, 0, 0);
}

static void
draw_layout_at (Renderer    *r,
                PangoLayout *layout,
                Style        style,
                double       x,
                double       y)
{
  if (!drawing (r))
    return;
  set_colour (r, style);
  cairo_move_to (r->cr, x, y);
  pango_cairo_show_layout (r->cr, layout);
}

/* The marking and running title on top, the marking and page number below:
 * a page separated from the others still says what it may be shown to. */
static void
draw_page_furniture (Renderer *r)
{
  g_autoptr(PangoLayout) marking = NULL;
  g_autoptr(PangoLayout) title = NULL;
  g_autoptr(PangoLayout) number = NULL;
  g_autofree char *number_text = NULL;

  if (!drawing (r))
    return;

  marking = make_layout (r, r->marking, STYLE_SMALL, CONTENT_WIDTH);
  pango_layout_set_alignment (marking, PANGO_ALIGN_CENTER);
  {
    PangoAttrList *attrs = pango_attr_list_new ();

    pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
    pango_layout_set_attributes (marking, attrs);
    pango_attr_list_unref (attrs);
  }
  draw_layout_at (r, marking, STYLE_SMALL, MARGIN_SIDE, 28);
  draw_layout_at (r, marking, STYLE_SMALL, MARGIN_SIDE, NR_RENDER_PAGE_HEIGHT - 36);

  title = make_layout (r, r->running_title, STYLE_MUTED, CONTENT_WIDTH * 0.7);
  pango_layout_set_ellipsize (title, PANGO_ELLIPSIZE_END);
  draw_layout_at (r, title, STYLE_MUTED, MARGIN_SIDE, 44);

  if (r->n_pages > 0)
    /* Translators: the page number at the foot of a printed page. */
    number_text = g_strdup_printf (_("Page %d of %d"), r->page + 1, r->n_pages);
  else
    number_text = g_strdup_printf (_("Page %d"), r->page + 1);
  number = make_layout (r, number_text, STYLE_MUTED, CONTENT_WIDTH);
  pango_layout_set_alignment (number, PANGO_ALIGN_RIGHT);
  draw_layout_at (r, number, STYLE_MUTED, MARGIN_SIDE, 44);

  cairo_set_source_rgb (r->cr, 0.6, 0.6, 0.6);
  cairo_set_line_width (r->cr, 0.5);
  cairo_move_to (r->cr, MARGIN_SIDE, 58);
  cairo_line_to (r->cr, NR_RENDER_PAGE_WIDTH - MARGIN_SIDE, 58);
  cairo_stroke (r->cr);
}

static void
new_page (Renderer *r)
{
  if (drawing (r) && r->show_pages)
    cairo_show_page (r->cr);
  r->page++;
  r->y = MARGIN_TOP;
  draw_page_furniture (r);
}

/* Starts a new page unless @height fits on this one. */
static void
ensure_space (Renderer *r,
              double    height)
{
  if (r->y + height > CONTENT_BOTTOM && r->y > MARGIN_TOP)
    new_page (r);
}

/* Wrapped text, placed line by line so that it breaks across pages. */
static void
add_text (Renderer   *r,
          const char *text,
          Style       style,
          double      indent,
          double      space_after)
{
  g_autoptr(PangoLayout) layout = make_layout (r, text, style, CONTENT_WIDTH - indent);
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle logical;
      double line_height;
      double baseline;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      line_height = (double) logical.height / PANGO_SCALE;
      ensure_space (r, line_height);
      baseline = r->y + (double) (pango_layout_iter_get_baseline (iter) - logical.y) / PANGO_SCALE;
      if (drawing (r))
        {
          set_colour (r, style);
          cairo_move_to (r->cr, MARGIN_SIDE + indent + (double) logical.x / PANGO_SCALE, baseline);
          pango_cairo_show_layout_line (r->cr, line);
        }
      r->y += line_height;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  r->y += space_after;
}

/* A heading stays with what follows it: it moves to the next page unless
 * a few lines fit below it. */
static void
add_heading (Renderer   *r,
             const char *text,
             Style       style)
{
  g_autoptr(PangoLayout) layout = make_layout (r, text, style, CONTENT_WIDTH);

  r->y += style == STYLE_HEADING ? 14 : 8;
  ensure_space (r, layout_height (layout) + 48);
  add_text (r, text, style, 0, 6);
}

/* A table: the first row is the header, drawn shaded and repeated at the
 * top of each page the table runs onto. */
typedef struct
{
  guint n_columns;
  double widths[8];
  GPtrArray *rows;          /* of GStrv */
} Table;

static void
table_init (Table       *table,
            guint        n_columns,
            const double fractions[])
{
  g_assert (n_columns > 0 && n_columns <= G_N_ELEMENTS (table->widths));
  table->n_columns = n_columns;
  for (guint i = 0; i < n_columns; i++)
    table->widths[i] = CONTENT_WIDTH * (fractions != NULL ? fractions[i] : 1.0 / n_columns);
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
}

/* Copies a row of the table's width from @cells, an empty cell for each
 * NULL: a missing value is an empty cell, never the end of the row. */
static void
table_add_row (Table       *table,
               const char **cells)
{
  char **row = g_new0 (char *, table->n_columns + 1);

  for (guint i = 0; i < table->n_columns; i++)
    row[i] = g_strdup (cells[i] != NULL ? cells[i] : "");
  g_ptr_array_add (table->rows, row);
}

static void
draw_row (Renderer *r,
          Table    *table,
          char    **cells,
          gboolean  header)
{
  PangoLayout *layouts[G_N_ELEMENTS (table->widths)] = { NULL };
  double height = 0;
  double x = MARGIN_SIDE;

  for (guint i = 0; i < table->n_columns; i++)
    {
      layouts[i] = make_layout (r, cells[i], header ? STYLE_QUESTION : STYLE_BODY,
                                table->widths[i] - 2 * CELL_PADDING);
      height = MAX (height, layout_height (layouts[i]));
    }
  height += 2 * CELL_PADDING;

  if (drawing (r))
    {
      if (header)
        {
          cairo_set_source_rgb (r->cr, 0.92, 0.92, 0.92);
          cairo_rectangle (r->cr, MARGIN_SIDE, r->y, CONTENT_WIDTH, height);
          cairo_fill (r->cr);
        }
      cairo_set_source_rgb (r->cr, 0.7, 0.7, 0.7);
      cairo_set_line_width (r->cr, 0.5);
      cairo_rectangle (r->cr, MARGIN_SIDE, r->y, CONTENT_WIDTH, height);
      cairo_stroke (r->cr);
    }
  for (guint i = 0; i < table->n_columns; i++)
    {
      draw_layout_at (r, layouts[i], STYLE_BODY, x + CELL_PADDING, r->y + CELL_PADDING);
      x += table->widths[i];
      g_object_unref (layouts[i]);
    }
  r->y += height;
}

static double
row_height (Renderer *r,
            Table    *table,
            char    **cells)
{
  double height = 0;

  for (guint i = 0; i < table->n_columns; i++)
    {
      g_autoptr(PangoLayout) layout = make_layout (r, cells[i], STYLE_BODY, table->widths[i] - 2 * CELL_PADDING);

      height = MAX (height, layout_height (layout));
    }
  return height + 2 * CELL_PADDING;
}

static void
table_finish (Renderer *r,
              Table    *table)
{
  char **header = table->rows->pdata[0];

  ensure_space (r, row_height (r, table, header) * 2);
  draw_row (r, table, header, TRUE);
  for (guint i = 1; i < table->rows->len; i++)
    {
      char **cells = table->rows->pdata[i];

      if (r->y + row_height (r, table, cells) > CONTENT_BOTTOM)
        {
          new_page (r);
          draw_row (r, table, header, TRUE);
        }
      draw_row (r, table, cells, FALSE);
    }
  g_ptr_array_unref (table->rows);
  r->y += 8;
}

/* How an answer reads on paper. */

static const char *
classification_note (NrClassification classification)
{
  switch (classification)
    {
    case NR_CLASSIFICATION_WORKSHOP:
      return _("Workshop only");
    case NR_CLASSIFICATION_INTERNAL:
      return _("Internal");
    case NR_CLASSIFICATION_PUBLIC:
    default:
      return NULL;
    }
}

static void
add_checklist (Renderer         *r,
               NrQuestion       *question,
               NrDocumentAnswer *answer)
{
  GListModel *items = nr_question_get_items (question);
  const double widths[] = { 0.7, 0.3 };
  const char *header[] = { _("Practical action"), _("Status"), NULL };
  Table table;

  table_init (&table, 2, widths);
  table_add_row (&table, header);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(NrChoice) item = g_list_model_get_item (items, i);
      const char *status = "";
      const char *note = "";
      g_autofree char *action = NULL;
      const char *row[3] = { nr_choice_get_label (item), "", NULL };

      /* The note, under the action it explains. */
      if (nr_checklist_lookup (answer->value, nr_choice_get_value (item), &status, &note))
        {
          row[1] = nr_question_format_choice (question, status);
          if (*note != '\0')
            row[0] = action = g_strdup_printf ("%s\n%s", nr_choice_get_label (item), note);
        }
      table_add_row (&table, row);
    }
  table_finish (r, &table);
}

/* A record of many fields, such as a point of contact, as a small table of
 * its own: field on the left, value on the right. */
static void
add_record_card (Renderer         *r,
                 GListModel       *fields,
                 NrDocumentRecord *record)
{
  const double widths[] = { 0.35, 0.65 };
  Table table;

  table_init (&table, 2, widths);
  for (guint i = 0; i < g_list_model_get_n_items (fields); i++)
    {
      g_autoptr(NrQuestion) field = g_list_model_get_item (fields, i);
      g_autoptr(GVariant) value = g_variant_lookup_value (record->fields, nr_question_get_id (field), NULL);
      g_autofree char *text = nr_question_format_value (field, value);
      const char *row[] = { nr_question_get_label (field), text, NULL };

      /* A card says what the record gives; a form's empty boxes are no
       * help to a reader. */
      if (*text != '\0')
        table_add_row (&table, row);
    }
  table_finish (r, &table);
}

/* Records of a few fields as one table, a row each, the widths shared out
 * so that text fields get twice the room of dates, choices and links. */
static void
add_record_table (Renderer         *r,
                  GListModel       *fields,
                  NrDocumentAnswer *answer)
{
  guint n_fields = g_list_model_get_n_items (fields);
  g_autoptr(GPtrArray) header = g_ptr_array_new ();
  double fractions[RECORD_TABLE_MAX_FIELDS];
  double total = 0;
  Table table;

  for (guint i = 0; i < n_fields; i++)
    {
      g_autoptr(NrQuestion) field = g_list_model_get_item (fields, i);
      NrQuestionKind kind = nr_question_get_kind (field);

      fractions[i] = kind == NR_QUESTION_KIND_SHORT_TEXT || kind == NR_QUESTION_KIND_LONG_TEXT ? 2 : 1;
      total += fractions[i];
      g_ptr_array_add (header, (gpointer) nr_question_get_label (field));
    }
  for (guint i = 0; i < n_fields; i++)
    fractions[i] /= total;
  g_ptr_array_add (header, NULL);

  table_init (&table, n_fields, fractions);
  table_add_row (&table, (const char **) header->pdata);
  for (guint i = 0; i < answer->records->len; i++)
    {
      NrDocumentRecord *record = answer->records->pdata[i];
      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

      for (guint j = 0; j < n_fields; j++)
        {
          g_autoptr(NrQuestion) field = g_list_model_get_item (fields, j);
          g_autoptr(GVariant) value = g_variant_lookup_value (record->fields, nr_question_get_id (field), NULL);

          g_ptr_array_add (cells, nr_question_format_value (field, value));
        }
      g_ptr_array_add (cells, NULL);
      table_add_row (&table, (const char **) cells->pdata);
    }
  table_finish (r, &table);
}

static void
add_records (Renderer         *r,
             NrQuestion       *question,
             NrDocumentAnswer *answer)
{
  GListModel *fields = nr_question_get_fields (question);

  if (g_list_model_get_n_items (fields) <= RECORD_TABLE_MAX_FIELDS)
    {
      add_record_table (r, fields, answer);
      return;
    }
  for (guint i = 0; i < answer->records->len; i++)
    add_record_card (r, fields, answer->records->pdata[i]);
}

/* Whether there is anything to print: unlike completion, a checklist with
 * some of its actions given a status is printed. */
static gboolean
has_content (NrQuestion       *question,
             NrDocumentAnswer *answer)
{
  if (answer != NULL && answer->value != NULL &&
      nr_question_get_kind (question) == NR_QUESTION_KIND_CHECKLIST)
    return g_variant_n_children (answer->value) > 0;
  return nr_document_answer_is_given (question, answer);
}

/* The answer to @question, unless it is an orphaned answer: those are
 * printed apart, as what they hold, never as answers to their question. */
static NrDocumentAnswer *
answer_to (Renderer   *r,
           NrQuestion *question)
{
  NrDocumentAnswer *answer = g_hash_table_lookup (r->answers, nr_question_get_id (question));

  if (answer == NULL || nr_document_answer_is_orphaned (r->questionnaire, answer))
    return NULL;
  return answer;
}

static void
add_question (Renderer   *r,
              NrQuestion *question)
{
  NrDocumentAnswer *answer = answer_to (r, question);
  /* A list whose records carry their own classification prints it with
   * each record, not one for the list. */
  const char *note = answer != NULL && nr_question_get_classifying_field (question) == NULL
                     ? classification_note (answer->classification) : NULL;
  g_autofree char *label = note != NULL ? g_strdup_printf ("%s  [%s]", nr_question_get_label (question), note)
                                        : g_strdup (nr_question_get_label (question));

  r->y += 6;
  add_text (r, label, STYLE_QUESTION, 0, 3);

  if (!has_content (question, answer))
    {
      add_text (r, _("Not answered"), STYLE_MUTED, 12, 4);
      return;
    }

  switch (nr_question_get_kind (question))
    {
    case NR_QUESTION_KIND_CHECKLIST:
      add_checklist (r, question, answer);
      break;
    case NR_QUESTION_KIND_RECORDS:
      add_records (r, question, answer);
      break;
    case NR_QUESTION_KIND_SINGLE_CHOICE:
    case NR_QUESTION_KIND_MULTIPLE_CHOICE:
    case NR_QUESTION_KIND_SHORT_TEXT:
    case NR_QUESTION_KIND_LONG_TEXT:
    case NR_QUESTION_KIND_DATE:
    case NR_QUESTION_KIND_URL:
    case NR_QUESTION_KIND_EMAIL:
    case NR_QUESTION_KIND_TEXT_LIST:
    case NR_QUESTION_KIND_LINK_LIST:
    default:
      {
        g_autofree char *text = nr_question_format_value (question, answer->value);

        add_text (r, text, STYLE_BODY, 12, 4);
      }
      break;
    }
}

static void
add_questions (Renderer   *r,
               GListModel *questions)
{
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(NrQuestion) question = g_list_model_get_item (questions, i);

      /* A public printout names no people, as a public export does not. */
      if (r->document->profile == NR_EXPORT_PROFILE_PUBLIC && nr_question_is_personal (question))
        continue;
      add_question (r, question);
    }
}

/* Orphaned answers, which only full documents hold, after everything else:
 * each under its question's id, as what it holds. */
static void
add_orphans (Renderer *r)
{
  gboolean any = FALSE;

  for (guint i = 0; i < r->document->answers->len; i++)
    {
      NrDocumentAnswer *answer = r->document->answers->pdata[i];
      const char *note = classification_note (answer->classification);
      g_autofree char *label = NULL;
      g_autofree char *text = NULL;

      if (!nr_document_answer_is_orphaned (r->questionnaire, answer))
        continue;
      if (!any)
        {
          new_page (r);
          add_heading (r, _("Orphaned answers"), STYLE_HEADING);
          add_text (r, _("Answers to questions this questionnaire no longer has, or that no longer fit their question."),
                    STYLE_MUTED, 0, 4);
          any = TRUE;
        }
      label = note != NULL ? g_strdup_printf ("%s  [%s]", answer->question_id, note) : g_strdup (answer->question_id);
      text = nr_document_answer_to_text (answer);
      r->y += 6;
      add_text (r, label, STYLE_QUESTION, 0, 3);
      add_text (r, text, STYLE_BODY, 12, 4);
    }
}

/* Norms and completion, shared by the summary table and the norm pages. */

static const char *
review_text (NrDocumentReview *review)
{
  switch (review != NULL ? review->state : NR_REVIEW_STATE_DRAFT)
    {
    case NR_REVIEW_STATE_READY:
      return _("Ready for review");
    case NR_REVIEW_STATE_CLEARED:
      return _("Cleared");
    case NR_REVIEW_STATE_DRAFT:
    default:
      return _("Draft");
    }
}

static char *
completion_text (Renderer   *r,
                 GListModel *questions)
{
  /* Translators: how many of a norm's questions are answered. */
  return g_strdup_printf (_("%u of %u"), nr_document_count_answered (r->answers, questions),
                          g_list_model_get_n_items (questions));
}

static char *
status_text (Renderer *r,
             NrNorm   *norm)
{
  const char *status = nr_document_norm_status (r->answers, r->questionnaire, norm);

  if (status == NULL)
    return g_strdup (_("Not answered"));
  return g_strdup (nr_question_format_choice (nr_document_status_question (r->questionnaire, norm), status));
}

static char *
norm_heading (NrNorm *norm)
{
  /* Translators: a norm's paragraph letter and its title, as in
   * "13 (a) Cooperate to increase stability…". */
  return g_strdup_printf (_("13 (%c) %s"), nr_norm_get_id (norm)[2], nr_norm_get_title (norm));
}

static gboolean
covers_norm (Renderer *r,
             NrNorm   *norm)
{
  return nr_document_covers (r->document, nr_norm_get_section_id (norm), nr_norm_get_id (norm));
}

static void
add_summary (Renderer *r)
{
  GListModel *norms = nr_questionnaire_get_norms (r->questionnaire);
  const double widths[] = { 0.5, 0.2, 0.12, 0.18 };
  const char *header[] = { _("Norm"), _("Status"), _("Answered"), _("Review"), NULL };
  Table table;

  add_heading (r, _("Summary of the norms"), STYLE_HEADING);
  table_init (&table, 4, widths);
  table_add_row (&table, header);
  for (guint i = 0; i < g_list_model_get_n_items (norms); i++)
    {
      g_autoptr(NrNorm) norm = g_list_model_get_item (norms, i);
      g_autofree char *title = NULL;
      g_autofree char *status = NULL;
      g_autofree char *completion = NULL;
      const char *row[5];

      if (!covers_norm (r, norm))
        continue;
      title = norm_heading (norm);
      status = status_text (r, norm);
      completion = completion_text (r, nr_norm_get_questions (norm));
      row[0] = title;
      row[1] = status;
      row[2] = completion;
      row[3] = review_text (nr_document_find_review (r->document, nr_norm_get_id (norm)));
      row[4] = NULL;
      table_add_row (&table, row);
    }
  table_finish (r, &table);
}

/* One line of what a measure is: its kind, status and dates, as far as
 * they are given ("Legislation or regulation · In force · since 2019"). */
static char *
measure_facts (NrQuestion       *list,
               NrDocumentRecord *record)
{
  const char *ids[] = { "kind", "status", "start", "end" };
  g_autoptr(GPtrArray) facts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      NrQuestion *field = nr_question_lookup_field (list, ids[i]);
      g_autoptr(GVariant) value = field != NULL ? g_variant_lookup_value (record->fields, ids[i], NULL) : NULL;
      g_autofree char *text = value != NULL ? nr_question_format_value (field, value) : NULL;

      if (text == NULL || *text == '\0')
        continue;
      if (g_str_equal (ids[i], "start"))
        /* Translators: when a measure began, a date as "2019" or "October 2019". */
        g_ptr_array_add (facts, g_strdup_printf (_("since %s"), text));
      else if (g_str_equal (ids[i], "end"))
        /* Translators: when a measure ended or ends. */
        g_ptr_array_add (facts, g_strdup_printf (_("until %s"), text));
      else
        g_ptr_array_add (facts, g_steal_pointer (&text));
    }
  g_ptr_array_add (facts, NULL);
  return g_strjoinv (" · ", (char **) facts->pdata);
}

/* Under each norm, the measures of the report's shared lists (the register)
 * that serve it, each by its title and what it is: the register itself
 * gives the rest once. */
static void
add_linked_measures (Renderer *r,
                     NrNorm   *norm)
{
  GListModel *sections = nr_questionnaire_get_sections (r->questionnaire);
  gboolean headed = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(NrSection) section = g_list_model_get_item (sections, i);
      GListModel *questions = nr_section_get_questions (section);

      for (guint q = 0; nr_section_is_shared (section) && q < g_list_model_get_n_items (questions); q++)
        {
          g_autoptr(NrQuestion) list = g_list_model_get_item (questions, q);
          NrDocumentAnswer *answer = answer_to (r, list);

          if (answer == NULL || nr_question_lookup_field (list, "norms") == NULL)
            continue;
          for (guint j = 0; j < answer->records->len; j++)
            {
              NrDocumentRecord *record = answer->records->pdata[j];
              g_autoptr(GVariant) norms = g_variant_lookup_value (record->fields, "norms",
                                                                  G_VARIANT_TYPE_STRING_ARRAY);
              g_autoptr(GVariant) title = g_variant_lookup_value (record->fields, "title", G_VARIANT_TYPE_STRING);
              g_autofree const char **served = norms != NULL ? g_variant_get_strv (norms, NULL) : NULL;
              g_autofree char *facts = NULL;

              if (served == NULL || !g_strv_contains (served, nr_norm_get_id (norm)))
                continue;
              if (!headed)
                {
                  r->y += 6;
                  /* Translators: the heading, under a norm, of the measures
                   * of the register that serve it. */
                  add_text (r, _("Measures serving this norm"), STYLE_QUESTION, 0, 3);
                  headed = TRUE;
                }
              add_text (r, title != NULL ? g_variant_get_string (title, NULL) : _("Untitled measure"),
                        STYLE_BODY, 12, 1);
              facts = measure_facts (list, record);
              if (*facts != '\0')
                add_text (r, facts, STYLE_MUTED, 12, 4);
            }
        }
    }
}

static void
add_norm (Renderer *r,
          NrNorm   *norm)
{
  g_autofree char *heading = norm_heading (norm);
  NrDocumentReview *review = nr_document_find_review (r->document, nr_norm_get_id (norm));
  g_autofree char *review_line = NULL;

  add_heading (r, heading, STYLE_HEADING);
  if (nr_norm_get_summary (norm) != NULL)
    add_text (r, nr_norm_get_summary (norm), STYLE_MUTED, 0, 4);
  if (review != NULL && review->state == NR_REVIEW_STATE_CLEARED && review->cleared_by != NULL)
    review_line = g_strdup_printf (_("Review: cleared by %s"), review->cleared_by);
  else
    review_line = g_strdup_printf (_("Review: %s"), review_text (review));
  add_text (r, review_line, STYLE_SMALL, 0, 4);
  add_questions (r, nr_norm_get_questions (norm));
  add_linked_measures (r, norm);
}

static void
add_sections (Renderer *r)
{
  GListModel *sections = nr_questionnaire_get_sections (r->questionnaire);

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(NrSection) section = g_list_model_get_item (sections, i);
      GListModel *norms = nr_section_get_norms (section);
      GListModel *questions = nr_section_get_questions (section);

      if (g_list_model_get_n_items (norms) > 0)
        {
          for (guint j = 0; j < g_list_model_get_n_items (norms); j++)
            {
              g_autoptr(NrNorm) norm = g_list_model_get_item (norms, j);

              if (covers_norm (r, norm))
                {
                  new_page (r);
                  add_norm (r, norm);
                }
            }
          continue;
        }

      /* A public printout leaves out the points of contact, as a public
       * export does; a contribution prints only what it covers. */
      if (!(nr_section_is_shared (section) || nr_document_covers (r->document, nr_section_get_id (section), NULL)) ||
          (r->document->profile == NR_EXPORT_PROFILE_PUBLIC && nr_section_is_separable (section)))
        continue;
      add_heading (r, nr_section_get_title (section), STYLE_HEADING);
      add_questions (r, questions);
    }
}

static void
add_title_page (Renderer *r)
{
  NrDocument *document = r->document;
  g_autofree char *period = NULL;
  g_autofree char *questionnaire = NULL;
  g_autofree char *exported_text = NULL;
  const double widths[] = { 0.35, 0.65 };
  Table table;

  r->y = 160;
  add_text (r, nr_questionnaire_get_title (r->questionnaire), STYLE_TITLE, 0, 24);

  /* Translators: a reporting period, from one date to another. */
  period = g_strdup_printf (_("%s to %s"), document->period_start != NULL ? document->period_start : "…",
                            document->period_end != NULL ? document->period_end : "…");
  /* Translators: a questionnaire's title, then its version number. */
  questionnaire = g_strdup_printf (_("%s, version %s"), nr_questionnaire_get_title (r->questionnaire),
                                   document->questionnaire_version);

  /* Minutes are enough on paper: "2025-11-30 09:15 UTC". */
  if (document->exported != NULL && strlen (document->exported) >= 16)
    exported_text = g_strdup_printf ("%.10s %.5s UTC", document->exported, document->exported + 11);

  table_init (&table, 2, widths);
  {
    const char *header[] = { _("Report"), "", NULL };
    const char *state[] = { _("State"), document->state, NULL };
    const char *period_row[] = { _("Reporting period"), period, NULL };
    const char *agency[] = { _("Preparing agency"), document->preparing_agency, NULL };
    const char *language[] = { _("Language of the answers"), document->language, NULL };
    const char *questionnaire_row[] = { _("Questionnaire"), questionnaire, NULL };
    const char *classification[] = { _("Classification"), r->marking, NULL };
    const char *exported[] = { _("Exported"), exported_text, NULL };

    table_add_row (&table, header);
    table_add_row (&table, state);
    table_add_row (&table, period_row);
    table_add_row (&table, agency);
    table_add_row (&table, language);
    table_add_row (&table, questionnaire_row);
    table_add_row (&table, classification);
    if (exported_text != NULL)
      table_add_row (&table, exported);
  }
  table_finish (r, &table);

  if (document->scope_norms != NULL || document->scope_sections != NULL)
    add_text (r, _("This is a contribution: it holds only the parts of the report assigned to one agency."),
              STYLE_MUTED, 0, 4);
}

/**
 * nr_export_profile_marking:
 *
 * Returns: the marking printed on every page of a document with @profile.
 */
const char *
nr_export_profile_marking (NrExportProfile profile)
{
  switch (profile)
    {
    case NR_EXPORT_PROFILE_PUBLIC:
      return _("PUBLIC");
    case NR_EXPORT_PROFILE_WORKSHOP:
      return _("WORKSHOP ONLY — NOT FOR PUBLICATION");
    case NR_EXPORT_PROFILE_FULL:
    default:
      return _("INTERNAL — FULL REPORT, NOT FOR RELEASE");
    }
}

/**
 * nr_document_render_pages:
 * @cr: where to draw; its unit is the point
 * @first_page: the first page to draw, from 0
 * @last_page: the last page to draw; below @first_page to draw none
 *
 * Lays out the whole document and draws the pages from @first_page to
 * @last_page onto @cr, one over the other, as GtkPrintOperation asks for
 * them one at a time.
 *
 * Returns: the number of pages of the document.
 */
/* A font map of the renderer's own rather than pango's per-thread default:
 * its caches go with it when the rendering is done, instead of living as
 * long as the thread (the export runs in a worker thread). */
static PangoFontMap *
private_font_map (void)
{
  return pango_cairo_font_map_new ();
}

static guint
render (Renderer *r)
{
  g_autoptr(GHashTable) answers = nr_document_index_answers (r->document);
  const char *state = r->document->state != NULL ? r->document->state : "";

  r->answers = answers;
  r->marking = nr_export_profile_marking (r->document->profile);
  /* Translators: the running title on each printed page: a state's code and
   * the reporting period. */
  r->running_title = g_strdup_printf (_("National report — %s, %.4s–%.4s"), state,
                                      r->document->period_start != NULL ? r->document->period_start : "",
                                      r->document->period_end != NULL ? r->document->period_end : "");
  r->context = pango_font_map_create_context (r->font_map);
  pango_cairo_update_context (r->cr, r->context);
  /* Metrics as on paper whatever the surface: an image surface hints them
   * and a PDF one does not, so without this a line breaks elsewhere, and a
   * page count worked out for printing differs from the PDF's. */
  {
    cairo_font_options_t *options = cairo_font_options_create ();

    cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options (r->context, options);
    cairo_font_options_destroy (options);
  }

  r->page = 0;
  draw_page_furniture (r);
  add_title_page (r);
  new_page (r);
  add_summary (r);
  add_sections (r);
  add_orphans (r);
  if (drawing (r) && r->show_pages)
    cairo_show_page (r->cr);

  g_clear_object (&r->context);
  g_clear_pointer (&r->running_title, g_free);
  r->answers = NULL;
  return (guint) r->page + 1;
}

guint
nr_document_render_pages (NrDocument      *document,
                          NrQuestionnaire *questionnaire,
                          cairo_t         *cr,
                          int              first_page,
                          int              last_page)
{
  g_autoptr(PangoFontMap) font_map = private_font_map ();
  Renderer counting = { .cr = cr, .font_map = font_map, .document = document,
                        .questionnaire = questionnaire, .first_drawn = 0, .last_drawn = -1 };
  Renderer r = { .cr = cr, .font_map = font_map, .document = document, .questionnaire = questionnaire,
                 .first_drawn = first_page, .last_drawn = last_page };

  g_return_val_if_fail (document != NULL, 0);
  g_return_val_if_fail (NR_IS_QUESTIONNAIRE (questionnaire), 0);

  /* Counting the pages first gives the footers their "of N". */
  r.n_pages = (int) render (&counting);
  if (last_page >= first_page)
    render (&r);
  return (guint) r.n_pages;
}

static cairo_status_t
append_to_array (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/**
 * nr_document_render_pdf:
 *
 * Renders @document as a PDF, with the fonts embedded.
 *
 * Returns: (transfer full): the PDF, or %NULL with @error set.
 */
GBytes *
nr_document_render_pdf (NrDocument       *document,
                        NrQuestionnaire  *questionnaire,
                        GError          **error)
{
  g_autoptr(GByteArray) pdf = g_byte_array_new ();
  g_autoptr(PangoFontMap) font_map = private_font_map ();
  cairo_surface_t *surface;
  cairo_t *cr;
  Renderer counting = { .document = document, .questionnaire = questionnaire,
                        .first_drawn = 0, .last_drawn = -1 };
  Renderer r = { .document = document, .questionnaire = questionnaire,
                 .first_drawn = 0, .last_drawn = G_MAXINT, .show_pages = TRUE };
  cairo_status_t status;

  g_return_val_if_fail (document != NULL, NULL);
  g_return_val_if_fail (NR_IS_QUESTIONNAIRE (questionnaire), NULL);

  surface = cairo_pdf_surface_create_for_stream (append_to_array, pdf,
                                                 NR_RENDER_PAGE_WIDTH, NR_RENDER_PAGE_HEIGHT);
  cairo_pdf_surface_restrict_to_version (surface, CAIRO_PDF_VERSION_1_5);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  nr_questionnaire_get_title (questionnaire));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Norms Reporter " PACKAGE_VERSION);
  cr = cairo_create (surface);

  counting.cr = cr;
  counting.font_map = font_map;
  r.cr = cr;
  r.font_map = font_map;
  r.n_pages = (int) render (&counting);
  render (&r);

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not draw the report: %s"),
                   cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&pdf));
}

/**
 * nr_report_render_pdf:
 * @file: where to write; an existing file is replaced only once the new one
 *   is complete
 * @options: (nullable): what to print, as for export; %NULL for everything
 *
 * Prints the report to a PDF file, holding exactly what an export with the
 * same options would hold.  The file is written atomically with mode 0600.
 */
gboolean
nr_report_render_pdf (NrReport               *report,
                      GFile                  *file,
                      const NrExportOptions  *options,
                      GError                **error)
{
  g_autoptr(NrDocument) document = NULL;
  g_autoptr(GBytes) pdf = NULL;

  g_return_val_if_fail (NR_IS_REPORT (report), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  document = nr_report_to_document (report, options, error);
  if (document == NULL)
    return FALSE;
  pdf = nr_document_render_pdf (document, nr_report_get_questionnaire (report), error);
  if (pdf == NULL)
    return FALSE;
  return nr_write_file_privately (file, pdf, error);
}
