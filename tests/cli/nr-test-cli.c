/* nr-test-cli.c: running norms-reporter-cli from a test, as a user runs it,
 * with standard input, a working folder and a deadline. */
#include "config.h"

#include "nr-core.h"
#include "nr-test-cli.h"
#include "nr-test-report.h"

/* A run that waits for ever fails the test instead of hanging it. */
#define DEADLINE_SECONDS 30

void
nr_test_run_clear (NrTestRun *run)
{
  g_clear_pointer (&run->out, g_bytes_unref);
  g_clear_pointer (&run->err, g_free);
}

typedef struct
{
  GSubprocess *process;
  GAsyncResult *result;
  gboolean timed_out;
} Waiting;

static void
communicated_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Waiting *waiting = user_data;

  waiting->result = g_object_ref (result);
}

static gboolean
deadline_cb (gpointer user_data)
{
  Waiting *waiting = user_data;

  waiting->timed_out = TRUE;
  g_subprocess_force_exit (waiting->process);
  return G_SOURCE_REMOVE;
}

/* @bytes as a string, "" when empty (GBytes may then hold no data at all). */
static char *
bytes_to_text (GBytes *bytes)
{
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);

  return g_strndup (data != NULL ? data : "", size);
}

/* Runs @argv (NR_CLI first) in @cwd with @input on standard input, waiting
 * at most DEADLINE_SECONDS, and keeps its exit status and output. */
static void
spawn_cli (const char * const *argv,
           const char         *cwd,
           GBytes             *input,
           int                *status,
           GBytes            **out,
           char              **err_text)
{
  g_autoptr(GSubprocessLauncher) launcher =
    g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                               G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) err = NULL;
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
  Waiting waiting = { NULL, NULL, FALSE };
  guint deadline;

  if (cwd != NULL)
    g_subprocess_launcher_set_cwd (launcher, cwd);
  process = g_subprocess_launcher_spawnv (launcher, argv, &error);
  g_assert_no_error (error);

  waiting.process = process;
  deadline = g_timeout_add_seconds (DEADLINE_SECONDS, deadline_cb, &waiting);
  g_subprocess_communicate_async (process, input != NULL ? input : empty, NULL, communicated_cb,
                                  &waiting);
  while (waiting.result == NULL)
    g_main_context_iteration (NULL, TRUE);
  if (waiting.timed_out)
    g_error ("norms-reporter-cli %s did not end within %d s", argv[1], DEADLINE_SECONDS);
  g_source_remove (deadline);

  g_subprocess_communicate_finish (process, waiting.result, out, &err, &error);
  g_object_unref (waiting.result);
  g_assert_no_error (error);
  g_subprocess_wait (process, NULL, &error);
  g_assert_no_error (error);
  *status = g_subprocess_get_if_exited (process) ? g_subprocess_get_exit_status (process) : -1;
  *err_text = bytes_to_text (err);
}

/* NR_CLI, then @first_arg and the arguments after it, up to NULL. */
static GPtrArray *
cli_argv (const char *first_arg,
          va_list     args)
{
  GPtrArray *argv = g_ptr_array_new ();

  g_assert_nonnull (g_getenv ("NR_CLI"));
  g_ptr_array_add (argv, (gpointer) g_getenv ("NR_CLI"));
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  g_ptr_array_add (argv, NULL);
  return argv;
}

/**
 * nr_test_run_cli:
 * @cwd: (nullable): the folder to run in
 * @input: (nullable): what to give on standard input; nothing if %NULL
 *
 * Runs the command line with the arguments that follow (NULL-terminated),
 * and keeps its exit status and output.
 */
void
nr_test_run_cli (NrTestRun  *run,
                 const char *cwd,
                 GBytes     *input,
                 const char *first_arg,
                 ...)
{
  g_autoptr(GPtrArray) argv = NULL;
  va_list args;

  va_start (args, first_arg);
  argv = cli_argv (first_arg, args);
  va_end (args);
  spawn_cli ((const char * const *) argv->pdata, cwd, input, &run->status, &run->out, &run->err);
}

void
nr_cli_run_clear (NrCliRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

/* Runs the command line with @args (NULL-terminated, the program's name
 * left out) and keeps its exit status and output as text. */
void
nr_cli_run_argv (NrCliRun           *run,
                 const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GBytes) out = NULL;

  g_assert_nonnull (g_getenv ("NR_CLI"));
  g_ptr_array_add (argv, (gpointer) g_getenv ("NR_CLI"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  spawn_cli ((const char * const *) argv->pdata, NULL, NULL, &run->status, &out, &run->err);
  run->out = bytes_to_text (out);
}

void
nr_cli_run (NrCliRun   *run,
            const char *first_arg,
            ...)
{
  g_autoptr(GPtrArray) argv = NULL;
  g_autoptr(GBytes) out = NULL;
  va_list args;

  va_start (args, first_arg);
  argv = cli_argv (first_arg, args);
  va_end (args);
  spawn_cli ((const char * const *) argv->pdata, NULL, NULL, &run->status, &out, &run->err);
  run->out = bytes_to_text (out);
}

/* Standard output as text; a PDF's stops at its first NUL. */
const char *
nr_test_run_out (NrTestRun *run)
{
  const char *out = g_bytes_get_data (run->out, NULL);

  return out != NULL ? out : "";
}

char *
nr_test_interchange_fixture (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "interchange", name, NULL);
}

GBytes *
nr_test_file_bytes (const char *path)
{
  char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_bytes_new_take (contents, length);
}

/**
 * nr_test_make_conflicting_contribution:
 * @focal_path: (out): a focal point's report
 * @sent: (out): its export, sent to an agency
 * @back: (out): the agency's contribution, which conflicts with the focal
 *   point on 13h.challenges
 *
 * Made in this process: it is what the command line is then given.
 */
void
nr_test_make_conflicting_contribution (const char  *dir,
                                       char       **focal_path,
                                       char       **sent,
                                       char       **back)
{
  g_autofree char *agency_path = g_build_filename (dir, "agency.normsreport", NULL);
  g_autoptr(GFile) sent_file = NULL;
  g_autoptr(GFile) back_file = NULL;
  g_autoptr(GFile) agency_file = g_file_new_for_path (agency_path);
  g_autoptr(NrReport) focal = nr_test_create_report (dir, "focal.normsreport");
  g_autoptr(NrReport) agency = NULL;
  g_autoptr(GError) error = NULL;
  const char *norms[] = { "13h", NULL };
  NrExportOptions contribution = { NR_EXPORT_PROFILE_FULL, NULL, norms };

  *focal_path = g_build_filename (dir, "focal.normsreport", NULL);
  *sent = g_build_filename (dir, "sent.xml", NULL);
  *back = g_build_filename (dir, "back.xml", NULL);
  sent_file = g_file_new_for_path (*sent);
  back_file = g_file_new_for_path (*back);

  g_assert_true (nr_report_export (focal, sent_file, NULL, &error));
  agency = nr_report_import (sent_file, agency_file, &error);
  g_assert_no_error (error);
  nr_report_set_author (focal, "Maria Santos");
  nr_report_set_author (agency, "Jose Reyes");
  g_assert_true (nr_report_set_text (focal, "13h.challenges", "OURS-PLACEHOLDER", &error));
  g_assert_true (nr_report_set_text (agency, "13h.challenges", "One CERT for the whole archipelago.", &error));
  g_assert_true (nr_report_export (agency, back_file, &contribution, &error));
  g_assert_no_error (error);
  nr_report_close (focal);
  nr_report_close (agency);
}
