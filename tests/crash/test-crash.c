/* test-crash.c: what the core has said is saved survives being killed.
 *
 * A child process (nr-edit-stream) edits a report, or exports it, and
 * acknowledges each edit or export the core reports done.  The test kills
 * it with SIGKILL at a random moment, then opens the report: it must pass
 * SQLite's integrity check and hold every acknowledged edit; an export must
 * be absent or whole, never cut short.  A power cut is harsher than SIGKILL
 * (the page cache is lost too); synchronous=FULL covers that case, which a
 * test cannot reproduce.
 */
#include "config.h"

#include <signal.h>
#include <sqlite3.h>
#include <gio/gunixinputstream.h>
#include <sys/wait.h>

#include "nr-test-report.h"
#include "nr-test-util.h"

#define N_EDIT_KILLS   50
#define N_EXPORT_KILLS 20

typedef struct
{
  GPid pid;
  GDataInputStream *acks;
} Child;

static void
child_start (Child      *child,
             const char *mode,
             const char *report,
             const char *output)
{
  const char *argv[] = { g_getenv ("NR_EDIT_STREAM"), mode, report, output, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GInputStream) stdout_stream = NULL;
  int stdout_fd;

  g_assert_nonnull (argv[0]);
  g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                            &child->pid, NULL, &stdout_fd, NULL, &error);
  g_assert_no_error (error);
  stdout_stream = g_unix_input_stream_new (stdout_fd, TRUE);
  child->acks = g_data_input_stream_new (stdout_stream);
}

/* Reads acknowledgements until @n have come; returns the last one. */
static guint64
child_wait_for_acks (Child *child,
                     guint  n)
{
  guint64 last = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *line = g_data_input_stream_read_line (child->acks, NULL, NULL, &error);

      g_assert_no_error (error);
      if (line == NULL)
        g_error ("the child stopped before being killed");
      last = g_ascii_strtoull (line, NULL, 10);
    }
  return last;
}

/* Kills the child after a random moment more, then reads the
 * acknowledgements it managed to write before it died. */
static guint64
child_kill (Child   *child,
            guint64  last_ack)
{
  int wait_status = 0;
  g_autofree char *line = NULL;

  g_usleep (g_random_int_range (0, 3000));
  g_assert_cmpint (kill (child->pid, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (child->pid, &wait_status, 0), ==, child->pid);
  g_assert_true (WIFSIGNALED (wait_status));
  g_spawn_close_pid (child->pid);

  while ((line = g_data_input_stream_read_line (child->acks, NULL, NULL, NULL)) != NULL)
    {
      last_ack = g_ascii_strtoull (line, NULL, 10);
      g_clear_pointer (&line, g_free);
    }
  g_clear_object (&child->acks);
  return last_ack;
}

static void
assert_integrity (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

static GPtrArray *
long_text_questions (NrQuestionnaire *questionnaire)
{
  GListModel *questions = nr_questionnaire_get_questions (questionnaire);
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(NrQuestion) question = g_list_model_get_item (questions, i);

      if (nr_question_get_kind (question) == NR_QUESTION_KIND_LONG_TEXT)
        g_ptr_array_add (ids, g_strdup (nr_question_get_id (question)));
    }
  return ids;
}

/* Edit i went to question i mod n; after edit @acked was acknowledged,
 * each question holds that edit or a later one. */
static void
assert_edits_kept (NrReport  *report,
                   GPtrArray *ids,
                   guint64    acked)
{
  for (guint q = 0; q < ids->len && acked > 0; q++)
    {
      g_autofree char *text = nr_report_dup_text (report, ids->pdata[q]);
      guint64 back = (acked % ids->len + ids->len - q) % ids->len;
      guint64 expected;
      guint64 found;

      /* The last acknowledged edit of question q: acked, or before it. */
      if (back >= acked)
        continue;
      expected = acked - back;
      g_assert_nonnull (text);
      g_assert_true (g_str_has_prefix (text, "edit "));
      found = g_ascii_strtoull (text + strlen ("edit "), NULL, 10);
      if (found < expected)
        g_error ("%s holds edit %" G_GUINT64_FORMAT ", but edit %" G_GUINT64_FORMAT " was acknowledged",
                 (char *) ids->pdata[q], found, expected);
      g_assert_cmpuint (found % ids->len, ==, q);
    }
}

static void
test_killed_while_editing (void)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "national.normsreport", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) ids = NULL;
  guint64 acked = 0;

  {
    g_autoptr(NrReport) report = nr_test_create_report (dir, "national.normsreport");

    ids = long_text_questions (nr_report_get_questionnaire (report));
    nr_report_close (report);
  }

  for (guint kill_number = 0; kill_number < N_EDIT_KILLS; kill_number++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(NrReport) report = NULL;
      Child child = { 0 };

      child_start (&child, "edits", path, NULL);
      acked = child_kill (&child, child_wait_for_acks (&child, g_random_int_range (1, 30)));

      assert_integrity (path);
      report = nr_report_open (file, NULL, NR_STORE_OPEN_DEFAULT, &error);
      g_assert_no_error (error);
      assert_edits_kept (report, ids, acked);
      nr_report_close (report);
    }
  nr_test_remove_tree (dir);
}

static void
test_killed_while_exporting (void)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "national.normsreport", NULL);
  g_autofree char *xml = g_build_filename (dir, "national.xml", NULL);
  g_autoptr(GFile) xml_file = g_file_new_for_path (xml);

  {
    g_autoptr(NrReport) report = nr_test_create_report (dir, "national.normsreport");

    nr_test_fill_report (report);
    nr_report_close (report);
  }

  for (guint kill_number = 0; kill_number < N_EXPORT_KILLS; kill_number++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(NrDocument) document = NULL;
      Child child = { 0 };

      child_start (&child, "export", path, xml);
      child_kill (&child, child_wait_for_acks (&child, g_random_int_range (1, 4)));

      /* An export was acknowledged, so the file is there, and whole. */
      document = nr_document_load (xml_file, &error);
      g_assert_no_error (error);
      g_assert_true (nr_document_check (document, "national.xml", &error));
      g_assert_no_error (error);
      assert_integrity (path);
    }
  nr_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  nr_test_init (&argc, &argv);

  g_test_add_func ("/crash/killed-while-editing", test_killed_while_editing);
  g_test_add_func ("/crash/killed-while-exporting", test_killed_while_exporting);

  return g_test_run ();
}
