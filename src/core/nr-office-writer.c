/* nr-office-writer.c: the walk over a document that the Word and
 * OpenDocument writers share.
 *
 * It says what the printout says, in its order: a title page, the summary
 * of the norms, every section (Heading 1) with its norms (Heading 2) and
 * their questions (Heading 3), the measures serving each norm, and the
 * orphaned answers of a full document; each format only turns paragraphs
 * and tables into its own XML.  Like the printout it takes a document,
 * what an export with the same profile holds, and leaves out what a public
 * printout leaves out, so a file can never hold an answer the profile
 * keeps back.  Records are blocks, one after the other: a title, one line
 * of what the record is, then each field given, under its label.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "nr-checklist.h"
#include "nr-document-summary.h"
#include "nr-document-text.h"
#include "nr-office-private.h"
#include "nr-render.h"
#include "nr-worded.h"

typedef struct
{
  NrOfficeSink *sink;
  NrDocument *document;
  NrQuestionnaire *questionnaire;
  GHashTable *answers;      /* question id → NrDocumentAnswer */
  gboolean break_pending;   /* the next paragraph starts a page */
} Walk;

/* A paragraph for each line of @text, the label before the first; blank
 * lines only separate paragraphs. */
static void
add_text (Walk          *w,
          NrOfficeStyle  style,
          const char    *label,
          const char    *text)
{
  g_auto(GStrv) lines = g_strsplit (text != NULL ? text : "", "\n", -1);
  gboolean any = FALSE;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (*lines[i] == '\0' && (any || label == NULL))
        continue;
      w->sink->paragraph (w->sink, style, w->break_pending, any ? NULL : label, lines[i]);
      w->break_pending = FALSE;
      any = TRUE;
    }
  if (!any)
    {
      w->sink->paragraph (w->sink, style, w->break_pending, NULL, "");
      w->break_pending = FALSE;
    }
}

static void
table_init (NrOfficeTable *table,
            guint          n_columns,
            const double   widths[])
{
  g_assert (n_columns > 0 && n_columns <= NR_OFFICE_MAX_COLUMNS);
  table->n_columns = n_columns;
  for (guint i = 0; i < n_columns; i++)
    table->widths[i] = widths[i];
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
}

/* Copies a row from @cells, an empty cell for each NULL. */
static void
table_add_row (NrOfficeTable *table,
               const char   **cells)
{
  char **row = g_new0 (char *, table->n_columns + 1);

  for (guint i = 0; i < table->n_columns; i++)
    row[i] = g_strdup (cells[i] != NULL ? cells[i] : "");
  g_ptr_array_add (table->rows, row);
}

static void
table_finish (Walk          *w,
              NrOfficeTable *table)
{
  w->sink->table (w->sink, table);
  w->sink->n_tables++;
  g_ptr_array_unref (table->rows);
}

/* The answer to @question, unless it is an orphaned answer: those are
 * written apart, as what they hold. */
static NrDocumentAnswer *
answer_to (Walk       *w,
           NrQuestion *question)
{
  NrDocumentAnswer *answer = g_hash_table_lookup (w->answers, nr_question_get_id (question));

  if (answer == NULL || nr_document_answer_is_orphaned (w->questionnaire, answer))
    return NULL;
  return answer;
}

static void
add_checklist (Walk             *w,
               NrQuestion       *question,
               NrDocumentAnswer *answer)
{
  GListModel *items = nr_question_get_items (question);
  const double widths[] = { 0.7, 0.3 };
  const char *header[] = { _("Practical action"), _("Status") };
  NrOfficeTable table;

  table_init (&table, 2, widths);
  table_add_row (&table, header);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(NrChoice) item = g_list_model_get_item (items, i);
      const char *status = "";
      const char *note = "";
      g_autofree char *action = NULL;
      const char *row[2] = { nr_choice_get_label (item), "" };

      /* The note, under the action it explains. */
      if (nr_checklist_lookup (answer->value, nr_choice_get_value (item), &status, &note))
        {
          row[1] = nr_question_format_choice (question, status);
          if (*note != '\0')
            row[0] = action = g_strdup_printf ("%s\n%s", nr_choice_get_label (item), note);
        }
      table_add_row (&table, row);
    }
  table_finish (w, &table);
}

/* The field a record's block is headed by: its title, or its name. */
static const char *
record_heading_field (NrQuestion *list)
{
  if (nr_question_lookup_field (list, "title") != NULL)
    return "title";
  if (nr_question_lookup_field (list, "name") != NULL)
    return "name";
  return NULL;
}

static gboolean
in_facts_line (const char *field_id)
{
  const char *ids[] = { "kind", "status", "start", "end", NULL };

  return g_strv_contains (ids, field_id);
}

/* A record as a block: its title, what it is on one line, then every field
 * it gives under its label.  A form's empty boxes are no help to a reader. */
static void
add_record (Walk             *w,
            NrQuestion       *list,
            NrDocumentRecord *record)
{
  GListModel *fields = nr_question_get_fields (list);
  const char *heading_field = record_heading_field (list);
  g_autoptr(GVariant) heading = heading_field != NULL
                                ? g_variant_lookup_value (record->fields, heading_field, G_VARIANT_TYPE_STRING)
                                : NULL;
  g_autofree char *facts = nr_document_measure_facts (list, record);

  if (heading != NULL)
    add_text (w, NR_OFFICE_RECORD_TITLE, NULL, g_variant_get_string (heading, NULL));
  if (*facts != '\0')
    add_text (w, NR_OFFICE_NOTE, NULL, facts);
  for (guint i = 0; i < g_list_model_get_n_items (fields); i++)
    {
      g_autoptr(NrQuestion) field = g_list_model_get_item (fields, i);
      const char *id = nr_question_get_id (field);
      g_autoptr(GVariant) value = g_variant_lookup_value (record->fields, id, NULL);
      g_autofree char *text = nr_question_format_value (field, value);
      g_autofree char *label = NULL;

      if (*text == '\0' || g_strcmp0 (id, heading_field) == 0 || in_facts_line (id))
        continue;
      /* Translators: a field's label before its value, in a record. */
      label = g_strdup_printf (_("%s: "), nr_question_get_label (field));
      add_text (w, NR_OFFICE_BODY, label, text);
    }
}

/* Whether there is anything to write: unlike completion, a checklist with
 * some of its actions given a status is written. */
static gboolean
has_content (NrQuestion       *question,
             NrDocumentAnswer *answer)
{
  if (answer != NULL && answer->value != NULL &&
      nr_question_get_kind (question) == NR_QUESTION_KIND_CHECKLIST)
    return g_variant_n_children (answer->value) > 0;
  return nr_document_answer_is_given (question, answer);
}

static void
add_question (Walk       *w,
              NrQuestion *question)
{
  NrDocumentAnswer *answer = answer_to (w, question);
  /* A list whose records carry their own classification says it with each
   * record, not one for the list. */
  const char *note = answer != NULL && nr_question_get_classifying_field (question) == NULL
                     ? nr_document_classification_note (answer->classification) : NULL;
  g_autofree char *label = note != NULL ? g_strdup_printf ("%s  [%s]", nr_question_get_label (question), note)
                                        : g_strdup (nr_question_get_label (question));

  add_text (w, NR_OFFICE_HEADING_3, NULL, label);
  if (!has_content (question, answer))
    {
      add_text (w, NR_OFFICE_NOTE, NULL, _("Not answered"));
      return;
    }

  switch (nr_question_get_kind (question))
    {
    case NR_QUESTION_KIND_CHECKLIST:
      add_checklist (w, question, answer);
      break;
    case NR_QUESTION_KIND_RECORDS:
      for (guint i = 0; i < answer->records->len; i++)
        add_record (w, question, answer->records->pdata[i]);
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

        add_text (w, NR_OFFICE_BODY, NULL, text);
      }
      break;
    }
}

static void
add_questions (Walk       *w,
               GListModel *questions)
{
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(NrQuestion) question = g_list_model_get_item (questions, i);

      /* A public document names no people, as a public export does not. */
      if (w->document->profile == NR_EXPORT_PROFILE_PUBLIC && nr_question_is_personal (question))
        continue;
      add_question (w, question);
    }
}

/* Under each norm, the measures of the report's shared lists (the register)
 * that serve it, each by its title and what it is. */
static void
add_linked_measures (Walk   *w,
                     NrNorm *norm)
{
  GListModel *sections = nr_questionnaire_get_sections (w->questionnaire);
  gboolean headed = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(NrSection) section = g_list_model_get_item (sections, i);
      GListModel *questions = nr_section_get_questions (section);

      for (guint q = 0; nr_section_is_shared (section) && q < g_list_model_get_n_items (questions); q++)
        {
          g_autoptr(NrQuestion) list = g_list_model_get_item (questions, q);
          NrDocumentAnswer *answer = answer_to (w, list);

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
                  /* Translators: the heading, under a norm, of the measures
                   * of the register that serve it. */
                  add_text (w, NR_OFFICE_HEADING_3, NULL, _("Measures serving this norm"));
                  headed = TRUE;
                }
              add_text (w, NR_OFFICE_RECORD_TITLE, NULL,
                        title != NULL ? g_variant_get_string (title, NULL) : _("Untitled measure"));
              facts = nr_document_measure_facts (list, record);
              if (*facts != '\0')
                add_text (w, NR_OFFICE_NOTE, NULL, facts);
            }
        }
    }
}

static void
add_norm (Walk   *w,
          NrNorm *norm)
{
  g_autofree char *heading = nr_document_norm_heading (norm);
  g_autofree char *review = nr_document_review_line (nr_document_find_review (w->document, nr_norm_get_id (norm)));

  add_text (w, NR_OFFICE_HEADING_2, NULL, heading);
  if (nr_norm_get_summary (norm) != NULL)
    add_text (w, NR_OFFICE_NOTE, NULL, nr_norm_get_summary (norm));
  add_text (w, NR_OFFICE_NOTE, NULL, review);
  add_questions (w, nr_norm_get_questions (norm));
  add_linked_measures (w, norm);
}

static gboolean
covers_norm (Walk   *w,
             NrNorm *norm)
{
  return nr_document_covers (w->document, nr_norm_get_section_id (norm), nr_norm_get_id (norm));
}

/* Whether a section of norms has any the document covers. */
static gboolean
covers_any_norm (Walk       *w,
                 GListModel *norms)
{
  for (guint j = 0; j < g_list_model_get_n_items (norms); j++)
    {
      g_autoptr(NrNorm) norm = g_list_model_get_item (norms, j);

      if (covers_norm (w, norm))
        return TRUE;
    }
  return FALSE;
}

static void
add_norms_section (Walk      *w,
                   NrSection *section)
{
  GListModel *norms = nr_section_get_norms (section);
  gboolean first = TRUE;

  if (!covers_any_norm (w, norms))
    return;
  w->break_pending = TRUE;
  add_text (w, NR_OFFICE_HEADING_1, NULL, nr_section_get_title (section));
  /* A page per norm, as on paper; the first shares the section's. */
  for (guint j = 0; j < g_list_model_get_n_items (norms); j++)
    {
      g_autoptr(NrNorm) norm = g_list_model_get_item (norms, j);

      if (!covers_norm (w, norm))
        continue;
      w->break_pending = !first;
      first = FALSE;
      add_norm (w, norm);
    }
}

static void
add_sections (Walk *w)
{
  GListModel *sections = nr_questionnaire_get_sections (w->questionnaire);

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(NrSection) section = g_list_model_get_item (sections, i);

      if (g_list_model_get_n_items (nr_section_get_norms (section)) > 0)
        {
          add_norms_section (w, section);
          continue;
        }
      /* A public document leaves out the points of contact, as a public
       * export does; a contribution holds only what it covers. */
      if (!(nr_section_is_shared (section) || nr_document_covers (w->document, nr_section_get_id (section), NULL)) ||
          (w->document->profile == NR_EXPORT_PROFILE_PUBLIC && nr_section_is_separable (section)))
        continue;
      add_text (w, NR_OFFICE_HEADING_1, NULL, nr_section_get_title (section));
      add_questions (w, nr_section_get_questions (section));
    }
}

/* Orphaned answers, which only full documents hold, after everything else:
 * each under its question's id, as what it holds. */
static void
add_orphans (Walk *w)
{
  gboolean any = FALSE;

  for (guint i = 0; i < w->document->answers->len; i++)
    {
      NrDocumentAnswer *answer = w->document->answers->pdata[i];
      const char *note = nr_document_classification_note (answer->classification);
      g_autofree char *label = NULL;
      g_autofree char *text = NULL;

      if (!nr_document_answer_is_orphaned (w->questionnaire, answer))
        continue;
      if (!any)
        {
          w->break_pending = TRUE;
          add_text (w, NR_OFFICE_HEADING_1, NULL, _("Orphaned answers"));
          add_text (w, NR_OFFICE_NOTE, NULL,
                    _("Answers to questions this questionnaire no longer has, or that no longer fit their question."));
          any = TRUE;
        }
      label = note != NULL ? g_strdup_printf ("%s  [%s]", answer->question_id, note) : g_strdup (answer->question_id);
      text = nr_document_answer_to_text (answer);
      add_text (w, NR_OFFICE_HEADING_3, NULL, label);
      add_text (w, NR_OFFICE_BODY, NULL, text);
    }
}

static char *
status_text (Walk   *w,
             NrNorm *norm)
{
  const char *status = nr_document_norm_status (w->answers, w->questionnaire, norm);

  if (status == NULL)
    return g_strdup (_("Not answered"));
  return g_strdup (nr_question_format_choice (nr_document_status_question (w->questionnaire, norm), status));
}

static void
add_summary (Walk *w)
{
  GListModel *norms = nr_questionnaire_get_norms (w->questionnaire);
  /* Wide enough that no label breaks inside a word. */
  const double widths[] = { 0.46, 0.2, 0.16, 0.18 };
  const char *header[] = { _("Norm"), _("Status"), _("Answered"), _("Review") };
  NrOfficeTable table;

  w->break_pending = TRUE;
  add_text (w, NR_OFFICE_HEADING_1, NULL, _("Summary of the norms"));
  table_init (&table, 4, widths);
  table_add_row (&table, header);
  for (guint i = 0; i < g_list_model_get_n_items (norms); i++)
    {
      g_autoptr(NrNorm) norm = g_list_model_get_item (norms, i);
      g_autofree char *title = NULL;
      g_autofree char *status = NULL;
      g_autofree char *completion = NULL;
      const char *row[4];

      if (!covers_norm (w, norm))
        continue;
      title = nr_document_norm_heading (norm);
      status = status_text (w, norm);
      /* Translators: how many of a norm's questions are answered. */
      completion = g_strdup_printf (_("%u of %u"), nr_document_count_answered (w->answers, nr_norm_get_questions (norm)),
                                    g_list_model_get_n_items (nr_norm_get_questions (norm)));
      row[0] = title;
      row[1] = status;
      row[2] = completion;
      row[3] = nr_document_review_text (nr_document_find_review (w->document, nr_norm_get_id (norm)));
      table_add_row (&table, row);
    }
  table_finish (w, &table);
}

static void
add_title_page (Walk *w)
{
  NrDocument *document = w->document;
  g_autofree char *period = NULL;
  g_autofree char *questionnaire = NULL;
  g_autofree char *exported_text = NULL;
  const double widths[] = { 0.35, 0.65 };
  NrOfficeTable table;

  add_text (w, NR_OFFICE_TITLE, NULL, nr_questionnaire_get_title (w->questionnaire));

  /* Translators: a reporting period, from one date to another. */
  period = g_strdup_printf (_("%s to %s"), document->period_start != NULL ? document->period_start : "…",
                            document->period_end != NULL ? document->period_end : "…");
  /* Translators: a questionnaire's title, then its version number. */
  questionnaire = g_strdup_printf (_("%s, version %s"), nr_questionnaire_get_title (w->questionnaire),
                                   document->questionnaire_version);
  /* Minutes are enough on paper: "2025-11-30 09:15 UTC". */
  if (document->exported != NULL && strlen (document->exported) >= 16)
    exported_text = g_strdup_printf ("%.10s %.5s UTC", document->exported, document->exported + 11);

  table_init (&table, 2, widths);
  {
    const char *header[] = { _("Report"), "" };
    const char *state[] = { _("State"), document->state };
    const char *period_row[] = { _("Reporting period"), period };
    const char *agency[] = { _("Preparing agency"), document->preparing_agency };
    const char *language[] = { _("Language of the answers"), document->language };
    const char *questionnaire_row[] = { _("Questionnaire"), questionnaire };
    const char *classification[] = { _("Classification"), nr_export_profile_marking (document->profile) };
    const char *exported[] = { _("Exported"), exported_text };

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
  table_finish (w, &table);

  if (document->scope_norms != NULL || document->scope_sections != NULL)
    add_text (w, NR_OFFICE_NOTE, NULL,
              _("This is a contribution: it holds only the parts of the report assigned to one agency."));
}

/**
 * nr_office_write_document:
 *
 * Walks @document in the printout's order, handing @sink each paragraph
 * and table.
 */
void
nr_office_write_document (NrOfficeSink    *sink,
                          NrDocument      *document,
                          NrQuestionnaire *questionnaire)
{
  g_autoptr(GHashTable) answers = nr_document_index_answers (document);
  Walk w = { .sink = sink, .document = document, .questionnaire = questionnaire, .answers = answers };

  add_title_page (&w);
  add_summary (&w);
  add_sections (&w);
  add_orphans (&w);
}

/* Splits "Page %d of %d" around its numbers, which the file holds as
 * fields; a translation that gives fewer numbers keeps what it has. */
static void
split_page_number (char *parts[3])
{
  g_autoptr(GRegex) number = g_regex_new ("%(\\d\\$)?d", 0, 0, NULL);
  /* Translators: the page number at the foot of a printed page. */
  g_auto(GStrv) pieces = g_regex_split (number, _("Page %d of %d"), 0);

  for (guint i = 0; i < 3; i++)
    parts[i] = g_strdup (pieces != NULL && i < g_strv_length (pieces) ? pieces[i] : "");
}

/**
 * nr_office_facts_init:
 *
 * Fills @facts with what every page and the file's properties say.
 */
void
nr_office_facts_init (NrOfficeFacts   *facts,
                      NrDocument      *document,
                      NrQuestionnaire *questionnaire)
{
  facts->title = g_strdup (nr_questionnaire_get_title (questionnaire));
  facts->marking = nr_export_profile_marking (document->profile);
  facts->author = g_strdup (document->preparing_agency);
  facts->language = g_strdup (document->language);
  facts->created = g_strdup (document->exported);
  split_page_number (facts->page_parts);
}

void
nr_office_facts_clear (NrOfficeFacts *facts)
{
  g_clear_pointer (&facts->title, g_free);
  g_clear_pointer (&facts->author, g_free);
  g_clear_pointer (&facts->language, g_free);
  g_clear_pointer (&facts->created, g_free);
  for (guint i = 0; i < G_N_ELEMENTS (facts->page_parts); i++)
    g_clear_pointer (&facts->page_parts[i], g_free);
}
