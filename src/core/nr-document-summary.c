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

/* Answered as the report file's completion counts it: records by having
 * any, other kinds as nr_question_value_is_answered() says. */
gboolean
nr_document_answer_is_given (NrQuestion       *question,
                             NrDocumentAnswer *answer)
{
  if (answer == NULL)
    return FALSE;
  if (nr_question_get_kind (question) == NR_QUESTION_KIND_RECORDS)
    return answer->records != NULL && answer->records->len > 0;
  return answer->value != NULL && nr_question_value_is_answered (question, answer->value);
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

/* The questionnaire asks every norm its implementation status as the
 * question "<norm>.status". */
NrQuestion *
nr_document_status_question (NrQuestionnaire *questionnaire,
                             NrNorm          *norm)
{
  g_autofree char *question_id = g_strconcat (nr_norm_get_id (norm), ".status", NULL);

  return nr_questionnaire_lookup_question (questionnaire, question_id);
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
