/* nr-store.h: the .normsreport file: an SQLite database that is ours. */
#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

G_BEGIN_DECLS

#define NR_STORE_ERROR (nr_store_error_quark ())

typedef enum
{
  NR_STORE_ERROR_NOT_FOUND,
  NR_STORE_ERROR_EXISTS,
  NR_STORE_ERROR_NOT_A_REPORT,
  NR_STORE_ERROR_FOREIGN,
  NR_STORE_ERROR_CORRUPT,
  NR_STORE_ERROR_TOO_NEW,
  NR_STORE_ERROR_READ_ONLY,
  NR_STORE_ERROR_DISK_FULL,
  NR_STORE_ERROR_BUSY,
  NR_STORE_ERROR_MOVED,
  NR_STORE_ERROR_OPEN_ELSEWHERE,
  NR_STORE_ERROR_FAILED,
} NrStoreError;

typedef enum
{
  NR_STORE_OPEN_DEFAULT = 0,
  NR_STORE_OPEN_READ_ONLY = 1 << 0,
} NrStoreOpenFlags;

/* PRAGMA application_id of every report file: "NRPT" in ASCII. */
#define NR_STORE_APPLICATION_ID 0x4e525054

#define NR_TYPE_STORE (nr_store_get_type ())
G_DECLARE_FINAL_TYPE (NrStore, nr_store, NR, STORE, GObject)

GQuark        nr_store_error_quark   (void);

NrStore      *nr_store_create        (GFile             *file,
                                      GError           **error);
NrStore      *nr_store_open          (GFile             *file,
                                      NrStoreOpenFlags   flags,
                                      GError           **error);
void          nr_store_close         (NrStore           *self);

GFile        *nr_store_get_file      (NrStore           *self);
const char   *nr_store_get_display_name (NrStore        *self);
gboolean      nr_store_is_read_only  (NrStore           *self);
int           nr_store_get_schema_version (NrStore      *self);
char         *nr_store_get_backup_path (NrStore         *self);

sqlite3_stmt *nr_store_prepare       (NrStore           *self,
                                      const char        *sql,
                                      GError           **error);
gboolean      nr_store_step_done     (NrStore           *self,
                                      sqlite3_stmt      *stmt,
                                      GError           **error);
gboolean      nr_store_exec          (NrStore           *self,
                                      const char        *sql,
                                      GError           **error);
gboolean      nr_store_begin         (NrStore           *self,
                                      GError           **error);
gboolean      nr_store_commit        (NrStore           *self,
                                      GError           **error);
void          nr_store_rollback      (NrStore           *self);
gboolean      nr_store_in_transaction (NrStore          *self);
gboolean      nr_store_set_sqlite_error (NrStore        *self,
                                      int                rc,
                                      GError           **error);

char         *nr_store_dup_meta      (NrStore           *self,
                                      const char        *key);
gboolean      nr_store_set_meta      (NrStore           *self,
                                      const char        *key,
                                      const char        *value,
                                      GError           **error);

G_END_DECLS
