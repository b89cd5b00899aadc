/* test-store-folders.c: a report in a folder the user may not write to can
 * still be read, whole and up to its latest edit, without anything being
 * written beside it; it cannot be opened for writing, and says why.
 *
 * Tests may run as root, whom the system lets write anywhere; the store goes
 * by the folder's permission bits as a user's system would, so a folder
 * without them stands for one the user may not write to. */
#include "config.h"

#include <glib/gstdio.h>

#include "nr-core.h"
#include "nr-test-report.h"
#include "nr-test-util.h"

typedef NrTestPlace Fixture;

/* A report with an answer, in a folder of its own. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  nr_test_place_init (f, "philippines-2025.normsreport");
  nr_test_write_small_report (f->path, "PH");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  nr_test_place_clear (f);
}

static void
make_read_only (const char *dir)
{
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The names in @dir, sorted and joined. */
static char *
list_folder (const char *dir)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (folder != NULL && (name = g_dir_read_name (folder)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

/* Read, exported and closed, the report is as it was, nothing was left
 * beside it, and its private copy is gone. */
static void
test_reads_from_private_copy (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrReport) report = NULL;
  g_autofree char *before = nr_test_file_digest (f->path);
  g_autofree char *after = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *private_listing = NULL;
  g_autofree char *status = NULL;
  g_autofree char *out_dir = nr_test_make_tmpdir ();
  g_autofree char *xml = g_build_filename (out_dir, "philippines-2025.xml", NULL);
  g_autoptr(GFile) xml_file = g_file_new_for_path (xml);

  make_read_only (f->dir);
  report = nr_report_open (f->file, NULL, NR_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (nr_report_is_read_only (report));
  g_assert_cmpstr (nr_report_get_metadata (report, NR_META_STATE), ==, "PH");
  status = nr_report_dup_text (report, "13a.status");
  g_assert_cmpstr (status, ==, "planned");
  g_assert_true (nr_report_export (report, xml_file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (xml, G_FILE_TEST_IS_REGULAR));

  listing = list_folder (f->dir);
  g_assert_cmpstr (listing, ==, "philippines-2025.normsreport");
  private_listing = list_folder (g_get_user_runtime_dir ());
  g_assert_true (g_str_has_prefix (private_listing, "norms-reporter-"));

  nr_report_close (report);
  g_clear_pointer (&private_listing, g_free);
  private_listing = list_folder (g_get_user_runtime_dir ());
  g_assert_cmpstr (private_listing, ==, "");
  after = nr_test_file_digest (f->path);
  g_assert_cmpstr (before, ==, after);
  nr_test_remove_tree (out_dir);
}

/* The latest edits may still be in the write-ahead log of whoever may
 * write there: they are read too. */
static void
test_reads_latest_edits (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrReport) writer = nr_report_open (f->file, NULL, NR_STORE_OPEN_DEFAULT, &error);
  g_autoptr(NrReport) reader = NULL;
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *status = NULL;

  g_assert_no_error (error);
  g_assert_true (nr_report_set_text (writer, "13a.status", "implemented", &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));

  make_read_only (f->dir);
  reader = nr_report_open (f->file, NULL, NR_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  status = nr_report_dup_text (reader, "13a.status");
  g_assert_cmpstr (status, ==, "implemented");
  nr_report_close (reader);
}

static void
test_refuses_writing (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrReport) report = NULL;
  g_autofree char *before = nr_test_file_digest (f->path);
  g_autofree char *after = NULL;

  make_read_only (f->dir);
  report = nr_report_open (f->file, NULL, NR_STORE_OPEN_DEFAULT, &error);
  g_assert_null (report);
  g_assert_error (error, NR_STORE_ERROR, NR_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "philippines-2025.normsreport"));
  g_assert_nonnull (strstr (error->message, "in a folder you may not write to"));

  after = nr_test_file_digest (f->path);
  g_assert_cmpstr (before, ==, after);
}

/* A copy of the report, edited elsewhere and kept in a folder one may not
 * write to, merges into the report. */
static void
test_merges_from (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *our_dir = nr_test_make_tmpdir ();
  g_autofree char *our_path = g_build_filename (our_dir, "ours.normsreport", NULL);
  g_autoptr(GFile) our_file = g_file_new_for_path (our_path);
  g_autoptr(NrReport) ours = NULL;
  g_autoptr(NrReport) theirs = NULL;
  g_autoptr(NrMerge) merge = NULL;
  g_autofree char *status = NULL;

  g_assert_true (g_file_copy (f->file, our_file, G_FILE_COPY_NONE, NULL, NULL, NULL, &error));
  theirs = nr_report_open (f->file, NULL, NR_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (nr_report_set_text (theirs, "13a.status", "implemented", &error));
  g_assert_no_error (error);
  nr_report_close (theirs);
  make_read_only (f->dir);

  ours = nr_report_open (our_file, NULL, NR_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  merge = nr_merge_new_from_file (ours, f->file, &error);
  g_assert_no_error (error);
  /* Nothing says which side changed: the merge asks, and takes theirs. */
  nr_merge_resolve_all (merge, NR_MERGE_RESOLUTION_THEIRS);
  g_assert_true (nr_merge_apply (merge, &error));
  g_assert_no_error (error);
  status = nr_report_dup_text (ours, "13a.status");
  g_assert_cmpstr (status, ==, "implemented");

  nr_report_close (ours);
  nr_test_remove_tree (our_dir);
}

int
main (int   argc,
      char *argv[])
{
  nr_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/store-folders/read-only/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("reads-from-private-copy", test_reads_from_private_copy);
  ADD ("reads-latest-edits", test_reads_latest_edits);
  ADD ("refuses-writing", test_refuses_writing);
  ADD ("merges-from", test_merges_from);

#undef ADD

  return g_test_run ();
}
