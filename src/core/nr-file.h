/* nr-file.h: writing a file privately beside its place, then moving it
 * into place, for exports and imports alike. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _NrPrivateFolder NrPrivateFolder;

NrPrivateFolder *nr_private_folder_new             (const char       *dir,
                                                    const char       *prefix,
                                                    const char       *inner_name,
                                                    int              *saved_errno);
const char      *nr_private_folder_get_path        (NrPrivateFolder  *self);
int              nr_private_folder_get_fd          (NrPrivateFolder  *self);
int              nr_private_folder_move_into_place (NrPrivateFolder  *self,
                                                    const char       *target_name,
                                                    gboolean          replace);
void             nr_private_folder_free            (NrPrivateFolder  *self);

/* How a file is moved into place without replacing one already there, in
 * the order tried: each later one works on file systems where the one
 * before it does not. */
typedef enum
{
  NR_MOVE_RENAME_NOREPLACE,
  NR_MOVE_LINK,
  NR_MOVE_CLAIM_THEN_RENAME,
  NR_MOVE_NONE,
} NrMoveMethod;

NrMoveMethod     nr_move_fallback                  (NrMoveMethod      failed,
                                                    int               error_number);
int              nr_move_without_replacing         (int               from_dir,
                                                    const char       *from,
                                                    int               to_dir,
                                                    const char       *to,
                                                    NrMoveMethod      first);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NrPrivateFolder, nr_private_folder_free)

G_END_DECLS
