/* nr-test-util.c: helpers shared by the test programs. */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <locale.h>
#include <sqlite3.h>
#include <stdlib.h>

#include "nr-test-util.h"

/* The user's own folders, moved aside into one private directory for the
 * whole test program and removed at exit, so that no test reads or writes
 * the real ones.  The variables are set before anything asks GLib for a
 * folder, and programs the tests start inherit them. */
static char *private_home;

static void
remove_private_home (void)
{
  nr_test_remove_tree (private_home);
  g_clear_pointer (&private_home, g_free);
}

static void
set_private_folder (const char *variable,
                    const char *name)
{
  g_autofree char *path = g_build_filename (private_home, name, NULL);

  g_assert_cmpint (g_mkdir_with_parents (path, 0700), ==, 0);
  g_setenv (variable, path, TRUE);
}

/* With @system_too, the system's data and configuration folders and the
 * session's runtime folder are replaced by private ones as well, so that
 * nothing installed on the machine or running in the session changes what
 * a test sees. */
static void
isolate_folders (gboolean system_too)
{
  const char *folders[][2] = {
    { "HOME", "home" },
    { "XDG_CONFIG_HOME", "config" },
    { "XDG_DATA_HOME", "data" },
    { "XDG_CACHE_HOME", "cache" },
    { "XDG_STATE_HOME", "state" },
  };
  const char *more_folders[][2] = {
    { "XDG_CONFIG_DIRS", "system-config" },
    { "XDG_DATA_DIRS", "system-data" },
    { "XDG_RUNTIME_DIR", "runtime" },
  };

  private_home = nr_test_make_tmpdir ();
  for (guint i = 0; i < G_N_ELEMENTS (folders); i++)
    set_private_folder (folders[i][0], folders[i][1]);
  for (guint i = 0; system_too && i < G_N_ELEMENTS (more_folders); i++)
    set_private_folder (more_folders[i][0], more_folders[i][1]);
  atexit (remove_private_home);
}

/* Tests run in the C locale with English messages, whatever the machine's
 * settings, so that assertions on messages are stable, and with the
 * private folders above.
 *
 * The folders are isolated once per program rather than per test case
 * (G_TEST_OPTION_ISOLATE_DIRS): GLib 2.74 leaks the folder names it
 * replaces at each test case, and LeakSanitizer can only tell that leak
 * from ours with a full stack for every allocation, which made the
 * sanitized tests several times slower.  The core never uses these
 * folders; the tests keep their files in directories of their own. */
static void
init (int      *argc,
      char   ***argv,
      gboolean  system_too)
{
  g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  isolate_folders (system_too);
  g_test_init (argc, argv, NULL);
}

void
nr_test_init (int    *argc,
              char ***argv)
{
  init (argc, argv, TRUE);
}

/* Windows need what a user's session has: the system's icons, fonts and
 * schemas.  So the GUI tests keep the system's folders and move only the
 * user's own aside. */
void
nr_test_init_gui (int    *argc,
                  char ***argv)
{
  init (argc, argv, FALSE);
}

/* A new private directory, removed by nr_test_remove_tree(). */
char *
nr_test_make_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("norms-reporter-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

/* Makes @place a file called @name in a new private folder. */
void
nr_test_place_init (NrTestPlace *place,
                    const char  *name)
{
  place->dir = nr_test_make_tmpdir ();
  place->path = g_build_filename (place->dir, name, NULL);
  place->file = g_file_new_for_path (place->path);
}

/* Removes @place's folder and all in it, even if a test took away its
 * write permission. */
void
nr_test_place_clear (NrTestPlace *place)
{
  g_chmod (place->dir, 0700);
  nr_test_remove_tree (place->dir);
  g_clear_pointer (&place->dir, g_free);
  g_clear_pointer (&place->path, g_free);
  g_clear_object (&place->file);
}

void
nr_test_remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      g_remove (path);
      return;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_chmod (child, 0700);
      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        nr_test_remove_tree (child);
      else
        g_remove (child);
    }
  g_dir_close (dir);
  g_rmdir (path);
}

/* The SHA-256 of a file's bytes, to prove that a refused file was not touched. */
char *
nr_test_file_digest (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

char *
nr_test_fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
}

/* The standard output of @argv (a program on PATH), which must succeed. */
char *
nr_test_run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *output = NULL;
  int wait_status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &output, NULL,
                &wait_status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (wait_status, NULL))
    g_error ("%s failed", argv[0]);
  return output;
}

/* The text of a PDF as poppler's pdftotext reads it, pages separated by
 * form feeds. */
char *
nr_test_pdf_text (const char *pdf_path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf_path, "-", NULL };

  return nr_test_run_tool (argv);
}

/* Writes a report in file format 1 to @path from the fixture
 * report-schema-1.sql, then runs @extra_sql (may be NULL), for instance to
 * damage it. */
void
nr_test_write_format_1_report (const char *path,
                               const char *extra_sql)
{
  g_autofree char *sql_path = nr_test_fixture_path ("report-schema-1.sql");
  g_autofree char *sql = NULL;
  g_autoptr(GError) error = NULL;
  char *message = NULL;
  sqlite3 *db = NULL;

  g_file_get_contents (sql_path, &sql, NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql_path, message);
  if (extra_sql != NULL)
    g_assert_cmpint (sqlite3_exec (db, extra_sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

/* The file format number of the report at @path, read without our code. */
int
nr_test_user_version (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int version;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return version;
}

/* Assertions on what a program printed or a file holds, with the whole
 * text in the message when they fail. */
void
nr_test_assert_contains (const char *haystack,
                         const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” not found in:\n%s", needle, haystack);
}

void
nr_test_assert_lacks (const char *haystack,
                      const char *needle)
{
  if (strstr (haystack, needle) != NULL)
    g_error ("“%s” found where it must not be:\n%s", needle, haystack);
}
