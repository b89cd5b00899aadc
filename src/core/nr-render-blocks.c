/* nr-render-blocks.c: records printed as blocks.
 *
 * A record reads as a short entry, not as a row of narrow columns: its
 * title in bold; then what it is on one line (its choices, short texts,
 * dates and lists: "Legislation · In force · since 2019 · BSSN"); its
 * choices of many values, each under its field's name; its long texts; its
 * links, clickable.  What goes where follows the kinds of the fields, so
 * every list of records prints the same way, whatever its fields.
 */
#include "config.h"


#include "nr-render-private.h"

#define BLOCK_INDENT 12.0


/* The field that names a record: its first short text. */
NrQuestion *
nr_render_title_field (NrQuestion *list)
{
  GListModel *fields = nr_question_get_fields (list);

  for (guint i = 0; i < g_list_model_get_n_items (fields); i++)
    {
      g_autoptr(NrQuestion) field = g_list_model_get_item (fields, i);

      if (nr_question_get_kind (field) == NR_QUESTION_KIND_SHORT_TEXT)
        return field;
    }
  return NULL;
}

static char *
field_text (NrQuestion       *field,
            NrDocumentRecord *record)
{
  g_autoptr(GVariant) value = g_variant_lookup_value (record->fields, nr_question_get_id (field), NULL);
  g_autofree char *text = value != NULL ? nr_question_format_value (field, value) : NULL;

  return text != NULL && *text != '\0' ? g_steal_pointer (&text) : NULL;
}

/* Whether @field belongs on the line of facts. */
static gboolean
is_fact (NrQuestion *list,
         NrQuestion *field)
{
  switch (nr_question_get_kind (field))
    {
    case NR_QUESTION_KIND_SINGLE_CHOICE:
      /* The record's classification is a note, not a fact. */
      return field != nr_question_get_classifying_field (list);
    case NR_QUESTION_KIND_SHORT_TEXT:
    case NR_QUESTION_KIND_DATE:
    case NR_QUESTION_KIND_TEXT_LIST:
      return TRUE;
    case NR_QUESTION_KIND_MULTIPLE_CHOICE:
    case NR_QUESTION_KIND_CHECKLIST:
    case NR_QUESTION_KIND_LONG_TEXT:
    case NR_QUESTION_KIND_URL:
    case NR_QUESTION_KIND_EMAIL:
    case NR_QUESTION_KIND_RECORDS:
    case NR_QUESTION_KIND_LINK_LIST:
    default:
      return FALSE;
    }
}

/* A record's dates as one fact: a single date as it is; two, as a span
 * ("2019 – 2023"), or open at one end ("since October 2024"). */
static char *
dates_fact (GPtrArray *dates,
            guint      n_date_fields)
{
  const char *first = dates->pdata[0];
  const char *second = dates->pdata[1];

  if (n_date_fields != 2)
    return first != NULL ? g_strdup (first) : g_strdup (second);
  if (first != NULL && second != NULL)
    /* Translators: a span of time between two dates, as "2019 – 2023". */
    return g_strdup_printf (_("%s – %s"), first, second);
  if (first != NULL)
    /* Translators: when a measure began, a date as "2019" or "October 2019". */
    return g_strdup_printf (_("since %s"), first);
  /* Translators: when a measure ended or ends. */
  return g_strdup_printf (_("until %s"), second);
}

/**
 * nr_render_record_facts:
 * @title_field: (nullable): the field printed as the record's title, left
 *   out of the facts
 *
 * Returns: what @record is, on one line: its choices, short texts, lists
 *   and dates, in the order of the fields, as far as they are given.
 */
char *
nr_render_record_facts (NrQuestion       *list,
                        NrDocumentRecord *record,
                        NrQuestion       *title_field)
{
  GListModel *fields = nr_question_get_fields (list);
  g_autoptr(GPtrArray) facts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) dates = g_ptr_array_new_with_free_func (g_free);
  int dates_at = -1;

  for (guint i = 0; i < g_list_model_get_n_items (fields); i++)
    {
      g_autoptr(NrQuestion) field = g_list_model_get_item (fields, i);
      char *text;

      if (field == title_field || !is_fact (list, field))
        continue;
      text = field_text (field, record);
      if (nr_question_get_kind (field) == NR_QUESTION_KIND_DATE)
        {
          /* The dates stand together, where the first of them is. */
          if (dates_at < 0)
            dates_at = (int) facts->len;
          g_ptr_array_add (dates, text);
        }
      else if (text != NULL)
        g_ptr_array_add (facts, text);
    }
  while (dates->len < 2)
    g_ptr_array_add (dates, NULL);
  if (dates_at >= 0 && (dates->pdata[0] != NULL || dates->pdata[1] != NULL))
    g_ptr_array_insert (facts, dates_at, dates_fact (dates, dates->len));
  g_ptr_array_add (facts, NULL);
  return g_strjoinv (" · ", (char **) facts->pdata);
}

/* The choices of a multiple choice field, under the field's name. */
static void
add_choices (NrRenderer       *r,
             NrQuestion       *field,
             NrDocumentRecord *record)
{
  g_autofree char *text = field_text (field, record);
  g_autofree char *line = NULL;

  if (text == NULL)
    return;
  /* Translators: a field of a record and what it gives, as "Norms: 13 (a)". */
  line = g_strdup_printf (_("%s: %s"), nr_question_get_label (field), text);
  nr_render_add_text (r, line, NR_STYLE_SMALL, BLOCK_INDENT, 2);
}

/**
 * nr_render_add_links:
 * @question: a URL, link list or e-mail question or field
 * @value: (nullable): its value
 *
 * Every link of @value on its own line, clickable.
 */
void
nr_render_add_links (NrRenderer *r,
                     NrQuestion *question,
                     GVariant   *value,
                     double      indent)
{
  g_autofree const char **links = NULL;

  if (value == NULL)
    return;
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING_ARRAY))
    links = g_variant_get_strv (value, NULL);
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    {
      links = g_new0 (const char *, 2);
      links[0] = g_variant_get_string (value, NULL);
    }
  for (guint i = 0; links != NULL && links[i] != NULL; i++)
    {
      g_autofree char *uri = nr_question_get_kind (question) == NR_QUESTION_KIND_EMAIL
                             ? g_strconcat ("mailto:", links[i], NULL) : g_strdup (links[i]);

      if (*links[i] != '\0')
        nr_render_add_link_text (r, links[i], uri, NR_STYLE_BODY, indent, 2);
    }
}

/* What the record's own classification says, when it is not public. */
static const char *
record_note (NrQuestion       *list,
             NrDocumentRecord *record)
{
  NrQuestion *field = nr_question_get_classifying_field (list);
  g_autoptr(GVariant) value = field != NULL ? g_variant_lookup_value (record->fields, nr_question_get_id (field),
                                                                      G_VARIANT_TYPE_STRING) : NULL;
  NrClassification classification;

  if (value == NULL || !nr_classification_from_string (g_variant_get_string (value, NULL), &classification))
    return NULL;
  return nr_document_classification_note (classification);
}

/* The title line, with the record's classification when it is not public. */
static void
add_block_title (NrRenderer       *r,
                 NrQuestion       *list,
                 NrDocumentRecord *record,
                 NrQuestion       *title_field)
{
  g_autofree char *title = title_field != NULL ? field_text (title_field, record) : NULL;
  const char *note = record_note (list, record);
  g_autofree char *line = NULL;

  if (title == NULL && note == NULL)
    return;
  if (note != NULL)
    line = g_strdup_printf ("%s  [%s]", title != NULL ? title : "", note);
  nr_render_add_text (r, line != NULL ? g_strstrip (line) : title, NR_STYLE_QUESTION, BLOCK_INDENT, 1);
}

/* One field of a record below its facts: its long
 * texts (what it says), then its choices of many values, then its links,
 * last, where a reader looks for where to read more. */
static void
add_block_field (NrRenderer       *r,
                 NrQuestion       *field,
                 NrDocumentRecord *record)
{
  g_autoptr(GVariant) value = g_variant_lookup_value (record->fields, nr_question_get_id (field), NULL);
  g_autofree char *text = NULL;

  switch (nr_question_get_kind (field))
    {
    case NR_QUESTION_KIND_LONG_TEXT:
      text = field_text (field, record);
      if (text != NULL)
        nr_render_add_text (r, text, NR_STYLE_BODY, BLOCK_INDENT, 2);
      break;
    case NR_QUESTION_KIND_MULTIPLE_CHOICE:
      add_choices (r, field, record);
      break;
    case NR_QUESTION_KIND_URL:
    case NR_QUESTION_KIND_LINK_LIST:
    case NR_QUESTION_KIND_EMAIL:
      nr_render_add_links (r, field, value, BLOCK_INDENT);
      break;
    case NR_QUESTION_KIND_SINGLE_CHOICE:
    case NR_QUESTION_KIND_CHECKLIST:
    case NR_QUESTION_KIND_SHORT_TEXT:
    case NR_QUESTION_KIND_DATE:
    case NR_QUESTION_KIND_RECORDS:
    case NR_QUESTION_KIND_TEXT_LIST:
    default:
      break;
    }
}

/* Which of the three groups below the facts @kind is printed in; 3 for
 * none. */
static guint
group_of (NrQuestionKind kind)
{
  if (kind == NR_QUESTION_KIND_LONG_TEXT)
    return 0;
  if (kind == NR_QUESTION_KIND_MULTIPLE_CHOICE)
    return 1;
  if (kind == NR_QUESTION_KIND_URL || kind == NR_QUESTION_KIND_LINK_LIST || kind == NR_QUESTION_KIND_EMAIL)
    return 2;
  return 3;
}

void
nr_render_add_record_block (NrRenderer       *r,
                            NrQuestion       *list,
                            NrDocumentRecord *record)
{
  GListModel *fields = nr_question_get_fields (list);
  NrQuestion *title_field = nr_render_title_field (list);
  g_autofree char *facts = nr_render_record_facts (list, record, title_field);

  /* A block starts on the page where its title and first lines fit. */
  nr_render_ensure_space (r, 48);
  add_block_title (r, list, record, title_field);
  if (*facts != '\0')
    nr_render_add_text (r, facts, NR_STYLE_MUTED, BLOCK_INDENT, 2);
  for (guint group = 0; group < 3; group++)
    for (guint i = 0; i < g_list_model_get_n_items (fields); i++)
      {
        g_autoptr(NrQuestion) field = g_list_model_get_item (fields, i);

        if (group_of (nr_question_get_kind (field)) == group)
          add_block_field (r, field, record);
      }
  r->y += 8;
}
