/* nr-overview-records.c: the records an overview keeps (capacity-building
 * activities, points of contact), field by field, as they are shown.
 *
 * The HTML page and the reviewer's window show a record the same way: each
 * field the questionnaire has, in its order, with the value as a reader
 * recognises it (choices by their labels, dates as people write them);
 * fields left empty are left out.
 */
#include "config.h"

#include "nr-document-summary.h"
#include "nr-overview-private.h"
#include "nr-questionnaire.h"

static void
field_text_free (NrFieldText *text)
{
  g_free (text->text);
  g_free (text);
}

/**
 * nr_overview_record_fields:
 * @question_id: the list @fields is a record of
 * @fields: a record's fields (a{sv})
 *
 * Returns: (transfer container) (element-type NrFieldText): the fields of
 *   @fields that hold a value, in the questionnaire's order.
 */
GPtrArray *
nr_overview_record_fields (NrOverview *self,
                           const char *question_id,
                           GVariant   *fields)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func ((GDestroyNotify) field_text_free);
  NrQuestion *question = nr_questionnaire_lookup_question (self->questionnaire, question_id);
  GListModel *model = question != NULL ? nr_question_get_fields (question) : NULL;

  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(NrQuestion) field = g_list_model_get_item (model, i);
      g_autoptr(GVariant) value = g_variant_lookup_value (fields, nr_question_get_id (field), NULL);
      char *text = value != NULL ? nr_question_format_value (field, value) : NULL;
      NrFieldText *field_text;

      if (text == NULL || *text == '\0')
        {
          g_free (text);
          continue;
        }
      field_text = g_new0 (NrFieldText, 1);
      field_text->field = field;
      field_text->text = text;
      g_ptr_array_add (texts, field_text);
    }
  return texts;
}

/**
 * nr_submission_take_records:
 *
 * Returns: (transfer full) (nullable): the fields of each record of
 *   @question_id's answer in @answers, or %NULL when it has none.  Only the
 *   fields are kept, not the document they came from.
 */
GPtrArray *
nr_submission_take_records (GHashTable      *answers,
                            NrQuestionnaire *questionnaire,
                            const char      *question_id)
{
  NrDocumentAnswer *answer = nr_document_lookup_given (answers, questionnaire, question_id);
  GPtrArray *records;

  if (answer == NULL)
    return NULL;
  records = g_ptr_array_new_full (answer->records->len, (GDestroyNotify) g_variant_unref);
  for (guint i = 0; i < answer->records->len; i++)
    g_ptr_array_add (records, g_variant_ref (((NrDocumentRecord *) answer->records->pdata[i])->fields));
  return records;
}
