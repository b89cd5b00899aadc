/* nr-merge.c: merging a contribution into a report.
 *
 * A three-way merge.  The contribution names the revision it was based on;
 * this report recorded where its history stood at that revision, so the state
 * both sides started from (the ancestor) can be rebuilt for every answer.  An
 * answer changed on their side only is taken, with their provenance; one
 * changed on our side only is kept; one changed on both sides differently is a
 * conflict for the user to resolve.  A contribution speaks only for its scope:
 * what it does not cover is left alone.  Merging the same revision twice does
 * nothing the second time.
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "nr-input.h"
#include "nr-merge-private.h"
#include "nr-report-export.h"
#include "nr-report-import.h"
#include "nr-report-private.h"
#include "nr-state.h"

struct _NrMerge
{
  GObject parent_instance;

  NrReport *report;
  /* The newest history row of the report when the merge was worked out. */
  gint64 last_change;
  char *revision_id;
  char *based_on;
  GListStore *items;
  gboolean already_merged;
};

G_DEFINE_FINAL_TYPE (NrMerge, nr_merge, G_TYPE_OBJECT)
G_DEFINE_QUARK (nr-merge-error-quark, nr_merge_error)

/* Their side of one key. */
typedef struct
{
  char *state;
  NrProvenance provenance;
} TheirState;

static void
their_state_free (TheirState *theirs)
{
  g_free (theirs->state);
  nr_provenance_clear (&theirs->provenance);
  g_free (theirs);
}

static void
nr_merge_dispose (GObject *object)
{
  NrMerge *self = NR_MERGE (object);

  g_clear_object (&self->report);
  g_clear_object (&self->items);

  G_OBJECT_CLASS (nr_merge_parent_class)->dispose (object);
}

static void
nr_merge_finalize (GObject *object)
{
  NrMerge *self = NR_MERGE (object);

  g_free (self->revision_id);
  g_free (self->based_on);

  G_OBJECT_CLASS (nr_merge_parent_class)->finalize (object);
}

static void
nr_merge_class_init (NrMergeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = nr_merge_dispose;
  object_class->finalize = nr_merge_finalize;
}

static void
nr_merge_init (NrMerge *self)
{
  self->items = g_list_store_new (NR_TYPE_MERGE_ITEM);
}

static char *
key_string (const char *aspect,
            const char *target,
            const char *record_id)
{
  return g_strjoin ("\x1f", aspect, target, record_id != NULL ? record_id : "", NULL);
}

static void
split_key (const char *key,
           char     ***parts)
{
  *parts = g_strsplit (key, "\x1f", 3);
}

/* Absent and default are the same answer: no classification row means
 * internal, no review row means draft. */
static char *
normalise (const char *aspect,
           const char *state)
{
  if (state != NULL)
    return g_strdup (state);
  if (g_str_equal (aspect, NR_CHANGE_CLASSIFICATION))
    return g_strdup (nr_classification_to_string (NR_CLASSIFICATION_INTERNAL));
  if (g_str_equal (aspect, NR_CHANGE_REVIEW))
    return nr_report_review_state (nr_review_state_to_string (NR_REVIEW_STATE_DRAFT), "");
  return NULL;
}

/* Whether the document speaks for the answers to @question_id. */
static gboolean
covers_question (NrDocument      *document,
                 NrQuestionnaire *questionnaire,
                 const char      *question_id)
{
  return nr_document_covers_question (document, questionnaire,
                                      nr_questionnaire_lookup_question (questionnaire, question_id));
}

static gboolean
covers_norm (NrDocument      *document,
             NrQuestionnaire *questionnaire,
             const char      *norm_id)
{
  NrNorm *norm = nr_questionnaire_lookup_norm (questionnaire, norm_id);

  return norm != NULL && nr_document_covers (document, nr_norm_get_section_id (norm), norm_id);
}

static gboolean
covers_key (NrDocument      *document,
            NrQuestionnaire *questionnaire,
            const char      *aspect,
            const char      *target)
{
  if (g_str_equal (aspect, NR_CHANGE_REVIEW))
    return covers_norm (document, questionnaire, target);
  return covers_question (document, questionnaire, target);
}

static void
add_theirs (GHashTable         *theirs,
            const char         *aspect,
            const char         *target,
            const char         *record_id,
            char               *state,
            const NrProvenance *provenance)
{
  TheirState *their = g_new0 (TheirState, 1);

  their->state = state;
  nr_provenance_set (&their->provenance, provenance->author, provenance->agency,
                     provenance->modified);
  g_hash_table_insert (theirs, key_string (aspect, target, record_id), their);
}

/* Their states, keyed like ours, checked against our questionnaire. */
static gboolean
collect_theirs (NrMerge     *self,
                NrDocument  *document,
                const char  *display_name,
                GHashTable  *theirs,
                GError     **error)
{
  NrQuestionnaire *questionnaire = nr_report_get_questionnaire (self->report);

  for (guint i = 0; i < document->answers->len; i++)
    {
      NrDocumentAnswer *answer = document->answers->pdata[i];
      NrQuestion *question = nr_questionnaire_lookup_question (questionnaire, answer->question_id);

      if (!covers_question (document, questionnaire, answer->question_id))
        continue;

      if (answer->value != NULL)
        {
          if (question != NULL && !nr_report_check_value (question, answer->value, error))
            {
              g_prefix_error (error, _("“%s”, answer to “%s”: "), display_name, answer->question_id);
              return FALSE;
            }
          add_theirs (theirs, NR_CHANGE_VALUE, answer->question_id, NULL,
                      nr_state_print (answer->value), &answer->provenance);
        }

      add_theirs (theirs, NR_CHANGE_CLASSIFICATION, answer->question_id, NULL,
                  g_strdup (nr_classification_to_string (answer->classification)),
                  &answer->provenance);

      for (guint r = 0; r < answer->records->len; r++)
        {
          NrDocumentRecord *record = answer->records->pdata[r];
          g_autoptr(GVariant) fields = NULL;

          if (question == NULL || !nr_report_check_fields (question, record->fields, error))
            {
              if (question == NULL)
                g_set_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_UNKNOWN_QUESTION,
                             _("the questionnaire has no such list of records."));
              g_prefix_error (error, _("“%s”, answer to “%s”: "), display_name, answer->question_id);
              return FALSE;
            }
          fields = nr_report_canonical_fields (record->fields);
          add_theirs (theirs, NR_CHANGE_RECORD, answer->question_id, record->id,
                      nr_report_record_state (record->position, fields), &record->provenance);
        }
    }

  for (guint i = 0; i < document->reviews->len; i++)
    {
      NrDocumentReview *review = document->reviews->pdata[i];

      if (covers_norm (document, questionnaire, review->norm_id))
        add_theirs (theirs, NR_CHANGE_REVIEW, review->norm_id, NULL,
                    nr_report_review_state (nr_review_state_to_string (review->state),
                                            review->cleared_by),
                    &review->provenance);
    }

  return TRUE;
}

/* Every key our side has now, within the document's scope. */
static void
collect_our_keys (NrMerge    *self,
                  NrDocument *document,
                  GHashTable *keys)
{
  NrStore *store = nr_report_get_store (self->report);
  NrQuestionnaire *questionnaire = nr_report_get_questionnaire (self->report);
  const char *queries[] = {
    "SELECT 'value', question_id, NULL FROM answer WHERE value IS NOT NULL",
    "SELECT 'classification', question_id, NULL FROM answer",
    "SELECT 'record', question_id, record_id FROM record",
    "SELECT 'review', norm_id, NULL FROM review",
  };

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      sqlite3_stmt *stmt = nr_store_prepare (store, queries[q], NULL);

      while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
        {
          const char *aspect = (const char *) sqlite3_column_text (stmt, 0);
          const char *target = (const char *) sqlite3_column_text (stmt, 1);

          if (covers_key (document, questionnaire, aspect, target))
            g_hash_table_add (keys, key_string (aspect, target,
                                                (const char *) sqlite3_column_text (stmt, 2)));
        }
      if (stmt != NULL)
        sqlite3_reset (stmt);
    }
}

/* The history row a revision recorded, or -1 if this report never saw it. */
static gint64
revision_history_id (NrMerge    *self,
                     const char *revision_id)
{
  sqlite3_stmt *stmt;
  gint64 history_id = -1;

  if (revision_id == NULL)
    return -1;

  stmt = nr_store_prepare (nr_report_get_store (self->report),
                           "SELECT history_id FROM revision WHERE revision_id = ?1", NULL);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, revision_id, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    history_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return history_id;
}

/* Keys that existed at the ancestor: gone since on one side is a change too. */
static void
collect_ancestor_keys (NrMerge    *self,
                       NrDocument *document,
                       gint64      history_id,
                       GHashTable *keys)
{
  NrQuestionnaire *questionnaire = nr_report_get_questionnaire (self->report);
  sqlite3_stmt *stmt;

  stmt = nr_store_prepare (nr_report_get_store (self->report),
                           "SELECT DISTINCT aspect, target, record_id FROM history"
                           " WHERE id <= ?1 AND aspect IN ('value', 'classification', 'record', 'review')",
                           NULL);
  if (stmt == NULL)
    return;
  sqlite3_bind_int64 (stmt, 1, history_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *aspect = (const char *) sqlite3_column_text (stmt, 0);
      const char *target = (const char *) sqlite3_column_text (stmt, 1);

      if (covers_key (document, questionnaire, aspect, target))
        g_hash_table_add (keys, key_string (aspect, target,
                                            (const char *) sqlite3_column_text (stmt, 2)));
    }
  sqlite3_reset (stmt);
}

/* The state of @key after history row @history_id, and who wrote it. */
static char *
state_at (NrMerge          *self,
          const NrMergeKey *key,
          gint64            history_id,
          NrProvenance     *provenance)
{
  sqlite3_stmt *stmt;
  char *state = NULL;

  stmt = nr_store_prepare (nr_report_get_store (self->report),
                           "SELECT new, author, agency, time FROM history"
                           " WHERE target = ?1 AND aspect = ?2 AND coalesce (record_id, '') = ?3"
                           "   AND id <= ?4 ORDER BY id DESC LIMIT 1",
                           NULL);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, key->target, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, key->aspect, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, key->record_id != NULL ? key->record_id : "", -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, history_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      state = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      if (provenance != NULL)
        nr_provenance_set (provenance, (const char *) sqlite3_column_text (stmt, 1),
                           (const char *) sqlite3_column_text (stmt, 2),
                           (const char *) sqlite3_column_text (stmt, 3));
    }
  sqlite3_reset (stmt);
  return state;
}

static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Decides, for every key, whether there is something to take or to resolve. */
static void
compare_sides (NrMerge    *self,
               NrDocument *document,
               GHashTable *theirs,
               GHashTable *keys,
               gint64      ancestor_id)
{
  guint n_keys = 0;
  g_autofree gpointer *sorted = g_hash_table_get_keys_as_array (keys, &n_keys);
  /* A deletion carries no provenance of its own: it is the contribution's. */
  NrProvenance deleted_by = { NULL, document->preparing_agency, document->exported };

  /* In a stable order, so that conflicts are listed the same way each time. */
  qsort (sorted, n_keys, sizeof (gpointer), compare_keys);

  for (guint i = 0; i < n_keys; i++)
    {
      g_auto(GStrv) parts = NULL;
      NrMergeKey key;
      TheirState *their;
      NrProvenance ours_by = { 0 };
      g_autofree char *ancestor = NULL;
      g_autofree char *ours_raw = NULL;
      g_autofree char *ours = NULL;
      g_autofree char *theirs_state = NULL;
      g_autofree char *base = NULL;
      g_autoptr(NrMergeItem) item = NULL;
      gboolean conflict;

      split_key (sorted[i], &parts);
      key.aspect = parts[0];
      key.target = parts[1];
      key.record_id = parts[2][0] != '\0' ? parts[2] : NULL;

      their = g_hash_table_lookup (theirs, sorted[i]);
      theirs_state = normalise (key.aspect, their != NULL ? their->state : NULL);
      nr_report_read_state (self->report, key.aspect, key.target, key.record_id, &ours_raw, NULL);
      ours = normalise (key.aspect, ours_raw);

      if (g_strcmp0 (theirs_state, ours) == 0)
        continue;

      if (ancestor_id >= 0)
        {
          ancestor = state_at (self, &key, ancestor_id, NULL);
          base = normalise (key.aspect, ancestor);
          /* They did not change it: ours stands, whatever it is. */
          if (g_strcmp0 (theirs_state, base) == 0)
            continue;
          conflict = g_strcmp0 (ours, base) != 0;
        }
      else
        {
          /* No common ancestor: fill what we lack, keep what they lack, and
           * ask about the rest. */
          base = normalise (key.aspect, NULL);
          if (g_strcmp0 (theirs_state, base) == 0)
            continue;
          conflict = g_strcmp0 (ours, base) != 0;
        }

      g_free (state_at (self, &key, G_MAXINT64, &ours_by));
      item = nr_merge_item_new (&key, ancestor, ours_raw, their != NULL ? their->state : NULL,
                                &ours_by, their != NULL ? &their->provenance : &deleted_by,
                                conflict);
      nr_provenance_clear (&ours_by);
      g_list_store_append (self->items, item);
    }
}

/**
 * nr_merge_new:
 * @ours: the report to merge into
 * @theirs: a full export or a contribution of the same report
 * @display_name: how to name the document's source in messages
 *
 * Works out what merging @theirs into @ours would change, and where the two
 * conflict.  Nothing is written until nr_merge_apply().
 */
NrMerge *
nr_merge_new (NrReport    *ours,
              NrDocument  *theirs,
              const char  *display_name,
              GError     **error)
{
  g_autoptr(NrMerge) self = NULL;
  g_autoptr(GHashTable) their_states = NULL;
  g_autoptr(GHashTable) keys = NULL;
  NrQuestionnaire *questionnaire;
  gint64 ancestor_id;

  g_return_val_if_fail (NR_IS_REPORT (ours), NULL);
  g_return_val_if_fail (theirs != NULL, NULL);

  questionnaire = nr_report_get_questionnaire (ours);
  if (g_strcmp0 (theirs->report_id, nr_report_get_metadata (ours, NR_META_REPORT_ID)) != 0)
    {
      g_set_error (error, NR_MERGE_ERROR, NR_MERGE_ERROR_OTHER_REPORT,
                   _("“%s” belongs to another report (%s), not to this one."),
                   display_name, theirs->report_id);
      return NULL;
    }
  if (theirs->profile != NR_EXPORT_PROFILE_FULL)
    {
      g_set_error (error, NR_MERGE_ERROR, NR_MERGE_ERROR_PARTIAL_EXPORT,
                   _("“%s” is a %s export, which leaves answers out; only full exports and contributions can be merged."),
                   display_name, nr_export_profile_to_string (theirs->profile));
      return NULL;
    }
  if (g_strcmp0 (theirs->questionnaire_id, nr_questionnaire_get_id (questionnaire)) != 0)
    {
      g_set_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_QUESTIONNAIRE_MISMATCH,
                   _("“%s” answers the questionnaire “%s”, not “%s”."),
                   display_name, theirs->questionnaire_id, nr_questionnaire_get_id (questionnaire));
      return NULL;
    }

  self = g_object_new (NR_TYPE_MERGE, NULL);
  self->report = g_object_ref (ours);
  self->last_change = nr_report_get_last_change (ours);
  self->revision_id = g_strdup (theirs->revision_id);
  self->based_on = g_strdup (theirs->based_on);

  if (revision_history_id (self, theirs->revision_id) >= 0)
    {
      self->already_merged = TRUE;
      return g_steal_pointer (&self);
    }

  nr_document_normalise (theirs, questionnaire);
  their_states = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) their_state_free);
  if (!collect_theirs (self, theirs, display_name, their_states, error))
    return NULL;

  keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  {
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, their_states);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      g_hash_table_add (keys, g_strdup (key));
  }
  collect_our_keys (self, theirs, keys);

  ancestor_id = revision_history_id (self, theirs->based_on);
  if (ancestor_id >= 0)
    collect_ancestor_keys (self, theirs, ancestor_id, keys);

  compare_sides (self, theirs, their_states, keys, ancestor_id);
  return g_steal_pointer (&self);
}

/* A revision id that names the state a report file is in, so that merging
 * the same file twice is recognised as such. */
static char *
file_revision_id (NrReport *report)
{
  g_autoptr(GListModel) history = nr_report_list_history (report, NULL);
  g_autoptr(NrHistoryEntry) newest = g_list_model_get_item (history, 0);
  g_autofree char *seed = g_strdup_printf ("%s:%" G_GINT64_FORMAT,
                                           nr_report_get_metadata (report, NR_META_REPORT_ID),
                                           newest != NULL ? nr_history_entry_get_id (newest) : 0);
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, seed, -1);

  return g_strdup_printf ("%.8s-%.4s-%.4s-%.4s-%.12s", hash, hash + 8, hash + 12, hash + 16,
                          hash + 20);
}

/* Only a regular file is looked into: opening a FIFO to read its first
 * bytes would wait for a writer.  Anything else is left to the XML reader,
 * which says why it cannot be read. */
static gboolean
is_report_file (GFile *file)
{
  char header[16] = { 0 };
  gssize n_read;
  int fd = nr_input_open_regular (file, NULL);

  if (fd < 0)
    return FALSE;
  do
    n_read = read (fd, header, sizeof header);
  while (n_read < 0 && errno == EINTR);
  close (fd);
  return n_read == sizeof header && memcmp (header, "SQLite format 3", 16) == 0;
}

/**
 * nr_merge_new_from_file:
 * @file: an interchange XML file, or another .normsreport of the same report
 */
NrMerge *
nr_merge_new_from_file (NrReport  *ours,
                        GFile     *file,
                        GError   **error)
{
  g_autoptr(NrDocument) document = NULL;
  g_autofree char *name = g_file_get_parse_name (file);

  if (is_report_file (file))
    {
      g_autoptr(NrReport) theirs = nr_report_open (file, nr_report_get_questionnaire (ours),
                                                   NR_STORE_OPEN_READ_ONLY, error);

      if (theirs == NULL)
        return NULL;
      document = nr_report_to_document (theirs, NULL, error);
      if (document == NULL)
        return NULL;
      g_free (document->revision_id);
      document->revision_id = file_revision_id (theirs);
    }
  else
    {
      document = nr_document_load (file, error);
      if (document == NULL)
        return NULL;
    }

  return nr_merge_new (ours, document, name, error);
}

/**
 * nr_merge_get_items:
 *
 * Returns: (transfer none): every change the merge makes (#NrMergeItem),
 *   conflicts included, in a stable order.
 */
GListModel *
nr_merge_get_items (NrMerge *self)
{
  g_return_val_if_fail (NR_IS_MERGE (self), NULL);
  return G_LIST_MODEL (self->items);
}

static guint
count_items (NrMerge  *self,
             gboolean  unresolved_only)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  guint count = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NrMergeItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      if (nr_merge_item_is_conflict (item) &&
          (!unresolved_only || nr_merge_item_get_resolution (item) == NR_MERGE_RESOLUTION_NONE))
        count++;
    }
  return count;
}

guint
nr_merge_get_n_conflicts (NrMerge *self)
{
  g_return_val_if_fail (NR_IS_MERGE (self), 0);
  return count_items (self, FALSE);
}

guint
nr_merge_get_n_unresolved (NrMerge *self)
{
  g_return_val_if_fail (NR_IS_MERGE (self), 0);
  return count_items (self, TRUE);
}

/**
 * nr_merge_is_already_merged:
 *
 * Returns: whether this report has merged (or exported, or was imported from)
 *   that very revision before; such a merge changes nothing.
 */
gboolean
nr_merge_is_already_merged (NrMerge *self)
{
  g_return_val_if_fail (NR_IS_MERGE (self), FALSE);
  return self->already_merged;
}

/**
 * nr_merge_resolve:
 * @edited_state: (nullable): with %NR_MERGE_RESOLUTION_EDITED, the state to
 *   keep, in the history's text form
 */
void
nr_merge_resolve (NrMerge           *self,
                  NrMergeItem       *item,
                  NrMergeResolution  resolution,
                  const char        *edited_state)
{
  g_return_if_fail (NR_IS_MERGE (self));
  g_return_if_fail (NR_IS_MERGE_ITEM (item));

  nr_merge_item_set_resolution (item, resolution, edited_state);
}

/* Resolves every conflict still open the same way. */
void
nr_merge_resolve_all (NrMerge           *self,
                      NrMergeResolution  resolution)
{
  guint n;

  g_return_if_fail (NR_IS_MERGE (self));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NrMergeItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      if (nr_merge_item_is_conflict (item) &&
          nr_merge_item_get_resolution (item) == NR_MERGE_RESOLUTION_NONE)
        nr_merge_item_set_resolution (item, resolution, NULL);
    }
}

static gboolean
apply_item (NrMerge      *self,
            NrMergeItem  *item,
            GError      **error)
{
  const char *aspect = nr_merge_item_get_aspect (item);
  const char *target = nr_merge_item_get_target (item);
  const char *record_id = nr_merge_item_get_record_id (item);

  switch (nr_merge_item_get_resolution (item))
    {
    case NR_MERGE_RESOLUTION_THEIRS:
      return nr_report_apply_change_as (self->report, aspect, target, record_id,
                                        nr_merge_item_get_theirs (item),
                                        nr_merge_item_get_their_provenance (item), error);
    case NR_MERGE_RESOLUTION_EDITED:
      return nr_report_apply_change (self->report, aspect, target, record_id,
                                     nr_merge_item_get_edited (item), error);
    case NR_MERGE_RESOLUTION_OURS:
    case NR_MERGE_RESOLUTION_NONE:
    default:
      return TRUE;
    }
}

/**
 * nr_merge_move_to:
 * @report: the report the merge was worked out for, opened again
 *
 * A merge can be worked out in a worker thread on a connection of its own
 * to the report (opened read-only), so that reading a contribution never
 * holds up a window; it is then handed to the window's own connection,
 * through which nr_merge_apply() writes, with the window's author.  That is
 * only sound while the report is exactly as it was read.
 *
 * Returns: whether @report is the same file, unchanged since; otherwise the
 *   merge stays with the report it was worked out on.
 */
gboolean
nr_merge_move_to (NrMerge   *self,
                  NrReport  *report,
                  GError   **error)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (NR_IS_MERGE (self), FALSE);
  g_return_val_if_fail (NR_IS_REPORT (report), FALSE);

  name = g_file_get_parse_name (nr_report_get_file (report));
  if (!g_file_equal (nr_report_get_file (report), nr_report_get_file (self->report)) ||
      g_strcmp0 (nr_report_get_metadata (report, NR_META_REPORT_ID),
                 nr_report_get_metadata (self->report, NR_META_REPORT_ID)) != 0)
    {
      g_set_error (error, NR_MERGE_ERROR, NR_MERGE_ERROR_OTHER_REPORT,
                   _("The merge was worked out for another report than “%s”."), name);
      return FALSE;
    }
  if (nr_report_get_last_change (report) != self->last_change)
    {
      g_set_error (error, NR_MERGE_ERROR, NR_MERGE_ERROR_CHANGED,
                   _("“%s” changed while the contribution was being read. Merge it again."), name);
      return FALSE;
    }

  g_set_object (&self->report, report);
  return TRUE;
}

/**
 * nr_merge_apply:
 *
 * Writes the merge in one transaction: every change taken, every conflict as
 * resolved, and the contribution's revision, so that merging it again does
 * nothing.  Fails, writing nothing, while a conflict is unresolved.
 */
gboolean
nr_merge_apply (NrMerge  *self,
                GError  **error)
{
  NrStore *store;
  guint n_unresolved;
  guint n;

  g_return_val_if_fail (NR_IS_MERGE (self), FALSE);

  if (self->already_merged)
    return TRUE;

  n_unresolved = nr_merge_get_n_unresolved (self);
  if (n_unresolved > 0)
    {
      g_set_error (error, NR_MERGE_ERROR, NR_MERGE_ERROR_UNRESOLVED,
                   g_dngettext (GETTEXT_PACKAGE, "%u conflict is not resolved yet.",
                                "%u conflicts are not resolved yet.", n_unresolved),
                   n_unresolved);
      return FALSE;
    }

  store = nr_report_get_store (self->report);
  if (!nr_store_begin (store, error))
    return FALSE;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NrMergeItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      if (!apply_item (self, item, error))
        {
          nr_store_rollback (store);
          return FALSE;
        }
    }

  if (!nr_report_record_revision (self->report, self->revision_id, "merge", self->based_on, error) ||
      !nr_store_commit (store, error))
    {
      nr_store_rollback (store);
      return FALSE;
    }

  self->already_merged = TRUE;
  return TRUE;
}
