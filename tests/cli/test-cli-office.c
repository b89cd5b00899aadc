/* test-cli-office.c: "render" to Word and OpenDocument files, opened the
 * way users will open them: LibreOffice, without a display, converts each
 * to text and to PDF, and the answers are there, under the marking, with
 * the pages numbered.
 *
 * LibreOffice runs with a profile of its own in the test's folder (never
 * the user's), under a deadline of its own, both files in one run per
 * conversion.  One page of each file, as LibreOffice lays it out, is saved
 * to the build's screenshots folder as office-docx.png and office-odt.png.
 */
#include "config.h"

#include "nr-core.h"
#include "nr-test-cli.h"
#include "nr-test-report.h"
#include "nr-test-util.h"

/* The longest a LibreOffice conversion may take before the test gives up:
 * 9-21 s on a busy two-core machine; two of them fit in the test's meson
 * timeout. */
#define LIBREOFFICE_DEADLINE "100"

/* Converts @inputs (in @dir) to @format with LibreOffice, beside them. */
static void
convert (const char  *dir,
         const char  *format,
         const char **inputs)
{
  g_autofree char *profile = g_build_filename (dir, "libreoffice-profile", NULL);
  g_autofree char *profile_uri = g_filename_to_uri (profile, NULL, NULL);
  g_autofree char *installation = g_strconcat ("-env:UserInstallation=", profile_uri, NULL);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "HOME", dir, TRUE);
  int wait_status = 0;

  /* timeout(1) ends LibreOffice and whatever it started if it hangs. */
  g_ptr_array_add (argv, "timeout");
  g_ptr_array_add (argv, "--kill-after=5");
  g_ptr_array_add (argv, LIBREOFFICE_DEADLINE);
  g_ptr_array_add (argv, "libreoffice");
  g_ptr_array_add (argv, installation);
  g_ptr_array_add (argv, "--headless");
  g_ptr_array_add (argv, "--norestore");
  g_ptr_array_add (argv, "--convert-to");
  g_ptr_array_add (argv, (gpointer) format);
  g_ptr_array_add (argv, "--outdir");
  g_ptr_array_add (argv, (gpointer) dir);
  for (guint i = 0; inputs[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) inputs[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (dir, (char **) argv->pdata, env, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &wait_status, &error);
  if (error != NULL)
    g_error ("Could not run LibreOffice (Debian: libreoffice-writer-nogui, which "
             "build-aux/install-deps.sh test installs): %s", error->message);
  if (!g_spawn_check_wait_status (wait_status, NULL))
    g_error ("LibreOffice could not convert to %s: %s%s", format, out, err);
}

/* Where LibreOffice writes @input converted to @extension. */
static char *
converted_path (const char *dir,
                const char *input,
                const char *extension)
{
  g_autofree char *base = g_strndup (input, strrchr (input, '.') - input);
  g_autofree char *name = g_strconcat (base, extension, NULL);

  return g_build_filename (dir, name, NULL);
}

/* What a workshop may read is there; what it may not is not. */
static void
assert_workshop_answers (const char *text)
{
  nr_test_assert_contains (text, "Summary of the norms");
  nr_test_assert_contains (text, "13 (a) Cooperate to increase stability and security in the use of ICTs");
  nr_test_assert_contains (text, "PUBLIC-strategy <b>bold</b> & \"quoted\" 'single'");
  nr_test_assert_contains (text, "Chiến lược an ninh mạng; ยุทธศาสตร์");
  nr_test_assert_contains (text, "https://bssn.go.id/strategi?x=1&y=2");
  nr_test_assert_contains (text, "WORKSHOP-challenges: few staff.");
  nr_test_assert_contains (text, "WORKSHOP-narrative: the national CSIRT");
  nr_test_assert_contains (text, "Put in place national arrangements for managing major ICT incidents and crises");
  nr_test_assert_contains (text, "PUBLIC-measure CSIRT decree");
  nr_test_assert_contains (text, "PUBLIC-statement: consistent with the agreed norms");
  nr_test_assert_lacks (text, "INTERNAL-");
}

/* Saves the page of @pdf where the first norm begins as @name.png: the
 * first that asks about practical actions. */
static void
save_norm_page (const char *pdf,
                const char *name)
{
  const char *dir = g_getenv ("NR_SCREENSHOT_DIR");
  g_autofree char *text = nr_test_pdf_text (pdf);
  g_auto(GStrv) pages = g_strsplit (text, "\f", -1);
  g_autofree char *root = NULL;
  g_autofree char *page_text = NULL;
  g_autofree char *output = NULL;
  guint page = 0;

  while (pages[page] != NULL && strstr (pages[page], "What is the status of these practical actions") == NULL)
    page++;
  g_assert_nonnull (pages[page]);
  /* The page number and count are fields, worked out by LibreOffice. */
  page_text = g_strdup_printf ("Page %u of %u", page + 1, g_strv_length (pages) - 1);
  nr_test_assert_contains (pages[page], page_text);
  nr_test_assert_contains (pages[page], "WORKSHOP ONLY — NOT FOR PUBLICATION");
  nr_test_assert_contains (pages[page], "13 (a) Cooperate to increase stability");

  g_assert_nonnull (dir);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  root = g_build_filename (dir, name, NULL);
  {
    g_autofree char *number = g_strdup_printf ("%u", page + 1);
    const char *argv[] = { "pdftoppm", "-r", "50", "-png", "-singlefile", "-f", number, "-l", number, pdf, root, NULL };

    output = nr_test_run_tool (argv);
  }
}

static void
test_libreoffice_reads (void)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autoptr(NrReport) report = nr_test_create_report (dir, "id-2025.normsreport");
  g_autofree char *report_path = g_build_filename (dir, "id-2025.normsreport", NULL);
  const char *inputs[] = { "office-docx.docx", "office-odt.odt", NULL };
  g_autofree char *docx_path = g_build_filename (dir, inputs[0], NULL);
  g_autofree char *odt_path = g_build_filename (dir, inputs[1], NULL);
  g_auto(NrCliRun) docx = { 0 };
  g_auto(NrCliRun) odt = { 0 };
  g_autoptr(GError) error = NULL;
  gint64 started;

  nr_test_fill_report (report);
  /* A norm's page with a narrative and a checklist, for the screenshots. */
  g_assert_true (nr_report_set_text (report, "13a.narrative",
                                     "WORKSHOP-narrative: the national CSIRT coordinates incident response with "
                                     "ASEAN partners through the ASEAN Regional CERT.", &error));
  g_assert_true (nr_report_set_classification (report, "13a.narrative", NR_CLASSIFICATION_WORKSHOP, &error));
  g_assert_true (nr_report_set_classification (report, "13a.actions", NR_CLASSIFICATION_WORKSHOP, &error));
  g_assert_no_error (error);
  nr_report_close (report);

  /* In English, whatever the answers' language (Indonesian here). */
  nr_cli_run (&docx, "render", report_path, "--profile", "workshop", "--language", "en", docx_path, NULL);
  g_assert_cmpint (docx.status, ==, 0);
  nr_cli_run (&odt, "render", report_path, "--profile", "workshop", "--language", "en", odt_path, NULL);
  g_assert_cmpint (odt.status, ==, 0);

  started = g_get_monotonic_time ();
  convert (dir, "txt:Text", inputs);
  g_test_message ("LibreOffice converted both files to text in %.1f s",
                  (double) (g_get_monotonic_time () - started) / G_USEC_PER_SEC);
  for (guint i = 0; inputs[i] != NULL; i++)
    {
      g_autofree char *text_path = converted_path (dir, inputs[i], ".txt");
      g_autofree char *text = NULL;

      g_assert_true (g_file_get_contents (text_path, &text, NULL, NULL));
      assert_workshop_answers (text);
    }

  started = g_get_monotonic_time ();
  convert (dir, "pdf", inputs);
  g_test_message ("LibreOffice converted both files to PDF in %.1f s",
                  (double) (g_get_monotonic_time () - started) / G_USEC_PER_SEC);
  for (guint i = 0; inputs[i] != NULL; i++)
    {
      g_autofree char *pdf = converted_path (dir, inputs[i], ".pdf");
      g_autofree char *base = g_strndup (inputs[i], strrchr (inputs[i], '.') - inputs[i]);

      save_norm_page (pdf, base);
    }

  nr_test_remove_tree (dir);
}

/* The output's extension says the format; any other is a usage error that
 * names it, and nothing is written. */
static void
test_unknown_extension (void)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autoptr(NrReport) report = nr_test_create_report (dir, "id-2025.normsreport");
  g_autofree char *report_path = g_build_filename (dir, "id-2025.normsreport", NULL);
  g_autofree char *doc = g_build_filename (dir, "report.doc", NULL);
  g_autofree char *upper = g_build_filename (dir, "REPORT.ODT", NULL);
  g_auto(NrCliRun) wrong = { 0 };
  g_auto(NrCliRun) right = { 0 };

  nr_report_close (report);
  nr_cli_run (&wrong, "render", report_path, doc, NULL);
  g_assert_cmpint (wrong.status, ==, 2);
  nr_test_assert_contains (wrong.err, "“");
  nr_test_assert_contains (wrong.err, "report.doc” is neither a .pdf, a .docx nor an .odt file.");
  g_assert_false (g_file_test (doc, G_FILE_TEST_EXISTS));

  nr_cli_run (&right, "render", report_path, upper, NULL);
  g_assert_cmpint (right.status, ==, 0);
  g_assert_true (g_file_test (upper, G_FILE_TEST_IS_REGULAR));
  nr_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  nr_test_init (&argc, &argv);

  g_test_add_func ("/cli-office/unknown-extension", test_unknown_extension);
  g_test_add_func ("/cli-office/libreoffice-reads", test_libreoffice_reads);
  return g_test_run ();
}
