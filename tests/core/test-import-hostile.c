/* test-import-hostile.c: interchange files from outside are hostile until
 * proven otherwise.  Each bad file is refused with a message that names the
 * file, the place and the problem, and nothing at all is written. */
#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "nr-core.h"
#include "nr-xml.h"
#include "nr-test-util.h"

typedef struct
{
  const char *fixture;
  GQuark domain;
  int code;
  const char *expected[4];
} HostileCase;

static void
assert_nothing_written (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name = g_dir_read_name (listing);

  if (name != NULL)
    g_error ("the refused import left “%s” behind", name);
}

static void
assert_refused (const char *xml_path,
                GQuark      domain,
                int         code,
                const char *const *expected)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *report_path = g_build_filename (dir, "imported.normsreport", NULL);
  g_autoptr(GFile) xml_file = g_file_new_for_path (xml_path);
  g_autoptr(GFile) report_file = g_file_new_for_path (report_path);
  g_autofree char *basename = g_path_get_basename (xml_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(NrReport) report = NULL;

  report = nr_report_import (xml_file, report_file, &error);
  g_assert_null (report);
  g_assert_nonnull (error);
  if (error->domain != domain || error->code != code)
    g_error ("%s: unexpected error %s %d: %s", basename, g_quark_to_string (error->domain),
             error->code, error->message);
  g_assert_nonnull (strstr (error->message, basename));
  for (guint i = 0; expected[i] != NULL; i++)
    {
      if (strstr (error->message, expected[i]) == NULL)
        g_error ("%s: “%s” not in the error “%s”", basename, expected[i], error->message);
    }
  /* Nothing of a local file read through an entity reaches the message. */
  g_assert_null (strstr (error->message, "root:"));

  assert_nothing_written (dir);
  nr_test_remove_tree (dir);
}

static void
test_hostile (gconstpointer data)
{
  const HostileCase *hostile = data;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "interchange",
                                                 hostile->fixture, NULL);

  assert_refused (path, hostile->domain, hostile->code, hostile->expected);
}

static void
test_valid_minimal (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "interchange",
                                                 "valid-minimal.xml", NULL);
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *report_path = g_build_filename (dir, "imported.normsreport", NULL);
  g_autoptr(GFile) xml_file = g_file_new_for_path (path);
  g_autoptr(GFile) report_file = g_file_new_for_path (report_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(NrReport) report = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autoptr(NrHistoryEntry) entry = NULL;
  g_autofree char *status = NULL;

  report = nr_report_import (xml_file, report_file, &error);
  g_assert_no_error (error);
  status = nr_report_dup_text (report, "13a.status");
  g_assert_cmpstr (status, ==, "implemented");
  g_assert_cmpint (nr_report_get_classification (report, "13a.challenges"), ==, NR_CLASSIFICATION_WORKSHOP);
  g_assert_cmpstr (nr_report_get_metadata (report, NR_META_REPORT_ID), ==,
                   "3f0d2a4e-8c1b-4d6a-9e57-1a2b3c4d5e6f");
  g_assert_cmpstr (nr_report_get_metadata (report, NR_META_STATE), ==, "ID");

  /* Provenance comes along. */
  history = nr_report_list_history (report, "13a.status");
  entry = g_list_model_get_item (history, g_list_model_get_n_items (history) - 1);
  g_assert_cmpstr (nr_history_entry_get_author (entry), ==, "Dewi");
  g_assert_cmpstr (nr_history_entry_get_agency (entry), ==, "BSSN");
  g_assert_cmpstr (nr_history_entry_get_time (entry), ==, "2025-11-30T09:00:00Z");

  g_clear_object (&report);
  nr_test_remove_tree (dir);
}

/* Over the size bound: refused from its size alone, before a byte is read. */
static void
test_too_large (void)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "huge.xml", NULL);
  g_autofree char *source_dir = nr_test_make_tmpdir ();
  /* Sizes as g_format_size() gives them, with a no-break space. */
  const char *expected[] = { "too large", "64.0\u00a0MiB", "over 4.0\u00a0MiB", NULL };
  int fd;

  g_assert_true (g_file_set_contents (path, "<?xml version=\"1.0\"?>\n<report>", -1, NULL));
  fd = g_open (path, O_WRONLY, 0);
  g_assert_cmpint (ftruncate (fd, (goffset) 64 * 1024 * 1024 + 1), ==, 0);
  close (fd);

  assert_refused (path, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE, expected);
  nr_test_remove_tree (dir);
  nr_test_remove_tree (source_dir);
}

static const HostileCase cases[] = {
  { "xxe-local-file.xml", 0, NR_XML_ERROR_FORBIDDEN, { "line 2", "document type declaration", NULL } },
  { "billion-laughs.xml", 0, NR_XML_ERROR_FORBIDDEN, { "line 2", "document type declaration", NULL } },
  { "dtd-network.xml", 0, NR_XML_ERROR_FORBIDDEN, { "line 2", "document type declaration", NULL } },
  { "truncated.xml", 0, NR_XML_ERROR_MALFORMED, { "line ", "column", "not well-formed" } },
  { "wrong-namespace.xml", 0, NR_XML_ERROR_INVALID, { "line 2", "not a Norms Reporter report", NULL } },
  { "schema-invalid.xml", 0, NR_XML_ERROR_INVALID, { "line 12", "classification", NULL } },
  { "deep-nesting.xml", 0, NR_XML_ERROR_TOO_DEEP, { "line 13", "nested more than 32 deep", NULL } },
  { "invalid-utf8.xml", 0, NR_XML_ERROR_NOT_UTF8, { "line 13, column 42", "not valid UTF-8", NULL } },
};

int
main (int   argc,
      char *argv[])
{
  static HostileCase all[G_N_ELEMENTS (cases) + 3];

  nr_test_init (&argc, &argv);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = NULL;

      all[i] = cases[i];
      all[i].domain = NR_XML_ERROR;
      path = g_strdup_printf ("/import/hostile/%s", cases[i].fixture);
      g_test_add_data_func (path, &all[i], test_hostile);
    }

  all[G_N_ELEMENTS (cases)] = (HostileCase) { "unknown-questionnaire-version.xml", NR_REPORT_ERROR,
                                              NR_REPORT_ERROR_QUESTIONNAIRE_TOO_NEW,
                                              { "version 7", "un-norms-2015", NULL } };
  all[G_N_ELEMENTS (cases) + 1] = (HostileCase) { "unknown-questionnaire.xml", NR_REPORT_ERROR,
                                                  NR_REPORT_ERROR_QUESTIONNAIRE_MISMATCH,
                                                  { "un-norms-2031", NULL } };
  all[G_N_ELEMENTS (cases) + 2] = (HostileCase) { "bad-choice.xml", NR_REPORT_ERROR,
                                                  NR_REPORT_ERROR_INVALID_VALUE,
                                                  { "13a.status", "mostly-done", NULL } };
  for (guint i = G_N_ELEMENTS (cases); i < G_N_ELEMENTS (all); i++)
    {
      g_autofree char *path = g_strdup_printf ("/import/hostile/%s", all[i].fixture);
      g_test_add_data_func (path, &all[i], test_hostile);
    }

  g_test_add_func ("/import/hostile/too-large.xml", test_too_large);
  g_test_add_func ("/import/valid-minimal", test_valid_minimal);

  return g_test_run ();
}
