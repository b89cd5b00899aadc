/* test-merge-handover.c: a merge worked out on a connection of its own (as
 * a window's worker thread does) is applied through the report's own
 * connection, with its author, and only while the report is as it was
 * read. */
#include "config.h"

#include "nr-core.h"
#include "nr-test-report.h"
#include "nr-test-util.h"

typedef struct
{
  char *dir;
  NrReport *focal;      /* the focal point's report, as its window holds it */
  GFile *contribution;  /* an agency's answer to 13a */
} Fixture;

static GFile *
file_in (Fixture    *f,
         const char *name)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  return g_file_new_for_path (path);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) sent = NULL;
  g_autoptr(GFile) copy = NULL;
  g_autoptr(NrReport) agency = NULL;
  const char *norms[] = { "13a", NULL };
  NrExportOptions options = { NR_EXPORT_PROFILE_FULL, NULL, norms };

  f->dir = nr_test_make_tmpdir ();
  f->focal = nr_test_create_report (f->dir, "focal.normsreport");
  nr_report_set_author (f->focal, "Dewi Lestari");
  nr_report_set_agency (f->focal, "BSSN");
  g_assert_true (nr_report_set_text (f->focal, "13a.status", "planned", &error));
  g_assert_no_error (error);

  sent = file_in (f, "sent.xml");
  copy = file_in (f, "agency.normsreport");
  g_assert_true (nr_report_export (f->focal, sent, NULL, &error));
  agency = nr_report_import (sent, copy, &error);
  g_assert_no_error (error);
  nr_report_set_author (agency, "Budi Santoso");
  nr_report_set_agency (agency, "Polri");
  g_assert_true (nr_report_set_text (agency, "13a.status", "implemented", &error));
  g_assert_true (nr_report_set_text (agency, "13a.challenges", "Cross-border requests are slow.", &error));
  f->contribution = file_in (f, "polri-13a.xml");
  g_assert_true (nr_report_export (agency, f->contribution, &options, &error));
  g_assert_no_error (error);

  /* Both sides changed the status since: a conflict. */
  g_assert_true (nr_report_set_text (f->focal, "13a.status", "in-progress", &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->focal);
  g_clear_object (&f->contribution);
  nr_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* What a worker does: the report opened again, read-only, and the merge
 * worked out on that. */
static NrMerge *
merge_on_second_connection (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrReport) snapshot = nr_report_open (nr_report_get_file (f->focal),
                                                 nr_report_get_questionnaire (f->focal),
                                                 NR_STORE_OPEN_READ_ONLY, &error);
  NrMerge *merge;

  g_assert_no_error (error);
  merge = nr_merge_new_from_file (snapshot, f->contribution, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (nr_merge_get_n_conflicts (merge), ==, 1);
  return merge;
}

static void
test_applied_through_own_connection (Fixture       *f,
                                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrMerge) merge = merge_on_second_connection (f);
  g_autoptr(GListModel) history = NULL;
  g_autoptr(NrHistoryEntry) newest = NULL;
  g_autofree char *status = NULL;
  g_autofree char *challenges = NULL;

  g_autoptr(NrMergeItem) conflict = NULL;

  g_assert_true (nr_merge_move_to (merge, f->focal, &error));
  g_assert_no_error (error);
  for (guint i = 0; conflict == NULL; i++)
    {
      g_autoptr(NrMergeItem) item = g_list_model_get_item (nr_merge_get_items (merge), i);

      if (nr_merge_item_is_conflict (item))
        conflict = g_steal_pointer (&item);
    }
  /* Neither side's value: the user writes one while merging. */
  nr_merge_resolve (merge, conflict, NR_MERGE_RESOLUTION_EDITED, "'not-started'");
  g_assert_true (nr_merge_apply (merge, &error));
  g_assert_no_error (error);

  status = nr_report_dup_text (f->focal, "13a.status");
  g_assert_cmpstr (status, ==, "not-started");
  challenges = nr_report_dup_text (f->focal, "13a.challenges");
  g_assert_cmpstr (challenges, ==, "Cross-border requests are slow.");
  /* The edit is the report's own author's, not the worker's nobody. */
  history = nr_report_list_history (f->focal, "13a.status");
  newest = g_list_model_get_item (history, 0);
  g_assert_cmpstr (nr_history_entry_get_author (newest), ==, "Dewi Lestari");
}

static void
test_refused_after_a_change (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrMerge) merge = merge_on_second_connection (f);
  g_autofree char *challenges = NULL;

  /* An edit lands between reading and handing over. */
  g_assert_true (nr_report_set_text (f->focal, "13a.challenges", "Typed meanwhile.", &error));
  g_assert_no_error (error);

  g_assert_false (nr_merge_move_to (merge, f->focal, &error));
  g_assert_error (error, NR_MERGE_ERROR, NR_MERGE_ERROR_CHANGED);
  g_assert_nonnull (strstr (error->message, "focal.normsreport"));
  challenges = nr_report_dup_text (f->focal, "13a.challenges");
  g_assert_cmpstr (challenges, ==, "Typed meanwhile.");
}

static void
test_refused_for_another_file (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrMerge) merge = merge_on_second_connection (f);
  g_autoptr(NrReport) other = nr_test_create_report (f->dir, "other.normsreport");

  g_assert_false (nr_merge_move_to (merge, other, &error));
  g_assert_error (error, NR_MERGE_ERROR, NR_MERGE_ERROR_OTHER_REPORT);
}

int
main (int   argc,
      char *argv[])
{
  nr_test_init (&argc, &argv);

  g_test_add ("/merge-handover/applied-through-own-connection", Fixture, NULL, fixture_set_up,
              test_applied_through_own_connection, fixture_tear_down);
  g_test_add ("/merge-handover/refused-after-a-change", Fixture, NULL, fixture_set_up,
              test_refused_after_a_change, fixture_tear_down);
  g_test_add ("/merge-handover/refused-for-another-file", Fixture, NULL, fixture_set_up,
              test_refused_for_another_file, fixture_tear_down);

  return g_test_run ();
}
