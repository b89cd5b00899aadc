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
#include <string.h>

#include "nr-input.h"
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

static gboolean
is_xml_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Counts the attributes of a start tag, from just after its '<': each '='
 * outside a quoted value is one.  A value is skipped as the parser reads
 * it, from the quote after '=' to the same quote; counting ends at the
 * tag's '>' or at the next '<', which neither a tag nor a value may hold,
 * so that counting every tag of a file reads each byte once.  Counting
 * stops past @limit. */
static guint
count_attributes (const char *p,
                  const char *end,
                  guint       limit)
{
  guint n = 0;

  while (p < end && *p != '<' && *p != '>' && n <= limit)
    {
      if (*p++ != '=')
        continue;
      n++;
      while (p < end && is_xml_space (*p))
        p++;
      if (p < end && (*p == '"' || *p == '\''))
        {
          char quote = *p++;

          while (p < end && *p != quote && *p != '<')
            p++;
          if (p < end && *p == quote)
            p++;
        }
    }
  return n;
}

/* Refuses, before the parser sees it, a document whose markup alone would
 * cost too much: the parser compares each attribute of an element with
 * every other, a time that grows with the square of their number, and it
 * makes a node of a few hundred bytes of every element and attribute,
 * however few bytes they take in the file.  Every '<' that does not begin
 * an end tag counts as an element, whatever the parser makes of it (a
 * comment, a processing instruction, markup quoted in a comment), and the
 * attributes after every one are counted: a count that can only be too
 * high, and that does not depend on following the parser through its
 * recovery from an error. */
static gboolean
check_markup (const char  *data,
              gsize        size,
              const char  *display_name,
              GError     **error)
{
  const char *end = data + size;
  const char *p = data;
  guint n_elements = 0;

  while (p < end && (p = memchr (p, '<', end - p)) != NULL)
    {
      const char *tag = p++;
      guint n_attributes = 0;
      int line, column;

      if (p < end && *p == '/')
        continue;
      if (p < end && *p != '!' && *p != '?')
        n_attributes = count_attributes (p, end, NR_XML_MAX_ATTRIBUTES);
      n_elements += 1 + n_attributes;
      if (n_attributes <= NR_XML_MAX_ATTRIBUTES && n_elements <= NR_XML_MAX_ELEMENTS)
        continue;

      locate_offset (data, tag - data, &line, &column);
      if (n_attributes > NR_XML_MAX_ATTRIBUTES)
        g_set_error (error, NR_XML_ERROR, NR_XML_ERROR_TOO_MANY_ATTRIBUTES,
                     _("“%s”, line %d: an element has more than %d attributes, which no Norms Reporter file needs."),
                     display_name, line, NR_XML_MAX_ATTRIBUTES);
      else
        g_set_error (error, NR_XML_ERROR, NR_XML_ERROR_TOO_MANY_ELEMENTS,
                     _("“%s”, line %d: the file has more than %d elements and attributes, which no Norms Reporter file needs."),
                     display_name, line, NR_XML_MAX_ELEMENTS);
      return FALSE;
    }

  return TRUE;
}

/* libxml2 prints some errors that no parser or validation context catches
 * (those of character conversion and of memory, for instance) through its
 * generic handler, which writes to standard error; messages are ours to
 * give, through GError.  The handler is per thread, so each entry point
 * sets it for the thread it runs in. */
static void
discard_generic_error (void       *user_data,
                       const char *format,
                       ...)
{
}

static void
keep_libxml_quiet (void)
{
  xmlSetGenericErrorFunc (NULL, discard_generic_error);
}

static char *
describe_libxml_error (const xmlError *xerr)
{
  g_autofree char *message = g_strdup (xerr != NULL && xerr->message != NULL
                                       ? xerr->message : _("unknown error"));

  return g_strstrip (g_steal_pointer (&message));
}

/* What the parser has yet to read of a document. */
typedef struct
{
  const char *data;
  gsize size;
} Unread;

/* The parser is fed the document as it reads, rather than given it whole,
 * which it would copy whole: it keeps only what it is reading. */
static int
feed_parser (void *user_data,
             char *buffer,
             int   length)
{
  Unread *unread = user_data;
  gsize n = MIN ((gsize) length, unread->size);

  memcpy (buffer, unread->data, n);
  unread->data += n;
  unread->size -= n;
  return (int) n;
}

xmlDoc *
nr_xml_parse (GBytes      *bytes,
              const char  *display_name,
              GError     **error)
{
  xmlParserCtxt *ctxt;
  ParseGuard guard = { FALSE, 0 };
  Unread unread;
  xmlDoc *doc;
  gsize size;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  if (size > NR_XML_MAX_SIZE)
    {
      nr_input_set_too_large_error (error, display_name, size, NR_XML_MAX_SIZE);
      return NULL;
    }
  if (size == 0)
    {
      g_set_error (error, NR_XML_ERROR, NR_XML_ERROR_MALFORMED,
                   _("“%s” is empty."), display_name);
      return NULL;
    }

  /* Our formats are UTF-8 only.  The bytes are checked first, and the
   * parser told to ignore whatever encoding the file declares: it never
   * converts anything, and a file declaring another encoding is read as the
   * UTF-8 it is.  (Valid UTF-8 here holds no NUL byte, so the parser cannot
   * take it for UTF-16 or UCS-4 from its first bytes either.) */
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

  if (!check_markup (data, size, display_name, error))
    return NULL;

  keep_libxml_quiet ();
  unread.data = data;
  unread.size = size;
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
  doc = xmlCtxtReadIO (ctxt, feed_parser, NULL, &unread, display_name, NULL,
                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                       XML_PARSE_IGNORE_ENC);

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

/* Some of libxml2's schema messages quote the value at fault: "Element
 * 'choice': [facet 'pattern'] The value 'x' is not accepted by the pattern
 * '…'.", "Element 'answer', attribute 'agency': 'x' is not a valid value of
 * the atomic type 'Name'.".  The value may be an answer's or a person's
 * words, which an error message never repeats: it is cut out, and the
 * element, the attribute and the rule stay.  The value may hold quotes and
 * any phrase at all, so it is taken to run to the last place where
 * libxml2's own words resume; what follows is libxml2's and our schema's
 * (a pattern, a set of values, a length). */
static char *
without_quoted_value (const char *message)
{
  static const char * const resumes[] = {
    "' is not ", "' has a length of ", "' has more ", "' is less than ",
    "' is greater than ", "' must be ", "' does not ",
  };
  const char *header_end = strstr (message, "': ");
  const char *rest;
  const char *value;
  const char *value_end = NULL;
  GString *kept;

  /* "Element 'name'[, attribute 'name']: [[facet 'name'] ]": XML names
   * hold no quotes, so the first "': " ends them. */
  if (header_end == NULL)
    return g_strdup (message);
  rest = header_end + 3;
  if (g_str_has_prefix (rest, "[facet '"))
    {
      const char *facet_end = strstr (rest, "'] ");

      if (facet_end == NULL)
        return g_strdup (message);
      rest = facet_end + 3;
    }

  if (g_str_has_prefix (rest, "The value '"))
    {
      value = rest + strlen ("The value '");
      kept = g_string_new_len (message, value - 2 - message);
    }
  else if (rest[0] == '\'')
    {
      value = rest + 1;
      kept = g_string_new_len (message, rest - message);
      g_string_append (kept, "The value");
    }
  else
    return g_strdup (message);

  for (guint i = 0; i < G_N_ELEMENTS (resumes); i++)
    {
      const char *found = g_strrstr (value, resumes[i]);

      if (found != NULL && (value_end == NULL || found > value_end))
        value_end = found;
    }
  g_string_append (kept, value_end != NULL ? value_end + 1 : " is not valid.");
  return g_string_free (kept, FALSE);
}

/* The first error is the one to fix; the rest usually follow from it. */
typedef struct
{
  char *first_message;
  int first_line;
} FirstError;

static void
collect_first_error (void           *user_data,
                     const xmlError *xerr)
{
  FirstError *errors = user_data;

  if (errors->first_message == NULL)
    {
      g_autofree char *message = describe_libxml_error (xerr);

      errors->first_message = without_quoted_value (message);
      errors->first_line = xerr->line;
    }
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
  FirstError errors = { NULL, 0 };
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

  keep_libxml_quiet ();
  data = g_bytes_get_data (bytes, &size);
  pctxt = xmlSchemaNewMemParserCtxt (data, (int) size);
  xmlSchemaSetParserStructuredErrors (pctxt, (xmlStructuredErrorFunc) collect_first_error, &errors);
  schema = xmlSchemaParse (pctxt);
  xmlSchemaFreeParserCtxt (pctxt);

  /* Our own schemas are checked at build time, so this is a packaging fault. */
  if (schema == NULL)
    {
      g_set_error (error, NR_XML_ERROR, NR_XML_ERROR_INVALID,
                   "The built-in schema %s could not be compiled: %s", name,
                   errors.first_message != NULL ? errors.first_message : "unknown error");
      g_free (errors.first_message);
      return NULL;
    }
  g_free (errors.first_message);

  cached = g_new0 (CachedSchema, 1);
  cached->name = g_strdup (name);
  cached->schema = schema;
  g_ptr_array_add (schema_cache, cached);

  return schema;
}

gboolean
nr_xml_validate (xmlDoc      *doc,
                 xmlSchema   *schema,
                 const char  *display_name,
                 GError     **error)
{
  FirstError errors = { NULL, 0 };
  xmlSchemaValidCtxt *vctxt;
  int rc;

  g_return_val_if_fail (doc != NULL, FALSE);
  g_return_val_if_fail (schema != NULL, FALSE);

  keep_libxml_quiet ();
  vctxt = xmlSchemaNewValidCtxt (schema);
  xmlSchemaSetValidStructuredErrors (vctxt, (xmlStructuredErrorFunc) collect_first_error,
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
