/* test-write-targets.c: writing never replaces what is not a regular file,
 * and imports move into place without replacing anything, leaving nothing
 * behind, even after a killed run. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "nr-core.h"
#include "nr-test-util.h"

static GBytes *
some_contents (void)
{
  return g_bytes_new_static ("<overview/>\n", strlen ("<overview/>\n"));
}

static void
assert_mode (const char *path,
             gboolean  (*is_kind) (mode_t mode),
             const char *kind)
{
  struct stat info;

  g_assert_cmpint (lstat (path, &info), ==, 0);
  if (!is_kind (info.st_mode))
    g_error ("“%s” is no longer a %s (mode %o)", path, kind, info.st_mode);
}

static gboolean is_fifo (mode_t mode) { return S_ISFIFO (mode); }
static gboolean is_link (mode_t mode) { return S_ISLNK (mode); }
static gboolean is_char_device (mode_t mode) { return S_ISCHR (mode); }
static gboolean is_socket (mode_t mode) { return S_ISSOCK (mode); }

/* Only @expected is left in @dir: no private folder, no temporary file. */
static void
assert_only (const char *dir,
             const char *const *expected)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (listing)) != NULL)
    {
      if (!g_strv_contains (expected, name))
        g_error ("“%s” was left in %s", name, dir);
    }
}

/* A FIFO someone reads is written into, as a shell's ">" writes, and stays
 * a FIFO. */
static void
test_fifo_with_reader (void)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "overview.html", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) contents = some_contents ();
  g_autoptr(GError) error = NULL;
  char received[64] = { 0 };
  int reader;

  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  reader = open (path, O_RDONLY | O_NONBLOCK);
  g_assert_cmpint (reader, >=, 0);

  g_assert_true (nr_write_file_privately (file, contents, &error));
  g_assert_no_error (error);
  g_assert_cmpint (read (reader, received, sizeof received - 1), ==, g_bytes_get_size (contents));
  g_assert_cmpstr (received, ==, "<overview/>\n");
  close (reader);

  assert_mode (path, is_fifo, "FIFO");
  assert_only (dir, (const char *[]) { "overview.html", NULL });
  nr_test_remove_tree (dir);
}

/* Nobody reading: refused at once, rather than waiting (in a window's main
 * loop) or replacing the FIFO. */
static void
test_fifo_without_reader (void)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "overview.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) contents = some_contents ();
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  g_assert_false (nr_write_file_privately (file, contents, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, "no program is reading"));

  assert_mode (path, is_fifo, "FIFO");
  assert_only (dir, (const char *[]) { "overview.csv", NULL });
  nr_test_remove_tree (dir);
}

/* A link is followed: what it leads to is written, and the link stays.
 * Here it leads to a character device, which is written into: as root,
 * replacing it would have replaced /dev/null. */
static void
test_link_to_device (void)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "discard.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) contents = some_contents ();
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (symlink ("/dev/null", path), ==, 0);
  g_assert_true (nr_write_file_privately (file, contents, &error));
  g_assert_no_error (error);

  assert_mode (path, is_link, "link");
  assert_mode ("/dev/null", is_char_device, "character device");
  assert_only (dir, (const char *[]) { "discard.pdf", NULL });
  nr_test_remove_tree (dir);
}

static void
test_link_to_file (void)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *real_dir = g_build_filename (dir, "exports", NULL);
  g_autofree char *real = g_build_filename (real_dir, "2025.xml", NULL);
  g_autofree char *path = g_build_filename (dir, "latest.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) contents = some_contents ();
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;

  g_assert_cmpint (g_mkdir (real_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (real, "old", -1, NULL));
  g_assert_cmpint (symlink ("exports/2025.xml", path), ==, 0);

  g_assert_true (nr_write_file_privately (file, contents, &error));
  g_assert_no_error (error);
  assert_mode (path, is_link, "link");
  g_assert_true (g_file_get_contents (real, &written, NULL, NULL));
  g_assert_cmpstr (written, ==, "<overview/>\n");
  assert_only (dir, (const char *[]) { "latest.xml", "exports", NULL });
  assert_only (real_dir, (const char *[]) { "2025.xml", NULL });
  nr_test_remove_tree (dir);
}

/* A folder and a socket are neither written nor replaced. */
static void
test_other_kinds_refused (void)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *folder = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *socket_path = g_build_filename (dir, "report.xml", NULL);
  g_autoptr(GFile) folder_file = g_file_new_for_path (folder);
  g_autoptr(GFile) socket_file = g_file_new_for_path (socket_path);
  g_autoptr(GBytes) contents = some_contents ();
  g_autoptr(GError) folder_error = NULL;
  g_autoptr(GError) socket_error = NULL;
  struct sockaddr_un address = { AF_UNIX, "" };
  int listener = socket (AF_UNIX, SOCK_STREAM, 0);

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_false (nr_write_file_privately (folder_file, contents, &folder_error));
  g_assert_error (folder_error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_assert_nonnull (strstr (folder_error->message, folder));

  g_assert_cmpuint (strlen (socket_path), <, sizeof address.sun_path);
  strcpy (address.sun_path, socket_path);
  g_assert_cmpint (bind (listener, (struct sockaddr *) &address, sizeof address), ==, 0);
  g_assert_false (nr_write_file_privately (socket_file, contents, &socket_error));
  g_assert_error (socket_error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_assert_nonnull (strstr (socket_error->message, socket_path));
  assert_mode (socket_path, is_socket, "socket");
  close (listener);

  assert_only (dir, (const char *[]) { "report.pdf", "report.xml", NULL });
  nr_test_remove_tree (dir);
}

static void
make_leftover (const char *dir,
               const char *folder_name,
               const char *file_name,
               gint64      age_seconds)
{
  g_autofree char *folder = g_build_filename (dir, folder_name, NULL);
  g_autofree char *file = g_build_filename (folder, file_name, NULL);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  struct timespec times[2] = { { now - age_seconds, 0 }, { now - age_seconds, 0 } };

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (file, "half a report", -1, NULL));
  g_assert_cmpint (utimensat (AT_FDCWD, folder, times, 0), ==, 0);
}

/* An import killed half-way leaves its private folder; the next import
 * beside it removes those over an hour old, and only those. */
static void
test_stale_imports_swept (void)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *xml = g_test_build_filename (G_TEST_DIST, "fixtures", "interchange", "valid-minimal.xml", NULL);
  g_autofree char *report_path = g_build_filename (dir, "imported.normsreport", NULL);
  g_autofree char *fresh = g_build_filename (dir, ".normsreport-import-Fresh1", NULL);
  g_autofree char *other = g_build_filename (dir, ".normsreport-import-elsewhere", NULL);
  g_autoptr(GFile) xml_file = g_file_new_for_path (xml);
  g_autoptr(GFile) report_file = g_file_new_for_path (report_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(NrReport) report = NULL;

  make_leftover (dir, ".normsreport-import-Old123", "import.normsreport", 2 * 60 * 60);
  make_leftover (dir, ".normsreport-import-Fresh1", "import.normsreport", 10 * 60);
  /* Not a name we make: never ours to remove. */
  make_leftover (dir, ".normsreport-import-elsewhere", "import.normsreport", 2 * 60 * 60);

  report = nr_report_import (xml_file, report_file, &error);
  g_assert_no_error (error);
  nr_report_close (report);

  g_assert_true (g_file_test (fresh, G_FILE_TEST_IS_DIR));
  g_assert_true (g_file_test (other, G_FILE_TEST_IS_DIR));
  assert_only (dir, (const char *[]) { "imported.normsreport", "imported.normsreport-wal",
                                       "imported.normsreport-shm", ".normsreport-import-Fresh1",
                                       ".normsreport-import-elsewhere", NULL });
  nr_test_remove_tree (dir);
}

/* The same for exports: stale private folders beside the target go. */
static void
test_stale_exports_swept (void)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "overview.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) contents = some_contents ();
  g_autoptr(GError) error = NULL;

  make_leftover (dir, ".overview.csv.Old123", "overview.csv", 2 * 60 * 60);
  make_leftover (dir, ".overview.csv.Fresh1", "overview.csv", 10 * 60);

  g_assert_true (nr_write_file_privately (file, contents, &error));
  g_assert_no_error (error);
  assert_only (dir, (const char *[]) { "overview.csv", ".overview.csv.Fresh1", NULL });
  nr_test_remove_tree (dir);
}

/* Every cell a spreadsheet would take for a formula is made text; the file
 * name is the cell a submission's sender chooses. */
static void
test_csv_cells_never_formulas (void)
{
  const char *names[] = { "=HYPERLINK(\"evil.example\").xml", "@SUM(1).xml", "+1.xml", "-1.xml",
                          "\tcmd.xml", "\rcmd.xml" };
  g_autofree char *xml_path = g_test_build_filename (G_TEST_DIST, "fixtures", "interchange", "valid-minimal.xml", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(NrQuestionnaire) questionnaire = nr_questionnaire_load_builtin (NR_QUESTIONNAIRE_DEFAULT_ID, &error);
  g_autoptr(NrOverview) overview = nr_overview_new (questionnaire);
  g_autoptr(GBytes) xml = NULL;
  g_autoptr(GBytes) csv_bytes = NULL;
  g_autofree char *csv = NULL;
  g_auto(GStrv) rows = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (xml_path, &contents, &length, NULL));
  xml = g_bytes_new_take (contents, length);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_true (nr_overview_add_bytes (overview, xml, names[i]));

  csv_bytes = nr_overview_to_csv (overview);
  csv = g_strndup (g_bytes_get_data (csv_bytes, NULL), g_bytes_get_size (csv_bytes));
  rows = g_strsplit (csv, "\r\n", -1);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GString) cell = g_string_new ("\"'");

      for (const char *p = names[i]; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (cell, '"');
          g_string_append_c (cell, *p);
        }
      g_string_append (cell, "\",");
      if (strstr (rows[i + 1], cell->str) == NULL)
        g_error ("“%s” not in the row “%s”", cell->str, rows[i + 1]);
    }
}

int
main (int   argc,
      char *argv[])
{
  nr_test_init (&argc, &argv);

  g_test_add_func ("/write/fifo-with-reader", test_fifo_with_reader);
  g_test_add_func ("/write/fifo-without-reader", test_fifo_without_reader);
  g_test_add_func ("/write/link-to-device", test_link_to_device);
  g_test_add_func ("/write/link-to-file", test_link_to_file);
  g_test_add_func ("/write/other-kinds-refused", test_other_kinds_refused);
  g_test_add_func ("/write/stale-exports-swept", test_stale_exports_swept);
  g_test_add_func ("/import/stale-imports-swept", test_stale_imports_swept);
  g_test_add_func ("/overview/csv-cells-never-formulas", test_csv_cells_never_formulas);

  return g_test_run ();
}
