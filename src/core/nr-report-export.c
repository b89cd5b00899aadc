/* nr-report-export.c: a report as an interchange document and XML file.
 *
 * What leaves is decided here: the profile keeps the answers whose
 * classification it allows (and, for public exports, leaves out separable
 * blocks such as the points of contact and the names of people); a scope
 * keeps only the norms and sections an agency contributes.  The XML is checked
 * against its schema before it is written, and written atomically.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "nr-report-export.h"
#include "nr-report-private.h"
#include "nr-xml.h"

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

static gboolean
profile_allows (NrExportProfile  profile,
                NrClassification classification)
{
  return (int) classification <= (int) profile;
}

/* Whether an answer to @question_id may go into @document. */
static gboolean
keeps_question (NrDocument      *document,
                NrQuestionnaire *questionnaire,
                const char      *question_id)
{
  NrQuestion *question = nr_questionnaire_lookup_question (questionnaire, question_id);
  NrSection *section;

  /* Orphaned answers belong to no section: whole reports carry them,
   * contributions do not. */
  if (question == NULL)
    return document->scope_sections == NULL && document->scope_norms == NULL;

  section = nr_questionnaire_lookup_section (questionnaire, nr_question_get_section_id (question));
  if (document->profile == NR_EXPORT_PROFILE_PUBLIC && section != NULL &&
      nr_section_is_separable (section))
    return FALSE;

  return nr_document_covers (document, nr_question_get_section_id (question),
                             nr_question_get_norm_id (question));
}

static void
set_provenance (NrDocument   *document,
                NrProvenance *provenance,
                sqlite3_stmt *stmt,
                int           first)
{
  /* Public documents name agencies, never people. */
  nr_provenance_set (provenance,
                     document->profile == NR_EXPORT_PROFILE_PUBLIC ? NULL : column_text (stmt, first),
                     column_text (stmt, first + 1), column_text (stmt, first + 2));
}

static NrDocumentAnswer *
answer_for (NrDocument *document,
            GHashTable *answers,
            const char *question_id)
{
  NrDocumentAnswer *answer = g_hash_table_lookup (answers, question_id);

  if (answer == NULL)
    {
      answer = nr_document_add_answer (document, question_id);
      g_hash_table_insert (answers, answer->question_id, answer);
    }
  return answer;
}

static gboolean
collect_answers (NrReport    *self,
                 NrDocument  *document,
                 GHashTable  *answers,
                 GError     **error)
{
  NrStore *store = nr_report_get_store (self);
  NrQuestionnaire *questionnaire = nr_report_get_questionnaire (self);
  sqlite3_stmt *stmt;
  int rc;

  stmt = nr_store_prepare (store,
                           "SELECT question_id, value, classification, author, agency, modified"
                           " FROM answer",
                           error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *question_id = column_text (stmt, 0);
      NrDocumentAnswer *answer;

      if (!keeps_question (document, questionnaire, question_id))
        continue;

      answer = answer_for (document, answers, question_id);
      nr_classification_from_string (column_text (stmt, 2), &answer->classification);
      if (column_text (stmt, 1) != NULL)
        answer->value = g_variant_parse (NULL, column_text (stmt, 1), NULL, NULL, NULL);
      set_provenance (document, &answer->provenance, stmt, 3);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return nr_store_set_sqlite_error (store, rc, error);

  stmt = nr_store_prepare (store,
                           "SELECT question_id, record_id, position, fields, author, agency, modified"
                           " FROM record ORDER BY question_id, position, record_id",
                           error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *question_id = column_text (stmt, 0);
      NrDocumentAnswer *answer;
      NrDocumentRecord *record;

      if (!keeps_question (document, questionnaire, question_id))
        continue;

      answer = answer_for (document, answers, question_id);
      record = nr_document_answer_add_record (answer, column_text (stmt, 1));
      record->position = sqlite3_column_double (stmt, 2);
      record->fields = g_variant_parse (G_VARIANT_TYPE_VARDICT, column_text (stmt, 3), NULL, NULL,
                                        NULL);
      if (record->fields == NULL)
        record->fields = g_variant_ref_sink (g_variant_new_array (G_VARIANT_TYPE ("{sv}"), NULL, 0));
      set_provenance (document, &record->provenance, stmt, 4);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return nr_store_set_sqlite_error (store, rc, error);

  return TRUE;
}

/* The answer's own provenance, or for a list that has no answer row of its
 * own, that of its latest record. */
static void
date_record_lists (NrDocumentAnswer *answer)
{
  NrDocumentRecord *latest = NULL;

  if (answer->provenance.modified != NULL)
    return;

  for (guint i = 0; i < answer->records->len; i++)
    {
      NrDocumentRecord *record = answer->records->pdata[i];

      if (latest == NULL || g_strcmp0 (record->provenance.modified, latest->provenance.modified) > 0)
        latest = record;
    }

  if (latest != NULL)
    nr_provenance_set (&answer->provenance, latest->provenance.author, latest->provenance.agency,
                       latest->provenance.modified);
}

/* Questionnaire order first, then orphaned answers by id. */
static int
compare_answers (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  GHashTable *rank = user_data;
  const NrDocumentAnswer *x = *(NrDocumentAnswer * const *) a;
  const NrDocumentAnswer *y = *(NrDocumentAnswer * const *) b;
  guint rank_x = GPOINTER_TO_UINT (g_hash_table_lookup (rank, x->question_id));
  guint rank_y = GPOINTER_TO_UINT (g_hash_table_lookup (rank, y->question_id));

  if (rank_x != rank_y)
    return rank_x == 0 ? 1 : rank_y == 0 ? -1 : (rank_x < rank_y ? -1 : 1);
  return strcmp (x->question_id, y->question_id);
}

/* Puts the answers in canonical order, marks the orphaned ones, and drops
 * those the profile does not allow. */
static void
order_answers (NrDocument      *document,
               NrQuestionnaire *questionnaire)
{
  GListModel *questions = nr_questionnaire_get_questions (questionnaire);
  g_autoptr(GHashTable) rank = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = g_list_model_get_n_items (questions);

  /* Ranks start at 1, so that 0 (not found) means orphaned. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NrQuestion) question = g_list_model_get_item (questions, i);
      g_hash_table_insert (rank, (gpointer) nr_question_get_id (question), GUINT_TO_POINTER (i + 1));
    }

  g_ptr_array_sort_with_data (document->answers, compare_answers, rank);

  for (guint i = document->answers->len; i > 0; i--)
    {
      NrDocumentAnswer *answer = document->answers->pdata[i - 1];

      answer->orphaned = !g_hash_table_contains (rank, answer->question_id);
      date_record_lists (answer);
      if (!profile_allows (document->profile, answer->classification))
        g_ptr_array_remove_index (document->answers, i - 1);
    }
}

static gboolean
collect_reviews (NrReport    *self,
                 NrDocument  *document,
                 GError     **error)
{
  NrStore *store = nr_report_get_store (self);
  NrQuestionnaire *questionnaire = nr_report_get_questionnaire (self);
  GListModel *norms = nr_questionnaire_get_norms (questionnaire);
  sqlite3_stmt *stmt;

  stmt = nr_store_prepare (store,
                           "SELECT state, cleared_by, author, agency, modified FROM review"
                           " WHERE norm_id = ?1",
                           error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (norms); i++)
    {
      g_autoptr(NrNorm) norm = g_list_model_get_item (norms, i);
      const char *norm_id = nr_norm_get_id (norm);
      NrDocumentReview *review;

      if (!nr_document_covers (document, nr_norm_get_section_id (norm), norm_id))
        continue;

      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, norm_id, -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) != SQLITE_ROW)
        continue;

      review = nr_document_add_review (document, norm_id);
      nr_review_state_from_string (column_text (stmt, 0), &review->state);
      if (document->profile != NR_EXPORT_PROFILE_PUBLIC)
        review->cleared_by = g_strdup (column_text (stmt, 1));
      set_provenance (document, &review->provenance, stmt, 2);
    }
  sqlite3_reset (stmt);

  return TRUE;
}

/* The revision the next export is based on: the newest one this report has
 * exported, imported or merged. */
static char *
latest_revision (NrReport *self)
{
  sqlite3_stmt *stmt = nr_store_prepare (nr_report_get_store (self),
                                         "SELECT revision_id FROM revision ORDER BY rowid DESC LIMIT 1",
                                         NULL);
  char *revision_id = NULL;

  if (stmt == NULL)
    return NULL;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    revision_id = g_strdup (column_text (stmt, 0));
  sqlite3_reset (stmt);
  return revision_id;
}

/**
 * nr_report_to_document:
 * @options: (nullable): what to export; %NULL for the full report
 *
 * Builds the document an export would write, with a new revision id.
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
NrDocument *
nr_report_to_document (NrReport                *self,
                       const NrExportOptions   *options,
                       GError                 **error)
{
  NrQuestionnaire *questionnaire = nr_report_get_questionnaire (self);
  g_autoptr(NrDocument) document = nr_document_new ();
  g_autoptr(GHashTable) answers = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_val_if_fail (NR_IS_REPORT (self), NULL);

  document->profile = options != NULL ? options->profile : NR_EXPORT_PROFILE_FULL;
  if (options != NULL)
    {
      document->scope_sections = g_strdupv ((GStrv) options->sections);
      document->scope_norms = g_strdupv ((GStrv) options->norms);
    }

  document->questionnaire_id = g_strdup (nr_questionnaire_get_id (questionnaire));
  document->questionnaire_version = g_strdup (nr_questionnaire_get_version (questionnaire));
  document->state = g_strdup (nr_report_get_metadata (self, NR_META_STATE));
  document->period_start = g_strdup (nr_report_get_metadata (self, NR_META_PERIOD_START));
  document->period_end = g_strdup (nr_report_get_metadata (self, NR_META_PERIOD_END));
  document->language = g_strdup (nr_report_get_metadata (self, NR_META_LANGUAGE));
  document->preparing_agency = g_strdup (nr_report_get_metadata (self, NR_META_PREPARING_AGENCY));
  document->report_id = g_strdup (nr_report_get_metadata (self, NR_META_REPORT_ID));
  document->revision_id = g_uuid_string_random ();
  document->based_on = latest_revision (self);
  document->generator = g_strdup ("Norms Reporter");
  document->generator_version = g_strdup (PACKAGE_VERSION);
  document->exported = nr_report_now ();

  if (!collect_answers (self, document, answers, error) ||
      !collect_reviews (self, document, error))
    return NULL;
  order_answers (document, questionnaire);

  return g_steal_pointer (&document);
}

static void
remember_first_node (void     *data,
                     xmlError *error)
{
  xmlNode **first = data;

  if (*first == NULL && error != NULL)
    *first = error->node;
}

/* The question of the answer in which @doc first breaks the schema, found
 * by validating again, now only to learn where: the node of a schema error
 * is an element or an attribute, both of which know their parent. */
static char *
failing_question (xmlDoc    *doc,
                  xmlSchema *schema)
{
  xmlSchemaValidCtxt *vctxt = xmlSchemaNewValidCtxt (schema);
  xmlNode *node = NULL;

  xmlSchemaSetValidStructuredErrors (vctxt, remember_first_node, &node);
  xmlSchemaValidateDoc (vctxt, doc);
  xmlSchemaFreeValidCtxt (vctxt);

  for (; node != NULL; node = node->parent)
    {
      if (node->type == XML_ELEMENT_NODE && g_str_equal ((const char *) node->name, "answer"))
        return nr_xml_get_attr (node, "question");
    }
  return NULL;
}

/* Says which report and, where it can, which question an export that fails
 * its self-check stumbled on, rather than a line of XML nobody sees. */
static void
explain_failed_export (NrReport   *self,
                       xmlDoc     *doc,
                       xmlSchema  *schema,
                       GError    **error)
{
  const char *name = nr_store_get_display_name (nr_report_get_store (self));
  g_autofree char *question_id = doc != NULL && schema != NULL ? failing_question (doc, schema) : NULL;

  if (error == NULL || *error == NULL)
    return;
  if (question_id == NULL)
    {
      g_prefix_error (error, _("Could not export “%s”: "), name);
      return;
    }
  g_clear_error (error);
  g_set_error (error, NR_XML_ERROR, NR_XML_ERROR_INVALID,
               _("Could not export “%s”: the answer to question “%s” cannot be written in the interchange format."),
               name, question_id);
}

/**
 * nr_report_export_xml:
 * @revision_id: (out) (optional) (transfer full): the new revision's id
 *
 * Writes the report as interchange XML in memory and checks it against the
 * schema.  Nothing is recorded: call nr_report_record_revision() once the XML
 * has reached its destination.
 *
 * Returns: (transfer full): the XML, or %NULL with @error set
 */
GBytes *
nr_report_export_xml (NrReport               *self,
                      const NrExportOptions  *options,
                      char                  **revision_id,
                      char                  **based_on,
                      GError                **error)
{
  g_autoptr(NrDocument) document = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(xmlDoc) check = NULL;
  xmlSchema *schema;
  char *xml;
  gsize length;

  document = nr_report_to_document (self, options, error);
  if (document == NULL)
    return NULL;

  xml = nr_document_to_xml (document, nr_report_get_questionnaire (self), &length);
  bytes = g_bytes_new_take (xml, length);

  /* A self-check: what we write must be what we would accept. */
  check = nr_xml_parse (bytes, "export", error);
  schema = check != NULL ? nr_xml_get_schema (NR_REPORT_SCHEMA, error) : NULL;
  if (schema == NULL || !nr_xml_validate (check, schema, "export", error))
    {
      explain_failed_export (self, check, schema, error);
      return NULL;
    }

  if (revision_id != NULL)
    *revision_id = g_strdup (document->revision_id);
  if (based_on != NULL)
    *based_on = g_strdup (document->based_on);
  return g_steal_pointer (&bytes);
}

/**
 * nr_report_record_revision:
 * @kind: "export", "import" or "merge"
 *
 * Remembers a revision and where the history stood at it, so that a later
 * merge can rebuild the state both sides started from.  Read-only reports
 * remember nothing.
 */
gboolean
nr_report_record_revision (NrReport    *self,
                           const char  *revision_id,
                           const char  *kind,
                           const char  *based_on,
                           GError     **error)
{
  NrStore *store = nr_report_get_store (self);
  g_autofree char *now = nr_report_now ();
  sqlite3_stmt *stmt;

  if (nr_store_is_read_only (store))
    return TRUE;

  stmt = nr_store_prepare (store,
                           "INSERT OR IGNORE INTO revision (revision_id, kind, based_on, history_id, time)"
                           " VALUES (?1, ?2, ?3, (SELECT coalesce (max (id), 0) FROM history), ?4)",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, revision_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, based_on, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, now, -1, SQLITE_STATIC);
  return nr_store_step_done (store, stmt, error);
}

/**
 * nr_report_export:
 * @file: where to write; an existing file is replaced only once the new one
 *   is complete
 * @options: (nullable): what to export; %NULL for the full report
 *
 * Exports the report as interchange XML, validated before it is written and
 * written atomically with mode 0600, so that a failure never leaves a partial
 * file and never harms the one that was there.
 */
gboolean
nr_report_export (NrReport               *self,
                  GFile                  *file,
                  const NrExportOptions  *options,
                  GError                **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *revision_id = NULL;
  g_autofree char *based_on = NULL;

  g_return_val_if_fail (NR_IS_REPORT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = nr_report_export_xml (self, options, &revision_id, &based_on, error);
  if (bytes == NULL)
    return FALSE;

  if (!nr_write_file_privately (file, bytes, error))
    return FALSE;

  return nr_report_record_revision (self, revision_id, "export", based_on, error);
}

static void
forget_author (NrProvenance *provenance)
{
  g_clear_pointer (&provenance->author, g_free);
}

/**
 * nr_document_restrict:
 * @profile: the profile to narrow @document to
 *
 * Narrows a document, such as a submission read from XML, to what @profile
 * lets out, by the rules of export: answers classified above it go, and a
 * public document loses the separable sections (the points of contact) and
 * every person's name.  A document already at @profile or below is left as
 * it is: nothing can be added back.
 */
void
nr_document_restrict (NrDocument      *document,
                      NrQuestionnaire *questionnaire,
                      NrExportProfile  profile)
{
  g_return_if_fail (document != NULL);
  g_return_if_fail (NR_IS_QUESTIONNAIRE (questionnaire));

  if ((int) profile >= (int) document->profile)
    return;
  document->profile = profile;

  for (guint i = document->answers->len; i > 0; i--)
    {
      NrDocumentAnswer *answer = document->answers->pdata[i - 1];

      if (!profile_allows (profile, answer->classification) ||
          !keeps_question (document, questionnaire, answer->question_id))
        g_ptr_array_remove_index (document->answers, i - 1);
    }

  if (profile != NR_EXPORT_PROFILE_PUBLIC)
    return;
  for (guint i = 0; i < document->answers->len; i++)
    {
      NrDocumentAnswer *answer = document->answers->pdata[i];

      forget_author (&answer->provenance);
      for (guint j = 0; answer->records != NULL && j < answer->records->len; j++)
        forget_author (&((NrDocumentRecord *) answer->records->pdata[j])->provenance);
    }
  for (guint i = 0; i < document->reviews->len; i++)
    {
      NrDocumentReview *review = document->reviews->pdata[i];

      g_clear_pointer (&review->cleared_by, g_free);
      forget_author (&review->provenance);
    }
}
