/* nr-document-reader.c: reading interchange XML into a document.
 *
 * The file may come from anywhere: nr_xml_parse() refuses document type
 * declarations, bad encodings, excessive size and nesting; the schema then
 * fixes the structure, so the walk below can rely on it.  What the schema
 * cannot say (a well-formed language tag, a value shape fit for a GVariant)
 * is checked here, with the line of the element at fault.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "nr-checklist.h"
#include "nr-document.h"
#include "nr-input.h"
#include "nr-text.h"
#include "nr-xml.h"

typedef struct
{
  const char *display_name;
  guint n_answers;
  guint n_records;
} Reader;

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE && g_str_equal ((const char *) node->name, name);
}

static char *
element_text (xmlNode *node)
{
  g_autofree xmlChar *content = node != NULL ? xmlNodeGetContent (node) : NULL;

  return content != NULL ? g_strdup ((const char *) content) : NULL;
}

static char *
child_text (xmlNode    *parent,
            const char *name)
{
  return element_text (nr_xml_first_child (parent, name));
}

static void
read_provenance (xmlNode      *node,
                 NrProvenance *provenance)
{
  g_autofree char *author = nr_xml_get_attr (node, "author");
  g_autofree char *agency = nr_xml_get_attr (node, "agency");
  g_autofree char *modified = nr_xml_get_attr (node, "modified");

  nr_provenance_set (provenance, author, agency, modified);
}

static gboolean G_GNUC_PRINTF (4, 5)
fail (Reader      *reader,
      xmlNode     *node,
      GError     **error,
      const char  *reason_format,
      ...)
{
  g_autofree char *reason = NULL;
  va_list args;

  va_start (args, reason_format);
  reason = g_strdup_vprintf (reason_format, args);
  va_end (args);
  g_set_error (error, NR_XML_ERROR, NR_XML_ERROR_INVALID, _("“%s”, line %ld: %s"),
               reader->display_name, xmlGetLineNo (node), reason);
  return FALSE;
}

/* The schema of an interchange format, by its namespace; NULL for a
 * namespace that is none of ours. */
static const char *
schema_of (const char *namespace)
{
  if (g_str_equal (namespace, NR_REPORT_NAMESPACE))
    return NR_REPORT_SCHEMA;
  if (g_str_equal (namespace, NR_REPORT_NAMESPACE_1))
    return NR_REPORT_SCHEMA_1;
  return NULL;
}

/* Reads the value children of @parent (<text>, <choice>s or <item>s), or
 * none.  A single <choice> is kept as a string, as single choices are.  The
 * schema allows one kind of child per value, so the first decides. */
static GVariant *
read_value (xmlNode *parent)
{
  xmlNode *first = parent->children;

  while (first != NULL && first->type != XML_ELEMENT_NODE)
    first = first->next;
  if (first == NULL)
    return NULL;

  if (is_element (first, "text"))
    {
      char *text = element_text (first);
      return g_variant_ref_sink (g_variant_new_take_string (text != NULL ? text : g_strdup ("")));
    }

  if (is_element (first, "item"))
    {
      GVariantBuilder items;

      /* Format 1 gives every action a status and no note; format 2 may
       * give a note with or without a status. */
      g_variant_builder_init (&items, NR_CHECKLIST_TYPE);
      for (xmlNode *child = first; child != NULL; child = child->next)
        {
          g_autofree char *id = NULL;
          g_autofree char *status = NULL;
          g_autofree char *note = NULL;

          if (!is_element (child, "item"))
            continue;
          id = nr_xml_get_attr (child, "id");
          status = nr_xml_get_attr (child, "status");
          note = child_text (child, "note");
          g_variant_builder_add (&items, "{s(ss)}", id, status != NULL ? status : "", note != NULL ? note : "");
        }
      return g_variant_ref_sink (g_variant_builder_end (&items));
    }

  /* A list of names or links is a list even with one entry. */
  if (is_element (first, "entry"))
    {
      g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_free);

      for (xmlNode *child = first; child != NULL; child = child->next)
        {
          if (is_element (child, "entry"))
            g_ptr_array_add (entries, element_text (child));
        }
      return g_variant_ref_sink (g_variant_new_strv ((const char * const *) entries->pdata,
                                                     entries->len));
    }

  if (is_element (first, "choice"))
    {
      g_autoptr(GPtrArray) choices = g_ptr_array_new_with_free_func (g_free);

      for (xmlNode *child = first; child != NULL; child = child->next)
        {
          if (is_element (child, "choice"))
            g_ptr_array_add (choices, element_text (child));
        }
      if (choices->len == 1)
        return g_variant_ref_sink (g_variant_new_string (choices->pdata[0]));
      return g_variant_ref_sink (g_variant_new_strv ((const char * const *) choices->pdata,
                                                     choices->len));
    }

  return NULL;
}

static gboolean
read_record (Reader            *reader,
             xmlNode           *node,
             NrDocumentAnswer  *answer,
             GError           **error)
{
  g_autofree char *id = nr_xml_get_attr (node, "id");
  g_autofree char *position = nr_xml_get_attr (node, "position");
  g_autoptr(GTree) fields = NULL;
  NrDocumentRecord *record;
  char *end = NULL;

  /* Refused at the first record too many. */
  if (++reader->n_records > NR_DOCUMENT_MAX_RECORDS)
    return fail (reader, node, error, _("the file has more than %u records, which no report needs."),
                 NR_DOCUMENT_MAX_RECORDS);
  record = nr_document_answer_add_record (answer, id);
  record->position = g_ascii_strtod (position, &end);
  if (end == position || !isfinite (record->position))
    return fail (reader, node, error, _("a record has a position that is not a number."));
  read_provenance (node, &record->provenance);

  /* Fields in id order, as every record is held, so equal records compare
   * equal whatever order a file lists them in. */
  fields = g_tree_new_full ((GCompareDataFunc) g_strcmp0, NULL, g_free,
                            (GDestroyNotify) g_variant_unref);
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      char *field_id;
      GVariant *value;

      if (!is_element (child, "field"))
        continue;

      field_id = nr_xml_get_attr (child, "id");
      if (g_tree_lookup_extended (fields, field_id, NULL, NULL))
        {
          g_free (field_id);
          return fail (reader, child, error, _("a record lists the same field twice."));
        }

      value = read_value (child);
      if (value != NULL)
        g_tree_insert (fields, field_id, value);
      else
        g_free (field_id);
    }

  /* Entries built directly: a format string per field costs more than the
   * rest of reading a record. */
  {
    g_autoptr(GPtrArray) entries = g_ptr_array_new ();

    for (GTreeNode *field = g_tree_node_first (fields); field != NULL; field = g_tree_node_next (field))
      g_ptr_array_add (entries,
                       g_variant_new_dict_entry (g_variant_new_string (g_tree_node_key (field)),
                                                 g_variant_new_variant (g_tree_node_value (field))));
    record->fields = g_variant_ref_sink (g_variant_new_array (G_VARIANT_TYPE ("{sv}"),
                                                              (GVariant **) entries->pdata,
                                                              entries->len));
  }

  return TRUE;
}

static gboolean
read_answer (Reader      *reader,
             NrDocument  *document,
             xmlNode     *node,
             GError     **error)
{
  g_autofree char *question_id = nr_xml_get_attr (node, "question");
  g_autofree char *classification = nr_xml_get_attr (node, "classification");
  NrDocumentAnswer *answer;

  if (++reader->n_answers > NR_DOCUMENT_MAX_ANSWERS)
    return fail (reader, node, error, _("the file has more than %u answers, which no report needs."),
                 NR_DOCUMENT_MAX_ANSWERS);
  answer = nr_document_add_answer (document, question_id);
  nr_classification_from_string (classification, &answer->classification);
  answer->orphaned = nr_xml_get_bool_attr (node, "orphaned");
  read_provenance (node, &answer->provenance);
  answer->value = read_value (node);

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (is_element (child, "record") && !read_record (reader, child, answer, error))
        return FALSE;
    }

  return TRUE;
}

static GStrv
scope_list (xmlNode    *scope,
            const char *name)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  gboolean any = FALSE;

  for (xmlNode *child = scope->children; child != NULL; child = child->next)
    {
      if (is_element (child, name))
        {
          g_autofree char *text = element_text (child);
          g_strv_builder_add (builder, text);
          any = TRUE;
        }
    }

  return any ? g_strv_builder_end (builder) : NULL;
}

static gboolean
read_meta (Reader      *reader,
           NrDocument  *document,
           xmlNode     *meta,
           GError     **error)
{
  g_autofree char *profile = child_text (meta, "profile");
  xmlNode *generator = nr_xml_first_child (meta, "generator");
  xmlNode *scope = nr_xml_first_child (meta, "scope");

  document->report_id = child_text (meta, "report-id");
  document->revision_id = child_text (meta, "revision-id");
  document->based_on = child_text (meta, "based-on");
  document->generator = element_text (generator);
  document->generator_version = nr_xml_get_attr (generator, "version");
  document->exported = child_text (meta, "exported");
  document->preparing_agency = child_text (meta, "preparing-agency");
  nr_export_profile_from_string (profile, &document->profile);

  if (scope != NULL)
    {
      document->scope_sections = scope_list (scope, "section");
      document->scope_norms = scope_list (scope, "norm");
      if (document->scope_sections == NULL && document->scope_norms == NULL)
        return fail (reader, scope, error, _("the scope of the contribution is empty."));
    }

  return TRUE;
}

/**
 * nr_document_parse:
 * @display_name: how to name the source in messages, usually its path
 *
 * Reads interchange XML, which may be hostile.  On failure @error names the
 * file, the line (and column where known) and the problem.
 */
NrDocument *
nr_document_parse (GBytes      *bytes,
                   const char  *display_name,
                   GError     **error)
{
  g_autoptr(NrDocument) document = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  Reader reader = { display_name, 0, 0 };
  xmlSchema *schema;
  xmlNode *root;
  xmlNode *answers;
  xmlNode *reviews;

  doc = nr_xml_parse (bytes, display_name, error);
  if (doc == NULL)
    return NULL;

  root = xmlDocGetRootElement (doc);
  if (root == NULL || root->ns == NULL || schema_of ((const char *) root->ns->href) == NULL ||
      !g_str_equal ((const char *) root->name, "report"))
    {
      g_set_error (error, NR_XML_ERROR, NR_XML_ERROR_INVALID,
                   _("“%s”, line %ld: this is not a Norms Reporter report: its root element is not <report> in the namespace %s."),
                   display_name, root != NULL ? xmlGetLineNo (root) : 1L, NR_REPORT_NAMESPACE);
      return NULL;
    }

  /* Each format by its own schema: a file of format 1 is read as it was
   * written, and holds nothing format 2 added. */
  schema = nr_xml_get_schema (schema_of ((const char *) root->ns->href), error);
  if (schema == NULL || !nr_xml_validate (doc, schema, display_name, error))
    return NULL;

  document = nr_document_new ();
  document->questionnaire_id = nr_xml_get_attr (root, "questionnaire");
  document->questionnaire_version = nr_xml_get_attr (root, "questionnaire-version");
  document->state = nr_xml_get_attr (root, "state");
  document->period_start = nr_xml_get_attr (root, "period-start");
  document->period_end = nr_xml_get_attr (root, "period-end");
  {
    g_autofree xmlChar *lang = xmlGetNsProp (root, (const xmlChar *) "lang", XML_XML_NAMESPACE);
    document->language = lang != NULL ? g_strdup ((const char *) lang) : NULL;
  }
  if (document->language != NULL && !nr_language_tag_is_valid (document->language))
    {
      fail (&reader, root, error, _("xml:lang is not a language code such as en, id or pt-TL."));
      return NULL;
    }

  if (!read_meta (&reader, document, nr_xml_first_child (root, "meta"), error))
    return NULL;

  answers = nr_xml_first_child (root, "answers");
  for (xmlNode *child = answers->children; child != NULL; child = child->next)
    {
      if (is_element (child, "answer") && !read_answer (&reader, document, child, error))
        return NULL;
    }

  reviews = nr_xml_first_child (root, "reviews");
  for (xmlNode *child = reviews->children; child != NULL; child = child->next)
    {
      g_autofree char *norm_id = NULL;
      g_autofree char *state = NULL;
      NrDocumentReview *review;

      if (!is_element (child, "review"))
        continue;

      norm_id = nr_xml_get_attr (child, "norm");
      state = nr_xml_get_attr (child, "state");
      review = nr_document_add_review (document, norm_id);
      nr_review_state_from_string (state, &review->state);
      review->cleared_by = nr_xml_get_attr (child, "cleared-by");
      read_provenance (child, &review->provenance);
    }

  return g_steal_pointer (&document);
}

/**
 * nr_document_load:
 *
 * Reads an interchange file: a regular file only, refused from its size
 * alone when that is over the bound, before any of it is read.
 */
NrDocument *
nr_document_load (GFile   *file,
                  GError **error)
{
  g_autofree char *name = g_file_get_parse_name (file);
  g_autoptr(GBytes) bytes = nr_input_read_file (file, NR_XML_MAX_SIZE, error);

  if (bytes == NULL)
    return NULL;
  return nr_document_parse (bytes, name, error);
}
