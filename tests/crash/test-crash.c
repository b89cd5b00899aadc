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
#include <sys/resource.h>
#include <sys/wait.h>
#include <utime.h>

#include "nr-store-private.h"
#include "nr-test-report.h"
#include "nr-test-util.h"

#define N_EDIT_KILLS   50
#define N_EXPORT_KILLS 20
#define N_MIGRATION_KILLS 30
/* Opening the format-1 report (migrating its file format, then moving its
 * answers by the questionnaire's upgrade map) takes about 10 ms in the
 * plain build (two kills in three fall after it), longer under the
 * sanitizers: kills fall before, inside and after every step. */
#define MIGRATION_KILL_WINDOW_US 30000

typedef struct
{
  GPid pid;
  GDataInputStream *acks;
} Child;

/* In the child, before it runs: files may grow only to the limit, as on a
 * nearly full disk; writing past it fails with EFBIG instead of a signal. */
static void
limit_file_size (gpointer user_data)
{
  rlim_t limit = GPOINTER_TO_SIZE (user_data);
  struct rlimit rlimit = { limit, limit };

  signal (SIGXFSZ, SIG_IGN);
  setrlimit (RLIMIT_FSIZE, &rlimit);
}

static void
child_start_limited (Child      *child,
                     const char *mode,
                     const char *report,
                     const char *output,
                     gsize       file_size_limit,
                     int        *stderr_fd)
{
  const char *argv[] = { g_getenv ("NR_EDIT_STREAM"), mode, report, output, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GInputStream) stdout_stream = NULL;
  int stdout_fd;

  g_assert_nonnull (argv[0]);
  g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                            file_size_limit > 0 ? limit_file_size : NULL, GSIZE_TO_POINTER (file_size_limit),
                            &child->pid, NULL, &stdout_fd, stderr_fd, &error);
  g_assert_no_error (error);
  stdout_stream = g_unix_input_stream_new (stdout_fd, TRUE);
  child->acks = g_data_input_stream_new (stdout_stream);
}

static void
child_start (Child      *child,
             const char *mode,
             const char *report,
             const char *output)
{
  child_start_limited (child, mode, report, output, 0, NULL);
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

/* Waits for a child that stops by itself, reading its acknowledgements
 * and what it wrote to standard error; returns its exit status. */
static int
child_finish (Child    *child,
              int       stderr_fd,
              guint64  *last_ack,
              char    **message)
{
  g_autoptr(GInputStream) errors = g_unix_input_stream_new (stderr_fd, TRUE);
  g_autoptr(GError) error = NULL;
  char buffer[4096] = { 0 };
  char *line;
  int wait_status = 0;

  while ((line = g_data_input_stream_read_line (child->acks, NULL, NULL, NULL)) != NULL)
    {
      *last_ack = g_ascii_strtoull (line, NULL, 10);
      g_free (line);
    }
  g_input_stream_read_all (errors, buffer, sizeof buffer - 1, NULL, NULL, &error);
  g_assert_no_error (error);
  *message = g_strdup (buffer);

  g_assert_cmpint (waitpid (child->pid, &wait_status, 0), ==, child->pid);
  g_spawn_close_pid (child->pid);
  g_clear_object (&child->acks);
  g_assert_true (WIFEXITED (wait_status));
  return WEXITSTATUS (wait_status);
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

static char *
query_text (sqlite3    *db,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}

/* The measure of the format-1 report is in one place, whatever moment the
 * upgrade was killed at: its norm's list while the report answers
 * questionnaire version 1, the register once it answers version 2. */
static void
assert_measure_in_one_place (const char *path)
{
  sqlite3 *db = NULL;
  g_autofree char *version = NULL;
  g_autofree char *lists = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  version = query_text (db, "SELECT value FROM meta WHERE key = 'questionnaire-version'");
  lists = query_text (db, "SELECT group_concat (question_id) FROM record");
  sqlite3_close (db);

  g_test_message ("killed with the report answering questionnaire version %s", version);
  if (g_str_equal (version, "1"))
    g_assert_cmpstr (lists, ==, "13g.measures");
  else if (g_str_equal (version, "2"))
    g_assert_cmpstr (lists, ==, "measures.register");
  else
    g_error ("killed during the upgrade, the report answers questionnaire version %s", version);
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

/* Creates national.normsreport in @dir, closed, for a child to edit;
 * returns the long-text questions the child's edits go round. */
static GPtrArray *
create_report_to_edit (const char *dir)
{
  g_autoptr(NrReport) report = nr_test_create_report (dir, "national.normsreport");
  GPtrArray *ids = long_text_questions (nr_report_get_questionnaire (report));

  nr_report_close (report);
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

  ids = create_report_to_edit (dir);

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

  /* A kill can leave the private folder of the export it interrupted; the
   * next export removes those that are stale (and single files of the same
   * name, as older versions left them). */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GFile) report_file = g_file_new_for_path (path);
    g_autoptr(NrReport) report = nr_report_open (report_file, NULL, NR_STORE_OPEN_DEFAULT, &error);
    g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
    const char *entry;
    guint left = 0;

    while ((entry = g_dir_read_name (listing)) != NULL)
      {
        g_autofree char *stale = g_build_filename (dir, entry, NULL);

        /* As if they were made two hours ago. */
        if (g_str_has_prefix (entry, ".national.xml."))
          g_assert_cmpint (utime (stale, &(struct utimbuf) { time (NULL) - 7200, time (NULL) - 7200 }), ==, 0);
      }
    g_autofree char *stale = g_build_filename (dir, ".national.xml.AbC123", NULL);
    g_autofree char *in_use = g_build_filename (dir, ".national.xml.XyZ789", NULL);

    /* One more of each for certain: a stale one, and one an export running
     * right now would be writing. */
    g_assert_true (g_file_set_contents (stale, "<report", -1, NULL));
    g_assert_cmpint (utime (stale, &(struct utimbuf) { time (NULL) - 7200, time (NULL) - 7200 }), ==, 0);
    g_assert_true (g_file_set_contents (in_use, "<report", -1, NULL));

    g_assert_no_error (error);
    g_assert_true (nr_report_export (report, xml_file, NULL, &error));
    g_assert_no_error (error);
    nr_report_close (report);

    g_dir_rewind (listing);
    while ((entry = g_dir_read_name (listing)) != NULL)
      left += g_str_has_prefix (entry, ".national.xml.") ? 1 : 0;
    g_assert_cmpuint (left, ==, 1);
    g_assert_true (g_file_test (in_use, G_FILE_TEST_EXISTS));
  }
  nr_test_remove_tree (dir);
}

/* A disk that fills while the user writes: the edit that does not fit
 * fails with a message naming the report, and every edit before it is
 * kept in an intact file. */
static void
test_disk_full_while_editing (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "national.normsreport", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) ids = NULL;
  g_autoptr(NrReport) report = NULL;
  g_autofree char *message = NULL;
  Child child = { 0 };
  guint64 acked = 0;
  int stderr_fd = -1;

  ids = create_report_to_edit (dir);

  /* Room for a few dozen of the 64 KB answers, with their history. */
  child_start_limited (&child, "big-edits", path, NULL, 4 * 1024 * 1024, &stderr_fd);
  g_assert_cmpint (child_finish (&child, stderr_fd, &acked, &message), ==, 1);
  g_assert_cmpuint (acked, >, 3);
  g_test_message ("after %" G_GUINT64_FORMAT " edits: %s", acked, message);
  g_assert_nonnull (strstr (message, "national.normsreport"));
  g_assert_nonnull (strstr (message, "no room left on the disk"));

  assert_integrity (path);
  report = nr_report_open (file, NULL, NR_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  assert_edits_kept (report, ids, acked);
  nr_report_close (report);
  nr_test_remove_tree (dir);
}

/* An export that does not fit leaves the previous export as it was. */
static void
test_disk_full_while_exporting (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "national.normsreport", NULL);
  g_autofree char *xml = g_build_filename (dir, "national.xml", NULL);
  g_autoptr(GFile) xml_file = g_file_new_for_path (xml);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *buffer = NULL;
  Child child = { 0 };
  guint64 acked = 0;
  int stderr_fd = -1;
  gsize size = 0;

  {
    g_autoptr(NrReport) report = nr_test_create_report (dir, "national.normsreport");
    g_autofree char *long_answer = g_strnfill (256 * 1024, 'x');

    nr_test_fill_report (report);
    /* An export much larger than the files SQLite writes to read. */
    g_assert_true (nr_report_set_text (report, "13c.challenges", long_answer, &error));
    g_assert_true (nr_report_export (report, xml_file, NULL, &error));
    g_assert_no_error (error);
    nr_report_close (report);
  }
  g_assert_true (g_file_get_contents (xml, &before, &size, NULL));

  /* Less room than the export needs. */
  child_start_limited (&child, "write-export", path, xml, size / 2, &stderr_fd);
  g_assert_cmpint (child_finish (&child, stderr_fd, &acked, &buffer), ==, 1);
  g_assert_cmpuint (acked, ==, 0);
  g_test_message ("%s", buffer);
  g_assert_nonnull (strstr (buffer, "national.xml"));
  g_assert_nonnull (strstr (buffer, "File too large"));
  /* And nothing is left behind. */
  {
    g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
    const char *entry;

    while ((entry = g_dir_read_name (listing)) != NULL)
      g_assert_false (g_str_has_prefix (entry, ".national.xml."));
  }

  g_assert_true (g_file_get_contents (xml, &after, NULL, NULL));
  g_assert_cmpuint (strlen (after), ==, strlen (before));
  g_assert_true (g_str_equal (after, before));
  nr_test_remove_tree (dir);
}

/* Killed while it upgrades an older report, to the current file format and
 * to the current questionnaire, a program leaves the report either as it
 * was or fully upgraded at each step, never between; it opens afterwards
 * with its answers, the measure in the register. */
static void
test_killed_while_migrating (void)
{
  for (guint kill_number = 0; kill_number < N_MIGRATION_KILLS; kill_number++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *dir = nr_test_make_tmpdir ();
      g_autofree char *path = g_build_filename (dir, "malaysia-2024.normsreport", NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(NrReport) report = NULL;
      g_autofree char *status = NULL;
      Child child = { 0 };
      int wait_status = 0;
      int version;

      nr_test_write_format_1_report (path, NULL);
      child_start (&child, "open", path, NULL);
      child_wait_for_acks (&child, 1);
      g_usleep (g_random_int_range (0, MIGRATION_KILL_WINDOW_US));
      kill (child.pid, SIGKILL);
      g_assert_cmpint (waitpid (child.pid, &wait_status, 0), ==, child.pid);
      g_spawn_close_pid (child.pid);
      g_clear_object (&child.acks);

      version = nr_test_user_version (path);
      if (version != 1 && version != NR_STORE_SCHEMA_VERSION)
        g_error ("killed during the upgrade, the report is left in format %d", version);
      assert_integrity (path);
      assert_measure_in_one_place (path);

      report = nr_report_open (file, NULL, NR_STORE_OPEN_DEFAULT, &error);
      g_assert_no_error (error);
      status = nr_report_dup_text (report, "13a.status");
      g_assert_cmpstr (status, ==, "in-progress");
      {
        g_autoptr(GListModel) measures = nr_report_list_records (report, "measures.register");

        g_assert_cmpuint (g_list_model_get_n_items (measures), ==, 1);
      }
      nr_report_close (report);
      nr_test_remove_tree (dir);
    }
}

int
main (int   argc,
      char *argv[])
{
  nr_test_init (&argc, &argv);

  g_test_add_func ("/crash/killed-while-editing", test_killed_while_editing);
  g_test_add_func ("/crash/killed-while-exporting", test_killed_while_exporting);
  g_test_add_func ("/crash/killed-while-migrating", test_killed_while_migrating);
  g_test_add_func ("/crash/disk-full-while-editing", test_disk_full_while_editing);
  g_test_add_func ("/crash/disk-full-while-exporting", test_disk_full_while_exporting);

  return g_test_run ();
}
