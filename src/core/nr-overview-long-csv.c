/* nr-overview-long-csv.c: every value of every submission, a row each.
 *
 * Analysts load the overview into a spreadsheet, R or pandas; the matrix
 * CSV holds only each norm's status.  The long CSV holds one row per State,
 * question and value ("tidy" data): a multiple choice gives a row per
 * choice, a checklist a row per action, a list a row per record and field.
 * Each row names the State by code and by name, the norm or section, the
 * question by id and label, the value as text with the choice's code
 * beside it, and the classification the value carries.  Choices read in
 * the overview's language; dates stay as the file gives them (ISO 8601),
 * which every tool reads.  It is kept only when asked for: it is most of
 * what a submission says.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "nr-checklist.h"
#include "nr-csv.h"
#include "nr-document-profile.h"
#include "nr-document-summary.h"
#include "nr-overview-private.h"
#include "nr-questionnaire.h"

void
nr_long_row_free (NrLongRow *row)
{
  g_free (row->question_id);
  g_free (row->field_id);
  g_free (row->value);
  g_free (row->code);
  g_free (row);
}

/* Where the rows of one answer, or one record's field, go. */
typedef struct
{
  GPtrArray *rows;
  const char *question_id;
  guint record;
  NrQuestion *field;         /* NULL for the question itself */
  NrClassification classification;
} RowTarget;

static NrLongRow *
add_row (RowTarget  *target,
         const char *value,
         const char *code)
{
  NrLongRow *row = g_new0 (NrLongRow, 1);

  row->question_id = g_strdup (target->question_id);
  row->record = target->record;
  if (target->field != NULL)
    {
      row->field_id = g_strdup (nr_question_get_id (target->field));
      row->field_label = nr_question_get_label (target->field);
    }
  row->value = g_strdup (value);
  row->code = g_strdup (code);
  row->classification = target->classification;
  g_ptr_array_add (target->rows, row);
  return row;
}

/* A checklist's actions: a row for each status, and one for each note. */
static void
add_checklist_rows (RowTarget  *target,
                    NrQuestion *question,
                    GVariant   *value)
{
  GVariantIter iter;
  const char *item;
  const char *status;
  const char *note;

  g_variant_iter_init (&iter, value);
  while (g_variant_iter_next (&iter, "{&s(&s&s)}", &item, &status, &note))
    {
      NrChoice *choice = nr_question_lookup_item (question, item);
      const char *label = choice != NULL ? nr_choice_get_label (choice) : item;
      NrLongRow *row;

      if (*status != '\0')
        {
          row = add_row (target, nr_question_format_choice (question, status), status);
          g_free (row->field_id);
          row->field_id = g_strdup (item);
          row->field_label = label;
        }
      if (*note != '\0')
        {
          row = add_row (target, note, NULL);
          g_free (row->field_id);
          row->field_id = g_strdup (item);
          row->field_label = label;
          row->note = TRUE;
        }
    }
}

/* The rows of one value of @question (a question, or a record's field). */
static void
add_value_rows (RowTarget  *target,
                NrQuestion *question,
                GVariant   *value)
{
  GVariantIter iter;
  const char *entry;

  if (!g_variant_is_of_type (value, nr_question_kind_value_type (nr_question_get_kind (question))))
    return;
  switch (nr_question_get_kind (question))
    {
    case NR_QUESTION_KIND_SINGLE_CHOICE:
      entry = g_variant_get_string (value, NULL);
      add_row (target, nr_question_format_choice (question, entry), entry);
      break;

    case NR_QUESTION_KIND_MULTIPLE_CHOICE:
      g_variant_iter_init (&iter, value);
      while (g_variant_iter_next (&iter, "&s", &entry))
        add_row (target, nr_question_format_choice (question, entry), entry);
      break;

    case NR_QUESTION_KIND_TEXT_LIST:
    case NR_QUESTION_KIND_LINK_LIST:
      g_variant_iter_init (&iter, value);
      while (g_variant_iter_next (&iter, "&s", &entry))
        add_row (target, entry, NULL);
      break;

    case NR_QUESTION_KIND_CHECKLIST:
      add_checklist_rows (target, question, value);
      break;

    case NR_QUESTION_KIND_DATE:
    case NR_QUESTION_KIND_SHORT_TEXT:
    case NR_QUESTION_KIND_LONG_TEXT:
    case NR_QUESTION_KIND_URL:
    case NR_QUESTION_KIND_EMAIL:
      if (*g_variant_get_string (value, NULL) != '\0')
        add_row (target, g_variant_get_string (value, NULL), NULL);
      break;

    case NR_QUESTION_KIND_RECORDS:
    default:
      break;
    }
}

static void
add_record_rows (RowTarget        *target,
                 NrQuestion       *question,
                 NrDocumentAnswer *answer)
{
  GListModel *fields = nr_question_get_fields (question);

  for (guint r = 0; r < answer->records->len; r++)
    {
      NrDocumentRecord *record = answer->records->pdata[r];

      target->record = r + 1;
      target->classification = nr_document_record_classification (question, answer, record);
      for (guint f = 0; f < g_list_model_get_n_items (fields); f++)
        {
          g_autoptr(NrQuestion) field = g_list_model_get_item (fields, f);
          g_autoptr(GVariant) value = g_variant_lookup_value (record->fields, nr_question_get_id (field), NULL);

          target->field = field;
          if (value != NULL)
            add_value_rows (target, field, value);
        }
    }
}

/* Every value @document gives, in the questionnaire's order; orphaned
 * answers are not read as answers to any question, and are left out. */
void
nr_submission_read_long_rows (NrSubmission    *submission,
                              NrDocument      *document,
                              NrQuestionnaire *questionnaire)
{
  g_autoptr(GHashTable) answers = nr_document_index_answers (document);
  GListModel *questions = nr_questionnaire_get_questions (questionnaire);

  submission->long_rows = g_ptr_array_new_with_free_func ((GDestroyNotify) nr_long_row_free);
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(NrQuestion) question = g_list_model_get_item (questions, i);
      NrDocumentAnswer *answer = g_hash_table_lookup (answers, nr_question_get_id (question));
      RowTarget target = { submission->long_rows, nr_question_get_id (question), 0, NULL, 0 };

      if (answer == NULL || nr_document_answer_is_orphaned (questionnaire, answer))
        continue;
      target.classification = answer->classification;
      if (nr_question_get_kind (question) == NR_QUESTION_KIND_RECORDS)
        add_record_rows (&target, question, answer);
      else if (answer->value != NULL)
        add_value_rows (&target, question, answer->value);
    }
}

/* The norm a question belongs to, or else its section. */
static const char *
question_part (NrQuestion *question)
{
  return nr_question_get_norm_id (question) != NULL ? nr_question_get_norm_id (question)
                                                    : nr_question_get_section_id (question);
}

static void
append_row (NrOverview   *self,
            GString      *csv,
            NrSubmission *submission,
            NrLongRow    *row)
{
  NrQuestion *question = nr_questionnaire_lookup_question (self->questionnaire, row->question_id);
  g_autofree char *record = row->record > 0 ? g_strdup_printf ("%u", row->record) : NULL;
  /* Translators: a column of the long CSV: the note on a checklist's
   * action, after the action's label. */
  g_autofree char *field_label = row->note ? g_strdup_printf (_("%s (note)"), row->field_label)
                                           : g_strdup (row->field_label);
  g_autofree char *field_id = row->note ? g_strconcat (row->field_id, ".note", NULL) : g_strdup (row->field_id);

  nr_csv_append_field (csv, submission->state, TRUE);
  nr_csv_append_field (csv, nr_overview_state_name (submission->state), FALSE);
  nr_csv_append_field (csv, submission->period_start, FALSE);
  nr_csv_append_field (csv, submission->period_end, FALSE);
  nr_csv_append_field (csv, question != NULL ? question_part (question) : NULL, FALSE);
  nr_csv_append_field (csv, row->question_id, FALSE);
  nr_csv_append_field (csv, question != NULL ? nr_question_get_label (question) : NULL, FALSE);
  nr_csv_append_field (csv, record, FALSE);
  nr_csv_append_field (csv, field_id, FALSE);
  nr_csv_append_field (csv, field_label, FALSE);
  nr_csv_append_field (csv, row->value, FALSE);
  nr_csv_append_field (csv, row->code, FALSE);
  nr_csv_append_field (csv, nr_classification_to_string (row->classification), FALSE);
  nr_csv_end_row (csv);
}

/**
 * nr_overview_to_long_csv:
 *
 * Every value each submission gives, a row each, as the file header
 * names them; the submissions must have been read with
 * nr_overview_set_keep_long_rows().  UTF-8 with a byte-order mark, every
 * field quoted, rows ending in CRLF (RFC 4180); a field that a spreadsheet
 * would take for a formula begins with an apostrophe.
 */
GBytes *
nr_overview_to_long_csv (NrOverview *self)
{
  GString *csv = g_string_new ("\xEF\xBB\xBF");
  /* Translators: the columns of the long CSV. */
  const char *header[] = { N_("State code"), N_("State"), N_("Period start"), N_("Period end"),
                           N_("Norm or section"), N_("Question id"), N_("Question"), N_("Record"),
                           N_("Field id"), N_("Field"), N_("Value"), N_("Code"), N_("Classification") };

  for (guint i = 0; i < G_N_ELEMENTS (header); i++)
    nr_csv_append_field (csv, _(header[i]), i == 0);
  nr_csv_end_row (csv);
  for (guint s = 0; s < self->submissions->len; s++)
    {
      NrSubmission *submission = self->submissions->pdata[s];

      for (guint i = 0; submission->long_rows != NULL && i < submission->long_rows->len; i++)
        append_row (self, csv, submission, submission->long_rows->pdata[i]);
    }
  return g_string_free_to_bytes (csv);
}
