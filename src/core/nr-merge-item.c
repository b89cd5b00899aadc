/* nr-merge-item.c: one change a merge would make, or one conflict.
 *
 * States are in the history's text form (see nr-report-history.c); NULL means
 * absent.  A conflict is a change both sides made differently since the state
 * they started from; the user resolves it with ours, theirs or an edit.
 */
#include "config.h"

#include "nr-merge-private.h"

struct _NrMergeItem
{
  GObject parent_instance;

  char *aspect;
  char *target;
  char *record_id;
  char *ancestor;
  char *ours;
  char *theirs;
  NrProvenance our_provenance;
  NrProvenance their_provenance;
  gboolean conflict;
  NrMergeResolution resolution;
  char *edited;
};

G_DEFINE_FINAL_TYPE (NrMergeItem, nr_merge_item, G_TYPE_OBJECT)

static void
nr_merge_item_finalize (GObject *object)
{
  NrMergeItem *self = NR_MERGE_ITEM (object);

  g_free (self->aspect);
  g_free (self->target);
  g_free (self->record_id);
  g_free (self->ancestor);
  g_free (self->ours);
  g_free (self->theirs);
  g_free (self->edited);
  nr_provenance_clear (&self->our_provenance);
  nr_provenance_clear (&self->their_provenance);

  G_OBJECT_CLASS (nr_merge_item_parent_class)->finalize (object);
}

static void
nr_merge_item_class_init (NrMergeItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = nr_merge_item_finalize;
}

static void
nr_merge_item_init (NrMergeItem *self)
{
}

NrMergeItem *
nr_merge_item_new (const NrMergeKey   *key,
                   const char         *ancestor,
                   const char         *ours,
                   const char         *theirs,
                   const NrProvenance *our_provenance,
                   const NrProvenance *their_provenance,
                   gboolean            conflict)
{
  NrMergeItem *self = g_object_new (NR_TYPE_MERGE_ITEM, NULL);

  self->aspect = g_strdup (key->aspect);
  self->target = g_strdup (key->target);
  self->record_id = g_strdup (key->record_id);
  self->ancestor = g_strdup (ancestor);
  self->ours = g_strdup (ours);
  self->theirs = g_strdup (theirs);
  nr_provenance_set (&self->our_provenance, our_provenance->author, our_provenance->agency,
                     our_provenance->modified);
  nr_provenance_set (&self->their_provenance, their_provenance->author, their_provenance->agency,
                     their_provenance->modified);
  self->conflict = conflict;
  /* A change only one side made needs no decision: theirs is taken. */
  self->resolution = conflict ? NR_MERGE_RESOLUTION_NONE : NR_MERGE_RESOLUTION_THEIRS;

  return self;
}

void
nr_merge_item_set_resolution (NrMergeItem       *self,
                              NrMergeResolution  resolution,
                              const char        *edited)
{
  self->resolution = resolution;
  g_free (self->edited);
  self->edited = g_strdup (edited);
}

const char *
nr_merge_item_get_edited (NrMergeItem *self)
{
  return self->edited;
}

/* One of the NR_CHANGE_* strings. */
const char *
nr_merge_item_get_aspect (NrMergeItem *self)
{
  g_return_val_if_fail (NR_IS_MERGE_ITEM (self), NULL);
  return self->aspect;
}

/* A question id, or a norm id for review states. */
const char *
nr_merge_item_get_target (NrMergeItem *self)
{
  g_return_val_if_fail (NR_IS_MERGE_ITEM (self), NULL);
  return self->target;
}

const char *
nr_merge_item_get_record_id (NrMergeItem *self)
{
  g_return_val_if_fail (NR_IS_MERGE_ITEM (self), NULL);
  return self->record_id;
}

const char *
nr_merge_item_get_ancestor (NrMergeItem *self)
{
  g_return_val_if_fail (NR_IS_MERGE_ITEM (self), NULL);
  return self->ancestor;
}

const char *
nr_merge_item_get_ours (NrMergeItem *self)
{
  g_return_val_if_fail (NR_IS_MERGE_ITEM (self), NULL);
  return self->ours;
}

const char *
nr_merge_item_get_theirs (NrMergeItem *self)
{
  g_return_val_if_fail (NR_IS_MERGE_ITEM (self), NULL);
  return self->theirs;
}

const NrProvenance *
nr_merge_item_get_our_provenance (NrMergeItem *self)
{
  g_return_val_if_fail (NR_IS_MERGE_ITEM (self), NULL);
  return &self->our_provenance;
}

const NrProvenance *
nr_merge_item_get_their_provenance (NrMergeItem *self)
{
  g_return_val_if_fail (NR_IS_MERGE_ITEM (self), NULL);
  return &self->their_provenance;
}

gboolean
nr_merge_item_is_conflict (NrMergeItem *self)
{
  g_return_val_if_fail (NR_IS_MERGE_ITEM (self), FALSE);
  return self->conflict;
}

NrMergeResolution
nr_merge_item_get_resolution (NrMergeItem *self)
{
  g_return_val_if_fail (NR_IS_MERGE_ITEM (self), NR_MERGE_RESOLUTION_NONE);
  return self->resolution;
}
