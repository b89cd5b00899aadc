/* nr-xml.h: parsing and validating XML that may come from anywhere. */
#pragma once

#include <gio/gio.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>

G_BEGIN_DECLS

#define NR_XML_ERROR (nr_xml_error_quark ())

typedef enum
{
  NR_XML_ERROR_MALFORMED,
  NR_XML_ERROR_FORBIDDEN,
  NR_XML_ERROR_INVALID,
  NR_XML_ERROR_NOT_UTF8,
  NR_XML_ERROR_TOO_DEEP,
  NR_XML_ERROR_TOO_MANY_ATTRIBUTES,
  NR_XML_ERROR_TOO_MANY_ELEMENTS,
} NrXmlError;

/* Anything larger is refused before it is read.  A very full report (every
 * question answered at length, 200 records: the benchmark's thorough
 * report) exports 0.3 MiB; the longest answer the schema allows, a million
 * characters, takes at most 2.9 MiB even in a script of three bytes a
 * character.  Reading the largest file accepted, with the most elements
 * and records accepted, peaks at about 40 MB for the whole command line
 * program, well under 64 MB. */
#define NR_XML_MAX_SIZE (4 * 1024 * 1024)
/* Our formats nest six elements deep; anything much deeper is an attack on
 * the parser's stack or memory. */
#define NR_XML_MAX_DEPTH 32
/* No element of our formats has more than seven attributes (namespace
 * declarations included); the parser's checks for duplicates take a time
 * that grows with the square of their number. */
#define NR_XML_MAX_ATTRIBUTES 16
/* Elements and attributes together (comments and processing instructions
 * count as elements): the thorough report has about 5,000, and each costs
 * a few hundred bytes in the parsed tree, however few bytes it takes in
 * the file.  NR_DOCUMENT_MAX_RECORDS records as full as the thorough
 * report's fit. */
#define NR_XML_MAX_ELEMENTS 50000

GQuark     nr_xml_error_quark  (void);
xmlDoc    *nr_xml_parse        (GBytes      *bytes,
                                const char  *display_name,
                                GError     **error);
xmlSchema *nr_xml_get_schema   (const char  *name,
                                GError     **error);
gboolean   nr_xml_validate     (xmlDoc      *doc,
                                xmlSchema   *schema,
                                const char  *display_name,
                                GError     **error);
char      *nr_xml_node_text    (xmlNode     *node);
xmlNode   *nr_xml_first_child  (xmlNode     *parent,
                                const char  *name);
char      *nr_xml_get_attr     (xmlNode     *node,
                                const char  *name);
gboolean   nr_xml_get_bool_attr (xmlNode     *node,
                                 const char  *name);
GBytes    *nr_core_lookup_data (const char  *path,
                                GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

G_END_DECLS
