/* nr-report-cycle.c: the next reporting cycle, started from the last one.
 *
 * Reports recur every year or two, and most of a report is still true the
 * next time.  The next cycle's report starts as a copy of the last one's
 * answers and records, each marked "to reconfirm" until someone confirms or
 * changes it, with the period moved on and every norm back in draft.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "nr-report-private.h"

#define RECONFIRM_PREFIX "reconfirm:"

/* The same period, moved on by its own length in whole years. */
static char *
next_period_date (const char *date,
                  guint       years)
{
  guint year, month, day;
  GDate moved;
  char text[16];

  if (date == NULL || sscanf (date, "%4u-%2u-%2u", &year, &month, &day) != 3 ||
      !g_date_valid_dmy (day, month, year))
    return NULL;

  g_date_clear (&moved, 1);
  g_date_set_dmy (&moved, day, month, year);
  g_date_add_years (&moved, years);
  g_date_strftime (text, sizeof text, "%Y-%m-%d", &moved);
  return g_strdup (text);
}

static guint
period_years (const char *start,
              const char *end)
{
  guint start_year = 0, end_year = 0;

  if (start == NULL || end == NULL || sscanf (start, "%4u", &start_year) != 1 ||
      sscanf (end, "%4u", &end_year) != 1 || end_year < start_year)
    return 1;
  return end_year - start_year + 1;
}

static gboolean
mark_to_reconfirm (NrReport    *self,
                   const char  *question_id,
                   GError     **error)
{
  g_autofree char *key = g_strconcat (RECONFIRM_PREFIX, question_id, NULL);

  return nr_store_set_meta (nr_report_get_store (self), key, "1", error);
}

static gboolean
carry_forward (NrReport    *previous,
               NrReport    *next,
               GError     **error)
{
  GListModel *questions = nr_questionnaire_get_questions (nr_report_get_questionnaire (previous));
  g_autofree char *now = nr_report_now ();
  NrProvenance who = { (char *) nr_report_get_author (next), (char *) nr_report_get_agency (next), now };

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(NrQuestion) question = g_list_model_get_item (questions, i);
      const char *id = nr_question_get_id (question);
      g_autofree char *value = NULL;
      g_autofree char *classification = NULL;
      g_autoptr(GListModel) records = nr_report_list_records (previous, id);
      guint n_records = g_list_model_get_n_items (records);

      if (!nr_report_read_state (previous, NR_CHANGE_VALUE, id, NULL, &value, error) ||
          !nr_report_read_state (previous, NR_CHANGE_CLASSIFICATION, id, NULL, &classification, error))
        return FALSE;
      if (value == NULL && n_records == 0)
        continue;

      if (!nr_report_write_initial_answer (next, id, value,
                                           classification != NULL ? classification
                                                                  : nr_classification_to_string (NR_CLASSIFICATION_INTERNAL),
                                           &who, error))
        return FALSE;

      for (guint r = 0; r < n_records; r++)
        {
          g_autoptr(NrRecord) record = g_list_model_get_item (records, r);

          if (!nr_report_write_initial_record (next, id, nr_record_get_id (record),
                                               nr_record_get_position (record),
                                               nr_record_get_fields (record), &who, error))
            return FALSE;
        }

      if (!mark_to_reconfirm (next, id, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * nr_report_create_next_cycle:
 * @previous: the last cycle's report
 * @file: where the new report goes; it must not exist
 *
 * Starts the next cycle's report from @previous: the same state, language and
 * agency, the period moved on, every answer and record carried forward and
 * marked to reconfirm, every norm in draft again.
 *
 * Returns: (transfer full): the new report, or %NULL with @error set
 */
NrReport *
nr_report_create_next_cycle (NrReport  *previous,
                             GFile     *file,
                             GError   **error)
{
  g_autoptr(NrReport) next = NULL;
  const char *start = nr_report_get_metadata (previous, NR_META_PERIOD_START);
  const char *end = nr_report_get_metadata (previous, NR_META_PERIOD_END);
  guint years = period_years (start, end);
  g_autofree char *next_start = next_period_date (start, years);
  g_autofree char *next_end = next_period_date (end, years);
  const char *keys[] = { NR_META_STATE, NR_META_LANGUAGE, NR_META_PREPARING_AGENCY };
  NrStore *store;

  g_return_val_if_fail (NR_IS_REPORT (previous), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  next = nr_report_create (file, nr_report_get_questionnaire (previous), error);
  if (next == NULL)
    return NULL;
  nr_report_set_author (next, nr_report_get_author (previous));
  nr_report_set_agency (next, nr_report_get_agency (previous));

  store = nr_report_get_store (next);
  if (!nr_store_begin (store, error))
    goto failed;

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      const char *value = nr_report_get_metadata (previous, keys[i]);

      if (value != NULL && !nr_report_set_metadata (next, keys[i], value, error))
        goto rollback;
    }
  if ((next_start != NULL && !nr_report_set_metadata (next, NR_META_PERIOD_START, next_start, error)) ||
      (next_end != NULL && !nr_report_set_metadata (next, NR_META_PERIOD_END, next_end, error)) ||
      !nr_store_set_meta (store, NR_META_PREVIOUS_REPORT,
                          nr_report_get_metadata (previous, NR_META_REPORT_ID), error) ||
      !carry_forward (previous, next, error) ||
      !nr_store_commit (store, error))
    goto rollback;

  /* Reread what was written behind the cache's back. */
  nr_report_close (next);
  g_clear_object (&next);
  return nr_report_open (file, nr_report_get_questionnaire (previous), NR_STORE_OPEN_DEFAULT, error);

rollback:
  nr_store_rollback (store);
failed:
  nr_report_close (next);
  g_file_delete (file, NULL, NULL);
  return NULL;
}

/**
 * nr_report_needs_reconfirm:
 *
 * Returns: whether an answer was carried forward from the last cycle and
 *   nobody has confirmed or changed it since.
 */
gboolean
nr_report_needs_reconfirm (NrReport   *self,
                           const char *question_id)
{
  g_autofree char *key = g_strconcat (RECONFIRM_PREFIX, question_id, NULL);

  g_return_val_if_fail (NR_IS_REPORT (self), FALSE);
  return nr_report_get_metadata (self, key) != NULL;
}

/**
 * nr_report_reconfirm:
 *
 * Records that a carried-forward answer is still true.
 */
gboolean
nr_report_reconfirm (NrReport    *self,
                     const char  *question_id,
                     GError     **error)
{
  g_autofree char *target = g_strconcat ("meta:" RECONFIRM_PREFIX, question_id, NULL);

  g_return_val_if_fail (NR_IS_REPORT (self), FALSE);

  if (!nr_report_needs_reconfirm (self, question_id))
    return TRUE;
  return nr_report_apply_change (self, NR_CHANGE_METADATA, target, NULL, NULL, error);
}
