/* test-private-move.c: moving a finished file into place without replacing
 * one, on every kind of file system people keep reports on.  A FAT stick
 * cannot be mounted here, so each way of moving is run directly, on the
 * disk at hand, and the choice of the next way is checked for the errors
 * FAT, exFAT and SMB give. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "nr-file.h"
#include "nr-test-util.h"

static void
test_fallback_order (void)
{
  /* No renameat2() flags: an SMB share, a FUSE file system, an old kernel. */
  g_assert_cmpint (nr_move_fallback (NR_MOVE_RENAME_NOREPLACE, EINVAL), ==, NR_MOVE_LINK);
  g_assert_cmpint (nr_move_fallback (NR_MOVE_RENAME_NOREPLACE, ENOSYS), ==, NR_MOVE_LINK);
  /* No hard links: FAT, exFAT. */
  g_assert_cmpint (nr_move_fallback (NR_MOVE_LINK, EPERM), ==, NR_MOVE_CLAIM_THEN_RENAME);
  g_assert_cmpint (nr_move_fallback (NR_MOVE_LINK, EOPNOTSUPP), ==, NR_MOVE_CLAIM_THEN_RENAME);
  /* A name taken or a full disk is an answer, not a lack of means. */
  g_assert_cmpint (nr_move_fallback (NR_MOVE_RENAME_NOREPLACE, EEXIST), ==, NR_MOVE_NONE);
  g_assert_cmpint (nr_move_fallback (NR_MOVE_LINK, EEXIST), ==, NR_MOVE_NONE);
  g_assert_cmpint (nr_move_fallback (NR_MOVE_LINK, ENOSPC), ==, NR_MOVE_NONE);
  g_assert_cmpint (nr_move_fallback (NR_MOVE_CLAIM_THEN_RENAME, EPERM), ==, NR_MOVE_NONE);
}

static char *
contents_of (const char *dir,
             const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  char *contents = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return NULL;
  return contents;
}

static void
write_in (const char *dir,
          const char *name,
          const char *contents)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
}

/* Each way moves the file, and none replaces a file already there. */
static void
test_each_way (void)
{
  NrMoveMethod ways[] = { NR_MOVE_RENAME_NOREPLACE, NR_MOVE_LINK, NR_MOVE_CLAIM_THEN_RENAME };

  for (guint i = 0; i < G_N_ELEMENTS (ways); i++)
    {
      g_autofree char *dir = nr_test_make_tmpdir ();
      g_autofree char *private_dir = g_build_filename (dir, ".private", NULL);
      g_autofree char *moved = NULL;
      g_autofree char *kept = NULL;
      g_autofree char *left = NULL;
      int dir_fd, private_fd;

      g_assert_cmpint (g_mkdir (private_dir, 0700), ==, 0);
      dir_fd = open (dir, O_RDONLY | O_DIRECTORY);
      private_fd = open (private_dir, O_RDONLY | O_DIRECTORY);
      write_in (private_dir, "new", "new report");
      write_in (private_dir, "second", "second report");

      g_assert_cmpint (nr_move_without_replacing (private_fd, "new", dir_fd, "report.normsreport", ways[i]), ==, 0);
      moved = contents_of (dir, "report.normsreport");
      g_assert_cmpstr (moved, ==, "new report");
      g_assert_null (contents_of (private_dir, "new"));

      g_assert_cmpint (nr_move_without_replacing (private_fd, "second", dir_fd, "report.normsreport", ways[i]), ==, EEXIST);
      kept = contents_of (dir, "report.normsreport");
      g_assert_cmpstr (kept, ==, "new report");
      left = contents_of (private_dir, "second");
      g_assert_cmpstr (left, ==, "second report");

      close (private_fd);
      close (dir_fd);
      nr_test_remove_tree (dir);
    }
}

/* The private folder goes, with what is left in it; it is made mode 0700
 * beside the file's place. */
static void
test_private_folder (void)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autoptr(GDir) listing = NULL;
  NrPrivateFolder *folder;
  const char *path;
  GStatBuf info;
  int saved_errno = 0;

  folder = nr_private_folder_new (dir, ".normsreport-import-", "import.normsreport", &saved_errno);
  g_assert_nonnull (folder);
  path = nr_private_folder_get_path (folder);
  g_assert_true (g_str_has_prefix (path, dir));
  g_assert_true (g_str_has_suffix (path, "/import.normsreport"));
  {
    g_autofree char *private_dir = g_path_get_dirname (path);
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);

    g_assert_cmpint (g_stat (private_dir, &info), ==, 0);
    g_assert_cmpint (info.st_mode & 0777, ==, 0700);
    g_assert_true (g_file_set_contents (path, "half", -1, NULL));
    g_assert_true (g_file_set_contents (wal, "log", -1, NULL));
  }
  nr_private_folder_free (folder);

  listing = g_dir_open (dir, 0, NULL);
  g_assert_null (g_dir_read_name (listing));
  nr_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  nr_test_init (&argc, &argv);

  g_test_add_func ("/private-move/fallback-order", test_fallback_order);
  g_test_add_func ("/private-move/each-way", test_each_way);
  g_test_add_func ("/private-move/private-folder", test_private_folder);

  return g_test_run ();
}
