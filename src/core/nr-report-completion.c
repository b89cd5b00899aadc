/* nr-report-completion.c: how much of the report is answered, and which
 * answers no longer have a question.
 *
 * A question counts as answered when it holds something a reader could use:
 * text that is not blank, a choice (explicit non-answers such as "not
 * applicable" included: they are deliberate replies), at least one choice of
 * a multiple choice, a status for every practical action of a checklist, at
 * least one record of a list (nr-question.c decides for single values).
 */
#include "config.h"

#include "nr-report-private.h"

/* A stored record's fields, as text, fit @question. */
static gboolean
record_fits (NrQuestion *question,
             const char *fields_text)
{
  g_autoptr(GVariant) fields = fields_text != NULL
                               ? g_variant_parse (G_VARIANT_TYPE_VARDICT, fields_text, NULL, NULL, NULL)
                               : NULL;

  return fields != NULL && nr_report_record_fits (question, fields);
}

/* Whether every record stored for @question fits it, and there is one. */
static gboolean
has_fitting_records (NrReport   *self,
                     NrQuestion *question)
{
  sqlite3_stmt *stmt = nr_store_prepare (nr_report_get_store (self),
                                         "SELECT fields FROM record WHERE question_id = ?1", NULL);
  gboolean any = FALSE;
  gboolean all_fit = TRUE;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, nr_question_get_id (question), -1, SQLITE_STATIC);
  while (all_fit && sqlite3_step (stmt) == SQLITE_ROW)
    {
      all_fit = record_fits (question, (const char *) sqlite3_column_text (stmt, 0));
      any = TRUE;
    }
  sqlite3_reset (stmt);

  return any && all_fit;
}

gboolean
nr_report_is_answered (NrReport   *self,
                       NrQuestion *question)
{
  g_autoptr(GVariant) value = NULL;

  g_return_val_if_fail (NR_IS_REPORT (self), FALSE);
  g_return_val_if_fail (NR_IS_QUESTION (question), FALSE);

  if (nr_question_get_kind (question) == NR_QUESTION_KIND_RECORDS)
    return has_fitting_records (self, question);

  value = nr_report_dup_value (self, nr_question_get_id (question));
  return value != NULL && nr_report_value_fits (question, value) &&
         nr_question_value_is_answered (question, value);
}

static double
count_answered (NrReport   *self,
                GListModel *questions,
                guint      *answered_out,
                guint      *total_out)
{
  guint n = g_list_model_get_n_items (questions);
  guint answered = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NrQuestion) question = g_list_model_get_item (questions, i);

      if (nr_report_is_answered (self, question))
        answered++;
    }

  if (answered_out != NULL)
    *answered_out = answered;
  if (total_out != NULL)
    *total_out = n;

  return n > 0 ? (double) answered / n : 0.0;
}

/**
 * nr_report_get_completion:
 * @answered: (out) (optional): how many questions are answered
 * @total: (out) (optional): how many questions there are
 *
 * Returns: the answered fraction of the whole questionnaire, from 0 to 1.
 */
double
nr_report_get_completion (NrReport *self,
                          guint    *answered,
                          guint    *total)
{
  g_return_val_if_fail (NR_IS_REPORT (self), 0.0);

  return count_answered (self, nr_questionnaire_get_questions (nr_report_get_questionnaire (self)),
                         answered, total);
}

/**
 * nr_report_get_norm_completion:
 *
 * Returns: the answered fraction of one norm's questions, or -1 if the
 *   questionnaire has no such norm.
 */
double
nr_report_get_norm_completion (NrReport   *self,
                               const char *norm_id,
                               guint      *answered,
                               guint      *total)
{
  NrNorm *norm;

  g_return_val_if_fail (NR_IS_REPORT (self), -1.0);

  norm = nr_questionnaire_lookup_norm (nr_report_get_questionnaire (self), norm_id);
  if (norm == NULL)
    return -1.0;

  return count_answered (self, nr_norm_get_questions (norm), answered, total);
}

/**
 * nr_report_get_section_completion:
 *
 * Returns: the answered fraction of a section's questions, those of its norms
 *   included, or -1 if the questionnaire has no such section.
 */
double
nr_report_get_section_completion (NrReport   *self,
                                  const char *section_id,
                                  guint      *answered_out,
                                  guint      *total_out)
{
  GListModel *all;
  guint n;
  guint answered = 0;
  guint total = 0;

  g_return_val_if_fail (NR_IS_REPORT (self), -1.0);

  if (nr_questionnaire_lookup_section (nr_report_get_questionnaire (self), section_id) == NULL)
    return -1.0;

  all = nr_questionnaire_get_questions (nr_report_get_questionnaire (self));
  n = g_list_model_get_n_items (all);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NrQuestion) question = g_list_model_get_item (all, i);

      if (g_strcmp0 (nr_question_get_section_id (question), section_id) != 0)
        continue;
      total++;
      if (nr_report_is_answered (self, question))
        answered++;
    }

  if (answered_out != NULL)
    *answered_out = answered;
  if (total_out != NULL)
    *total_out = total;

  return total > 0 ? (double) answered / total : 0.0;
}

/* An answer is orphaned when its question is gone from the questionnaire, or
 * what is stored no longer fits it: a later questionnaire changed the
 * question's kind or dropped a choice, or the file holds what no question
 * takes.  @value_text is a stored value, or @fields_text a record's fields. */
static gboolean
is_orphaned (NrQuestionnaire *questionnaire,
             const char      *question_id,
             const char      *value_text,
             const char      *fields_text)
{
  NrQuestion *question = nr_questionnaire_lookup_question (questionnaire, question_id);
  g_autoptr(GVariant) value = NULL;

  if (question == NULL)
    return TRUE;
  if (value_text == NULL)
    return !record_fits (question, fields_text);

  value = g_variant_parse (NULL, value_text, NULL, NULL, NULL);
  return value == NULL || !nr_report_value_fits (question, value);
}

/**
 * nr_report_list_orphaned_answers:
 *
 * Answers are never dropped: when a newer questionnaire removes a question,
 * its answer stays in the report, and this lists it so that it can be shown
 * and exported.
 *
 * Returns: (transfer full): the ids of orphaned answers and record lists,
 *   sorted.
 */
GStrv
nr_report_list_orphaned_answers (NrReport *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *last_id = NULL;
  NrQuestionnaire *questionnaire;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (NR_IS_REPORT (self), NULL);

  questionnaire = nr_report_get_questionnaire (self);
  stmt = nr_store_prepare (nr_report_get_store (self),
                           "SELECT question_id, value, NULL FROM answer WHERE value IS NOT NULL "
                           "UNION ALL "
                           "SELECT question_id, NULL, fields FROM record "
                           "ORDER BY 1",
                           NULL);
  if (stmt != NULL)
    {
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          const char *question_id = (const char *) sqlite3_column_text (stmt, 0);

          /* Sorted, so an id listed already is the last one listed. */
          if (g_strcmp0 (question_id, last_id) == 0)
            continue;
          if (is_orphaned (questionnaire, question_id,
                           (const char *) sqlite3_column_text (stmt, 1),
                           (const char *) sqlite3_column_text (stmt, 2)))
            {
              g_strv_builder_add (builder, question_id);
              g_free (last_id);
              last_id = g_strdup (question_id);
            }
        }
      sqlite3_reset (stmt);
    }

  return g_strv_builder_end (builder);
}
