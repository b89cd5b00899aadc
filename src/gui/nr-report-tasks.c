/* nr-report-tasks.c: the slow work on report files, in a worker thread.
 *
 * Opening a report (which may first upgrade it), reading a contribution and
 * working out what merging it would change, and copying a report into the
 * next cycle read and write whole files: on a large report or a network
 * share they take long enough to freeze a window.  Each runs in a GTask's
 * thread instead, so the main loop never waits for the disk.
 *
 * A report's SQLite connection, its cached statements and its metadata are
 * not made to be used by two threads at once.  So each worker opens the
 * reports it works on itself, and hands them to the main thread only when
 * it is done with them; a report a window already shows is never touched by
 * a worker, which opens the same file again, read-only, instead.
 */
#include "config.h"

#include "nr-new-report-dialog.h"
#include "nr-report-tasks.h"

/* What opening a report for a window gives. */
typedef struct
{
  NrReport *report;
  /* Why the report opened read-only, when the user should be told. */
  char *notice;
} Opened;

static void
opened_free (Opened *opened)
{
  g_clear_object (&opened->report);
  g_free (opened->notice);
  g_free (opened);
}

/* Opens @file for editing where that is allowed, for reading otherwise. */
static NrReport *
open_for_window (GFile   *file,
                 char   **notice,
                 GError **error)
{
  g_autoptr(GError) local_error = NULL;
  NrReport *report;

  report = nr_report_open (file, NULL, NR_STORE_OPEN_DEFAULT, &local_error);
  if (report != NULL)
    return report;

  /* A report one may not change here (read-only, in a folder one may not
   * write to, or being written in another program) can still be read: read
   * it, and say why it cannot be changed. */
  if (g_error_matches (local_error, NR_STORE_ERROR, NR_STORE_ERROR_READ_ONLY) ||
      g_error_matches (local_error, NR_STORE_ERROR, NR_STORE_ERROR_OPEN_ELSEWHERE))
    {
      report = nr_report_open (file, NULL, NR_STORE_OPEN_READ_ONLY, error);
      if (report != NULL)
        *notice = g_strdup (local_error->message);
      return report;
    }

  g_propagate_error (error, g_steal_pointer (&local_error));
  return NULL;
}

static void
open_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Opened *opened = g_new0 (Opened, 1);
  GError *error = NULL;

  opened->report = open_for_window (G_FILE (task_data), &opened->notice, &error);
  if (opened->report == NULL)
    {
      opened_free (opened);
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, opened, (GDestroyNotify) opened_free);
}

/**
 * nr_report_task_open:
 * @source: the object the result goes to, such as a window
 *
 * Opens @file in a worker thread: for editing where that is allowed, for
 * reading otherwise.
 */
void
nr_report_task_open (gpointer             source,
                     GFile               *file,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (source, NULL, callback, user_data);

  g_task_set_source_tag (task, nr_report_task_open);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, open_thread);
}

/**
 * nr_report_task_open_finish:
 * @notice: (out) (optional): why the report opened read-only, when the user
 *   should be told; %NULL otherwise
 *
 * Returns: (transfer full): the report, or %NULL with @error saying why,
 *   naming the file
 */
NrReport *
nr_report_task_open_finish (GAsyncResult  *result,
                            char         **notice,
                            GError       **error)
{
  Opened *opened;
  NrReport *report;

  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == nr_report_task_open, NULL);

  opened = g_task_propagate_pointer (G_TASK (result), error);
  if (opened == NULL)
    return NULL;
  report = g_steal_pointer (&opened->report);
  if (notice != NULL)
    *notice = g_steal_pointer (&opened->notice);
  opened_free (opened);
  return report;
}

/* What a worker working out a merge needs: never the window's report
 * itself, only where it is and what it answers. */
typedef struct
{
  GFile *report_file;
  NrQuestionnaire *questionnaire;
  GFile *contribution;
} MergeJob;

static void
merge_job_free (MergeJob *job)
{
  g_object_unref (job->report_file);
  g_object_unref (job->questionnaire);
  g_object_unref (job->contribution);
  g_free (job);
}

static void
merge_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  MergeJob *job = task_data;
  g_autoptr(NrReport) snapshot = NULL;
  NrMerge *merge;
  GError *error = NULL;

  snapshot = nr_report_open (job->report_file, job->questionnaire, NR_STORE_OPEN_READ_ONLY, &error);
  merge = snapshot != NULL ? nr_merge_new_from_file (snapshot, job->contribution, &error) : NULL;
  if (merge == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, merge, g_object_unref);
}

/**
 * nr_report_task_prepare_merge:
 * @report: the report to merge into, which the caller keeps using
 * @contribution: an interchange XML file or another .normsreport
 *
 * Reads @contribution and works out what merging it into @report would
 * change, in a worker thread, on a connection of the worker's own.  The
 * caller must not change @report until the task is finished: the merge is
 * only handed over to @report if it is still as the worker read it.
 */
void
nr_report_task_prepare_merge (gpointer             source,
                              NrReport            *report,
                              GFile               *contribution,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (source, NULL, callback, user_data);
  MergeJob *job = g_new0 (MergeJob, 1);

  job->report_file = g_object_ref (nr_report_get_file (report));
  job->questionnaire = g_object_ref (nr_report_get_questionnaire (report));
  job->contribution = g_object_ref (contribution);
  g_task_set_source_tag (task, nr_report_task_prepare_merge);
  g_task_set_task_data (task, job, (GDestroyNotify) merge_job_free);
  g_task_run_in_thread (task, merge_thread);
}

/**
 * nr_report_task_prepare_merge_finish:
 * @report: the report the merge was prepared for
 *
 * Returns: (transfer full): the merge, to be applied to @report, or %NULL
 *   with @error saying why (the contribution cannot be read or merged, or
 *   @report changed meanwhile)
 */
NrMerge *
nr_report_task_prepare_merge_finish (GAsyncResult  *result,
                                     NrReport      *report,
                                     GError       **error)
{
  g_autoptr(NrMerge) merge = NULL;

  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == nr_report_task_prepare_merge, NULL);

  merge = g_task_propagate_pointer (G_TASK (result), error);
  if (merge == NULL || !nr_merge_move_to (merge, report, error))
    return NULL;
  return g_steal_pointer (&merge);
}

static void
next_cycle_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  g_autoptr(NrReport) previous = NULL;
  g_autoptr(GFile) next_file = NULL;
  NrReport *next = NULL;
  GError *error = NULL;

  previous = nr_report_open (G_FILE (task_data), NULL, NR_STORE_OPEN_READ_ONLY, &error);
  if (previous != NULL)
    {
      const char *state = nr_report_get_metadata (previous, NR_META_STATE);
      g_autofree char *stem = g_strdup_printf ("%s-next-cycle", state != NULL ? state : "report");

      next_file = nr_new_report_file (stem);
      next = nr_report_create_next_cycle (previous, next_file, &error);
    }
  if (next == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, next, g_object_unref);
}

/**
 * nr_report_task_start_next_cycle:
 * @previous: the report of the cycle that ends
 *
 * Starts the next cycle's report from @previous, in the reports folder, in
 * a worker thread.
 */
void
nr_report_task_start_next_cycle (gpointer             source,
                                 GFile               *previous,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (source, NULL, callback, user_data);

  g_task_set_source_tag (task, nr_report_task_start_next_cycle);
  g_task_set_task_data (task, g_object_ref (previous), g_object_unref);
  g_task_run_in_thread (task, next_cycle_thread);
}

/**
 * nr_report_task_start_next_cycle_finish:
 *
 * Returns: (transfer full): the new report, open for editing, or %NULL with
 *   @error saying why
 */
NrReport *
nr_report_task_start_next_cycle_finish (GAsyncResult  *result,
                                        GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == nr_report_task_start_next_cycle, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
