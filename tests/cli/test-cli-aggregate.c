/* test-cli-aggregate.c: "aggregate" writing the long CSV and the whole
 * HTML page from three States' submissions, and the page as a browser
 * shows it: photographed by headless Chromium into the build's screenshots
 * folder (overview-html.png, overview-narratives.png). */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "nr-test-cli.h"
#include "nr-test-region.h"
#include "nr-test-util.h"

/* The long CSV beside the matrix and the page, in one run; only one of
 * them can go to standard output. */
static void
test_long_csv_beside_the_others (void)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_auto(GStrv) paths = nr_test_write_region (dir);
  g_autofree char *csv_path = g_build_filename (dir, "matrix.csv", NULL);
  g_autofree char *long_path = g_build_filename (dir, "long.csv", NULL);
  g_autofree char *html_path = g_build_filename (dir, "overview.html", NULL);
  g_autofree char *long_csv = NULL;
  g_autofree char *html = NULL;
  g_auto(NrCliRun) run = { 0 };
  g_auto(NrCliRun) to_stdout = { 0 };
  g_auto(NrCliRun) both = { 0 };

  nr_cli_run (&run, "aggregate", paths[0], paths[1], paths[2], "--csv", csv_path, "--long-csv", long_path,
              "--html", html_path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  nr_test_assert_contains (run.out, "3 submissions aggregated, 0 files left out.");
  g_assert_true (g_file_get_contents (long_path, &long_csv, NULL, NULL));
  g_assert_true (g_str_has_prefix (long_csv, "\xEF\xBB\xBF\"State code\",\"State\",\"Period start\",\"Period end\","
                                             "\"Norm or section\",\"Question id\",\"Question\",\"Record\",\"Field id\","
                                             "\"Field\",\"Value\",\"Code\",\"Classification\"\r\n"));
  nr_test_assert_contains (long_csv, "\"SG\",\"Singapore\",\"2025-01-01\",\"2025-12-31\",\"capacity-building\","
                                     "\"capacity.activities\",\"Capacity-building received, provided or needed\","
                                     "\"1\",\"direction\",\"Direction\",\"Provided\",\"provided\",\"workshop\"\r\n");
  g_assert_true (g_file_get_contents (html_path, &html, NULL, NULL));
  nr_test_assert_contains (html, "<section id=\"capacity\">");
  nr_test_assert_contains (html, "<section class=\"norm\" id=\"norm-13a\">");
  nr_test_assert_contains (html, "<section id=\"contacts\">");

  nr_cli_run (&to_stdout, "aggregate", paths[0], "--long-csv", "-", NULL);
  g_assert_cmpint (to_stdout.status, ==, 0);
  g_assert_true (g_str_has_prefix (to_stdout.out, "\xEF\xBB\xBF\"State code\""));
  nr_test_assert_contains (to_stdout.err, "1 submission aggregated");
  nr_cli_run (&both, "aggregate", paths[0], "--long-csv", "-", "--html", "-", NULL);
  g_assert_cmpint (both.status, ==, 2);
  nr_test_assert_contains (both.err, "standard output");
  nr_test_remove_tree (dir);
}

/* States are named in the language of the overview, which follows
 * LANGUAGE as every program of the project does; the matrix keeps the
 * code beside the name, and sorts by the name as the language does. */
static void
test_state_names_in_the_language (void)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_auto(GStrv) paths = nr_test_write_region (dir);
  g_auto(NrCliRun) run = { 0 };
  g_auto(GStrv) lines = NULL;

  g_setenv ("LANGUAGE", "vi", TRUE);
  nr_cli_run (&run, "aggregate", paths[0], paths[1], paths[2], "--csv", "-", NULL);
  g_unsetenv ("LANGUAGE");
  g_assert_cmpint (run.status, ==, 0);
  lines = g_strsplit (run.out, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 5);
  g_assert_true (g_str_has_prefix (lines[1], "\"ID\",\"Nam Dương\","));
  /* iso-codes translates Viet Nam's formal name into Vietnamese, not its
   * common name ("Vietnam"): the name is Vietnamese all the same. */
  g_assert_true (g_str_has_prefix (lines[2], "\"VN\",\"Việt Nam\","));
  g_assert_true (g_str_has_prefix (lines[3], "\"SG\",\"Xin-ga-po\","));

  /* The page says which language it is written in, for screen readers. */
  nr_cli_run_clear (&run);
  g_setenv ("LANGUAGE", "vi", TRUE);
  nr_cli_run (&run, "aggregate", paths[0], paths[1], paths[2], "--html", "-", NULL);
  g_unsetenv ("LANGUAGE");
  g_assert_cmpint (run.status, ==, 0);
  nr_test_assert_contains (run.out, "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\" xml:lang=\"vi\">");
  nr_cli_run_clear (&run);
  nr_cli_run (&run, "aggregate", paths[0], "--html", "-", NULL);
  nr_test_assert_contains (run.out, " lang=\"en\" xml:lang=\"en\">");
  nr_test_remove_tree (dir);
}

/* Chromium, headless, with a profile of its own in @dir, photographs @url
 * at the width of a projector's slide and the height of two. */
static void
photograph (const char *dir,
            const char *url,
            const char *png)
{
  g_autofree char *profile = g_build_filename (dir, "chromium-profile", NULL);
  g_autofree char *profile_arg = g_strconcat ("--user-data-dir=", profile, NULL);
  g_autofree char *screenshot_arg = g_strconcat ("--screenshot=", png, NULL);
  const char *argv[] = { "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                         "--hide-scrollbars", "--disable-extensions", profile_arg, screenshot_arg,
                         "--window-size=1280,2000", url, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) env = g_get_environ ();
  const char *test_only[] = { "G_DEBUG", "G_SLICE", "ASAN_OPTIONS", "LSAN_OPTIONS", "UBSAN_OPTIONS", "LD_PRELOAD" };
  int status = 0;
  GStatBuf info;

  /* The browser runs as a user's would, not under the test's GLib debug
   * and sanitizer settings, and writes nothing outside @dir. */
  for (guint i = 0; i < G_N_ELEMENTS (test_only); i++)
    env = g_environ_unsetenv (env, test_only[i]);
  env = g_environ_setenv (env, "HOME", dir, TRUE);
  g_remove (png);
  g_assert_true (g_spawn_sync (dir, (char **) argv, env, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL, NULL,
                               NULL, NULL, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("chromium failed: %s", err);
  g_assert_cmpint (g_stat (png, &info), ==, 0);
  /* A blank 1280 × 2000 page compresses to a few kilobytes. */
  g_assert_cmpint (info.st_size, >, 50000);
}

static void
test_screenshots (void)
{
  const char *screenshots = g_getenv ("NR_SCREENSHOT_DIR");
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_auto(GStrv) paths = nr_test_write_region (dir);
  g_autofree char *html_path = g_build_filename (dir, "overview.html", NULL);
  g_autofree char *overview_png = NULL;
  g_autofree char *narratives_png = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *narratives_uri = NULL;
  g_auto(NrCliRun) run = { 0 };

  g_assert_nonnull (screenshots);
  g_assert_cmpint (g_mkdir_with_parents (screenshots, 0755), ==, 0);
  overview_png = g_build_filename (screenshots, "overview-html.png", NULL);
  narratives_png = g_build_filename (screenshots, "overview-narratives.png", NULL);
  nr_cli_run (&run, "aggregate", paths[0], paths[1], paths[2], "--html", html_path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  uri = g_filename_to_uri (html_path, NULL, NULL);
  narratives_uri = g_strconcat (uri, "#norm-13a", NULL);

  photograph (dir, uri, overview_png);
  photograph (dir, narratives_uri, narratives_png);
  nr_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  nr_test_init (&argc, &argv);

  g_test_add_func ("/cli-aggregate/long-csv", test_long_csv_beside_the_others);
  g_test_add_func ("/cli-aggregate/state-names-in-the-language", test_state_names_in_the_language);
  g_test_add_func ("/cli-aggregate/screenshots", test_screenshots);

  return g_test_run ();
}
