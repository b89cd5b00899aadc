/* test-cli-render-language.c: "render" words the printout in the language
 * of the answers, where Norms Reporter is translated into it, and in the
 * language --language names. */
#include "config.h"

#include "nr-core.h"
#include "nr-test-cli.h"
#include "nr-test-report.h"
#include "nr-test-util.h"

/* The PDF of @run, as text. */
static char *
printed_text (NrTestRun  *run,
              const char *dir,
              const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_cmpint (run->status, ==, 0);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (run->out, NULL), g_bytes_get_size (run->out),
                                      &error));
  g_assert_no_error (error);
  return nr_test_pdf_text (path);
}

static void
test_language (void)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autoptr(NrReport) report = nr_test_create_report (dir, "id-2025.normsreport");
  g_autofree char *report_path = g_build_filename (dir, "id-2025.normsreport", NULL);
  /* The catalogues built in the build tree, beside the tests'. */
  g_autofree char *po_dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "..", "po", NULL);
  g_autoptr(GError) error = NULL;
  g_auto(NrTestRun) answers = { 0 };
  g_auto(NrTestRun) english = { 0 };
  g_auto(NrTestRun) wrong = { 0 };
  g_autofree char *answers_text = NULL;
  g_autofree char *english_text = NULL;

  /* The report's answers are in Indonesian. */
  g_assert_true (nr_report_set_metadata (report, NR_META_LANGUAGE, "id", &error));
  g_assert_no_error (error);
  nr_report_close (report);
  g_setenv ("NR_LOCALEDIR", po_dir, TRUE);

  nr_test_run_cli (&answers, dir, NULL, "render", report_path, "-", NULL);
  answers_text = printed_text (&answers, dir, "id.pdf");
  nr_test_assert_contains (answers_text, "Ringkasan norma");

  nr_test_run_cli (&english, dir, NULL, "render", "--language", "en", report_path, "-", NULL);
  english_text = printed_text (&english, dir, "en.pdf");
  nr_test_assert_contains (english_text, "Summary of the norms");

  nr_test_run_cli (&wrong, dir, NULL, "render", "--language", "../id", report_path, "-", NULL);
  g_assert_cmpint (wrong.status, ==, 2);
  nr_test_assert_contains (wrong.err, "--language");

  g_unsetenv ("NR_LOCALEDIR");
  nr_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  nr_test_init (&argc, &argv);

  g_test_add_func ("/cli-render/language", test_language);

  return g_test_run ();
}
