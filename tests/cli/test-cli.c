/* test-cli.c: norms-reporter-cli as a user runs it: output, errors and exit
 * statuses. */
#include "config.h"

#include <glib/gstdio.h>
#include <sys/wait.h>

#include "nr-test-util.h"

typedef struct
{
  int status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs the command line with @args (NULL-terminated) and returns its exit
 * status and output. */
static void
run_cli (Run        *run,
         const char *first_arg,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("NR_CLI");
  int wait_status = 0;
  va_list args;

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (gpointer) cli);
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  run->status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” not in:\n%s", needle, haystack);
}

static void
test_version (void)
{
  g_auto(Run) run = { 0 };

  run_cli (&run, "--version", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "norms-reporter-cli " PACKAGE_VERSION "\n");
}

static void
test_help (void)
{
  g_auto(Run) run = { 0 };

  run_cli (&run, "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  assert_contains (run.out, "Commands:");
  assert_contains (run.out, "new");
  assert_contains (run.out, "info");
  assert_contains (run.out, "Exit status");
}

static void
test_command_help (void)
{
  g_auto(Run) run = { 0 };

  run_cli (&run, "new", "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  assert_contains (run.out, "--state");
  assert_contains (run.out, "--period-start");
}

static void
test_usage_errors (void)
{
  g_auto(Run) nothing = { 0 };
  g_auto(Run) unknown = { 0 };
  g_auto(Run) bad_option = { 0 };

  run_cli (&nothing, NULL);
  g_assert_cmpint (nothing.status, ==, 2);
  assert_contains (nothing.err, "Commands:");

  run_cli (&unknown, "frobnicate", NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  assert_contains (unknown.err, "frobnicate");

  run_cli (&bad_option, "new", "--colour", "x.normsreport", NULL);
  g_assert_cmpint (bad_option.status, ==, 2);
  assert_contains (bad_option.err, "--colour");
}

static void
test_new_and_info (void)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "lao-2025.normsreport", NULL);
  g_auto(Run) created = { 0 };
  g_auto(Run) info = { 0 };
  GStatBuf st;

  run_cli (&created, "new", path, "--state", "LA", "--language", "lo", "--agency", "MTC",
           "--period-start", "2025-01-01", "--period-end", "2025-12-31", NULL);
  g_assert_cmpint (created.status, ==, 0);
  g_assert_cmpstr (created.err, ==, "");
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  run_cli (&info, "info", path, NULL);
  g_assert_cmpint (info.status, ==, 0);
  assert_contains (info.out, "LA");
  assert_contains (info.out, "MTC");
  assert_contains (info.out, "2025-12-31");
  assert_contains (info.out, "un-norms-2015 1");
  assert_contains (info.out, "0/86");
  assert_contains (info.out, "13a");
  assert_contains (info.out, "13k");

  nr_test_remove_tree (dir);
}

static void
test_new_refuses_bad_details (void)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "bad.normsreport", NULL);
  g_auto(Run) run = { 0 };

  run_cli (&run, "new", path, "--state", "Laos", NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_contains (run.err, "“Laos” is not a country code");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  nr_test_remove_tree (dir);
}

static void
test_info_names_bad_file (void)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "notes.normsreport", NULL);
  g_auto(Run) missing = { 0 };
  g_auto(Run) not_a_report = { 0 };

  run_cli (&missing, "info", path, NULL);
  g_assert_cmpint (missing.status, ==, 1);
  assert_contains (missing.err, "notes.normsreport");
  assert_contains (missing.err, "does not exist");

  g_assert_true (g_file_set_contents (path, "Just some notes, not a report at all. "
                                            "Long enough to have a header's worth of bytes, "
                                            "so that the check reads the whole header.", -1, NULL));
  run_cli (&not_a_report, "info", path, NULL);
  g_assert_cmpint (not_a_report.status, ==, 1);
  assert_contains (not_a_report.err, "notes.normsreport");
  assert_contains (not_a_report.err, "not a Norms Reporter report");

  nr_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  nr_test_init (&argc, &argv);

  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/help", test_help);
  g_test_add_func ("/cli/command-help", test_command_help);
  g_test_add_func ("/cli/usage-errors", test_usage_errors);
  g_test_add_func ("/cli/new-and-info", test_new_and_info);
  g_test_add_func ("/cli/new-refuses-bad-details", test_new_refuses_bad_details);
  g_test_add_func ("/cli/info-names-bad-file", test_info_names_bad_file);

  return g_test_run ();
}
