/* nr-xml.h: parsing and validating XML that may come from anywhere. */
#pragma once

#include <gio/gio.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>

G_BEGIN_DECLS

#define NR_XML_ERROR (nr_xml_error_quark ())

typedef enum
{
  NR_XML_ERROR_TOO_LARGE,
  NR_XML_ERROR_MALFORMED,
  NR_XML_ERROR_FORBIDDEN,
  NR_XML_ERROR_INVALID,
  NR_XML_ERROR_NOT_UTF8,
  NR_XML_ERROR_TOO_DEEP,
} NrXmlError;

/* Anything larger is refused before it is parsed. */
#define NR_XML_MAX_SIZE (64 * 1024 * 1024)
/* Our formats nest six elements deep; anything much deeper is an attack on
 * the parser's stack or memory. */
#define NR_XML_MAX_DEPTH 32

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
