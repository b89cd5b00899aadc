/* nr-store-private.h: what the core, but no one else, may do with a store. */
#pragma once

#include "nr-store.h"

G_BEGIN_DECLS

/* The schema this version writes; see nr-store-schema.c for its history. */
#define NR_STORE_SCHEMA_VERSION 3

NrStore    *nr_store_create_scratch (GFile  *file,
                                     GError **error);
const char *nr_store_get_path      (NrStore  *self);
sqlite3    *nr_store_get_db        (NrStore  *self);
gboolean    nr_store_create_schema (NrStore  *self,
                                    GError  **error);
gboolean    nr_store_migrate       (NrStore  *self,
                                    int       from_version,
                                    char    **backup_path,
                                    GError  **error);
int         nr_store_build_schema  (sqlite3  *db,
                                    int       created,
                                    int       version);
gboolean    nr_store_check_schema  (NrStore  *self,
                                    int       version,
                                    GError  **error);

char       *nr_store_copy_privately      (const char  *path,
                                          const char  *display_name,
                                          GError     **error);
void        nr_store_remove_private_copy (const char  *copy);

G_END_DECLS
