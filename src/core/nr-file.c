/* nr-file.c: writing a whole file so that the one it replaces is never
 * harmed.
 *
 * Exports, PDFs and overviews are written to a new file in a private folder
 * beside the target, synced to the disk, and renamed over the target only
 * when complete.  A
 * full disk, a file-size limit or any other failure leaves the previous
 * file exactly as it was, and no temporary file behind.  (g_file_replace_contents() was not enough: with
 * a file-size limit it was seen to cut the previous file short.)
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "nr-report-export.h"

static gboolean
write_all (int           fd,
           const guint8 *data,
           gsize         size)
{
  while (size > 0)
    {
      gssize written = write (fd, data, size);

      if (written < 0 && errno == EINTR)
        continue;
      if (written <= 0)
        {
          if (written == 0)
            errno = ENOSPC;
          return FALSE;
        }
      data += written;
      size -= written;
    }
  return TRUE;
}

/* A write that was killed half-way leaves its private folder behind, with
 * the file it was writing (it has to be beside the target for the rename to
 * be atomic).  The next write of the same file removes those older than an
 * hour, folders or single files: no write takes that long, so none of them
 * is still in use. */
#define STALE_AFTER_SECONDS (60 * 60)

static void
remove_stale_temporaries (const char *dir,
                          const char *base)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  g_autofree char *prefix = g_strdup_printf (".%s.", base);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  const char *entry;

  while (listing != NULL && (entry = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = NULL;
      GStatBuf info;

      /* Exactly ours: the prefix and mkstemp's six characters. */
      if (!g_str_has_prefix (entry, prefix) || strlen (entry) != strlen (prefix) + 6)
        continue;
      path = g_build_filename (dir, entry, NULL);
      if (g_lstat (path, &info) != 0 || info.st_uid != getuid () || now - info.st_mtime <= STALE_AFTER_SECONDS)
        continue;
      if (S_ISREG (info.st_mode))
        g_unlink (path);
      else if (S_ISDIR (info.st_mode))
        {
          g_autofree char *inside = g_build_filename (path, base, NULL);

          g_unlink (inside);
          g_rmdir (path);
        }
    }
}

/* Makes the rename itself durable, as the data already is. */
static void
sync_directory (const char *dir)
{
  int fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

/**
 * nr_write_file_privately:
 *
 * Writes @contents to @file with mode 0600, atomically: a failure, a full
 * disk included, never leaves a partial file and never harms the one that
 * was there.  The new file is written in a private folder (mode 0700) made
 * beside the target, on the same file system so that the rename is atomic,
 * and the folder is removed afterwards.
 */
gboolean
nr_write_file_privately (GFile   *file,
                         GBytes  *contents,
                         GError **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *name = g_file_get_parse_name (file);
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *private_dir = NULL;
  g_autofree char *temporary = NULL;
  gsize size = 0;
  const guint8 *data = g_bytes_get_data (contents, &size);
  gboolean written;
  int saved_errno = 0;
  int fd;

  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Could not write “%s”: only files on a local disk can be written."), name);
      return FALSE;
    }

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  remove_stale_temporaries (dir, base);

  private_dir = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
  if (g_mkdtemp_full (private_dir, 0700) == NULL)
    {
      saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not write “%s”: %s"), name, g_strerror (saved_errno));
      return FALSE;
    }
  temporary = g_build_filename (private_dir, base, NULL);

  fd = g_open (temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  written = fd >= 0 && write_all (fd, data, size) && fsync (fd) == 0;
  if (!written)
    saved_errno = errno;
  if (fd >= 0 && close (fd) != 0 && written)
    {
      written = FALSE;
      saved_errno = errno;
    }
  if (written && g_rename (temporary, path) != 0)
    {
      written = FALSE;
      saved_errno = errno;
    }
  if (!written)
    g_unlink (temporary);
  g_rmdir (private_dir);

  if (!written)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not write “%s”: %s"), name, g_strerror (saved_errno));
      return FALSE;
    }
  sync_directory (dir);
  return TRUE;
}
