/* nr-xml.c: parsing and validating XML that may come from anywhere.
 *
 * Every XML document the core reads goes through nr_xml_parse(): questionnaires
 * today, reports from other agencies tomorrow.  We treat them all as hostile:
 * no network, no document type declarations (and so no entities to expand or
 * fetch), a size bound, and errors that name the file, the line and the problem.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include "nr-xml.h"
#include "nr-core-resources.h"

G_DEFINE_QUARK (nr-xml-error-quark, nr_xml_error)

/* State shared with the SAX hooks while one document is parsed. */
typedef struct
{
  gboolean saw_doctype;
  int doctype_line;
  guint depth;
  gboolean too_deep;
  int too_deep_line;
  startElementNsSAX2Func start_element;
  endElementNsSAX2Func end_element;
} ParseGuard;

/* A document type declaration is where entity expansion, external entities and
 * network fetches come from.  None of our formats needs one, so the parser stops
 * at the first sign of it, before it has read a single declaration. */
static void
refuse_doctype (void          *user_data,
                const xmlChar *name,
                const xmlChar *external_id,
                const xmlChar *system_id)
{
  xmlParserCtxt *ctxt = user_data;
  ParseGuard *guard = ctxt->_private;

  guard->saw_doctype = TRUE;
  guard->doctype_line = xmlSAX2GetLineNumber (ctxt);
  xmlStopParser (ctxt);
}

/* Counts nesting as the parser goes, and stops it past NR_XML_MAX_DEPTH,
 * before a deeply nested document can cost anything. */
static void
guarded_start_element (void           *user_data,
                       const xmlChar  *localname,
                       const xmlChar  *prefix,
                       const xmlChar  *uri,
                       int             nb_namespaces,
                       const xmlChar **namespaces,
                       int             nb_attributes,
                       int             nb_defaulted,
                       const xmlChar **attributes)
{
  xmlParserCtxt *ctxt = user_data;
  ParseGuard *guard = ctxt->_private;

  if (++guard->depth > NR_XML_MAX_DEPTH)
    {
      guard->too_deep = TRUE;
      guard->too_deep_line = xmlSAX2GetLineNumber (ctxt);
      xmlStopParser (ctxt);
      return;
    }

  guard->start_element (user_data, localname, prefix, uri, nb_namespaces, namespaces,
                        nb_attributes, nb_defaulted, attributes);
}

static void
guarded_end_element (void          *user_data,
                     const xmlChar *localname,
                     const xmlChar *prefix,
                     const xmlChar *uri)
{
  xmlParserCtxt *ctxt = user_data;
  ParseGuard *guard = ctxt->_private;

  guard->depth--;
  guard->end_element (user_data, localname, prefix, uri);
}

/* Finds the line and column of a byte offset, for messages. */
static void
locate_offset (const char *data,
               gsize       offset,
               int        *line,
               int        *column)
{
  *line = 1;
  *column = 1;
  for (gsize i = 0; i < offset; i++)
    {
      if (data[i] == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else
        (*column)++;
    }
}

static char *
describe_libxml_error (const xmlError *xerr)
{
  g_autofree char *message = g_strdup (xerr != NULL && xerr->message != NULL
                                       ? xerr->message : _("unknown error"));

  return g_strstrip (g_steal_pointer (&message));
}

xmlDoc *
nr_xml_parse (GBytes      *bytes,
              const char  *display_name,
              GError     **error)
{
  xmlParserCtxt *ctxt;
  ParseGuard guard = { FALSE, 0 };
  xmlDoc *doc;
  gsize size;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  if (size > NR_XML_MAX_SIZE)
    {
      g_set_error (error, NR_XML_ERROR, NR_XML_ERROR_TOO_LARGE,
                   _("“%s” is too large to read: it has %lu MiB, and files over %d MiB are refused."),
                   display_name, (unsigned long) (size / (1024 * 1024)),
                   NR_XML_MAX_SIZE / (1024 * 1024));
      return NULL;
    }
  if (size == 0)
    {
      g_set_error (error, NR_XML_ERROR, NR_XML_ERROR_MALFORMED,
                   _("“%s” is empty."), display_name);
      return NULL;
    }

  /* Our formats are UTF-8 only; checking the bytes first also keeps the parser
   * from converting from whatever encoding a file claims. */
  {
    const char *end = NULL;

    if (!g_utf8_validate (data, size, &end))
      {
        int line, column;

        locate_offset (data, end - data, &line, &column);
        g_set_error (error, NR_XML_ERROR, NR_XML_ERROR_NOT_UTF8,
                     _("“%s”, line %d, column %d: the file is not valid UTF-8 text."),
                     display_name, line, column);
        return NULL;
      }
  }

  ctxt = xmlNewParserCtxt ();
  if (ctxt == NULL)
    g_error ("Out of memory creating an XML parser");
  ctxt->_private = &guard;
  ctxt->sax->internalSubset = refuse_doctype;
  guard.start_element = ctxt->sax->startElementNs;
  guard.end_element = ctxt->sax->endElementNs;
  ctxt->sax->startElementNs = guarded_start_element;
  ctxt->sax->endElementNs = guarded_end_element;

  /* XML_PARSE_NONET forbids network access; leaving out XML_PARSE_NOENT and
   * XML_PARSE_DTDLOAD keeps entities unexpanded and external DTDs unread.
   * Errors are reported through GError, never printed by libxml2. */
  doc = xmlCtxtReadMemory (ctxt, data, (int) size, display_name, NULL,
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);

  if (guard.saw_doctype)
    {
      g_set_error (error, NR_XML_ERROR, NR_XML_ERROR_FORBIDDEN,
                   _("“%s”, line %d: the file contains a document type declaration (<!DOCTYPE …>), which is not allowed."),
                   display_name, guard.doctype_line);
      g_clear_pointer (&doc, xmlFreeDoc);
    }
  else if (guard.too_deep)
    {
      g_set_error (error, NR_XML_ERROR, NR_XML_ERROR_TOO_DEEP,
                   _("“%s”, line %d: elements are nested more than %d deep, which no Norms Reporter file needs."),
                   display_name, guard.too_deep_line, NR_XML_MAX_DEPTH);
      g_clear_pointer (&doc, xmlFreeDoc);
    }
  else if (doc == NULL || !ctxt->wellFormed)
    {
      const xmlError *xerr = xmlCtxtGetLastError (ctxt);
      g_autofree char *reason = describe_libxml_error (xerr);

      g_set_error (error, NR_XML_ERROR, NR_XML_ERROR_MALFORMED,
                   _("“%s”, line %d, column %d: the file is not well-formed XML: %s"),
                   display_name, xerr != NULL ? xerr->line : 0, xerr != NULL ? xerr->int2 : 0,
                   reason);
      g_clear_pointer (&doc, xmlFreeDoc);
    }

  if (doc != NULL && doc->encoding != NULL &&
      g_ascii_strcasecmp ((const char *) doc->encoding, "UTF-8") != 0)
    {
      g_set_error (error, NR_XML_ERROR, NR_XML_ERROR_NOT_UTF8,
                   _("“%s”, line 1: the file declares the encoding %s, but only UTF-8 is accepted."),
                   display_name, (const char *) doc->encoding);
      g_clear_pointer (&doc, xmlFreeDoc);
    }

  xmlFreeParserCtxt (ctxt);
  return doc;
}

/**
 * nr_core_lookup_data:
 * @path: a path below the application's resource prefix, such as
 *   "schemas/questionnaire-1.xsd"
 *
 * Looks data up in the core's own resource bundle, which is linked into every
 * program that uses the core, so that no file needs to be installed.
 */
GBytes *
nr_core_lookup_data (const char  *path,
                     GError     **error)
{
  g_autofree char *full_path = g_build_path ("/", RESOURCE_PREFIX, path, NULL);

  return g_resource_lookup_data (nr_core_get_resource (), full_path,
                                 G_RESOURCE_LOOKUP_FLAGS_NONE, error);
}

typedef struct
{
  char *name;
  xmlSchema *schema;
} CachedSchema;

static GMutex schema_lock;
static GPtrArray *schema_cache;

/**
 * nr_xml_get_schema:
 * @name: the file name of a schema shipped in the core's resources
 *
 * Returns: (transfer none): the compiled schema, compiled once and kept for the
 *   life of the process.  A compiled schema may be shared between threads; each
 *   validation uses a context of its own.
 */
xmlSchema *
nr_xml_get_schema (const char  *name,
                   GError     **error)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&schema_lock);
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = NULL;
  xmlSchemaParserCtxt *pctxt;
  xmlSchema *schema;
  CachedSchema *cached;
  gsize size;
  const char *data;

  if (schema_cache == NULL)
    schema_cache = g_ptr_array_new ();

  for (guint i = 0; i < schema_cache->len; i++)
    {
      cached = g_ptr_array_index (schema_cache, i);
      if (g_str_equal (cached->name, name))
        return cached->schema;
    }

  path = g_build_filename ("schemas", name, NULL);
  bytes = nr_core_lookup_data (path, error);
  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &size);
  pctxt = xmlSchemaNewMemParserCtxt (data, (int) size);
  schema = xmlSchemaParse (pctxt);
  xmlSchemaFreeParserCtxt (pctxt);

  /* Our own schemas are checked at build time, so this is a packaging fault. */
  if (schema == NULL)
    {
      g_set_error (error, NR_XML_ERROR, NR_XML_ERROR_INVALID,
                   "The built-in schema %s could not be compiled", name);
      return NULL;
    }

  cached = g_new0 (CachedSchema, 1);
  cached->name = g_strdup (name);
  cached->schema = schema;
  g_ptr_array_add (schema_cache, cached);

  return schema;
}

typedef struct
{
  char *first_message;
  int first_line;
} ValidationErrors;

static void
collect_validation_error (void           *user_data,
                          const xmlError *xerr)
{
  ValidationErrors *errors = user_data;

  /* The first error is the one to fix; the rest usually follow from it. */
  if (errors->first_message == NULL)
    {
      errors->first_message = describe_libxml_error (xerr);
      errors->first_line = xerr->line;
    }
}

gboolean
nr_xml_validate (xmlDoc      *doc,
                 xmlSchema   *schema,
                 const char  *display_name,
                 GError     **error)
{
  ValidationErrors errors = { NULL, 0 };
  xmlSchemaValidCtxt *vctxt;
  int rc;

  g_return_val_if_fail (doc != NULL, FALSE);
  g_return_val_if_fail (schema != NULL, FALSE);

  vctxt = xmlSchemaNewValidCtxt (schema);
  xmlSchemaSetValidStructuredErrors (vctxt, (xmlStructuredErrorFunc) collect_validation_error,
                                     &errors);
  rc = xmlSchemaValidateDoc (vctxt, doc);
  xmlSchemaFreeValidCtxt (vctxt);

  if (rc != 0)
    {
      g_set_error (error, NR_XML_ERROR, NR_XML_ERROR_INVALID,
                   _("“%s”, line %d: the file does not follow its format: %s"),
                   display_name, errors.first_line,
                   errors.first_message != NULL ? errors.first_message : _("unknown error"));
      g_free (errors.first_message);
      return FALSE;
    }

  return TRUE;
}

/**
 * nr_xml_node_text:
 *
 * Returns: (transfer full): the text of @node with runs of white space folded
 *   into single spaces, the way a translator sees it in a .po file.
 */
char *
nr_xml_node_text (xmlNode *node)
{
  g_autofree xmlChar *raw = NULL;
  GString *folded;
  gboolean in_space = FALSE;

  if (node == NULL)
    return NULL;

  raw = xmlNodeGetContent (node);
  if (raw == NULL)
    return NULL;

  folded = g_string_new (NULL);
  for (const char *p = (const char *) raw; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          in_space = TRUE;
          continue;
        }
      if (in_space && folded->len > 0)
        g_string_append_c (folded, ' ');
      in_space = FALSE;
      g_string_append_c (folded, *p);
    }

  return g_string_free (folded, FALSE);
}

/**
 * nr_xml_first_child:
 *
 * Returns: (transfer none) (nullable): the first child element of @parent
 *   named @name.
 */
xmlNode *
nr_xml_first_child (xmlNode    *parent,
                    const char *name)
{
  for (xmlNode *child = parent->children; child != NULL; child = child->next)
    {
      if (child->type == XML_ELEMENT_NODE && g_str_equal ((const char *) child->name, name))
        return child;
    }

  return NULL;
}

char *
nr_xml_get_attr (xmlNode    *node,
                 const char *name)
{
  g_autofree xmlChar *value = xmlGetProp (node, (const xmlChar *) name);

  return value != NULL ? g_strdup ((const char *) value) : NULL;
}

/* An xs:boolean attribute: "true" or "1" are true, anything else false. */
gboolean
nr_xml_get_bool_attr (xmlNode    *node,
                      const char *name)
{
  g_autofree char *value = nr_xml_get_attr (node, name);

  return g_strcmp0 (value, "true") == 0 || g_strcmp0 (value, "1") == 0;
}
