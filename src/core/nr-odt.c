/* nr-odt.c: a document as an OpenDocument text (.odt).
 *
 * The package starts with `mimetype`, stored uncompressed, then the
 * manifest, the content, the styles and the metadata.  Headings are
 * text:h with their outline level under LibreOffice's own "Heading 1" to
 * "Heading 3" styles, so the navigator shows the structure; the page style
 * puts the profile's marking in the header and footer, with the page number
 * and count as fields; the default paragraph style carries the answers'
 * language for Western, Asian and complex scripts, so LibreOffice checks
 * the spelling in it.
 */
#include "config.h"

#include <math.h>

#include "nr-office-private.h"

#define ODT_MIMETYPE "application/vnd.oasis.opendocument.text"
#define XML_DECLARATION "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
#define NAMESPACES \
  "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" " \
  "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" " \
  "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" " \
  "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" " \
  "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" " \
  "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" " \
  "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" " \
  "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" " \
  "office:version=\"1.3\""

/* The text's width on A4 with margins of 2 cm, in millimetres; computed
 * lengths are written as integers, since a locale's decimal comma has no
 * place in the file. */
#define TEXT_WIDTH_MM 170

static const char *style_names[NR_OFFICE_N_STYLES] = {
  [NR_OFFICE_TITLE] = "Title",
  [NR_OFFICE_HEADING_1] = "Heading_20_1",
  [NR_OFFICE_HEADING_2] = "Heading_20_2",
  [NR_OFFICE_HEADING_3] = "Heading_20_3",
  [NR_OFFICE_BODY] = "Text_20_body",
  [NR_OFFICE_NOTE] = "Report_20_Note",
  [NR_OFFICE_RECORD_TITLE] = "Record_20_Title",
};

static guint
outline_level (NrOfficeStyle style)
{
  switch (style)
    {
    case NR_OFFICE_HEADING_1:
      return 1;
    case NR_OFFICE_HEADING_2:
      return 2;
    case NR_OFFICE_HEADING_3:
      return 3;
    case NR_OFFICE_TITLE:
    case NR_OFFICE_BODY:
    case NR_OFFICE_NOTE:
    case NR_OFFICE_RECORD_TITLE:
    case NR_OFFICE_N_STYLES:
    default:
      return 0;
    }
}

/* The text of a paragraph: the label bold, then the text. */
static void
append_spans (GString    *xml,
              const char *label,
              const char *text)
{
  if (label != NULL)
    {
      g_string_append (xml, "<text:span text:style-name=\"Label\">");
      nr_office_append_text (xml, label);
      g_string_append (xml, "</text:span>");
    }
  nr_office_append_text (xml, text);
}

static void
odt_paragraph (NrOfficeSink *sink,
               NrOfficeStyle style,
               gboolean      page_break,
               const char   *label,
               const char   *text)
{
  GString *xml = sink->body;
  guint level = outline_level (style);
  /* A page break is an automatic style of its own over the named one. */
  g_autofree char *name = page_break ? g_strconcat ("Break_", style_names[style], NULL)
                                     : g_strdup (style_names[style]);

  if (level > 0)
    g_string_append_printf (xml, "<text:h text:style-name=\"%s\" text:outline-level=\"%u\">", name, level);
  else
    g_string_append_printf (xml, "<text:p text:style-name=\"%s\">", name);
  append_spans (xml, label, text);
  g_string_append (xml, level > 0 ? "</text:h>" : "</text:p>");
}

/* Each cell draws its top and left borders, the last column its right one
 * and the last row its bottom one, so that borders are single lines. */
static void
append_cell (GString    *xml,
             gboolean    header,
             gboolean    last_column,
             gboolean    last_row,
             const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  g_string_append_printf (xml, "<table:table-cell table:style-name=\"Cell%s%s%s\" office:value-type=\"string\">",
                          header ? "H" : "", last_column ? "R" : "", last_row ? "B" : "");
  if (lines[0] == NULL)
    g_string_append (xml, "<text:p text:style-name=\"Table_20_Contents\"/>");
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_string_append_printf (xml, "<text:p text:style-name=\"%s\">",
                              header ? "Table_20_Heading" : "Table_20_Contents");
      nr_office_append_text (xml, lines[i]);
      g_string_append (xml, "</text:p>");
    }
  g_string_append (xml, "</table:table-cell>");
}

static void
append_cell_styles (GString *xml)
{
  for (guint i = 0; i < 8; i++)
    {
      gboolean header = i & 1, right = i & 2, bottom = i & 4;

      g_string_append_printf (xml, "<style:style style:name=\"Cell%s%s%s\" style:family=\"table-cell\">"
                              "<style:table-cell-properties fo:padding=\"0.1cm\" %s"
                              "fo:border-left=\"0.5pt solid #999999\" fo:border-top=\"0.5pt solid #999999\" "
                              "fo:border-right=\"%s\" fo:border-bottom=\"%s\"/></style:style>",
                              header ? "H" : "", right ? "R" : "", bottom ? "B" : "",
                              header ? "fo:background-color=\"#ebebeb\" " : "",
                              right ? "0.5pt solid #999999" : "none", bottom ? "0.5pt solid #999999" : "none");
    }
}

/* The walk's sink, with the widths of the columns its tables ask for, in
 * hundredths of the text's width: each has an automatic style. */
typedef struct
{
  NrOfficeSink sink;
  gboolean shares[101];
} OdtSink;

static void
odt_table (NrOfficeSink        *sink,
           const NrOfficeTable *table)
{
  OdtSink *odt = (OdtSink *) sink;
  GString *xml = sink->body;
  guint number = sink->n_tables + 1;

  g_string_append_printf (xml, "<table:table table:name=\"Table%u\" table:style-name=\"Table\">", number);
  for (guint i = 0; i < table->n_columns; i++)
    {
      guint share = (guint) CLAMP (round (table->widths[i] * 100), 1, 100);

      odt->shares[share] = TRUE;
      g_string_append_printf (xml, "<table:table-column table:style-name=\"Column%u\"/>", share);
    }
  for (guint r = 0; r < table->rows->len; r++)
    {
      char **cells = table->rows->pdata[r];

      /* The header row repeats on each page the table runs onto. */
      g_string_append (xml, r == 0 ? "<table:table-header-rows><table:table-row>" : "<table:table-row>");
      for (guint i = 0; i < table->n_columns; i++)
        append_cell (xml, r == 0, i + 1 == table->n_columns, r + 1 == table->rows->len, cells[i]);
      g_string_append (xml, r == 0 ? "</table:table-row></table:table-header-rows>" : "</table:table-row>");
    }
  g_string_append (xml, "</table:table>");
}

static void
append_column_styles (GString       *xml,
                      const OdtSink *odt)
{
  for (guint share = 1; share <= 100; share++)
    {
      if (odt->shares[share])
        g_string_append_printf (xml, "<style:style style:name=\"Column%u\" style:family=\"table-column\">"
                                "<style:table-column-properties style:column-width=\"%umm\"/></style:style>",
                                share, TEXT_WIDTH_MM * share / 100);
    }
}

static GString *
content_part (NrDocument      *document,
              NrQuestionnaire *questionnaire)
{
  GString *body = g_string_new (NULL);
  GString *xml = g_string_new (XML_DECLARATION "<office:document-content " NAMESPACES ">");
  OdtSink odt = { .sink = { .body = body, .paragraph = odt_paragraph, .table = odt_table } };

  nr_office_write_document (&odt.sink, document, questionnaire);

  g_string_append (xml, "<office:automatic-styles>");
  for (guint i = 0; i < NR_OFFICE_N_STYLES; i++)
    g_string_append_printf (xml, "<style:style style:name=\"Break_%s\" style:family=\"paragraph\" "
                            "style:parent-style-name=\"%s\"><style:paragraph-properties fo:break-before=\"page\"/>"
                            "</style:style>", style_names[i], style_names[i]);
  g_string_append_printf (xml, "<style:style style:name=\"Table\" style:family=\"table\">"
                          "<style:table-properties style:width=\"%umm\" table:align=\"margins\" "
                          "fo:margin-top=\"0.1cm\" fo:margin-bottom=\"0.3cm\"/></style:style>", TEXT_WIDTH_MM);
  append_column_styles (xml, &odt);
  append_cell_styles (xml);
  g_string_append (xml, "</office:automatic-styles><office:body><office:text>");
  g_string_append_len (xml, body->str, (gssize) body->len);
  g_string_append (xml, "</office:text></office:body></office:document-content>");
  g_string_free (body, TRUE);
  return xml;
}

/* One language attribute, such as style:country-asian="TH". */
static void
append_language_attribute (GString    *xml,
                           const char *prefix,
                           const char *name,
                           const char *suffix,
                           const char *value)
{
  g_string_append_printf (xml, " %s%s%s=\"", prefix, name, suffix);
  nr_office_append_text (xml, value);
  g_string_append_c (xml, '"');
}

static void
append_language (GString    *xml,
                 const char *tag)
{
  g_autofree char *language = NULL;
  g_autofree char *script = NULL;
  g_autofree char *country = NULL;
  const char *kinds[][2] = {
    [NR_OFFICE_SCRIPTS_WESTERN] = { "fo:", "" },
    [NR_OFFICE_SCRIPTS_ASIAN] = { "style:", "-asian" },
    [NR_OFFICE_SCRIPTS_COMPLEX] = { "style:", "-complex" },
  };
  NrOfficeScripts scripts = nr_office_language_scripts (tag);

  nr_office_split_language (tag, &language, &script, &country);
  if (language == NULL)
    return;
  /* Only the setting of the answers' script: Thai and Khmer are complex
   * scripts to LibreOffice, and English headings around them keep the
   * user's Western language, so that they are neither marked as misspelt
   * nor broken as Thai is. */
  append_language_attribute (xml, kinds[scripts][0], "language", kinds[scripts][1], language);
  append_language_attribute (xml, kinds[scripts][0], "country", kinds[scripts][1], country != NULL ? country : "none");
  if (script != NULL)
    append_language_attribute (xml, kinds[scripts][0], "script", kinds[scripts][1], script);
}

static void
append_style (GString    *xml,
              const char *name,
              const char *display_name,
              const char *parent,
              const char *attributes,
              const char *paragraph,
              const char *text)
{
  g_string_append_printf (xml, "<style:style style:name=\"%s\" style:display-name=\"%s\" style:family=\"paragraph\" "
                          "style:parent-style-name=\"%s\" %s><style:paragraph-properties %s/>"
                          "<style:text-properties %s/></style:style>",
                          name, display_name, parent, attributes, paragraph, text);
}

#define BOLD "fo:font-weight=\"bold\" style:font-weight-asian=\"bold\" style:font-weight-complex=\"bold\""

static void
append_named_styles (GString *xml)
{
  g_string_append (xml, "<style:style style:name=\"Standard\" style:family=\"paragraph\" style:class=\"text\"/>");
  append_style (xml, "Heading", "Heading", "Standard", "style:next-style-name=\"Text_20_body\" style:class=\"text\"",
                "fo:margin-top=\"0.42cm\" fo:margin-bottom=\"0.21cm\" fo:keep-with-next=\"always\"", BOLD);
  append_style (xml, "Title", "Title", "Heading", "style:class=\"chapter\"",
                "fo:margin-top=\"4cm\" fo:margin-bottom=\"0.8cm\"", "fo:font-size=\"22pt\" style:font-size-complex=\"22pt\"");
  append_style (xml, "Heading_20_1", "Heading 1", "Heading",
                "style:next-style-name=\"Text_20_body\" style:default-outline-level=\"1\" style:class=\"text\"",
                "", "fo:font-size=\"16pt\" style:font-size-asian=\"16pt\" style:font-size-complex=\"16pt\"");
  append_style (xml, "Heading_20_2", "Heading 2", "Heading",
                "style:next-style-name=\"Text_20_body\" style:default-outline-level=\"2\" style:class=\"text\"",
                "", "fo:font-size=\"14pt\" style:font-size-asian=\"14pt\" style:font-size-complex=\"14pt\"");
  append_style (xml, "Heading_20_3", "Heading 3", "Heading",
                "style:next-style-name=\"Text_20_body\" style:default-outline-level=\"3\" style:class=\"text\"",
                "fo:margin-top=\"0.3cm\" fo:margin-bottom=\"0.1cm\"",
                "fo:font-size=\"10.5pt\" style:font-size-asian=\"10.5pt\" style:font-size-complex=\"10.5pt\"");
  append_style (xml, "Text_20_body", "Text body", "Standard", "style:class=\"text\"",
                "fo:margin-left=\"0.42cm\" fo:margin-bottom=\"0.14cm\"", "");
  append_style (xml, "Report_20_Note", "Report Note", "Standard", "style:class=\"text\"",
                "fo:margin-left=\"0.42cm\" fo:margin-bottom=\"0.1cm\"",
                "fo:color=\"#666666\" fo:font-size=\"9pt\" style:font-size-asian=\"9pt\" style:font-size-complex=\"9pt\"");
  append_style (xml, "Record_20_Title", "Record Title", "Standard", "style:class=\"text\"",
                "fo:margin-left=\"0.42cm\" fo:margin-top=\"0.28cm\" fo:margin-bottom=\"0.07cm\" fo:keep-with-next=\"always\"",
                BOLD);
  append_style (xml, "Table_20_Contents", "Table Contents", "Standard", "style:class=\"extra\"",
                "fo:margin-bottom=\"0cm\"", "");
  append_style (xml, "Table_20_Heading", "Table Heading", "Table_20_Contents", "style:class=\"extra\"", "", BOLD);
  append_style (xml, "Header", "Header", "Standard", "style:class=\"extra\"", "fo:text-align=\"center\"",
                "fo:font-size=\"8pt\" style:font-size-asian=\"8pt\" style:font-size-complex=\"8pt\"");
  append_style (xml, "Footer", "Footer", "Standard", "style:class=\"extra\"", "fo:text-align=\"center\"",
                "fo:font-size=\"8pt\" style:font-size-asian=\"8pt\" style:font-size-complex=\"8pt\"");
  append_style (xml, "Page_20_Number", "Page Number", "Footer", "style:class=\"extra\"", "fo:text-align=\"end\"", "");
  g_string_append (xml, "<style:style style:name=\"Label\" style:family=\"text\"><style:text-properties " BOLD "/>"
                   "</style:style>");
  /* Outline levels without numbers: the headings carry their own. */
  g_string_append (xml, "<text:outline-style style:name=\"Outline\">");
  for (guint level = 1; level <= 10; level++)
    g_string_append_printf (xml, "<text:outline-level-style text:level=\"%u\" style:num-format=\"\"/>", level);
  g_string_append (xml, "</text:outline-style>");
}

static void
append_marking (GString             *xml,
                const NrOfficeFacts *facts)
{
  g_string_append (xml, "<text:p text:style-name=\"Header\"><text:span text:style-name=\"Label\">");
  nr_office_append_text (xml, facts->marking);
  g_string_append (xml, "</text:span></text:p>");
}

static GString *
styles_part (const NrOfficeFacts *facts)
{
  GString *xml = g_string_new (XML_DECLARATION "<office:document-styles " NAMESPACES ">");

  g_string_append (xml, "<office:font-face-decls><style:font-face style:name=\"Noto Sans\" "
                   "svg:font-family=\"&apos;Noto Sans&apos;\" style:font-family-generic=\"swiss\"/>"
                   "</office:font-face-decls><office:styles>"
                   "<style:default-style style:family=\"paragraph\"><style:paragraph-properties "
                   "fo:margin-top=\"0cm\" fo:margin-bottom=\"0.1cm\" fo:line-height=\"115%\"/>"
                   "<style:text-properties style:font-name=\"Noto Sans\" fo:font-size=\"10.5pt\" "
                   "style:font-size-asian=\"10.5pt\" style:font-size-complex=\"10.5pt\"");
  append_language (xml, facts->language);
  g_string_append (xml, "/></style:default-style>");
  append_named_styles (xml);
  g_string_append (xml, "</office:styles><office:automatic-styles><style:page-layout style:name=\"A4\">"
                   "<style:page-layout-properties fo:page-width=\"21cm\" fo:page-height=\"29.7cm\" "
                   "style:print-orientation=\"portrait\" fo:margin-top=\"1cm\" fo:margin-bottom=\"1cm\" "
                   "fo:margin-left=\"2cm\" fo:margin-right=\"2cm\"/>"
                   "<style:header-style><style:header-footer-properties fo:min-height=\"0cm\" fo:margin-bottom=\"0.5cm\"/>"
                   "</style:header-style><style:footer-style><style:header-footer-properties fo:min-height=\"0cm\" "
                   "fo:margin-top=\"0.5cm\"/></style:footer-style></style:page-layout></office:automatic-styles>"
                   "<office:master-styles><style:master-page style:name=\"Standard\" style:page-layout-name=\"A4\">"
                   "<style:header>");
  append_marking (xml, facts);
  g_string_append (xml, "</style:header><style:footer>");
  append_marking (xml, facts);
  g_string_append (xml, "<text:p text:style-name=\"Page_20_Number\">");
  nr_office_append_text (xml, facts->page_parts[0]);
  g_string_append (xml, "<text:page-number text:select-page=\"current\">1</text:page-number>");
  nr_office_append_text (xml, facts->page_parts[1]);
  g_string_append (xml, "<text:page-count>1</text:page-count>");
  nr_office_append_text (xml, facts->page_parts[2]);
  g_string_append (xml, "</text:p></style:footer></style:master-page></office:master-styles></office:document-styles>");
  return xml;
}

static void
append_meta (GString    *xml,
             const char *element,
             const char *text)
{
  if (text == NULL)
    return;
  g_string_append_printf (xml, "<%s>", element);
  nr_office_append_text (xml, text);
  g_string_append_printf (xml, "</%s>", element);
}

static GString *
meta_part (const NrOfficeFacts *facts)
{
  GString *xml = g_string_new (XML_DECLARATION "<office:document-meta " NAMESPACES "><office:meta>");

  append_meta (xml, "meta:generator", "Norms Reporter/" PACKAGE_VERSION);
  append_meta (xml, "dc:title", facts->title);
  append_meta (xml, "meta:initial-creator", facts->author);
  append_meta (xml, "dc:creator", facts->author);
  append_meta (xml, "dc:language", facts->language);
  append_meta (xml, "meta:creation-date", facts->created);
  g_string_append (xml, "</office:meta></office:document-meta>");
  return xml;
}

static GString *
manifest_part (void)
{
  return g_string_new (XML_DECLARATION
                       "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
                       "manifest:version=\"1.3\">"
                       "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\" "
                       "manifest:media-type=\"" ODT_MIMETYPE "\"/>"
                       "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                       "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
                       "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
                       "</manifest:manifest>");
}

/**
 * nr_odt_write:
 *
 * Returns: (transfer full): @document as an .odt file, or %NULL with
 *   @error set.
 */
GBytes *
nr_odt_write (NrDocument       *document,
              NrQuestionnaire  *questionnaire,
              GError          **error)
{
  NrOfficeFacts facts;
  NrOfficePart parts[] = {
    /* First and stored, so that the file's first bytes say what it is. */
    { "mimetype", g_string_new (ODT_MIMETYPE), TRUE },
    { "META-INF/manifest.xml", manifest_part (), FALSE },
    { "content.xml", content_part (document, questionnaire), FALSE },
    { "styles.xml", NULL, FALSE },
    { "meta.xml", NULL, FALSE },
  };
  GBytes *bytes;

  nr_office_facts_init (&facts, document, questionnaire);
  parts[3].contents = styles_part (&facts);
  parts[4].contents = meta_part (&facts);
  bytes = nr_office_package (parts, G_N_ELEMENTS (parts), facts.created, error);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    g_string_free (parts[i].contents, TRUE);
  nr_office_facts_clear (&facts);
  return bytes;
}
