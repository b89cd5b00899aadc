/* nr-document-summary.c: what a document says of each norm.
 *
 * The printed report's summary table, the regional overview and the
 * comparison of two cycles all ask the same of a document: which questions
 * are answered, what a norm's implementation status is, how it was reviewed.
 * They ask it here, so that they always agree with each other and with the
 * completion the report file computes.
 */
#include "config.h"

#include "nr-document-summary.h"
#include "nr-norm.h"
#include "nr-questionnaire.h"
#include "nr-report-private.h"
#include "nr-state.h"

/**
 * nr_document_index_answers:
 *
 * Returns: (transfer container): question id → #NrDocumentAnswer, pointing
 *   into @document, which must outlive it.
 */
GHashTable *
nr_document_index_answers (NrDocument *document)
{
  GHashTable *answers = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < document->answers->len; i++)
    {
      NrDocumentAnswer *answer = document->answers->pdata[i];

      g_hash_table_insert (answers, answer->question_id, answer);
    }
  return answers;
}

/**
 * nr_document_answer_fits:
 * @question: (nullable): the question @answer answers, if the
 *   questionnaire has it
 *
 * Whether @answer holds what @question takes: a value of the question's
 * kind and choices, or for a list records with the list's fields.
 */
gboolean
nr_document_answer_fits (NrQuestion       *question,
                         NrDocumentAnswer *answer)
{
  if (question == NULL)
    return FALSE;

  if (nr_question_get_kind (question) != NR_QUESTION_KIND_RECORDS)
    return answer->records->len == 0 &&
           (answer->value == NULL || nr_report_value_fits (question, answer->value));

  if (answer->value != NULL)
    return FALSE;
  for (guint i = 0; i < answer->records->len; i++)
    {
      NrDocumentRecord *record = answer->records->pdata[i];

      if (record->fields == NULL || !nr_report_record_fits (question, record->fields))
        return FALSE;
    }
  return TRUE;
}

/**
 * nr_document_answer_is_orphaned:
 *
 * Whether @answer is an orphaned answer: marked so, to a question the
 * questionnaire does not have, or holding what its question does not take.
 * Orphaned answers are never read as answers to their question.
 */
gboolean
nr_document_answer_is_orphaned (NrQuestionnaire  *questionnaire,
                                NrDocumentAnswer *answer)
{
  return answer->orphaned ||
         !nr_document_answer_fits (nr_questionnaire_lookup_question (questionnaire, answer->question_id),
                                   answer);
}

/* Answered as the report file's completion counts it: records by having
 * any, other kinds as nr_question_value_is_answered() says; an orphaned
 * answer answers nothing. */
gboolean
nr_document_answer_is_given (NrQuestion       *question,
                             NrDocumentAnswer *answer)
{
  if (answer == NULL || answer->orphaned || !nr_document_answer_fits (question, answer))
    return FALSE;
  if (nr_question_get_kind (question) == NR_QUESTION_KIND_RECORDS)
    return answer->records->len > 0;
  return answer->value != NULL && nr_question_value_is_answered (question, answer->value);
}

/**
 * nr_document_append_value_text:
 *
 * Appends @value as a reader recognises it without its question: text as
 * it is, a list joined with commas, a dictionary (a checklist, a record's
 * fields) as "key: value" pairs, anything else as its stored text.
 */
void
nr_document_append_value_text (GString  *out,
                               GVariant *value)
{
  GVariantIter iter;
  const char *key;
  GVariant *item;

  if (g_variant_is_of_type (value, G_VARIANT_TYPE_VARIANT))
    {
      g_autoptr(GVariant) inner = g_variant_get_variant (value);

      nr_document_append_value_text (out, inner);
    }
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    g_string_append (out, g_variant_get_string (value, NULL));
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING_ARRAY))
    {
      g_autofree const char **strings = g_variant_get_strv (value, NULL);
      g_autofree char *joined = g_strjoinv (", ", (char **) strings);

      g_string_append (out, joined);
    }
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE ("a{s*}")))
    {
      gboolean first = TRUE;

      g_variant_iter_init (&iter, value);
      while (g_variant_iter_next (&iter, "{&s@*}", &key, &item))
        {
          g_autoptr(GVariant) owned = item;

          g_string_append_printf (out, "%s%s: ", first ? "" : "; ", key);
          nr_document_append_value_text (out, owned);
          first = FALSE;
        }
    }
  else
    {
      g_autofree char *printed = nr_state_print (value);

      g_string_append (out, printed);
    }
}

/**
 * nr_document_answer_to_text:
 *
 * Returns: (transfer full): @answer as text without its question, as an
 *   orphaned answer is shown: text as it is, lists joined, a dictionary
 *   and each record as "key: value" pairs, a record a line.
 */
char *
nr_document_answer_to_text (NrDocumentAnswer *answer)
{
  GString *text = g_string_new (NULL);

  if (answer->value != NULL)
    nr_document_append_value_text (text, answer->value);
  for (guint i = 0; i < answer->records->len; i++)
    {
      NrDocumentRecord *record = answer->records->pdata[i];

      if (text->len > 0)
        g_string_append_c (text, '\n');
      if (record->fields != NULL)
        nr_document_append_value_text (text, record->fields);
    }
  return g_string_free (text, FALSE);
}

/**
 * nr_document_lookup_given:
 *
 * Returns: (nullable) (transfer none): the answer to @question_id in
 *   @answers when it is given, as nr_document_answer_is_given() says; %NULL
 *   when the questionnaire has no such question or it is not answered.
 */
NrDocumentAnswer *
nr_document_lookup_given (GHashTable      *answers,
                          NrQuestionnaire *questionnaire,
                          const char      *question_id)
{
  NrQuestion *question = nr_questionnaire_lookup_question (questionnaire, question_id);
  NrDocumentAnswer *answer = g_hash_table_lookup (answers, question_id);

  return question != NULL && nr_document_answer_is_given (question, answer) ? answer : NULL;
}

guint
nr_document_count_answered (GHashTable *answers,
                            GListModel *questions)
{
  guint answered = 0;

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(NrQuestion) question = g_list_model_get_item (questions, i);

      if (nr_document_answer_is_given (question, g_hash_table_lookup (answers, nr_question_get_id (question))))
        answered++;
    }
  return answered;
}

/* The questionnaire asks a norm how far it is implemented as the question
 * "<norm>.status", and a restraint norm, which is observed rather than
 * implemented by degrees, whether the State stated its commitment to it,
 * as "<norm>.commitment": what an overview shows for the norm. */
NrQuestion *
nr_document_status_question (NrQuestionnaire *questionnaire,
                             NrNorm          *norm)
{
  g_autofree char *status_id = g_strconcat (nr_norm_get_id (norm), ".status", NULL);
  g_autofree char *commitment_id = g_strconcat (nr_norm_get_id (norm), ".commitment", NULL);
  NrQuestion *question = nr_questionnaire_lookup_question (questionnaire, status_id);

  return question != NULL ? question : nr_questionnaire_lookup_question (questionnaire, commitment_id);
}

/* Whether the overview shows the State's commitment to @norm, not a
 * status. */
gboolean
nr_document_norm_has_commitment (NrQuestionnaire *questionnaire,
                                 NrNorm          *norm)
{
  NrQuestion *question = nr_document_status_question (questionnaire, norm);

  return question != NULL && g_str_has_suffix (nr_question_get_id (question), ".commitment");
}

/**
 * nr_document_norm_status:
 *
 * Returns: (nullable): the chosen value of @norm's status question, or
 *   %NULL when it is not answered.
 */
const char *
nr_document_norm_status (GHashTable      *answers,
                         NrQuestionnaire *questionnaire,
                         NrNorm          *norm)
{
  NrQuestion *question = nr_document_status_question (questionnaire, norm);
  NrDocumentAnswer *answer;

  if (question == NULL)
    return NULL;
  answer = g_hash_table_lookup (answers, nr_question_get_id (question));
  if (!nr_document_answer_is_given (question, answer))
    return NULL;
  return g_variant_get_string (answer->value, NULL);
}

NrDocumentReview *
nr_document_find_review (NrDocument *document,
                         const char *norm_id)
{
  for (guint i = 0; i < document->reviews->len; i++)
    {
      NrDocumentReview *review = document->reviews->pdata[i];

      if (g_str_equal (review->norm_id, norm_id))
        return review;
    }
  return NULL;
}
