/* fuzz-merge.c: libFuzzer target for merging a contribution: hostile XML
 * is read as a contribution and merged (computed, not applied) into a
 * report that has answers of every kind, made once per run. */
#include "config.h"

#include <glib/gstdio.h>

#include "nr-core.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

static NrReport *
make_report (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrQuestionnaire) questionnaire = nr_questionnaire_load_builtin (NR_QUESTIONNAIRE_DEFAULT_ID, &error);
  g_autofree char *dir = g_dir_make_tmp ("norms-reporter-fuzz-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  const char *needs[] = { "incident-response", NULL };
  NrReport *report;

  g_assert_no_error (error);
  path = g_build_filename (dir, "ours.normsreport", NULL);
  file = g_file_new_for_path (path);
  report = nr_report_create (file, questionnaire, &error);
  g_assert_no_error (error);
  nr_report_set_text (report, "13a.status", "in-progress", NULL);
  nr_report_set_text (report, "13a.challenges", "Few staff.", NULL);
  nr_report_set_choices (report, "13a.capacity-needs", needs, NULL);
  nr_report_set_checklist_status (report, "13a.actions", "national-strategy", "done", NULL);
  /* The file goes when the run ends; the open report keeps it readable. */
  g_unlink (path);
  return report;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static NrReport *ours;
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(NrDocument) theirs = NULL;
  g_autoptr(NrMerge) merge = NULL;

  if (ours == NULL)
    ours = make_report ();

  theirs = nr_document_parse (bytes, "fuzz.xml", &error);
  if (theirs == NULL)
    return 0;
  merge = nr_merge_new (ours, theirs, "fuzz.xml", &error);
  if (merge != NULL)
    {
      GListModel *items = nr_merge_get_items (merge);

      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(NrMergeItem) item = g_list_model_get_item (items, i);

          (void) nr_merge_item_get_theirs (item);
        }
    }
  return 0;
}
