/* test-interchange.c: export and import of interchange XML: round trips of
 * every answer kind under every profile, what each profile lets out, and
 * contributions. */
#include "config.h"

#include <glib/gstdio.h>

#include "nr-core.h"
#include "nr-store-private.h"
#include "nr-report-private.h"
#include "nr-test-report.h"
#include "nr-test-util.h"

typedef struct
{
  char *dir;
  NrReport *report;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = nr_test_make_tmpdir ();
  f->report = nr_test_create_report (f->dir, "source.normsreport");
  nr_test_fill_report (f->report);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->report);
  nr_test_remove_tree (f->dir);
  g_free (f->dir);
}

static GFile *
file_in (Fixture    *f,
         const char *name)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  return g_file_new_for_path (path);
}

/* The XML without the lines that differ between any two exports: the
 * revision, the revision it is based on, and the export time. */
static char *
without_revision (const char *xml)
{
  g_auto(GStrv) lines = g_strsplit (xml, "\n", -1);
  GString *kept = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (strstr (lines[i], "<revision-id>") || strstr (lines[i], "<based-on>") ||
          strstr (lines[i], "<exported>"))
        continue;
      g_string_append (kept, lines[i]);
      g_string_append_c (kept, '\n');
    }
  return g_string_free (kept, FALSE);
}

/* Export → import → export, under @profile. */
static void
round_trip (Fixture         *f,
            NrExportProfile  profile)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("%s.xml", nr_export_profile_to_string (profile));
  g_autofree char *copy_name = g_strdup_printf ("%s.normsreport", nr_export_profile_to_string (profile));
  g_autoptr(GFile) xml_file = file_in (f, name);
  g_autoptr(GFile) copy_file = file_in (f, copy_name);
  g_autoptr(NrReport) copy = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *first_stable = NULL;
  g_autofree char *second_stable = NULL;
  NrExportOptions options = { profile, NULL, NULL };
  gsize length;

  g_assert_true (nr_report_export (f->report, xml_file, &options, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_load_contents (xml_file, NULL, &first, &length, NULL, &error));

  copy = nr_report_import (xml_file, copy_file, &error);
  g_assert_no_error (error);
  g_assert_nonnull (copy);
  second = nr_test_export_text (copy, profile);

  /* Byte for byte, but for the revision fields... */
  first_stable = without_revision (first);
  second_stable = without_revision (second);
  g_assert_cmpstr (first_stable, ==, second_stable);
  /* ...which do differ, and chain: the copy's export is based on the first. */
  g_assert_cmpstr (first, !=, second);
  {
    g_autoptr(NrDocument) document = NULL;
    g_autoptr(GBytes) bytes = g_bytes_new (second, strlen (second));
    g_autoptr(NrDocument) original = nr_document_load (xml_file, &error);

    document = nr_document_parse (bytes, "second", &error);
    g_assert_no_error (error);
    g_assert_cmpstr (document->based_on, ==, original->revision_id);
    g_assert_cmpstr (document->report_id, ==, original->report_id);
  }
}

static void
test_round_trip_full (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *xml = nr_test_export_text (f->report, NR_EXPORT_PROFILE_FULL);

  /* Every kind of answer is in it. */
  nr_test_assert_contains (xml, "<choice>in-progress</choice>");
  nr_test_assert_contains (xml, "<choice>incident-response</choice>");
  nr_test_assert_contains (xml, "<item id=\"crisis-management\" status=\"in-progress\"/>");
  nr_test_assert_contains (xml, "&lt;b&gt;bold&lt;/b&gt; &amp; \"quoted\"");
  /* A Windows line break was normalised when it was typed (nr-text.c). */
  nr_test_assert_contains (xml, "'single'\n\tTabbed line");
  nr_test_assert_lacks (xml, "&#13;");
  nr_test_assert_contains (xml, "<text>2025-11-30</text>");
  nr_test_assert_contains (xml, "https://bssn.go.id/strategi?x=1&amp;y=2");
  nr_test_assert_contains (xml, "<record id=");
  nr_test_assert_contains (xml, "<review norm=\"13a\" state=\"cleared\" cleared-by=\"Siti Rahma\"");
  nr_test_assert_contains (xml, "author=\"Siti Rahma\" agency=\"BSSN\" modified=\"");
  nr_test_assert_contains (xml, "xml:lang=\"id\"");
  nr_test_assert_contains (xml, "INTERNAL-challenges");

  round_trip (f, NR_EXPORT_PROFILE_FULL);
}

static void
test_round_trip_workshop (Fixture       *f,
                          gconstpointer  data)
{
  round_trip (f, NR_EXPORT_PROFILE_WORKSHOP);
}

static void
test_round_trip_public (Fixture       *f,
                        gconstpointer  data)
{
  round_trip (f, NR_EXPORT_PROFILE_PUBLIC);
}

/* The answers each classification holds, by the markers in their text. */
static void
test_profiles_let_out_only_their_level (Fixture       *f,
                                        gconstpointer  data)
{
  g_autofree char *full = nr_test_export_text (f->report, NR_EXPORT_PROFILE_FULL);
  g_autofree char *workshop = nr_test_export_text (f->report, NR_EXPORT_PROFILE_WORKSHOP);
  g_autofree char *public = nr_test_export_text (f->report, NR_EXPORT_PROFILE_PUBLIC);

  nr_test_assert_contains (full, "INTERNAL-");
  nr_test_assert_contains (full, "CONTACT-duty officer");

  nr_test_assert_contains (workshop, "WORKSHOP-challenges");
  nr_test_assert_contains (workshop, "PUBLIC-strategy");
  nr_test_assert_contains (workshop, "https://bssn.go.id/strategi");
  nr_test_assert_lacks (workshop, "INTERNAL-");
  nr_test_assert_lacks (workshop, "classification=\"internal\"");
  nr_test_assert_contains (workshop, "<profile>workshop</profile>");

  nr_test_assert_contains (public, "PUBLIC-strategy");
  nr_test_assert_contains (public, "PUBLIC-measure CSIRT decree");
  nr_test_assert_lacks (public, "INTERNAL-");
  nr_test_assert_lacks (public, "WORKSHOP-");
  nr_test_assert_lacks (public, "bssn.go.id/strategi");
  nr_test_assert_lacks (public, "classification=\"internal\"");
  nr_test_assert_lacks (public, "classification=\"workshop\"");
  /* Points of contact never leave in a public export, whatever their class. */
  nr_test_assert_lacks (public, "CONTACT-");
  nr_test_assert_lacks (public, "contacts.list");
  /* Nor do the names of people. */
  nr_test_assert_lacks (public, "Siti Rahma");
  nr_test_assert_lacks (public, "author=");
  nr_test_assert_contains (public, "agency=\"BSSN\"");
}

static void
test_contribution_scope (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *norms[] = { "13a", NULL };
  const char *sections[] = { "context", NULL };
  NrExportOptions options = { NR_EXPORT_PROFILE_FULL, sections, norms };
  g_autoptr(GBytes) bytes = nr_report_export_xml (f->report, &options, NULL, NULL, &error);
  g_autofree char *xml = NULL;

  g_assert_no_error (error);
  xml = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  nr_test_assert_contains (xml, "<scope>\n      <section>context</section>\n      <norm>13a</norm>\n    </scope>");
  nr_test_assert_contains (xml, "question=\"13a.status\"");
  nr_test_assert_contains (xml, "question=\"context.strategy\"");
  nr_test_assert_contains (xml, "<review norm=\"13a\"");
  nr_test_assert_lacks (xml, "question=\"13b.status\"");
  nr_test_assert_lacks (xml, "question=\"13g.");
  nr_test_assert_lacks (xml, "question=\"report.");
  nr_test_assert_lacks (xml, "<review norm=\"13b\"");
}

static void
test_assignments (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *police_norms[] = { "13d", "13h", NULL };
  const char *agency_sections[] = { "context", NULL };
  const char *agency_norms[] = { "13a", NULL };
  const char *bad_norms[] = { "13z", NULL };
  g_auto(GStrv) sections = NULL;
  g_auto(GStrv) norms = NULL;
  g_auto(GStrv) agencies = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *xml = NULL;
  NrExportOptions options = { NR_EXPORT_PROFILE_FULL, NULL, NULL };

  g_assert_true (nr_report_set_assignment (f->report, "Polri", NULL, police_norms, &error));
  g_assert_true (nr_report_set_assignment (f->report, "BSSN", agency_sections, agency_norms, &error));
  g_assert_no_error (error);
  g_assert_false (nr_report_set_assignment (f->report, "Polri", NULL, bad_norms, &error));
  g_assert_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_UNKNOWN_QUESTION);
  g_clear_error (&error);

  agencies = nr_report_list_assigned_agencies (f->report);
  g_assert_cmpstrv (agencies, ((const char *[]) { "BSSN", "Polri", NULL }));

  /* An agency's contribution is exactly its assignment. */
  g_assert_true (nr_report_get_assignment (f->report, "BSSN", &sections, &norms));
  g_assert_cmpstrv (sections, agency_sections);
  g_assert_cmpstrv (norms, agency_norms);
  options.sections = (const char * const *) sections;
  options.norms = (const char * const *) norms;
  bytes = nr_report_export_xml (f->report, &options, NULL, NULL, &error);
  g_assert_no_error (error);
  xml = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  nr_test_assert_contains (xml, "<section>context</section>");
  nr_test_assert_contains (xml, "question=\"context.strategy\"");
  nr_test_assert_contains (xml, "question=\"13a.status\"");
  nr_test_assert_lacks (xml, "question=\"13b.status\"");

  /* Assignments are changes like others: saved, and undone. */
  g_assert_true (nr_report_set_assignment (f->report, "Polri", NULL, NULL, &error));
  g_assert_false (nr_report_get_assignment (f->report, "Polri", NULL, NULL));
  g_assert_true (nr_report_undo (f->report, "meta:assignment:Polri", &error));
  g_assert_no_error (error);
  g_assert_true (nr_report_get_assignment (f->report, "Polri", NULL, NULL));
}

static void
test_orphans_round_trip (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  NrStore *store = nr_report_get_store (f->report);
  g_autofree char *xml = NULL;
  g_autoptr(GFile) xml_file = file_in (f, "orphans.xml");
  g_autoptr(GFile) copy_file = file_in (f, "orphans.normsreport");
  g_autoptr(NrReport) copy = NULL;
  g_autoptr(GVariant) kept = NULL;
  g_auto(GStrv) orphans = NULL;

  /* An answer to a question an earlier questionnaire had. */
  g_assert_true (nr_store_exec (store,
                                "INSERT INTO answer (question_id, value, classification, author,"
                                " agency, modified) VALUES ('13a.old-notes', '''Notes from 2023.''',"
                                " 'workshop', 'Arif', 'Kemlu', '2023-05-01T00:00:00Z')",
                                &error));
  g_assert_no_error (error);

  xml = nr_test_export_text (f->report, NR_EXPORT_PROFILE_FULL);
  nr_test_assert_contains (xml, "<answer question=\"13a.old-notes\" classification=\"workshop\" orphaned=\"true\"");

  g_assert_true (nr_report_export (f->report, xml_file, NULL, &error));
  copy = nr_report_import (xml_file, copy_file, &error);
  g_assert_no_error (error);
  orphans = nr_report_list_orphaned_answers (copy);
  g_assert_cmpstrv (orphans, ((const char *[]) { "13a.old-notes", NULL }));
  kept = nr_report_dup_value (copy, "13a.old-notes");
  g_assert_cmpstr (g_variant_get_string (kept, NULL), ==, "Notes from 2023.");
}

static void
test_export_file (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) xml_file = file_in (f, "report.xml");
  g_autofree char *path = g_file_get_path (xml_file);
  g_autofree char *locked_dir = g_build_filename (f->dir, "locked", NULL);
  g_autofree char *locked_path = g_build_filename (locked_dir, "report.xml", NULL);
  g_autoptr(GFile) locked_file = g_file_new_for_path (locked_path);
  GStatBuf st;

  /* An earlier file is replaced whole, and the result is private. */
  g_assert_true (g_file_set_contents (path, "old export", -1, NULL));
  g_assert_true (nr_report_export (f->report, xml_file, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  {
    g_autoptr(NrDocument) document = nr_document_load (xml_file, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (document->answers->len, >, 10);
  }

  /* A failed export names the file and leaves nothing behind. */
  g_assert_cmpint (g_mkdir (locked_dir, 0500), ==, 0);
  if (access (locked_dir, W_OK) == 0)
    {
      /* Running as root, permissions do not stop us: fill the name with a
       * directory instead, which no export may replace. */
      g_assert_cmpint (g_chmod (locked_dir, 0700), ==, 0);
      g_assert_cmpint (g_mkdir (locked_path, 0700), ==, 0);
    }
  g_assert_false (nr_report_export (f->report, locked_file, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "report.xml"));
  g_assert_false (g_file_test (locked_path, G_FILE_TEST_IS_REGULAR));
}

static void
test_import_refuses_existing (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) xml_file = file_in (f, "report.xml");
  g_autoptr(GFile) existing = file_in (f, "existing.normsreport");
  g_autofree char *path = g_file_get_path (existing);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(NrReport) report = NULL;

  g_assert_true (nr_report_export (f->report, xml_file, NULL, &error));
  g_assert_true (g_file_set_contents (path, "someone else's work", -1, NULL));
  before = nr_test_file_digest (path);

  report = nr_report_import (xml_file, existing, &error);
  g_assert_null (report);
  g_assert_error (error, NR_STORE_ERROR, NR_STORE_ERROR_EXISTS);
  g_assert_nonnull (strstr (error->message, "existing.normsreport"));
  after = nr_test_file_digest (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_import_for_viewing (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) xml_file = file_in (f, "report.xml");
  g_autoptr(NrReport) viewer = NULL;
  g_autofree char *text = NULL;
  g_autofree char *folder = NULL;

  g_assert_true (nr_report_export (f->report, xml_file, NULL, &error));
  viewer = nr_report_import_for_viewing (xml_file, &error);
  g_assert_no_error (error);
  g_assert_true (nr_report_is_read_only (viewer));
  text = nr_report_dup_text (viewer, "13a.challenges");
  g_assert_cmpstr (text, ==, "WORKSHOP-challenges: few staff.");
  g_assert_false (nr_report_set_text (viewer, "13a.challenges", "x", &error));
  g_assert_error (error, NR_STORE_ERROR, NR_STORE_ERROR_READ_ONLY);

  /* The temporary copy goes with the report. */
  folder = g_path_get_dirname (g_file_peek_path (nr_report_get_file (viewer)));
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  g_clear_object (&viewer);
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  nr_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/interchange/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("round-trip/full", test_round_trip_full);
  ADD ("round-trip/workshop", test_round_trip_workshop);
  ADD ("round-trip/public", test_round_trip_public);
  ADD ("profiles", test_profiles_let_out_only_their_level);
  ADD ("contribution-scope", test_contribution_scope);
  ADD ("assignments", test_assignments);
  ADD ("orphans", test_orphans_round_trip);
  ADD ("export-file", test_export_file);
  ADD ("import-refuses-existing", test_import_refuses_existing);
  ADD ("import-for-viewing", test_import_for_viewing);

#undef ADD

  return g_test_run ();
}
