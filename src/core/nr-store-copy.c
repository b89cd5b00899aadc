/* nr-store-copy.c: reading a report in a folder one may not write to.
 *
 * SQLite reads a database in WAL mode through a shared-memory file ("-shm")
 * that it keeps beside the database, and creates it if it is missing; in a
 * folder the user may not write to it cannot, and the report could not be
 * read at all.  Opening the file as immutable would need no such file, but
 * would also pass over the write-ahead log ("-wal"), where the latest edits
 * of whoever may write there can still be.  So such a report is read from a
 * private copy of the file and its log, in a folder of the user's own (mode
 * 0700) that is removed when the report is closed.  If the report changes
 * while it is being copied, it is copied again, so the copy is never half
 * one state and half another.
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>

#include "nr-store-private.h"

/* How often to copy a report that keeps changing before giving up. */
#define MAX_COPY_ATTEMPTS 3

/* What changes when a file is written to: compared before and after a copy. */
typedef struct
{
  gboolean exists;
  dev_t device;
  ino_t inode;
  off_t size;
  struct timespec modified;
} FileState;

static void
read_file_state (const char *path,
                 FileState  *state)
{
  struct stat st;

  memset (state, 0, sizeof *state);
  if (stat (path, &st) != 0)
    return;
  state->exists = TRUE;
  state->device = st.st_dev;
  state->inode = st.st_ino;
  state->size = st.st_size;
  state->modified = st.st_mtim;
}

static gboolean
same_file_state (const FileState *a,
                 const FileState *b)
{
  return a->exists == b->exists && a->device == b->device && a->inode == b->inode &&
         a->size == b->size && a->modified.tv_sec == b->modified.tv_sec &&
         a->modified.tv_nsec == b->modified.tv_nsec;
}

/* Copies @source to @target, or makes sure there is no @target when there
 * is no @source. */
static gboolean
copy_if_present (const char  *source,
                 const char  *target,
                 GError     **error)
{
  g_autoptr(GFile) from = g_file_new_for_path (source);
  g_autoptr(GFile) to = g_file_new_for_path (target);
  g_autoptr(GError) local_error = NULL;

  if (g_file_copy (from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &local_error))
    return TRUE;
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return g_unlink (target) == 0 || errno == ENOENT;

  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/* Copies the report and its log once; says in @changed whether either
 * changed meanwhile. */
static gboolean
copy_once (const char  *path,
           const char  *copy,
           gboolean    *changed,
           GError     **error)
{
  g_autofree char *log = g_strconcat (path, "-wal", NULL);
  g_autofree char *copy_log = g_strconcat (copy, "-wal", NULL);
  FileState before[2], after[2];

  read_file_state (path, &before[0]);
  read_file_state (log, &before[1]);
  if (!copy_if_present (path, copy, error) || !copy_if_present (log, copy_log, error))
    return FALSE;
  read_file_state (path, &after[0]);
  read_file_state (log, &after[1]);

  *changed = !same_file_state (&before[0], &after[0]) || !same_file_state (&before[1], &after[1]);
  return TRUE;
}

/**
 * nr_store_copy_privately:
 * @path: a report
 * @display_name: its name, for messages
 *
 * Copies the report and its write-ahead log into a new private folder.
 *
 * Returns: (transfer full): the path of the copy, to remove with
 *   nr_store_remove_private_copy(), or %NULL with @error set.
 */
char *
nr_store_copy_privately (const char  *path,
                         const char  *display_name,
                         GError     **error)
{
  /* The user's runtime folder is private, and usually in memory; without
   * one GLib names the cache folder, which may not exist yet. */
  const char *parent = g_get_user_runtime_dir ();
  g_autofree char *folder = g_build_filename (parent, "norms-reporter-XXXXXX", NULL);
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *copy = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean changed = TRUE;

  if (g_mkdir_with_parents (parent, 0700) != 0 || g_mkdtemp_full (folder, 0700) == NULL)
    {
      int saved_errno = errno;

      g_set_error (error, NR_STORE_ERROR, NR_STORE_ERROR_FAILED,
                   _("Could not open “%s”: it is in a folder you may not write to, and a private copy to read it from could not be made (%s)."),
                   display_name, g_strerror (saved_errno));
      return NULL;
    }
  copy = g_build_filename (folder, basename, NULL);

  for (guint attempt = 0; changed && attempt < MAX_COPY_ATTEMPTS; attempt++)
    {
      if (!copy_once (path, copy, &changed, &local_error))
        {
          g_set_error (error, NR_STORE_ERROR, NR_STORE_ERROR_FAILED,
                       _("Could not open “%s”: it is in a folder you may not write to, and a private copy to read it from could not be made (%s)."),
                       display_name, local_error->message);
          nr_store_remove_private_copy (copy);
          return NULL;
        }
    }

  if (changed)
    {
      g_set_error (error, NR_STORE_ERROR, NR_STORE_ERROR_BUSY,
                   _("“%s” is being changed by another program at the moment."), display_name);
      nr_store_remove_private_copy (copy);
      return NULL;
    }

  return g_steal_pointer (&copy);
}

/**
 * nr_store_remove_private_copy:
 * @copy: a path nr_store_copy_privately() returned
 *
 * Removes the copy, what SQLite kept beside it, and its folder.
 */
void
nr_store_remove_private_copy (const char *copy)
{
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };
  g_autofree char *folder = g_path_get_dirname (copy);

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (copy, suffixes[i], NULL);

      g_unlink (path);
    }
  g_rmdir (folder);
}
