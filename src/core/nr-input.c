/* nr-input.c: reading a whole file that may come from anywhere, within a
 * bound.
 *
 * Every file the core reads whole (interchange XML, questionnaires) comes
 * through here, and a name given to a program can stand for anything: a
 * FIFO whose opening blocks and whose end never comes, /dev/zero, a folder,
 * a file of gigabytes.  So the file is opened without blocking and without
 * becoming our controlling terminal, refused unless it is a regular file,
 * refused from its size alone when that is over the bound, and read no
 * further than the bound even if it grows meanwhile.  Standard input is the
 * one stream that may be a pipe: it is read up to the bound and no further.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include "nr-input.h"

static void
set_read_error (GError     **error,
                const char  *display_name,
                int          saved_errno)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Could not read “%s”: %s"), display_name, g_strerror (saved_errno));
}

/**
 * nr_input_set_too_large_error:
 * @size: the size of the input, or -1 when it is not known
 *
 * Says that an input is over the bound, the same way for every input.
 */
void
nr_input_set_too_large_error (GError     **error,
                              const char  *display_name,
                              goffset      size,
                              gsize        max_size)
{
  g_autofree char *bound = g_format_size_full (max_size, G_FORMAT_SIZE_IEC_UNITS);

  if (size >= 0)
    {
      g_autofree char *has = g_format_size_full (size, G_FORMAT_SIZE_IEC_UNITS);

      /* "it has 4.0 MiB, and files over 4.0 MiB…" would puzzle. */
      if (g_str_equal (has, bound))
        {
          g_free (has);
          has = g_format_size_full (size, G_FORMAT_SIZE_IEC_UNITS | G_FORMAT_SIZE_LONG_FORMAT);
        }

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                   _("“%s” is too large to read: it has %s, and files over %s are refused."),
                   display_name, has, bound);
    }
  else
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                 _("“%s” is too large to read: files over %s are refused."), display_name, bound);
}

/* Only a regular file has an end that comes and a size known beforehand. */
static gboolean
check_regular (const struct stat  *info,
               const char         *display_name,
               GError            **error)
{
  if (S_ISREG (info->st_mode))
    return TRUE;
  if (S_ISDIR (info->st_mode))
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                 _("Could not read “%s”: it is a folder."), display_name);
  else
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                 _("Could not read “%s”: it is not a regular file."), display_name);
  return FALSE;
}

/* Reads @fd to its end, or fails once more than @max_size bytes have come:
 * never more than one byte past the bound is read.  @size_hint is the size
 * expected, so that a regular file is read into one allocation. */
static GBytes *
read_to_end (int          fd,
             const char  *display_name,
             gsize        size_hint,
             gsize        max_size,
             GError     **error)
{
  gsize capacity = MIN (size_hint, max_size) + 1;
  g_autofree guint8 *buffer = g_malloc (capacity);
  gsize length = 0;

  for (;;)
    {
      gssize n_read;

      if (length == capacity)
        {
          capacity = MIN (MAX (capacity * 2, 64 * 1024), max_size + 1);
          buffer = g_realloc (buffer, capacity);
        }

      n_read = read (fd, buffer + length, capacity - length);
      if (n_read < 0 && errno == EINTR)
        continue;
      if (n_read < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
        {
          /* A pipe left non-blocking by whoever made it: wait for data. */
          struct pollfd ready = { fd, POLLIN, 0 };

          poll (&ready, 1, -1);
          continue;
        }
      if (n_read < 0)
        {
          set_read_error (error, display_name, errno);
          return NULL;
        }
      if (n_read == 0)
        break;

      length += n_read;
      if (length > max_size)
        {
          nr_input_set_too_large_error (error, display_name, -1, max_size);
          return NULL;
        }
    }

  return g_bytes_new_take (g_realloc (g_steal_pointer (&buffer), MAX (length, 1)), length);
}

/**
 * nr_input_open_regular:
 *
 * Opens @file for reading if it is a regular file on a local disk, without
 * blocking on a FIFO and without side effects on a device: both are looked
 * at before they are opened and refused.
 *
 * Returns: a file descriptor to close, or -1 with @error set, naming the
 *   file.
 */
int
nr_input_open_regular (GFile   *file,
                       GError **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *name = g_file_get_parse_name (file);
  struct stat info;
  int fd;

  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Could not read “%s”: only files on a local disk can be read."), name);
      return -1;
    }

  /* Looked at before opening, as opening some devices does something. */
  if (stat (path, &info) != 0)
    {
      set_read_error (error, name, errno);
      return -1;
    }
  if (!check_regular (&info, name, error))
    return -1;

  /* And again once open, in case the name now stands for something else. */
  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      set_read_error (error, name, errno);
      return -1;
    }
  if (fstat (fd, &info) != 0)
    {
      set_read_error (error, name, errno);
      close (fd);
      return -1;
    }
  if (!check_regular (&info, name, error))
    {
      close (fd);
      return -1;
    }
  return fd;
}

/**
 * nr_input_read_file:
 * @max_size: the most bytes accepted
 *
 * Reads a regular file whole, refusing anything else, and a file over
 * @max_size from its size alone, before reading it.
 *
 * Returns: (transfer full): the contents, or %NULL with @error set, naming
 *   the file.
 */
GBytes *
nr_input_read_file (GFile   *file,
                    gsize    max_size,
                    GError **error)
{
  g_autofree char *name = g_file_get_parse_name (file);
  GBytes *contents;
  struct stat info;
  int fd;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  fd = nr_input_open_regular (file, error);
  if (fd < 0)
    return NULL;

  if (fstat (fd, &info) != 0)
    {
      set_read_error (error, name, errno);
      close (fd);
      return NULL;
    }
  if (info.st_size > 0 && (guint64) info.st_size > max_size)
    {
      nr_input_set_too_large_error (error, name, info.st_size, max_size);
      close (fd);
      return NULL;
    }

  contents = read_to_end (fd, name, info.st_size, max_size, error);
  close (fd);
  return contents;
}

/**
 * nr_input_read_stream:
 * @fd: an open file descriptor, such as standard input, which may be a
 *   pipe or a terminal
 * @display_name: how to name it in messages
 * @max_size: the most bytes accepted
 *
 * Reads @fd to its end, refusing more than @max_size bytes without reading
 * further.  @fd is left open.
 *
 * Returns: (transfer full): the contents, or %NULL with @error set.
 */
GBytes *
nr_input_read_stream (int          fd,
                      const char  *display_name,
                      gsize        max_size,
                      GError     **error)
{
  struct stat info;
  gsize size_hint = 0;

  g_return_val_if_fail (display_name != NULL, NULL);

  if (fstat (fd, &info) != 0)
    {
      set_read_error (error, display_name, errno);
      return NULL;
    }
  /* Anything that can be read to an end will do, but not a folder. */
  if (S_ISDIR (info.st_mode))
    {
      check_regular (&info, display_name, error);
      return NULL;
    }
  if (S_ISREG (info.st_mode))
    {
      if (info.st_size > 0 && (guint64) info.st_size > max_size)
        {
          nr_input_set_too_large_error (error, display_name, info.st_size, max_size);
          return NULL;
        }
      size_hint = info.st_size;
    }

  return read_to_end (fd, display_name, size_hint, max_size, error);
}
