/* nr-report-export.c: a report as an interchange document and XML file.
 *
 * The whole report is read into a document, every answer as it is stored:
 * a value that no longer fits its question, or is not a value at all, is
 * kept as an orphaned answer, in a form the interchange format can carry.
 * The document is then narrowed to the profile and scope by the rules of
 * nr-document-profile.c, the same rules every submission read from XML is
 * narrowed by.  The XML is checked against its schema before it is written,
 * and written atomically.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "nr-checklist.h"
#include "nr-document-summary.h"
#include "nr-report-export.h"
#include "nr-report-private.h"
#include "nr-state.h"
#include "nr-xml.h"

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

static void
set_provenance (NrProvenance *provenance,
                sqlite3_stmt *stmt,
                int           first)
{
  nr_provenance_set (provenance, column_text (stmt, first), column_text (stmt, first + 1),
                     column_text (stmt, first + 2));
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

/* A stored value, or a record's stored fields when @type is a{sv}.  What
 * does not read as one is kept, as its stored text, and makes @answer an
 * orphaned answer: never dropped, never read as an answer. */
static GVariant *
read_stored (const char         *text,
             const GVariantType *type,
             NrDocumentAnswer   *answer)
{
  GVariantDict fields;
  GVariant *value;

  if (text == NULL)
    return NULL;
  value = g_variant_parse (type, text, NULL, NULL, NULL);
  if (value != NULL)
    return value;

  answer->orphaned = TRUE;
  if (type == NULL)
    return g_variant_ref_sink (g_variant_new_string (text));
  g_variant_dict_init (&fields, NULL);
  g_variant_dict_insert (&fields, "unreadable-fields", "s", text);
  return g_variant_ref_sink (g_variant_dict_end (&fields));
}

/* Every answer and record of the report, as stored, with who wrote it. */
static gboolean
collect_answers (NrReport    *self,
                 NrDocument  *document,
                 GHashTable  *answers,
                 GError     **error)
{
  NrStore *store = nr_report_get_store (self);
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
      NrDocumentAnswer *answer = answer_for (document, answers, column_text (stmt, 0));

      nr_classification_from_string (column_text (stmt, 2), &answer->classification);
      answer->value = read_stored (column_text (stmt, 1), NULL, answer);
      set_provenance (&answer->provenance, stmt, 3);
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
      NrDocumentAnswer *answer = answer_for (document, answers, column_text (stmt, 0));
      NrDocumentRecord *record = nr_document_answer_add_record (answer, column_text (stmt, 1));

      record->position = sqlite3_column_double (stmt, 2);
      record->fields = read_stored (column_text (stmt, 3), G_VARIANT_TYPE_VARDICT, answer);
      set_provenance (&record->provenance, stmt, 4);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return nr_store_set_sqlite_error (store, rc, error);

  return TRUE;
}

/**
 * nr_report_collect_stored:
 *
 * Adds every answer and record of the report to @document as stored, with
 * who wrote it: what an upgrade map moves, before the questionnaire and a
 * profile are applied.
 */
gboolean
nr_report_collect_stored (NrReport    *self,
                          NrDocument  *document,
                          GError     **error)
{
  g_autoptr(GHashTable) answers = g_hash_table_new (g_str_hash, g_str_equal);

  return collect_answers (self, document, answers, error);
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

/* An interchange token: what a choice's value and a checklist item's id
 * must be. */
static gboolean
is_token (const char *text)
{
  gsize length = strlen (text);

  if (length == 0 || length > 64 || text[0] == '-' || text[length - 1] == '-' || strstr (text, "--") != NULL)
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    {
      if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
        return FALSE;
    }
  return TRUE;
}

/* Whether the interchange format can carry @value as it is: text, up to 64
 * choices, up to 32 checklist items, each an interchange token, with a
 * status that is one or none and a note it can hold. */
static gboolean
is_writable (GVariant *value)
{
  gboolean dictionary = g_variant_is_of_type (value, NR_CHECKLIST_TYPE);
  GVariantIter iter;
  const char *key;
  const char *item;
  const char *note = "";
  gsize n;

  if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    return TRUE;
  if (!dictionary && !g_variant_is_of_type (value, G_VARIANT_TYPE_STRING_ARRAY))
    return FALSE;

  n = g_variant_n_children (value);
  if (n == 0 || n > (dictionary ? 32 : 64))
    return FALSE;
  g_variant_iter_init (&iter, value);
  while (dictionary ? g_variant_iter_next (&iter, "{&s(&s&s)}", &key, &item, &note)
                    : g_variant_iter_next (&iter, "&s", &key))
    {
      if (!is_token (key) ||
          (dictionary && ((*item != '\0' && !is_token (item)) || (*item == '\0' && *note == '\0') ||
                          g_utf8_strlen (note, -1) > NR_CHECKLIST_NOTE_MAX_LENGTH)))
        return FALSE;
    }
  return TRUE;
}

/* @value, or its stored text when the interchange format cannot carry it. */
static GVariant *
writable (GVariant *value)
{
  if (is_writable (value))
    return g_variant_ref (value);
  return g_variant_ref_sink (g_variant_new_take_string (nr_state_print (value)));
}

/* Gives an orphaned answer a form the interchange format can carry: values
 * of other types, such as a number, as their stored text. */
static void
make_writable (NrDocumentAnswer *answer)
{
  if (answer->value != NULL)
    {
      GVariant *value = writable (answer->value);

      g_variant_unref (answer->value);
      answer->value = value;
    }

  for (guint i = 0; i < answer->records->len; i++)
    {
      NrDocumentRecord *record = answer->records->pdata[i];
      GVariantBuilder fields;
      GVariantIter iter;
      const char *field_id;
      GVariant *value;

      g_variant_builder_init (&fields, G_VARIANT_TYPE_VARDICT);
      g_variant_iter_init (&iter, record->fields);
      while (g_variant_iter_loop (&iter, "{&sv}", &field_id, &value))
        {
          g_autoptr(GVariant) field = writable (value);

          g_variant_builder_add (&fields, "{sv}", field_id, field);
        }
      g_variant_unref (record->fields);
      record->fields = g_variant_ref_sink (g_variant_builder_end (&fields));
    }
}

/* Puts the answers in canonical order. */
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

  for (guint i = 0; i < document->answers->len; i++)
    date_record_lists (document->answers->pdata[i]);
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
      int rc;

      if (!nr_document_covers (document, nr_norm_get_section_id (norm), norm_id))
        continue;

      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, norm_id, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      /* No row is a norm never reviewed; anything else is an error, which
       * must not pass for "never reviewed". */
      if (rc == SQLITE_DONE)
        continue;
      if (rc != SQLITE_ROW)
        {
          sqlite3_reset (stmt);
          return nr_store_set_sqlite_error (store, rc, error);
        }

      review = nr_document_add_review (document, norm_id);
      nr_review_state_from_string (column_text (stmt, 0), &review->state);
      review->cleared_by = g_strdup (column_text (stmt, 1));
      set_provenance (&review->provenance, stmt, 2);
    }
  sqlite3_reset (stmt);

  return TRUE;
}

/* The revision the next export is based on: the newest one this report has
 * exported, imported or merged, or none. */
static gboolean
latest_revision (NrReport  *self,
                 char     **revision_id,
                 GError   **error)
{
  NrStore *store = nr_report_get_store (self);
  sqlite3_stmt *stmt = nr_store_prepare (store,
                                         "SELECT revision_id FROM revision ORDER BY rowid DESC LIMIT 1",
                                         error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *revision_id = g_strdup (column_text (stmt, 0));
  sqlite3_reset (stmt);
  return rc == SQLITE_ROW || rc == SQLITE_DONE || nr_store_set_sqlite_error (store, rc, error);
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
  document->generator = g_strdup ("Norms Reporter");
  document->generator_version = g_strdup (PACKAGE_VERSION);
  document->exported = nr_report_now ();

  if (!latest_revision (self, &document->based_on, error) ||
      !collect_answers (self, document, answers, error) ||
      !collect_reviews (self, document, error))
    return NULL;
  order_answers (document, questionnaire);
  /* Narrowing marks the orphaned answers; those left are written as the
   * interchange format can carry them. */
  nr_document_restrict (document, questionnaire,
                        options != NULL ? options->profile : NR_EXPORT_PROFILE_FULL);
  for (guint i = 0; i < document->answers->len; i++)
    {
      NrDocumentAnswer *answer = document->answers->pdata[i];

      if (answer->orphaned)
        make_writable (answer);
    }

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
