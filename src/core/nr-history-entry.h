/* nr-history-entry.h: one recorded change to a report. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define NR_TYPE_HISTORY_ENTRY (nr_history_entry_get_type ())
G_DECLARE_FINAL_TYPE (NrHistoryEntry, nr_history_entry, NR, HISTORY_ENTRY, GObject)

/* What a change touched; these strings are stored in the history table. */
#define NR_CHANGE_VALUE          "value"
#define NR_CHANGE_CLASSIFICATION "classification"
#define NR_CHANGE_RECORD         "record"
#define NR_CHANGE_REVIEW         "review"
#define NR_CHANGE_METADATA       "meta"

typedef struct
{
  gint64 id;
  const char *time;
  const char *author;
  const char *agency;
  const char *target;
  const char *record_id;
  const char *aspect;
  const char *old_state;
  const char *new_state;
  gint64 undo_of;
} NrHistoryEntryData;

NrHistoryEntry *nr_history_entry_new           (const NrHistoryEntryData *data);
gint64          nr_history_entry_get_id        (NrHistoryEntry *self);
const char     *nr_history_entry_get_time      (NrHistoryEntry *self);
const char     *nr_history_entry_get_author    (NrHistoryEntry *self);
const char     *nr_history_entry_get_agency    (NrHistoryEntry *self);
const char     *nr_history_entry_get_target    (NrHistoryEntry *self);
const char     *nr_history_entry_get_record_id (NrHistoryEntry *self);
const char     *nr_history_entry_get_aspect    (NrHistoryEntry *self);
const char     *nr_history_entry_get_old_state (NrHistoryEntry *self);
const char     *nr_history_entry_get_new_state (NrHistoryEntry *self);
gint64          nr_history_entry_get_undo_of   (NrHistoryEntry *self);
GVariant       *nr_history_entry_dup_old_value (NrHistoryEntry *self);
GVariant       *nr_history_entry_dup_new_value (NrHistoryEntry *self);

G_END_DECLS
