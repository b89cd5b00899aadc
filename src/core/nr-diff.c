/* nr-diff.c: what changed between two cycles of a report.
 *
 * Two documents, such as last year's submission and this year's, are
 * compared answer by answer.  Values are compared in their stored text form
 * (nr-state.c), so equal answers are equal however they were written.  A
 * list of records is compared as a set of records by their fields, not by
 * their ids: a new cycle copies records under new ids, and a record that
 * reads the same has not changed.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "nr-diff.h"
#include "nr-document-summary.h"
#include "nr-questionnaire.h"
#include "nr-state.h"

static void
change_free (NrChange *change)
{
  g_free (change->question_id);
  g_free (change->old_text);
  g_free (change->new_text);
  g_free (change);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The state of an answer as one comparable text; NULL when unanswered. */
static char *
answer_state (NrQuestion       *question,
              NrDocumentAnswer *answer)
{
  if (question != NULL ? !nr_document_answer_is_given (question, answer) : answer == NULL)
    return NULL;

  if (answer->records != NULL && answer->records->len > 0)
    {
      g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_free);
      GString *state = g_string_new (NULL);

      for (guint i = 0; i < answer->records->len; i++)
        g_ptr_array_add (records, nr_state_print (((NrDocumentRecord *) answer->records->pdata[i])->fields));
      g_ptr_array_sort (records, compare_strings);
      for (guint i = 0; i < records->len; i++)
        g_string_append_printf (state, "%s\n", (char *) records->pdata[i]);
      return g_string_free (state, FALSE);
    }
  return answer->value != NULL ? nr_state_print (answer->value) : NULL;
}

/* Appends @value of @question (NULL when the questionnaire no longer has
 * it) as a reader recognises it: dates as the printout writes them, so that
 * "2017-10" reads "October 2017" in both; anything else as
 * nr_document_append_value_text() writes it. */
static void
append_readable (GString    *out,
                 NrQuestion *question,
                 GVariant   *value)
{
  if (question != NULL && nr_question_get_kind (question) == NR_QUESTION_KIND_DATE &&
      g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    {
      g_autofree char *date = nr_partial_date_format (g_variant_get_string (value, NULL));

      g_string_append (out, date);
    }
  else
    nr_document_append_value_text (out, value);
}

/* A record as its fields' values in the questionnaire's order, as a reader
 * would recognise them (nr_document_append_value_text()). */
static char *
readable_record (NrQuestion *question,
                 GVariant   *fields)
{
  GListModel *model = question != NULL ? nr_question_get_fields (question) : NULL;
  GString *text = g_string_new (NULL);

  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(NrQuestion) field = g_list_model_get_item (model, i);
      g_autoptr(GVariant) value = g_variant_lookup_value (fields, nr_question_get_id (field), NULL);

      if (value == NULL)
        continue;
      if (text->len > 0)
        g_string_append (text, "; ");
      append_readable (text, field, value);
    }
  if (model == NULL)
    nr_document_append_value_text (text, fields);
  return g_string_free (text, FALSE);
}

/* The records of @answer that @other does not have, one a line. */
static char *
records_missing_from (NrQuestion       *question,
                      NrDocumentAnswer *answer,
                      NrDocumentAnswer *other)
{
  g_autoptr(GHashTable) others = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GString *text = g_string_new (NULL);

  for (guint i = 0; other != NULL && other->records != NULL && i < other->records->len; i++)
    g_hash_table_add (others, nr_state_print (((NrDocumentRecord *) other->records->pdata[i])->fields));
  for (guint i = 0; answer != NULL && answer->records != NULL && i < answer->records->len; i++)
    {
      NrDocumentRecord *record = answer->records->pdata[i];
      g_autofree char *state = nr_state_print (record->fields);

      if (!g_hash_table_contains (others, state))
        {
          g_autofree char *readable = readable_record (question, record->fields);

          g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", readable);
        }
    }
  if (text->len == 0)
    {
      g_string_free (text, TRUE);
      return NULL;
    }
  return g_string_free (text, FALSE);
}

static char *
readable_value (NrQuestion       *question,
                NrDocumentAnswer *answer)
{
  GString *text = g_string_new (NULL);

  append_readable (text, question, answer->value);
  return g_string_free (text, FALSE);
}

static void
compare_answer (GPtrArray       *changes,
                NrQuestionnaire *questionnaire,
                const char      *question_id,
                GHashTable      *old_answers,
                GHashTable      *new_answers)
{
  NrQuestion *question = nr_questionnaire_lookup_question (questionnaire, question_id);
  NrDocumentAnswer *old_answer = g_hash_table_lookup (old_answers, question_id);
  NrDocumentAnswer *new_answer = g_hash_table_lookup (new_answers, question_id);
  g_autofree char *old_state = answer_state (question, old_answer);
  g_autofree char *new_state = answer_state (question, new_answer);
  NrChange *change;

  if (g_strcmp0 (old_state, new_state) == 0)
    return;

  change = g_new0 (NrChange, 1);
  change->question_id = g_strdup (question_id);
  change->kind = old_state == NULL ? NR_CHANGE_ADDED : new_state == NULL ? NR_CHANGE_REMOVED : NR_CHANGE_CHANGED;
  if (old_answer != NULL && old_answer->records != NULL && old_answer->records->len > 0)
    change->old_text = records_missing_from (question, old_answer, new_answer);
  else if (old_state != NULL)
    change->old_text = readable_value (question, old_answer);
  if (new_answer != NULL && new_answer->records != NULL && new_answer->records->len > 0)
    change->new_text = records_missing_from (question, new_answer, old_answer);
  else if (new_state != NULL)
    change->new_text = readable_value (question, new_answer);
  g_ptr_array_add (changes, change);
}

/**
 * nr_document_diff:
 *
 * Returns: (transfer full): the answers that differ between @old and @new,
 *   as #NrChange, in the questionnaire's order, then answers to questions
 *   the questionnaire no longer has.
 */
GPtrArray *
nr_document_diff (NrDocument      *old,
                  NrDocument      *new,
                  NrQuestionnaire *questionnaire)
{
  GPtrArray *changes = g_ptr_array_new_with_free_func ((GDestroyNotify) change_free);
  g_autoptr(GHashTable) old_answers = nr_document_index_answers (old);
  g_autoptr(GHashTable) new_answers = nr_document_index_answers (new);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *questions = nr_questionnaire_get_questions (questionnaire);

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(NrQuestion) question = g_list_model_get_item (questions, i);

      g_hash_table_add (seen, (gpointer) nr_question_get_id (question));
      compare_answer (changes, questionnaire, nr_question_get_id (question), old_answers, new_answers);
    }

  /* Orphaned answers, in either document. */
  for (guint side = 0; side < 2; side++)
    {
      NrDocument *document = side == 0 ? old : new;

      for (guint i = 0; i < document->answers->len; i++)
        {
          const char *question_id = ((NrDocumentAnswer *) document->answers->pdata[i])->question_id;

          if (!g_hash_table_contains (seen, question_id))
            {
              g_hash_table_add (seen, (gpointer) question_id);
              compare_answer (changes, questionnaire, question_id, old_answers, new_answers);
            }
        }
    }
  return changes;
}
