/* test-merge.c: merging agencies' contributions into the focal point's
 * report: changes on one side, conflicts both ways, scope, deletions, merging
 * twice, and merging a report file directly. */
#include "config.h"

#include "nr-core.h"
#include "nr-test-report.h"
#include "nr-test-util.h"

typedef struct
{
  char *dir;
  NrReport *focal;      /* the national focal point's report */
  NrReport *agency;     /* a contributing agency's copy of it */
} Fixture;

static GFile *
file_in (Fixture    *f,
         const char *name)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  return g_file_new_for_path (path);
}

/* The focal point fills its report and sends it out; an agency imports it. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) sent = NULL;
  g_autoptr(GFile) copy = NULL;

  f->dir = nr_test_make_tmpdir ();
  f->focal = nr_test_create_report (f->dir, "focal.normsreport");
  nr_test_fill_report (f->focal);

  sent = file_in (f, "sent.xml");
  g_assert_true (nr_report_export (f->focal, sent, NULL, &error));
  g_assert_no_error (error);

  copy = file_in (f, "agency.normsreport");
  f->agency = nr_report_import (sent, copy, &error);
  g_assert_no_error (error);
  nr_report_set_author (f->agency, "Budi Santoso");
  nr_report_set_agency (f->agency, "Polri");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->focal);
  g_clear_object (&f->agency);
  nr_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* The agency sends back its part: norms 13a and 13b. */
static GFile *
send_contribution (Fixture    *f,
                   const char *name)
{
  g_autoptr(GError) error = NULL;
  const char *norms[] = { "13a", "13b", NULL };
  NrExportOptions options = { NR_EXPORT_PROFILE_FULL, NULL, norms };
  GFile *file = file_in (f, name);

  g_assert_true (nr_report_export (f->agency, file, &options, &error));
  g_assert_no_error (error);
  return file;
}

static NrMerge *
merge_file (Fixture *f,
            GFile   *file)
{
  g_autoptr(GError) error = NULL;
  NrMerge *merge = nr_merge_new_from_file (f->focal, file, &error);

  g_assert_no_error (error);
  g_assert_nonnull (merge);
  return merge;
}

static char *
text_of (NrReport   *report,
         const char *question_id)
{
  return nr_report_dup_text (report, question_id);
}

static guint
history_length (NrReport *report)
{
  g_autoptr(GListModel) history = nr_report_list_history (report, NULL);
  return g_list_model_get_n_items (history);
}

static void
test_no_conflict (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) contribution = NULL;
  g_autoptr(NrMerge) merge = NULL;
  g_autoptr(GListModel) records = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autoptr(NrHistoryEntry) newest = NULL;
  g_autofree char *challenges = NULL;
  g_autofree char *ours = NULL;
  g_autofree char *out_of_scope = NULL;
  g_autofree char *record_id = NULL;

  /* Theirs: in scope and out of it. */
  g_assert_true (nr_report_set_text (f->agency, "13a.challenges", "Police view: cross-border requests are slow.", &error));
  g_assert_true (nr_report_set_text (f->agency, "13b.challenges", "Attribution takes months.", &error));
  record_id = nr_report_add_record (f->agency, "measures.register", nr_test_measure ("MLA treaty with Malaysia", "international-cooperation"), &error);
  g_assert_true (nr_report_set_text (f->agency, "13g.challenges", "Not ours to say.", &error));
  /* Ours, meanwhile. */
  g_assert_true (nr_report_set_text (f->focal, "13b.status", "planned", &error));
  g_assert_no_error (error);

  contribution = send_contribution (f, "polri.xml");
  merge = merge_file (f, contribution);
  g_assert_false (nr_merge_is_already_merged (merge));
  g_assert_cmpuint (nr_merge_get_n_conflicts (merge), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (nr_merge_get_items (merge)), ==, 3);
  g_assert_true (nr_merge_apply (merge, &error));
  g_assert_no_error (error);

  challenges = text_of (f->focal, "13a.challenges");
  g_assert_cmpstr (challenges, ==, "Police view: cross-border requests are slow.");
  g_clear_pointer (&challenges, g_free);
  challenges = text_of (f->focal, "13b.challenges");
  g_assert_cmpstr (challenges, ==, "Attribution takes months.");
  ours = text_of (f->focal, "13b.status");
  g_assert_cmpstr (ours, ==, "planned");
  /* Outside the contribution's scope, nothing moves. */
  out_of_scope = text_of (f->focal, "13g.challenges");
  g_assert_cmpstr (out_of_scope, ==, "INTERNAL-challenges: grid operators.");

  /* The register is every contribution's: the agency's new measure is
   * added to the focal point's three. */
  records = nr_report_list_records (f->focal, "measures.register");
  g_assert_cmpuint (g_list_model_get_n_items (records), ==, 4);
  {
    g_autoptr(NrRecord) last = g_list_model_get_item (records, 3);
    g_assert_cmpstr (nr_record_get_id (last), ==, record_id);
  }

  /* Provenance is theirs. */
  history = nr_report_list_history (f->focal, "13a.challenges");
  newest = g_list_model_get_item (history, 0);
  g_assert_cmpstr (nr_history_entry_get_author (newest), ==, "Budi Santoso");
  g_assert_cmpstr (nr_history_entry_get_agency (newest), ==, "Polri");
}

static NrMergeItem *
only_conflict (NrMerge *merge)
{
  GListModel *items = nr_merge_get_items (merge);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(NrMergeItem) item = g_list_model_get_item (items, i);
      if (nr_merge_item_is_conflict (item))
        return item;
    }
  g_assert_not_reached ();
}

/* Both sides change 13a.status differently since the focal point sent it. */
static NrMerge *
conflicting_merge (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) contribution = NULL;
  NrMerge *merge;
  NrMergeItem *item;

  g_assert_true (nr_report_set_text (f->agency, "13a.status", "implemented", &error));
  g_assert_true (nr_report_set_text (f->focal, "13a.status", "planned", &error));
  g_assert_no_error (error);

  contribution = send_contribution (f, "conflict.xml");
  merge = merge_file (f, contribution);
  g_assert_cmpuint (nr_merge_get_n_conflicts (merge), ==, 1);

  item = only_conflict (merge);
  g_assert_cmpstr (nr_merge_item_get_target (item), ==, "13a.status");
  g_assert_cmpstr (nr_merge_item_get_ancestor (item), ==, "'in-progress'");
  g_assert_cmpstr (nr_merge_item_get_ours (item), ==, "'planned'");
  g_assert_cmpstr (nr_merge_item_get_theirs (item), ==, "'implemented'");
  g_assert_cmpstr (nr_merge_item_get_our_provenance (item)->author, ==, "Siti Rahma");
  g_assert_cmpstr (nr_merge_item_get_their_provenance (item)->author, ==, "Budi Santoso");
  g_assert_cmpstr (nr_merge_item_get_their_provenance (item)->agency, ==, "Polri");
  g_assert_nonnull (nr_merge_item_get_our_provenance (item)->modified);
  g_assert_nonnull (nr_merge_item_get_their_provenance (item)->modified);

  /* Unresolved, nothing can be written. */
  g_assert_false (nr_merge_apply (merge, &error));
  g_assert_error (error, NR_MERGE_ERROR, NR_MERGE_ERROR_UNRESOLVED);
  return merge;
}

static void
test_conflict_ours (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrMerge) merge = conflicting_merge (f);
  g_autofree char *status = NULL;

  nr_merge_resolve (merge, only_conflict (merge), NR_MERGE_RESOLUTION_OURS, NULL);
  g_assert_true (nr_merge_apply (merge, &error));
  g_assert_no_error (error);
  status = text_of (f->focal, "13a.status");
  g_assert_cmpstr (status, ==, "planned");
}

static void
test_conflict_theirs (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrMerge) merge = conflicting_merge (f);
  g_autofree char *status = NULL;

  nr_merge_resolve_all (merge, NR_MERGE_RESOLUTION_THEIRS);
  g_assert_true (nr_merge_apply (merge, &error));
  g_assert_no_error (error);
  status = text_of (f->focal, "13a.status");
  g_assert_cmpstr (status, ==, "implemented");
}

static void
test_conflict_edited (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrMerge) merge = conflicting_merge (f);
  g_autoptr(GListModel) history = NULL;
  g_autoptr(NrHistoryEntry) newest = NULL;
  g_autofree char *status = NULL;

  nr_merge_resolve (merge, only_conflict (merge), NR_MERGE_RESOLUTION_EDITED, "'not-known'");
  g_assert_true (nr_merge_apply (merge, &error));
  g_assert_no_error (error);
  status = text_of (f->focal, "13a.status");
  g_assert_cmpstr (status, ==, "not-known");

  /* An edit is the focal point's own change. */
  history = nr_report_list_history (f->focal, "13a.status");
  newest = g_list_model_get_item (history, 0);
  g_assert_cmpstr (nr_history_entry_get_author (newest), ==, "Siti Rahma");
}

static void
test_merge_twice (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) contribution = NULL;
  g_autoptr(NrMerge) first = NULL;
  g_autoptr(NrMerge) second = NULL;
  g_autofree char *status = NULL;
  guint before;

  g_assert_true (nr_report_set_text (f->agency, "13a.status", "implemented", &error));
  g_assert_true (nr_report_set_text (f->focal, "13a.status", "planned", &error));
  g_assert_true (nr_report_set_text (f->agency, "13b.challenges", "Attribution takes months.", &error));
  contribution = send_contribution (f, "twice.xml");

  first = merge_file (f, contribution);
  nr_merge_resolve_all (first, NR_MERGE_RESOLUTION_OURS);
  g_assert_true (nr_merge_apply (first, &error));
  g_assert_no_error (error);
  before = history_length (f->focal);

  second = merge_file (f, contribution);
  g_assert_true (nr_merge_is_already_merged (second));
  g_assert_cmpuint (g_list_model_get_n_items (nr_merge_get_items (second)), ==, 0);
  g_assert_true (nr_merge_apply (second, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (history_length (f->focal), ==, before);
  status = text_of (f->focal, "13a.status");
  g_assert_cmpstr (status, ==, "planned");
}

static void
test_deletions (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) theirs = nr_report_list_records (f->agency, "measures.register");
  g_autoptr(NrRecord) first = g_list_model_get_item (theirs, 0);
  g_autoptr(GFile) contribution = NULL;
  g_autoptr(NrMerge) merge = NULL;
  g_autoptr(GListModel) ours = NULL;

  /* They remove a record and clear an answer the focal point had sent. */
  g_assert_true (nr_report_delete_record (f->agency, "measures.register", nr_record_get_id (first), &error));
  g_assert_true (nr_report_set_value (f->agency, "13a.challenges", NULL, &error));
  g_assert_no_error (error);

  contribution = send_contribution (f, "deletions.xml");
  merge = merge_file (f, contribution);
  g_assert_cmpuint (nr_merge_get_n_conflicts (merge), ==, 0);
  g_assert_true (nr_merge_apply (merge, &error));
  g_assert_no_error (error);

  ours = nr_report_list_records (f->focal, "measures.register");
  g_assert_cmpuint (g_list_model_get_n_items (ours), ==, 2);
  g_assert_null (nr_report_dup_value (f->focal, "13a.challenges"));
}

static void
test_merge_report_file (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) agency_file = g_object_ref (nr_report_get_file (f->agency));
  g_autoptr(NrMerge) merge = NULL;
  g_autoptr(NrMerge) again = NULL;
  g_autofree char *challenges = NULL;

  g_assert_true (nr_report_set_text (f->agency, "13g.challenges", "Grid operators now report within 24 hours.", &error));
  g_assert_no_error (error);

  /* A whole report file covers everything, 13g included. */
  merge = merge_file (f, agency_file);
  g_assert_cmpuint (nr_merge_get_n_conflicts (merge), ==, 0);
  g_assert_true (nr_merge_apply (merge, &error));
  g_assert_no_error (error);
  challenges = text_of (f->focal, "13g.challenges");
  g_assert_cmpstr (challenges, ==, "Grid operators now report within 24 hours.");

  again = merge_file (f, agency_file);
  g_assert_true (nr_merge_is_already_merged (again));
}

static void
test_without_common_ancestor (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) contribution = NULL;
  g_autoptr(NrDocument) document = NULL;
  g_autoptr(NrMerge) merge = NULL;
  g_autofree char *detail = NULL;

  g_assert_true (nr_report_set_text (f->agency, "13a.capacity-needs-detail", "Training for prosecutors.", &error));
  g_assert_true (nr_report_set_text (f->agency, "13a.status", "implemented", &error));
  contribution = send_contribution (f, "orphan-revision.xml");
  document = nr_document_load (contribution, &error);
  g_assert_no_error (error);

  /* As if the focal point had lost the revision the agency started from. */
  g_clear_pointer (&document->based_on, g_free);
  merge = nr_merge_new (f->focal, document, "orphan-revision.xml", &error);
  g_assert_no_error (error);

  /* What we lack is filled; what both have and differ on is asked. */
  g_assert_cmpuint (nr_merge_get_n_conflicts (merge), ==, 1);
  nr_merge_resolve_all (merge, NR_MERGE_RESOLUTION_OURS);
  g_assert_true (nr_merge_apply (merge, &error));
  detail = text_of (f->focal, "13a.capacity-needs-detail");
  g_assert_cmpstr (detail, ==, "Training for prosecutors.");
}

static void
test_refuses_other_documents (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrReport) stranger = nr_test_create_report (f->dir, "stranger.normsreport");
  g_autoptr(GFile) stranger_xml = file_in (f, "stranger.xml");
  g_autoptr(GFile) workshop_xml = file_in (f, "workshop.xml");
  NrExportOptions workshop = { NR_EXPORT_PROFILE_WORKSHOP, NULL, NULL };
  g_autoptr(NrMerge) merge = NULL;
  guint before = history_length (f->focal);

  g_assert_true (nr_report_export (stranger, stranger_xml, NULL, &error));
  merge = nr_merge_new_from_file (f->focal, stranger_xml, &error);
  g_assert_null (merge);
  g_assert_error (error, NR_MERGE_ERROR, NR_MERGE_ERROR_OTHER_REPORT);
  g_assert_nonnull (strstr (error->message, "stranger.xml"));
  g_clear_error (&error);

  g_assert_true (nr_report_export (f->agency, workshop_xml, &workshop, &error));
  merge = nr_merge_new_from_file (f->focal, workshop_xml, &error);
  g_assert_null (merge);
  g_assert_error (error, NR_MERGE_ERROR, NR_MERGE_ERROR_PARTIAL_EXPORT);
  g_assert_nonnull (strstr (error->message, "workshop.xml"));

  g_assert_cmpuint (history_length (f->focal), ==, before);
}

int
main (int   argc,
      char *argv[])
{
  nr_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/merge/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("no-conflict", test_no_conflict);
  ADD ("conflict/ours", test_conflict_ours);
  ADD ("conflict/theirs", test_conflict_theirs);
  ADD ("conflict/edited", test_conflict_edited);
  ADD ("twice", test_merge_twice);
  ADD ("deletions", test_deletions);
  ADD ("report-file", test_merge_report_file);
  ADD ("without-common-ancestor", test_without_common_ancestor);
  ADD ("refuses-other-documents", test_refuses_other_documents);

#undef ADD

  return g_test_run ();
}
