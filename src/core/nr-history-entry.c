/* nr-history-entry.c: one recorded change to a report.
 *
 * The old and new states are kept in the text form the history table stores:
 * GVariant text for answers, records and review states, plain text for
 * classifications and metadata.  %NULL means "absent" (no answer yet, record
 * deleted).
 */
#include "config.h"

#include "nr-history-entry.h"

struct _NrHistoryEntry
{
  GObject parent_instance;

  gint64 id;
  char *time;
  char *author;
  char *agency;
  char *target;
  char *record_id;
  char *aspect;
  char *old_state;
  char *new_state;
  gint64 undo_of;
};

G_DEFINE_FINAL_TYPE (NrHistoryEntry, nr_history_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TIME,
  PROP_AUTHOR,
  PROP_AGENCY,
  PROP_ASPECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
nr_history_entry_finalize (GObject *object)
{
  NrHistoryEntry *self = NR_HISTORY_ENTRY (object);

  g_free (self->time);
  g_free (self->author);
  g_free (self->agency);
  g_free (self->target);
  g_free (self->record_id);
  g_free (self->aspect);
  g_free (self->old_state);
  g_free (self->new_state);

  G_OBJECT_CLASS (nr_history_entry_parent_class)->finalize (object);
}

static void
nr_history_entry_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  NrHistoryEntry *self = NR_HISTORY_ENTRY (object);

  switch (prop_id)
    {
    case PROP_TIME:
      g_value_set_string (value, self->time);
      break;
    case PROP_AUTHOR:
      g_value_set_string (value, self->author);
      break;
    case PROP_AGENCY:
      g_value_set_string (value, self->agency);
      break;
    case PROP_ASPECT:
      g_value_set_string (value, self->aspect);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nr_history_entry_class_init (NrHistoryEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = nr_history_entry_finalize;
  object_class->get_property = nr_history_entry_get_property;

  properties[PROP_TIME] = g_param_spec_string ("time", NULL, NULL, NULL, flags);
  properties[PROP_AUTHOR] = g_param_spec_string ("author", NULL, NULL, NULL, flags);
  properties[PROP_AGENCY] = g_param_spec_string ("agency", NULL, NULL, NULL, flags);
  properties[PROP_ASPECT] = g_param_spec_string ("aspect", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nr_history_entry_init (NrHistoryEntry *self)
{
}

NrHistoryEntry *
nr_history_entry_new (const NrHistoryEntryData *data)
{
  NrHistoryEntry *self = g_object_new (NR_TYPE_HISTORY_ENTRY, NULL);

  self->id = data->id;
  self->time = g_strdup (data->time);
  self->author = g_strdup (data->author);
  self->agency = g_strdup (data->agency);
  self->target = g_strdup (data->target);
  self->record_id = g_strdup (data->record_id);
  self->aspect = g_strdup (data->aspect);
  self->old_state = g_strdup (data->old_state);
  self->new_state = g_strdup (data->new_state);
  self->undo_of = data->undo_of;

  return self;
}

gint64
nr_history_entry_get_id (NrHistoryEntry *self)
{
  g_return_val_if_fail (NR_IS_HISTORY_ENTRY (self), 0);
  return self->id;
}

/* An ISO 8601 time in UTC. */
const char *
nr_history_entry_get_time (NrHistoryEntry *self)
{
  g_return_val_if_fail (NR_IS_HISTORY_ENTRY (self), NULL);
  return self->time;
}

const char *
nr_history_entry_get_author (NrHistoryEntry *self)
{
  g_return_val_if_fail (NR_IS_HISTORY_ENTRY (self), NULL);
  return self->author;
}

const char *
nr_history_entry_get_agency (NrHistoryEntry *self)
{
  g_return_val_if_fail (NR_IS_HISTORY_ENTRY (self), NULL);
  return self->agency;
}

const char *
nr_history_entry_get_target (NrHistoryEntry *self)
{
  g_return_val_if_fail (NR_IS_HISTORY_ENTRY (self), NULL);
  return self->target;
}

const char *
nr_history_entry_get_record_id (NrHistoryEntry *self)
{
  g_return_val_if_fail (NR_IS_HISTORY_ENTRY (self), NULL);
  return self->record_id;
}

/* One of the NR_CHANGE_* strings. */
const char *
nr_history_entry_get_aspect (NrHistoryEntry *self)
{
  g_return_val_if_fail (NR_IS_HISTORY_ENTRY (self), NULL);
  return self->aspect;
}

const char *
nr_history_entry_get_old_state (NrHistoryEntry *self)
{
  g_return_val_if_fail (NR_IS_HISTORY_ENTRY (self), NULL);
  return self->old_state;
}

const char *
nr_history_entry_get_new_state (NrHistoryEntry *self)
{
  g_return_val_if_fail (NR_IS_HISTORY_ENTRY (self), NULL);
  return self->new_state;
}

/* The id of the change this one undid, or 0. */
gint64
nr_history_entry_get_undo_of (NrHistoryEntry *self)
{
  g_return_val_if_fail (NR_IS_HISTORY_ENTRY (self), 0);
  return self->undo_of;
}

static GVariant *
parse_state (const char *aspect,
             const char *state)
{
  /* Classifications and metadata are plain strings, the rest GVariant text. */
  if (state == NULL)
    return NULL;
  if (g_str_equal (aspect, NR_CHANGE_CLASSIFICATION) || g_str_equal (aspect, NR_CHANGE_METADATA))
    return g_variant_ref_sink (g_variant_new_string (state));

  return g_variant_parse (NULL, state, NULL, NULL, NULL);
}

/**
 * nr_history_entry_dup_old_value:
 *
 * Returns: (transfer full) (nullable): the state before the change as a
 *   GVariant, or %NULL when there was none.
 */
GVariant *
nr_history_entry_dup_old_value (NrHistoryEntry *self)
{
  g_return_val_if_fail (NR_IS_HISTORY_ENTRY (self), NULL);
  return parse_state (self->aspect, self->old_state);
}

/**
 * nr_history_entry_dup_new_value:
 *
 * Returns: (transfer full) (nullable): the state after the change.
 */
GVariant *
nr_history_entry_dup_new_value (NrHistoryEntry *self)
{
  g_return_val_if_fail (NR_IS_HISTORY_ENTRY (self), NULL);
  return parse_state (self->aspect, self->new_state);
}
