/* nr-file.c: writing a whole file so that the one it replaces is never
 * harmed, and what is not a regular file is never replaced.
 *
 * Exports, PDFs and overviews are written to a new file in a private folder
 * beside the target, synced to the disk, and renamed over the target only
 * when complete; an import builds its report in such a folder too, and
 * moves it into place without ever replacing a file.  A full disk, a
 * file-size limit or any other failure leaves the previous file exactly as
 * it was, and no temporary file behind.  (g_file_replace_contents() was not
 * enough: with a file-size limit it was seen to cut the previous file
 * short.)
 *
 * Every step works on file descriptors of the folders concerned, not on
 * paths, so that nothing another program renames meanwhile can make it
 * write, move or remove anything elsewhere.
 */
#define _GNU_SOURCE
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "nr-file.h"
#include "nr-report-export.h"

/* The six characters that make a private folder's name unique, as
 * mkdtemp() makes them. */
#define UNIQUE_LENGTH 6

struct _NrPrivateFolder
{
  int dir_fd;                /* the folder of the target */
  int fd;                    /* the private folder, in it */
  char *name;                /* the private folder's name */
  char *inner_name;          /* the file's name in the private folder */
  char *path;                /* the file's path, for SQLite */
};

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

/* Removes a private folder and what a write or SQLite may have left in it:
 * the file, its journal, its write-ahead log and its shared memory.  The
 * folder is opened without following a link, and its files removed
 * through it; anything else in it keeps it from being removed. */
static void
remove_private_folder (int         dir_fd,
                       const char *name,
                       const char *inner_name)
{
  static const char * const suffixes[] = { "", "-journal", "-wal", "-shm" };
  int fd = openat (dir_fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);

  if (fd >= 0)
    {
      for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
        {
          g_autofree char *file_name = g_strconcat (inner_name, suffixes[i], NULL);

          unlinkat (fd, file_name, 0);
        }
      close (fd);
    }
  unlinkat (dir_fd, name, AT_REMOVEDIR);
}

/* A write that was killed half-way leaves its private folder behind, with
 * the file it was writing (it has to be beside the target for the rename to
 * be atomic).  The next write beside it removes those older than an hour,
 * folders or single files: no write takes that long, so none of them is
 * still in use.  Only our own, named exactly as we name them. */
#define STALE_AFTER_SECONDS (60 * 60)

static void
remove_stale_private_folders (int         dir_fd,
                              const char *prefix,
                              const char *inner_name)
{
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  int listing_fd = openat (dir_fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  DIR *listing = listing_fd >= 0 ? fdopendir (listing_fd) : NULL;
  struct dirent *entry;

  if (listing == NULL)
    {
      if (listing_fd >= 0)
        close (listing_fd);
      return;
    }

  while ((entry = readdir (listing)) != NULL)
    {
      struct stat info;

      if (!g_str_has_prefix (entry->d_name, prefix) ||
          strlen (entry->d_name) != strlen (prefix) + UNIQUE_LENGTH)
        continue;
      if (fstatat (dir_fd, entry->d_name, &info, AT_SYMLINK_NOFOLLOW) != 0 ||
          info.st_uid != getuid () || now - info.st_mtime <= STALE_AFTER_SECONDS)
        continue;
      if (S_ISREG (info.st_mode))
        unlinkat (dir_fd, entry->d_name, 0);
      else if (S_ISDIR (info.st_mode))
        remove_private_folder (dir_fd, entry->d_name, inner_name);
    }
  closedir (listing);
}

static gboolean
make_private_folder (NrPrivateFolder *self,
                     const char      *prefix)
{
  static const char letters[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  for (guint attempt = 0; attempt < 100; attempt++)
    {
      GString *name = g_string_new (prefix);

      for (guint i = 0; i < UNIQUE_LENGTH; i++)
        g_string_append_c (name, letters[g_random_int_range (0, sizeof letters - 1)]);
      if (mkdirat (self->dir_fd, name->str, 0700) == 0)
        {
          self->name = g_string_free (name, FALSE);
          return TRUE;
        }
      g_string_free (name, TRUE);
      if (errno != EEXIST)
        return FALSE;
    }
  return FALSE;
}

/**
 * nr_private_folder_new:
 * @dir: the folder where the file is to go
 * @prefix: how the private folder's name begins; a hidden name
 * @inner_name: the file's name in the private folder
 * @saved_errno: (out): why it could not be made
 *
 * Makes a private folder (mode 0700) in @dir, on the same file system as
 * the file's place so that moving the file there is atomic, after removing
 * private folders with the same @prefix that a killed write left there.
 *
 * Returns: (transfer full) (nullable): the folder, or %NULL
 */
NrPrivateFolder *
nr_private_folder_new (const char *dir,
                       const char *prefix,
                       const char *inner_name,
                       int        *saved_errno)
{
  g_autoptr(NrPrivateFolder) self = g_new0 (NrPrivateFolder, 1);

  self->fd = -1;
  self->inner_name = g_strdup (inner_name);
  self->dir_fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  if (self->dir_fd < 0)
    {
      *saved_errno = errno;
      return NULL;
    }

  remove_stale_private_folders (self->dir_fd, prefix, inner_name);
  if (!make_private_folder (self, prefix))
    {
      *saved_errno = errno;
      return NULL;
    }
  self->fd = openat (self->dir_fd, self->name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (self->fd < 0)
    {
      *saved_errno = errno;
      return NULL;
    }
  self->path = g_build_filename (dir, self->name, inner_name, NULL);
  return g_steal_pointer (&self);
}

/* The file's path in the private folder, for what needs a path (SQLite). */
const char *
nr_private_folder_get_path (NrPrivateFolder *self)
{
  return self->path;
}

/* The private folder, to create the file in with openat(). */
int
nr_private_folder_get_fd (NrPrivateFolder *self)
{
  return self->fd;
}

/**
 * nr_private_folder_free:
 *
 * Removes the private folder, with what is left of the file in it.
 */
void
nr_private_folder_free (NrPrivateFolder *self)
{
  if (self->dir_fd >= 0 && self->name != NULL)
    remove_private_folder (self->dir_fd, self->name, self->inner_name);
  if (self->fd >= 0)
    close (self->fd);
  if (self->dir_fd >= 0)
    close (self->dir_fd);
  g_free (self->name);
  g_free (self->inner_name);
  g_free (self->path);
  g_free (self);
}

/**
 * nr_move_fallback:
 * @failed: the way of moving that failed
 * @error_number: why
 *
 * Returns: the way to try next, or %NR_MOVE_NONE when the failure was not
 *   the file system's lack of a way (the name is taken, the disk is full).
 */
NrMoveMethod
nr_move_fallback (NrMoveMethod failed,
                  int          error_number)
{
  switch (failed)
    {
    case NR_MOVE_RENAME_NOREPLACE:
      /* Older kernels, and file systems such as SMB shares and many FUSE
       * ones, cannot rename without replacing. */
      return error_number == EINVAL || error_number == ENOSYS || error_number == EOPNOTSUPP
             ? NR_MOVE_LINK : NR_MOVE_NONE;
    case NR_MOVE_LINK:
      /* FAT and exFAT, as on most USB sticks, and many SMB shares have no
       * hard links. */
      return error_number == EPERM || error_number == ENOSYS || error_number == EOPNOTSUPP
             ? NR_MOVE_CLAIM_THEN_RENAME : NR_MOVE_NONE;
    case NR_MOVE_CLAIM_THEN_RENAME:
    case NR_MOVE_NONE:
    default:
      return NR_MOVE_NONE;
    }
}

/* Claims @to with an empty file of our own, which fails if the name is
 * taken, then renames over the claim.  In between another program could
 * put a file of its own in place of our claim, and the rename would
 * replace it: the one moment a file could be lost, and only to a program
 * that removes a file it did not make. */
static int
claim_then_rename (int         from_dir,
                   const char *from,
                   int         to_dir,
                   const char *to)
{
  struct stat claimed, now;
  int saved_errno = 0;
  int claim = openat (to_dir, to, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);

  if (claim < 0)
    return errno;
  if (fstat (claim, &claimed) != 0 || renameat (from_dir, from, to_dir, to) != 0)
    {
      saved_errno = errno;
      /* Our claim goes, and only our claim. */
      if (fstatat (to_dir, to, &now, AT_SYMLINK_NOFOLLOW) == 0 &&
          now.st_dev == claimed.st_dev && now.st_ino == claimed.st_ino)
        unlinkat (to_dir, to, 0);
    }
  close (claim);
  return saved_errno;
}

static int
move_once (NrMoveMethod  method,
           int           from_dir,
           const char   *from,
           int           to_dir,
           const char   *to)
{
  switch (method)
    {
    case NR_MOVE_RENAME_NOREPLACE:
      return renameat2 (from_dir, from, to_dir, to, RENAME_NOREPLACE) == 0 ? 0 : errno;
    case NR_MOVE_LINK:
      if (linkat (from_dir, from, to_dir, to, 0) != 0)
        return errno;
      unlinkat (from_dir, from, 0);
      return 0;
    case NR_MOVE_CLAIM_THEN_RENAME:
      return claim_then_rename (from_dir, from, to_dir, to);
    case NR_MOVE_NONE:
    default:
      return ENOTSUP;
    }
}

/**
 * nr_move_without_replacing:
 * @first: the first way to try; the others follow as nr_move_fallback()
 *   says
 *
 * Moves @from in @from_dir to @to in @to_dir, never over a file already
 * there.
 *
 * Returns: 0, or the error number of the last way tried (%EEXIST: the
 *   name is taken)
 */
int
nr_move_without_replacing (int           from_dir,
                           const char   *from,
                           int           to_dir,
                           const char   *to,
                           NrMoveMethod  first)
{
  NrMoveMethod method = first;
  int saved_errno = ENOTSUP;

  while (method != NR_MOVE_NONE)
    {
      saved_errno = move_once (method, from_dir, from, to_dir, to);
      if (saved_errno == 0)
        return 0;
      method = nr_move_fallback (method, saved_errno);
    }
  return saved_errno;
}

/**
 * nr_private_folder_move_into_place:
 * @target_name: the file's name in the folder the private folder is in
 * @replace: whether to replace a file of that name
 *
 * Moves the file into place, and makes the move itself durable, as the
 * file's contents already are.
 *
 * Returns: 0, or an error number
 */
int
nr_private_folder_move_into_place (NrPrivateFolder *self,
                                   const char      *target_name,
                                   gboolean         replace)
{
  int saved_errno;

  if (replace)
    saved_errno = renameat (self->fd, self->inner_name, self->dir_fd, target_name) == 0 ? 0 : errno;
  else
    saved_errno = nr_move_without_replacing (self->fd, self->inner_name, self->dir_fd, target_name,
                                             NR_MOVE_RENAME_NOREPLACE);
  if (saved_errno == 0)
    fsync (self->dir_fd);
  return saved_errno;
}

static gboolean
fail_to_write (GError     **error,
               const char  *name,
               int          saved_errno)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Could not write “%s”: %s"), name, g_strerror (saved_errno));
  return FALSE;
}

/* A FIFO or a character device (a terminal, /dev/null) is written into, as
 * a shell's ">" does, never replaced.  It is opened without blocking, so
 * that a pipe nobody reads is refused at once rather than waiting, in the
 * window's main loop too; once open, it is written to the end.  A reader
 * that goes away gives an error, not the signal that would end the
 * program. */
static gboolean
write_in_place (const char  *path,
                const char  *name,
                GBytes      *contents,
                GError     **error)
{
  gsize size = 0;
  const guint8 *data = g_bytes_get_data (contents, &size);
  sigset_t broken_pipe, previous;
  struct stat info;
  gboolean written;
  int saved_errno;
  int fd = g_open (path, O_WRONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0);

  if (fd < 0 && errno == ENXIO)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not write “%s”: it is a pipe that no program is reading."), name);
      return FALSE;
    }
  if (fd < 0)
    return fail_to_write (error, name, errno);
  /* Still what it was when looked at, and from now on written blocking. */
  if (fstat (fd, &info) != 0 || fcntl (fd, F_SETFL, fcntl (fd, F_GETFL) & ~O_NONBLOCK) != 0)
    saved_errno = errno;
  else if (!S_ISFIFO (info.st_mode) && !S_ISCHR (info.st_mode))
    saved_errno = EINVAL;
  else
    saved_errno = 0;
  if (saved_errno != 0)
    {
      close (fd);
      return fail_to_write (error, name, saved_errno);
    }

  sigemptyset (&broken_pipe);
  sigaddset (&broken_pipe, SIGPIPE);
  pthread_sigmask (SIG_BLOCK, &broken_pipe, &previous);
  written = write_all (fd, data, size);
  saved_errno = errno;
  if (!written && saved_errno == EPIPE && !sigismember (&previous, SIGPIPE))
    {
      const struct timespec no_wait = { 0, 0 };

      sigtimedwait (&broken_pipe, NULL, &no_wait);
    }
  pthread_sigmask (SIG_SETMASK, &previous, NULL);

  if (close (fd) != 0 && written)
    {
      written = FALSE;
      saved_errno = errno;
    }
  return written || fail_to_write (error, name, saved_errno);
}

/* Writes a new regular file at @path, replacing the one there only once
 * the new one is complete and on the disk. */
static gboolean
write_replacing (const char  *path,
                 const char  *name,
                 GBytes      *contents,
                 GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *prefix = g_strdup_printf (".%s.", base);
  g_autoptr(NrPrivateFolder) folder = NULL;
  gsize size = 0;
  const guint8 *data = g_bytes_get_data (contents, &size);
  gboolean written;
  int saved_errno = 0;
  int fd;

  folder = nr_private_folder_new (dir, prefix, base, &saved_errno);
  if (folder == NULL)
    return fail_to_write (error, name, saved_errno);

  fd = openat (folder->fd, base, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
  written = fd >= 0 && write_all (fd, data, size) && fsync (fd) == 0;
  if (!written)
    saved_errno = errno;
  if (fd >= 0 && close (fd) != 0 && written)
    {
      written = FALSE;
      saved_errno = errno;
    }
  if (written)
    saved_errno = nr_private_folder_move_into_place (folder, base, TRUE);
  return saved_errno == 0 || fail_to_write (error, name, saved_errno);
}

/**
 * nr_write_file_privately:
 *
 * Writes @contents to @file with mode 0600, atomically: a failure, a full
 * disk included, never leaves a partial file and never harms the one that
 * was there.  The new file is written in a private folder (mode 0700) made
 * beside the target, on the same file system so that the rename is atomic,
 * and the folder is removed afterwards.
 *
 * A link is followed: the file it leads to is replaced, and the link stays.
 * A FIFO or a character device is written into, never replaced; a folder,
 * a socket or a block device is refused.
 */
gboolean
nr_write_file_privately (GFile   *file,
                         GBytes  *contents,
                         GError **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *name = g_file_get_parse_name (file);
  g_autofree char *target = NULL;
  struct stat info;

  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Could not write “%s”: only files on a local disk can be written."), name);
      return FALSE;
    }

  if (lstat (path, &info) != 0)
    {
      if (errno != ENOENT)
        return fail_to_write (error, name, errno);
      return write_replacing (path, name, contents, error);
    }
  if (S_ISLNK (info.st_mode))
    {
      target = realpath (path, NULL);
      if (target == NULL || stat (target, &info) != 0)
        return fail_to_write (error, name, errno);
    }

  if (S_ISREG (info.st_mode))
    return write_replacing (target != NULL ? target : path, name, contents, error);
  if (S_ISFIFO (info.st_mode) || S_ISCHR (info.st_mode))
    return write_in_place (target != NULL ? target : path, name, contents, error);
  if (S_ISDIR (info.st_mode))
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                 _("Could not write “%s”: it is a folder."), name);
  else
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                 _("Could not write “%s”: it is neither a regular file nor a pipe."), name);
  return FALSE;
}
