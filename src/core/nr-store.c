/* nr-store.c: the .normsreport file: an SQLite database that is ours.
 *
 * SQLite is the application file format: one file per report, which can be
 * copied, mailed and backed up.  This class owns the connection and everything
 * that makes the file trustworthy: it refuses files that are not ours (checking
 * the header before SQLite is let near the file, so a foreign file is never
 * written to), refuses files whose schema is not exactly ours before anything
 * in it can run (nr-store-check.c), bounds how long reading a file may take,
 * migrates old schemas after taking a backup copy, runs in WAL mode with
 * synchronous=FULL so that an acknowledged edit survives a crash or a power
 * cut, caches prepared statements, and turns every SQLite error into a GError
 * that names the file.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include "nr-store-private.h"

struct _NrStore
{
  GObject parent_instance;

  GFile *file;
  char *path;
  char *display_name;
  char *backup_path;
  /* A copy of the report that SQLite reads instead, when the report is in a
   * folder the user may not write to (nr-store-copy.c); removed on close. */
  char *private_copy;
  sqlite3 *db;
  gboolean read_only;
  /* Whether statements run outside a transaction are cut short when they
   * take longer than reading a file of this size ever should: while the file
   * is being opened and checked, and for as long as it is open read-only.
   * Writes (an import, a migration) run in transactions and are never cut
   * short, nor is anything once a file has passed its checks for writing. */
  gboolean bounded;
  /* Progress ticks the current statement has used, the most it may use, and
   * whether the last one was stopped for using them all. */
  guint64 ticks;
  guint64 tick_limit;
  gboolean over_budget;
  /* Held with flock() while the report is open for writing, so that a
   * second writer, in this process or another, is told the report is open
   * elsewhere; -1 when read-only.  SQLite's own locks are fcntl() locks,
   * which flock() locks do not touch on Linux. */
  int writer_lock;
  int schema_version;
  /* How many nr_store_begin() calls are open: the outermost one is a
   * transaction, the inner ones savepoints. */
  guint depth;
  /* SQL text → prepared statement, finalized on close. */
  GHashTable *statements;
};

G_DEFINE_FINAL_TYPE (NrStore, nr_store, G_TYPE_OBJECT)
G_DEFINE_QUARK (nr-store-error-quark, nr_store_error)

/* How long to wait for another connection's lock before saying the file is
 * busy: short, since the caller is usually the main loop. */
#define BUSY_TIMEOUT_MS 250

/* SQLite calls the progress handler every TICK virtual machine instructions.
 * One read may run BASE_INSTRUCTIONS, and INSTRUCTIONS_PER_BYTE more for each
 * byte of the file and its log.  Reading every row of a report takes one or
 * two instructions a byte, so no read a report needs comes near the limit,
 * and none runs for more than a moment longer than the file's size explains
 * (ten million instructions take about a tenth of a second). */
#define TICK 1000
#define BASE_INSTRUCTIONS 10000000
#define INSTRUCTIONS_PER_BYTE 32

static void
nr_store_dispose (GObject *object)
{
  nr_store_close (NR_STORE (object));

  G_OBJECT_CLASS (nr_store_parent_class)->dispose (object);
}

static void
nr_store_finalize (GObject *object)
{
  NrStore *self = NR_STORE (object);

  g_clear_object (&self->file);
  g_hash_table_unref (self->statements);
  g_free (self->path);
  g_free (self->display_name);
  g_free (self->backup_path);
  g_free (self->private_copy);

  G_OBJECT_CLASS (nr_store_parent_class)->finalize (object);
}

static void
nr_store_class_init (NrStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = nr_store_dispose;
  object_class->finalize = nr_store_finalize;
}

static void
nr_store_init (NrStore *self)
{
  self->writer_lock = -1;
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) sqlite3_finalize);
}

static NrStore *
store_new (GFile   *file,
           GError **error)
{
  g_autoptr(NrStore) self = g_object_new (NR_TYPE_STORE, NULL);

  self->file = g_object_ref (file);
  self->display_name = g_file_get_parse_name (file);
  self->path = g_file_get_path (file);
  if (self->path == NULL)
    {
      g_set_error (error, NR_STORE_ERROR, NR_STORE_ERROR_FAILED,
                   _("Could not open “%s”: reports must be on a local disk."), self->display_name);
      return NULL;
    }

  return g_steal_pointer (&self);
}

/* Whether a write that failed can be explained by a lack of room: the disk
 * (or the user's quota) nearly full, or the report or its journal at the
 * largest file size this process may write.  SQLite reports both as a
 * plain I/O error, and does not always keep the system's error number. */
static gboolean
out_of_room (NrStore *self)
{
  g_autofree char *wal = g_strconcat (self->path, "-wal", NULL);
  const char *files[] = { self->path, wal };
  struct statvfs disk;
  struct rlimit limit;

  if (statvfs (self->path, &disk) == 0 && (guint64) disk.f_bavail * disk.f_frsize < 1024 * 1024)
    return TRUE;
  if (getrlimit (RLIMIT_FSIZE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      GStatBuf info;

      if (g_stat (files[i], &info) == 0 && (guint64) info.st_size + 1024 * 1024 >= (guint64) limit.rlim_cur)
        return TRUE;
    }
  return FALSE;
}

gboolean
nr_store_set_sqlite_error (NrStore  *self,
                           int       rc,
                           GError  **error)
{
  const char *detail = self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);

  if ((rc & 0xff) == SQLITE_IOERR && out_of_room (self))
    rc = SQLITE_FULL;

  if ((rc & 0xff) == SQLITE_INTERRUPT && self->over_budget)
    {
      g_set_error (error, NR_STORE_ERROR, NR_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged or was changed by another program: reading it takes far longer than a report of its size can need."),
                   self->display_name);
      return FALSE;
    }

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      g_set_error (error, NR_STORE_ERROR, NR_STORE_ERROR_DISK_FULL,
                   _("Could not save to “%s”: there is no room left on the disk, or the file has reached the largest size allowed here."),
                   self->display_name);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, NR_STORE_ERROR, NR_STORE_ERROR_BUSY,
                   _("“%s” is being changed by another program at the moment."),
                   self->display_name);
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      g_set_error (error, NR_STORE_ERROR, NR_STORE_ERROR_READ_ONLY,
                   _("Could not change “%s”: the file is read-only."), self->display_name);
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, NR_STORE_ERROR, NR_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged and cannot be read (%s)."), self->display_name, detail);
      break;
    case SQLITE_CANTOPEN:
      g_set_error (error, NR_STORE_ERROR, NR_STORE_ERROR_FAILED,
                   _("Could not open “%s” (%s)."), self->display_name, detail);
      break;
    default:
      g_set_error (error, NR_STORE_ERROR, NR_STORE_ERROR_FAILED,
                   _("Could not read or write “%s” (%s)."), self->display_name, detail);
      break;
    }

  return FALSE;
}

static guint32
read_be32 (const guchar *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

/* Looks at the 100-byte SQLite header before SQLite opens the file, so that a
 * file which is not a database at all, or one cut short by a failed copy, is
 * refused with a clear message instead of an obscure one on first use. */
static gboolean
check_header (NrStore  *self,
              GError  **error)
{
  g_autofree char *wal_path = NULL;
  guchar header[100];
  GStatBuf st;
  gssize n_read;
  guint32 page_size;
  int fd;

  if (g_stat (self->path, &st) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == ENOENT)
        g_set_error (error, NR_STORE_ERROR, NR_STORE_ERROR_NOT_FOUND,
                     _("Could not open “%s”: the file does not exist."), self->display_name);
      else
        g_set_error (error, NR_STORE_ERROR, NR_STORE_ERROR_FAILED,
                     _("Could not open “%s”: %s."), self->display_name, g_strerror (saved_errno));
      return FALSE;
    }

  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, NR_STORE_ERROR, NR_STORE_ERROR_NOT_A_REPORT,
                   _("“%s” is not a Norms Reporter report: it is not a regular file."),
                   self->display_name);
      return FALSE;
    }

  fd = g_open (self->path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, NR_STORE_ERROR,
                   saved_errno == EACCES ? NR_STORE_ERROR_READ_ONLY : NR_STORE_ERROR_FAILED,
                   _("Could not open “%s”: %s."), self->display_name, g_strerror (saved_errno));
      return FALSE;
    }
  n_read = read (fd, header, sizeof header);
  close (fd);

  if (n_read < (gssize) sizeof header || memcmp (header, "SQLite format 3", 16) != 0)
    {
      g_set_error (error, NR_STORE_ERROR, NR_STORE_ERROR_NOT_A_REPORT,
                   _("“%s” is not a Norms Reporter report: it is not a database file."),
                   self->display_name);
      return FALSE;
    }

  /* The page size is stored big-endian; 1 stands for 65536. */
  page_size = ((guint32) header[16] << 8) | header[17];
  if (page_size == 1)
    page_size = 65536;

  if (page_size < 512 || (page_size & (page_size - 1)) != 0 || st.st_size % page_size != 0)
    {
      g_set_error (error, NR_STORE_ERROR, NR_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged: its size does not match its contents. It may have been cut short while being copied."),
                   self->display_name);
      return FALSE;
    }

  /* The page count in the header is trustworthy only when the two change
   * counters agree, and the file may legitimately be shorter than it says while
   * committed pages still sit in the write-ahead log. */
  wal_path = g_strconcat (self->path, "-wal", NULL);
  if (read_be32 (header + 24) == read_be32 (header + 92) &&
      !g_file_test (wal_path, G_FILE_TEST_EXISTS) &&
      (guint64) st.st_size < (guint64) read_be32 (header + 28) * page_size)
    {
      g_set_error (error, NR_STORE_ERROR, NR_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged: it is shorter than its contents require. It may have been cut short while being copied."),
                   self->display_name);
      return FALSE;
    }

  return TRUE;
}

/* Starts the progress budget of a new statement. */
static void
start_statement (NrStore *self)
{
  self->ticks = 0;
  self->over_budget = FALSE;
}

/* The first column of the first row @sql returns, as text ("" for NULL). */
static char *
query_text (NrStore     *self,
            const char  *sql,
            GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;
  int rc;

  start_statement (self);
  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      const char *text = (const char *) sqlite3_column_text (stmt, 0);

      value = g_strdup (text != NULL ? text : "");
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_OK)
    {
      nr_store_set_sqlite_error (self, rc, error);
      g_free (value);
      return NULL;
    }

  return value;
}

static gboolean
query_int (NrStore     *self,
           const char  *sql,
           int         *value,
           GError     **error)
{
  g_autofree char *text = query_text (self, sql, error);

  if (text == NULL)
    return FALSE;

  *value = (int) g_ascii_strtoll (text, NULL, 10);
  return TRUE;
}

/* The most progress ticks a read of the file as it is now may take. */
static guint64
read_tick_limit (NrStore *self)
{
  g_autofree char *log = g_strconcat (self->path, "-wal", NULL);
  const char *files[] = { self->path, log };
  guint64 size = 0;

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      GStatBuf st;

      if (g_stat (files[i], &st) == 0)
        size += st.st_size;
    }

  return (BASE_INSTRUCTIONS + size * INSTRUCTIONS_PER_BYTE) / TICK;
}

/* Stops a bounded statement that has used up its budget.  The limit is
 * worked out again before giving up, since the file may have grown since it
 * was last looked at. */
static int
progress_cb (gpointer data)
{
  NrStore *self = data;

  if (!self->bounded || self->depth > 0)
    return 0;

  self->ticks++;
  if (self->ticks <= self->tick_limit)
    return 0;
  self->tick_limit = read_tick_limit (self);
  self->over_budget = self->ticks > self->tick_limit;
  return self->over_budget;
}

/* The defences every connection has before it reads anything: no schema
 * code is trusted to call functions with side effects, the schema cannot be
 * written to behind SQLite's back, triggers never fire and views cannot be
 * read (a report has neither, and nr-store-check.c refuses a file that has
 * one; this holds even before that check), and reads are bounded. */
static gboolean
harden (NrStore *self)
{
  const int settings[][2] = {
    { SQLITE_DBCONFIG_DEFENSIVE, 1 },
    { SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0 },
    { SQLITE_DBCONFIG_ENABLE_TRIGGER, 0 },
    { SQLITE_DBCONFIG_ENABLE_VIEW, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (settings); i++)
    {
      int applied = -1;

      if (sqlite3_db_config (self->db, settings[i][0], settings[i][1], &applied) != SQLITE_OK ||
          applied != settings[i][1])
        return FALSE;
    }

  self->tick_limit = read_tick_limit (self);
  sqlite3_progress_handler (self->db, TICK, progress_cb, self);
  return TRUE;
}

static gboolean
connect (NrStore  *self,
         int       flags,
         GError  **error)
{
  int rc = sqlite3_open_v2 (self->private_copy != NULL ? self->private_copy : self->path,
                            &self->db, flags, NULL);

  if (rc == SQLITE_OK && !harden (self))
    rc = SQLITE_ERROR;
  if (rc != SQLITE_OK)
    {
      nr_store_set_sqlite_error (self, rc, error);
      sqlite3_close (self->db);
      self->db = NULL;
      return FALSE;
    }

  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  return TRUE;
}

/* Turns on the write-ahead log, which every report runs with, and checks
 * that it is on: SQLite leaves the journal as it was, without an error,
 * where the file system cannot share memory between processes, as some
 * network file systems cannot. */
static gboolean
use_write_ahead_log (NrStore  *self,
                     GError  **error)
{
  g_autofree char *mode = query_text (self, "PRAGMA journal_mode = WAL", error);

  if (mode == NULL)
    return FALSE;
  if (g_ascii_strcasecmp (mode, "wal") != 0)
    {
      g_set_error (error, NR_STORE_ERROR, NR_STORE_ERROR_FAILED,
                   _("Could not open “%s” for editing: the folder it is in cannot keep the write-ahead log that makes every saved edit safe. It may be on a network drive; copy the report to a folder on this computer."),
                   self->display_name);
      return FALSE;
    }

  return TRUE;
}

/* The settings every connection runs with.  WAL with synchronous=FULL makes
 * each commit durable before it returns; foreign keys keep history consistent. */
static gboolean
configure (NrStore  *self,
           GError  **error)
{
  if (!self->read_only && !use_write_ahead_log (self, error))
    return FALSE;

  return nr_store_exec (self, "PRAGMA synchronous = FULL", error) &&
         nr_store_exec (self, "PRAGMA foreign_keys = ON", error);
}

/* Settings for a file that is being built and belongs to no one yet: no
 * journal on disk and no syncing, since an unfinished file is thrown away
 * whatever happens.  Whoever builds it syncs it once when it is complete,
 * and it runs in WAL mode from the first time it is opened. */
static gboolean
configure_scratch (NrStore  *self,
                   GError  **error)
{
  return nr_store_exec (self, "PRAGMA journal_mode = MEMORY", error) &&
         nr_store_exec (self, "PRAGMA synchronous = OFF", error) &&
         nr_store_exec (self, "PRAGMA foreign_keys = ON", error);
}

/* Takes the writer's lock on @fd, which the store then owns. */
static gboolean
take_writer_lock (NrStore  *self,
                  int       fd,
                  GError  **error)
{
  if (flock (fd, LOCK_EX | LOCK_NB) != 0)
    {
      int saved_errno = errno;

      close (fd);
      if (saved_errno == EWOULDBLOCK)
        g_set_error (error, NR_STORE_ERROR, NR_STORE_ERROR_OPEN_ELSEWHERE,
                     _("“%s” is open for editing in another window or program. Close it there first, or open it read-only."),
                     self->display_name);
      else
        g_set_error (error, NR_STORE_ERROR, NR_STORE_ERROR_FAILED,
                     _("Could not lock “%s” for editing: %s."), self->display_name, g_strerror (saved_errno));
      return FALSE;
    }
  self->writer_lock = fd;
  return TRUE;
}

static NrStore *
create_store (GFile     *file,
              gboolean   scratch,
              GError   **error)
{
  g_autoptr(NrStore) self = NULL;
  int fd;

  self = store_new (file, error);
  if (self == NULL)
    return NULL;

  /* Create the file ourselves, so that it is 0600 from the first instant and we
   * never overwrite a file that appeared in the meantime.  SQLite gives its
   * -wal and -shm files the same permissions. */
  fd = g_open (self->path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      if (saved_errno == EEXIST)
        g_set_error (error, NR_STORE_ERROR, NR_STORE_ERROR_EXISTS,
                     _("Could not create “%s”: a file with that name already exists."),
                     self->display_name);
      else
        g_set_error (error, NR_STORE_ERROR,
                     saved_errno == ENOSPC ? NR_STORE_ERROR_DISK_FULL : NR_STORE_ERROR_FAILED,
                     _("Could not create “%s”: %s."), self->display_name, g_strerror (saved_errno));
      return NULL;
    }
  if (!take_writer_lock (self, fd, error))
    return NULL;

  if (!connect (self, SQLITE_OPEN_READWRITE, error) ||
      !(scratch ? configure_scratch (self, error) : configure (self, error)) ||
      !nr_store_create_schema (self, error))
    {
      g_autofree char *wal = g_strconcat (self->path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (self->path, "-shm", NULL);

      nr_store_close (self);
      g_unlink (self->path);
      g_unlink (wal);
      g_unlink (shm);
      return NULL;
    }

  self->schema_version = NR_STORE_SCHEMA_VERSION;
  return g_steal_pointer (&self);
}

/**
 * nr_store_create:
 * @file: where the new report goes; it must not exist yet
 *
 * Creates an empty report file with the current schema, readable and writable
 * by its owner only.
 */
NrStore *
nr_store_create (GFile   *file,
                 GError **error)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  return create_store (file, FALSE, error);
}

/**
 * nr_store_create_scratch:
 *
 * Creates a report file to be built in one go, such as an import, under a
 * name of its own: nothing is synced to disk until the builder syncs the
 * finished file, which makes building hundreds of rows cheap.  Reopened
 * with nr_store_open(), it is an ordinary report.
 */
NrStore *
nr_store_create_scratch (GFile   *file,
                         GError **error)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  return create_store (file, TRUE, error);
}

/* Whether the user may write to the file or folder at @path.  One without
 * write permission bits is read-only to its owner's eyes, even for an
 * administrator whom the system would let write to it. */
static gboolean
may_write (const char *path)
{
  GStatBuf st;

  return g_access (path, W_OK) == 0 && g_stat (path, &st) == 0 &&
         (st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) != 0;
}

/* SQLite keeps its write-ahead log and its shared memory beside the file:
 * even reading needs them there. */
static gboolean
may_write_folder (NrStore *self)
{
  g_autofree char *dir = g_path_get_dirname (self->path);

  return may_write (dir);
}

static gboolean
check_writable (NrStore  *self,
                GError  **error)
{
  if (!may_write (self->path))
    {
      g_set_error (error, NR_STORE_ERROR, NR_STORE_ERROR_READ_ONLY,
                   _("“%s” is read-only: you may view it but not change it."), self->display_name);
      return FALSE;
    }

  if (!may_write_folder (self))
    {
      g_set_error (error, NR_STORE_ERROR, NR_STORE_ERROR_READ_ONLY,
                   _("“%s” is in a folder you may not write to: you may view it but not change it."),
                   self->display_name);
      return FALSE;
    }

  return TRUE;
}

/**
 * nr_store_open:
 * @file: an existing report file
 * @flags: %NR_STORE_OPEN_READ_ONLY to view a file without changing it
 *
 * Opens a report, migrating an older schema to the current one after copying
 * the file to a backup beside it.  A file that is missing, not a database,
 * damaged, another application's, from a newer version, with tables that are
 * not exactly ours, or read-only when write access was asked for is refused
 * with an error that says so, and is left exactly as it was.  A report in a
 * folder the user may not write to can be opened read-only: it is read from
 * a private copy.
 */
NrStore *
nr_store_open (GFile             *file,
               NrStoreOpenFlags   flags,
               GError           **error)
{
  g_autoptr(NrStore) self = NULL;
  int application_id = 0;
  int version = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = store_new (file, error);
  if (self == NULL)
    return NULL;
  self->read_only = (flags & NR_STORE_OPEN_READ_ONLY) != 0;
  self->bounded = TRUE;

  if (!check_header (self, error))
    return NULL;
  if (!self->read_only && !check_writable (self, error))
    return NULL;
  if (self->read_only && !may_write_folder (self))
    {
      self->private_copy = nr_store_copy_privately (self->path, self->display_name, error);
      if (self->private_copy == NULL)
        return NULL;
    }
  if (!self->read_only)
    {
      int fd = g_open (self->path, O_RDONLY | O_CLOEXEC, 0);

      if (fd < 0)
        {
          int saved_errno = errno;

          g_set_error (error, NR_STORE_ERROR, NR_STORE_ERROR_FAILED, _("Could not open “%s”: %s."),
                       self->display_name, g_strerror (saved_errno));
          return NULL;
        }
      if (!take_writer_lock (self, fd, error))
        return NULL;
    }
  if (!connect (self, self->read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE, error))
    return NULL;

  /* Only reads until we know the file is ours and which version it is. */
  if (!query_int (self, "PRAGMA application_id", &application_id, error) ||
      !query_int (self, "PRAGMA user_version", &version, error))
    return NULL;

  if ((guint32) application_id != NR_STORE_APPLICATION_ID || version < 1)
    {
      g_set_error (error, NR_STORE_ERROR, NR_STORE_ERROR_FOREIGN,
                   _("“%s” is not a Norms Reporter report: it is a database of another program."),
                   self->display_name);
      return NULL;
    }

  if (version > NR_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, NR_STORE_ERROR, NR_STORE_ERROR_TOO_NEW,
                   _("“%s” was saved by a newer version of Norms Reporter (file format %d; this version reads up to %d). Update Norms Reporter to open it."),
                   self->display_name, version, NR_STORE_SCHEMA_VERSION);
      return NULL;
    }

  /* Before anything can run what the file holds. */
  if (!nr_store_check_schema (self, version, error))
    return NULL;

  if (version < NR_STORE_SCHEMA_VERSION && self->read_only)
    {
      g_set_error (error, NR_STORE_ERROR, NR_STORE_ERROR_READ_ONLY,
                   _("“%s” was saved by an older version of Norms Reporter and must be upgraded before it can be opened, but it is opened read-only."),
                   self->display_name);
      return NULL;
    }

  if (!configure (self, error))
    return NULL;

  if (version < NR_STORE_SCHEMA_VERSION &&
      !nr_store_migrate (self, version, &self->backup_path, error))
    return NULL;

  self->schema_version = NR_STORE_SCHEMA_VERSION;
  self->bounded = self->read_only;
  return g_steal_pointer (&self);
}

/**
 * nr_store_close:
 *
 * Closes the connection.  The last connection to close checkpoints the
 * write-ahead log into the file, so a closed report is a single file again.
 * Safe to call more than once.
 */
void
nr_store_close (NrStore *self)
{
  g_return_if_fail (NR_IS_STORE (self));

  g_hash_table_remove_all (self->statements);
  self->depth = 0;
  if (self->db != NULL)
    {
      sqlite3_close (self->db);
      self->db = NULL;
    }
  if (self->private_copy != NULL)
    {
      nr_store_remove_private_copy (self->private_copy);
      g_clear_pointer (&self->private_copy, g_free);
    }
  if (self->writer_lock >= 0)
    {
      close (self->writer_lock);
      self->writer_lock = -1;
    }
}

GFile *
nr_store_get_file (NrStore *self)
{
  g_return_val_if_fail (NR_IS_STORE (self), NULL);
  return self->file;
}

const char *
nr_store_get_display_name (NrStore *self)
{
  g_return_val_if_fail (NR_IS_STORE (self), NULL);
  return self->display_name;
}

const char *
nr_store_get_path (NrStore *self)
{
  g_return_val_if_fail (NR_IS_STORE (self), NULL);
  return self->path;
}

sqlite3 *
nr_store_get_db (NrStore *self)
{
  g_return_val_if_fail (NR_IS_STORE (self), NULL);
  return self->db;
}

gboolean
nr_store_is_read_only (NrStore *self)
{
  g_return_val_if_fail (NR_IS_STORE (self), TRUE);
  return self->read_only;
}

int
nr_store_get_schema_version (NrStore *self)
{
  g_return_val_if_fail (NR_IS_STORE (self), 0);
  return self->schema_version;
}

/**
 * nr_store_get_backup_path:
 *
 * Returns: (transfer full) (nullable): the copy made before this open migrated
 *   the file to the current schema, or %NULL if no migration was needed.
 */
char *
nr_store_get_backup_path (NrStore *self)
{
  g_return_val_if_fail (NR_IS_STORE (self), NULL);
  return g_strdup (self->backup_path);
}

static gboolean
check_open (NrStore  *self,
            GError  **error)
{
  if (self->db == NULL)
    {
      g_set_error (error, NR_STORE_ERROR, NR_STORE_ERROR_FAILED,
                   _("“%s” is closed."), self->display_name);
      return FALSE;
    }
  return TRUE;
}

/**
 * nr_store_prepare:
 *
 * Returns: (transfer none): a prepared statement for @sql, reset and with its
 *   bindings cleared.  Statements are prepared once per connection and cached;
 *   the caller resets the statement when done (nr_store_step_done() does) so
 *   that it holds no read transaction open.
 */
sqlite3_stmt *
nr_store_prepare (NrStore     *self,
                  const char  *sql,
                  GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (NR_IS_STORE (self), NULL);

  if (!check_open (self, error))
    return NULL;

  start_statement (self);
  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      nr_store_set_sqlite_error (self, rc, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

/* Runs a statement that returns no rows, then resets it. */
gboolean
nr_store_step_done (NrStore       *self,
                    sqlite3_stmt  *stmt,
                    GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return nr_store_set_sqlite_error (self, rc, error);

  return TRUE;
}

gboolean
nr_store_exec (NrStore     *self,
               const char  *sql,
               GError     **error)
{
  int rc;

  g_return_val_if_fail (NR_IS_STORE (self), FALSE);

  if (!check_open (self, error))
    return FALSE;

  start_statement (self);
  rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return nr_store_set_sqlite_error (self, rc, error);

  return TRUE;
}

/* Writers take the write lock at once, so a busy file fails at the start of
 * an edit rather than half-way through it.  Calls nest: an inner begin opens a
 * savepoint, so that a batch of changes (an import, a merge) can be one
 * transaction made of changes that are each atomic on their own. */
gboolean
nr_store_begin (NrStore  *self,
                GError  **error)
{
  g_autofree char *savepoint = NULL;

  if (self->read_only)
    {
      g_set_error (error, NR_STORE_ERROR, NR_STORE_ERROR_READ_ONLY,
                   _("“%s” is open read-only: changes cannot be saved."), self->display_name);
      return FALSE;
    }

  /* Writing to a file that was deleted or moved away while open would
   * "succeed" and be lost when the report closes: refuse instead. */
  if (self->depth == 0 && self->db != NULL)
    {
      int moved = 0;

      if (sqlite3_file_control (self->db, "main", SQLITE_FCNTL_HAS_MOVED, &moved) == SQLITE_OK &&
          moved)
        {
          g_set_error (error, NR_STORE_ERROR, NR_STORE_ERROR_MOVED,
                       _("Could not save to “%s”: the file was moved or deleted while it was open."),
                       self->display_name);
          return FALSE;
        }
    }

  if (self->depth > 0)
    savepoint = g_strdup_printf ("SAVEPOINT nr_%u", self->depth);
  if (!nr_store_exec (self, savepoint != NULL ? savepoint : "BEGIN IMMEDIATE", error))
    return FALSE;

  self->depth++;
  return TRUE;
}

/* Commits what the matching nr_store_begin() started.  If that fails, the
 * transaction or savepoint is still open, as after any other failure in it,
 * and the caller rolls it back with nr_store_rollback(), once. */
gboolean
nr_store_commit (NrStore  *self,
                 GError  **error)
{
  g_autofree char *release = NULL;

  g_return_val_if_fail (self->depth > 0, FALSE);

  if (self->depth > 1)
    release = g_strdup_printf ("RELEASE nr_%u", self->depth - 1);
  if (!nr_store_exec (self, release != NULL ? release : "COMMIT", error))
    return FALSE;

  self->depth--;
  return TRUE;
}

/* Undoes everything since the matching nr_store_begin(). */
void
nr_store_rollback (NrStore *self)
{
  g_autofree char *undo = NULL;

  if (self->depth == 0 || self->db == NULL)
    return;

  self->depth--;
  if (self->depth > 0)
    undo = g_strdup_printf ("ROLLBACK TO nr_%u; RELEASE nr_%u", self->depth, self->depth);
  if (undo != NULL)
    sqlite3_exec (self->db, undo, NULL, NULL, NULL);
  else if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

/* Whether a transaction is open, so that callers can tell a batch. */
gboolean
nr_store_in_transaction (NrStore *self)
{
  return self->depth > 0;
}

/**
 * nr_store_dup_meta:
 *
 * Returns: (transfer full) (nullable): the metadata value stored under @key.
 */
char *
nr_store_dup_meta (NrStore    *self,
                   const char *key)
{
  sqlite3_stmt *stmt = nr_store_prepare (self, "SELECT value FROM meta WHERE key = ?", NULL);
  char *value = NULL;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);

  return value;
}

/* Writes one metadata value; the caller owns the transaction. */
gboolean
nr_store_set_meta (NrStore     *self,
                   const char  *key,
                   const char  *value,
                   GError     **error)
{
  sqlite3_stmt *stmt;

  if (value == NULL)
    stmt = nr_store_prepare (self, "DELETE FROM meta WHERE key = ?1", error);
  else
    stmt = nr_store_prepare (self,
                             "INSERT INTO meta (key, value) VALUES (?1, ?2) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                             error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  if (value != NULL)
    sqlite3_bind_text (stmt, 2, value, -1, SQLITE_STATIC);

  return nr_store_step_done (self, stmt, error);
}
