/* nr-docx.c: a document as a Word file (Office Open XML, .docx).
 *
 * The parts are the fewest Word and LibreOffice need: the main document,
 * its styles (Word's own "heading 1" to "heading 3" with their outline
 * levels, which the navigation pane shows), a header and a footer carrying
 * the profile's marking with the page number and count as fields, and the
 * core and application properties, each declared in [Content_Types].xml and
 * reached through a relationship.  The language of the answers is the
 * default language of every run, so Word checks the spelling in it.
 */
#include "config.h"

#include "nr-office-private.h"

#define W_NAMESPACE "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define R_NAMESPACE "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define RELATIONSHIP "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
#define XML_DECLARATION "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

/* A4 with margins of 2 cm, in twentieths of a point. */
#define PAGE_WIDTH   11906
#define PAGE_HEIGHT  16838
#define PAGE_MARGIN  1134
#define TEXT_WIDTH   (PAGE_WIDTH - 2 * PAGE_MARGIN)

static const char *style_ids[NR_OFFICE_N_STYLES] = {
  [NR_OFFICE_TITLE] = "Title",
  [NR_OFFICE_HEADING_1] = "Heading1",
  [NR_OFFICE_HEADING_2] = "Heading2",
  [NR_OFFICE_HEADING_3] = "Heading3",
  [NR_OFFICE_BODY] = "BodyText",
  [NR_OFFICE_NOTE] = "ReportNote",
  [NR_OFFICE_RECORD_TITLE] = "RecordTitle",
};

static void
append_run (GString    *xml,
            gboolean    bold,
            const char *text)
{
  g_string_append (xml, bold ? "<w:r><w:rPr><w:b/><w:bCs/></w:rPr>" : "<w:r>");
  g_string_append (xml, "<w:t xml:space=\"preserve\">");
  nr_office_append_text (xml, text);
  g_string_append (xml, "</w:t></w:r>");
}

static void
append_paragraph (GString    *xml,
                  const char *style_id,
                  gboolean    page_break,
                  const char *label,
                  const char *text)
{
  g_string_append_printf (xml, "<w:p><w:pPr><w:pStyle w:val=\"%s\"/>%s</w:pPr>", style_id,
                          page_break ? "<w:pageBreakBefore/>" : "");
  if (label != NULL)
    append_run (xml, TRUE, label);
  if (text != NULL && *text != '\0')
    append_run (xml, FALSE, text);
  g_string_append (xml, "</w:p>");
}

static void
docx_paragraph (NrOfficeSink *sink,
                NrOfficeStyle style,
                gboolean      page_break,
                const char   *label,
                const char   *text)
{
  append_paragraph (sink->body, style_ids[style], page_break, label, text);
}

static void
append_cell (GString    *xml,
             int         width,
             gboolean    header,
             const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  g_string_append_printf (xml, "<w:tc><w:tcPr><w:tcW w:w=\"%d\" w:type=\"dxa\"/>%s</w:tcPr>", width,
                          header ? "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"EBEBEB\"/>" : "");
  /* A cell holds at least one paragraph, even when empty (Word and
   * LibreOffice read a cell without one as part of the next); the note
   * under an action is a paragraph of its own. */
  if (lines[0] == NULL)
    append_paragraph (xml, "TableContents", FALSE, NULL, NULL);
  for (guint i = 0; lines[i] != NULL; i++)
    append_paragraph (xml, header ? "TableHeading" : "TableContents", FALSE, NULL, lines[i]);
  g_string_append (xml, "</w:tc>");
}

static void
docx_table (NrOfficeSink        *sink,
            const NrOfficeTable *table)
{
  GString *xml = sink->body;
  int widths[NR_OFFICE_MAX_COLUMNS];

  g_string_append (xml, "<w:tbl><w:tblPr><w:tblStyle w:val=\"ReportTable\"/>"
                   "<w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>");
  for (guint i = 0; i < table->n_columns; i++)
    {
      widths[i] = (int) (table->widths[i] * TEXT_WIDTH);
      g_string_append_printf (xml, "<w:gridCol w:w=\"%d\"/>", widths[i]);
    }
  g_string_append (xml, "</w:tblGrid>");
  for (guint r = 0; r < table->rows->len; r++)
    {
      char **cells = table->rows->pdata[r];

      /* The header row repeats on each page the table runs onto. */
      g_string_append (xml, r == 0 ? "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
                                   : "<w:tr><w:trPr><w:cantSplit/></w:trPr>");
      for (guint i = 0; i < table->n_columns; i++)
        append_cell (xml, widths[i], r == 0, cells[i]);
      g_string_append (xml, "</w:tr>");
    }
  g_string_append (xml, "</w:tbl>");
  /* Word joins two tables that follow each other into one. */
  append_paragraph (xml, "BodyText", FALSE, NULL, NULL);
}

static GString *
document_part (NrDocument      *document,
               NrQuestionnaire *questionnaire)
{
  GString *xml = g_string_new (XML_DECLARATION);
  NrOfficeSink sink = { .body = xml, .paragraph = docx_paragraph, .table = docx_table };

  g_string_append (xml, "<w:document xmlns:w=\"" W_NAMESPACE "\" xmlns:r=\"" R_NAMESPACE "\"><w:body>");
  nr_office_write_document (&sink, document, questionnaire);
  g_string_append_printf (xml, "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/>"
                          "<w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>"
                          "<w:pgSz w:w=\"%d\" w:h=\"%d\"/>"
                          "<w:pgMar w:top=\"%d\" w:right=\"%d\" w:bottom=\"%d\" w:left=\"%d\" "
                          "w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr>",
                          PAGE_WIDTH, PAGE_HEIGHT, PAGE_MARGIN + 284, PAGE_MARGIN, PAGE_MARGIN + 284, PAGE_MARGIN);
  g_string_append (xml, "</w:body></w:document>");
  return xml;
}

static void
append_language (GString    *xml,
                 const char *language)
{
  const char *attributes[] = {
    [NR_OFFICE_SCRIPTS_WESTERN] = "w:val",
    [NR_OFFICE_SCRIPTS_ASIAN] = "w:eastAsia",
    [NR_OFFICE_SCRIPTS_COMPLEX] = "w:bidi",
  };

  if (language == NULL)
    return;
  /* Only the setting of the answers' script: Thai and Khmer are complex
   * scripts to Word, and English headings around them keep the user's
   * Western language, so that they are neither marked as misspelt nor
   * broken as Thai is. */
  g_string_append_printf (xml, "<w:lang %s=\"", attributes[nr_office_language_scripts (language)]);
  nr_office_append_text (xml, language);
  g_string_append (xml, "\"/>");
}

static void
append_style (GString    *xml,
              const char *id,
              const char *name,
              const char *paragraph,
              const char *run)
{
  g_string_append_printf (xml, "<w:style w:type=\"paragraph\" w:styleId=\"%s\"><w:name w:val=\"%s\"/>"
                          "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"BodyText\"/><w:qFormat/>"
                          "<w:pPr>%s</w:pPr><w:rPr>%s</w:rPr></w:style>",
                          id, name, paragraph, run);
}

static GString *
styles_part (const NrOfficeFacts *facts)
{
  GString *xml = g_string_new (XML_DECLARATION);

  g_string_append (xml, "<w:styles xmlns:w=\"" W_NAMESPACE "\"><w:docDefaults><w:rPrDefault><w:rPr>"
                   "<w:rFonts w:ascii=\"Noto Sans\" w:hAnsi=\"Noto Sans\"/><w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/>");
  append_language (xml, facts->language);
  g_string_append (xml, "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
                   "<w:spacing w:after=\"80\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
                   "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
                   "<w:qFormat/></w:style>");
  append_style (xml, "Title", "Title", "<w:spacing w:before=\"2400\" w:after=\"480\"/>", "<w:b/><w:bCs/><w:sz w:val=\"44\"/><w:szCs w:val=\"44\"/>");
  /* Word's own heading styles, by their built-in names: the navigation
   * pane and a table of contents find them by their outline levels. */
  append_style (xml, "Heading1", "heading 1",
                "<w:keepNext/><w:keepLines/><w:spacing w:before=\"360\" w:after=\"160\"/><w:outlineLvl w:val=\"0\"/>",
                "<w:b/><w:bCs/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>");
  append_style (xml, "Heading2", "heading 2",
                "<w:keepNext/><w:keepLines/><w:spacing w:before=\"280\" w:after=\"120\"/><w:outlineLvl w:val=\"1\"/>",
                "<w:b/><w:bCs/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>");
  append_style (xml, "Heading3", "heading 3",
                "<w:keepNext/><w:keepLines/><w:spacing w:before=\"200\" w:after=\"60\"/><w:outlineLvl w:val=\"2\"/>",
                "<w:b/><w:bCs/>");
  append_style (xml, "BodyText", "Body Text", "<w:ind w:left=\"240\"/>", "");
  append_style (xml, "ReportNote", "Report Note", "<w:ind w:left=\"240\"/>", "<w:color w:val=\"666666\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>");
  append_style (xml, "RecordTitle", "Record Title", "<w:keepNext/><w:spacing w:before=\"160\" w:after=\"40\"/><w:ind w:left=\"240\"/>",
                "<w:b/><w:bCs/>");
  append_style (xml, "TableContents", "Table Contents", "<w:spacing w:before=\"40\" w:after=\"40\"/>", "");
  append_style (xml, "TableHeading", "Table Heading", "<w:keepNext/><w:spacing w:before=\"40\" w:after=\"40\"/>",
                "<w:b/><w:bCs/>");
  append_style (xml, "Header", "header", "<w:jc w:val=\"center\"/><w:spacing w:after=\"0\"/>",
                "<w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>");
  append_style (xml, "Footer", "footer", "<w:jc w:val=\"center\"/><w:spacing w:after=\"0\"/>",
                "<w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>");
  g_string_append (xml, "<w:style w:type=\"table\" w:styleId=\"ReportTable\"><w:name w:val=\"Report Table\"/>"
                   "<w:tblPr><w:tblBorders>"
                   "<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"999999\"/>"
                   "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"999999\"/>"
                   "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"999999\"/>"
                   "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"999999\"/>"
                   "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"999999\"/>"
                   "<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"999999\"/>"
                   "</w:tblBorders><w:tblCellMar><w:left w:w=\"80\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/>"
                   "</w:tblCellMar></w:tblPr></w:style></w:styles>");
  return xml;
}

/* The marking, bold, so that a page separated from the others still says
 * what it may be shown to. */
static void
append_marking (GString             *xml,
                const NrOfficeFacts *facts)
{
  g_string_append (xml, "<w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr>");
  append_run (xml, TRUE, facts->marking);
  g_string_append (xml, "</w:p>");
}

static GString *
header_part (const NrOfficeFacts *facts)
{
  GString *xml = g_string_new (XML_DECLARATION "<w:hdr xmlns:w=\"" W_NAMESPACE "\">");

  append_marking (xml, facts);
  g_string_append (xml, "</w:hdr>");
  return xml;
}

static void
append_field (GString    *xml,
              const char *instruction)
{
  g_string_append_printf (xml, "<w:fldSimple w:instr=\" %s \"><w:r><w:t>1</w:t></w:r></w:fldSimple>", instruction);
}

static GString *
footer_part (const NrOfficeFacts *facts)
{
  GString *xml = g_string_new (XML_DECLARATION "<w:ftr xmlns:w=\"" W_NAMESPACE "\">");

  append_marking (xml, facts);
  g_string_append (xml, "<w:p><w:pPr><w:pStyle w:val=\"Footer\"/><w:jc w:val=\"right\"/></w:pPr>");
  append_run (xml, FALSE, facts->page_parts[0]);
  append_field (xml, "PAGE");
  append_run (xml, FALSE, facts->page_parts[1]);
  append_field (xml, "NUMPAGES");
  append_run (xml, FALSE, facts->page_parts[2]);
  g_string_append (xml, "</w:p></w:ftr>");
  return xml;
}

static GString *
core_properties_part (const NrOfficeFacts *facts)
{
  GString *xml = g_string_new (XML_DECLARATION);

  g_string_append (xml, "<cp:coreProperties "
                   "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                   "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
                   "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>");
  nr_office_append_text (xml, facts->title);
  g_string_append (xml, "</dc:title><dc:creator>");
  nr_office_append_text (xml, facts->author);
  g_string_append (xml, "</dc:creator>");
  if (facts->language != NULL)
    {
      g_string_append (xml, "<dc:language>");
      nr_office_append_text (xml, facts->language);
      g_string_append (xml, "</dc:language>");
    }
  if (facts->created != NULL)
    {
      g_string_append (xml, "<dcterms:created xsi:type=\"dcterms:W3CDTF\">");
      nr_office_append_text (xml, facts->created);
      g_string_append (xml, "</dcterms:created>");
    }
  g_string_append (xml, "</cp:coreProperties>");
  return xml;
}

static GString *
app_properties_part (void)
{
  return g_string_new (XML_DECLARATION
                       "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                       "<Application>Norms Reporter " PACKAGE_VERSION "</Application></Properties>");
}

static GString *
content_types_part (void)
{
  return g_string_new (XML_DECLARATION
                       "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                       "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                       "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                       "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                       "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
                       "<Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>"
                       "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
                       "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                       "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
                       "</Types>");
}

static GString *
package_relationships_part (void)
{
  return g_string_new (XML_DECLARATION
                       "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                       "<Relationship Id=\"rId1\" Type=\"" RELATIONSHIP "officeDocument\" Target=\"word/document.xml\"/>"
                       "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                       "<Relationship Id=\"rId3\" Type=\"" RELATIONSHIP "extended-properties\" Target=\"docProps/app.xml\"/>"
                       "</Relationships>");
}

static GString *
document_relationships_part (void)
{
  return g_string_new (XML_DECLARATION
                       "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                       "<Relationship Id=\"rIdStyles\" Type=\"" RELATIONSHIP "styles\" Target=\"styles.xml\"/>"
                       "<Relationship Id=\"rIdHeader\" Type=\"" RELATIONSHIP "header\" Target=\"header1.xml\"/>"
                       "<Relationship Id=\"rIdFooter\" Type=\"" RELATIONSHIP "footer\" Target=\"footer1.xml\"/>"
                       "</Relationships>");
}

/**
 * nr_docx_write:
 *
 * Returns: (transfer full): @document as a .docx file, or %NULL with
 *   @error set.
 */
GBytes *
nr_docx_write (NrDocument       *document,
               NrQuestionnaire  *questionnaire,
               GError          **error)
{
  NrOfficeFacts facts;
  NrOfficePart parts[] = {
    { "[Content_Types].xml", content_types_part (), FALSE },
    { "_rels/.rels", package_relationships_part (), FALSE },
    { "docProps/core.xml", NULL, FALSE },
    { "docProps/app.xml", app_properties_part (), FALSE },
    { "word/document.xml", document_part (document, questionnaire), FALSE },
    { "word/_rels/document.xml.rels", document_relationships_part (), FALSE },
    { "word/styles.xml", NULL, FALSE },
    { "word/header1.xml", NULL, FALSE },
    { "word/footer1.xml", NULL, FALSE },
  };
  GBytes *bytes;

  nr_office_facts_init (&facts, document, questionnaire);
  parts[2].contents = core_properties_part (&facts);
  parts[6].contents = styles_part (&facts);
  parts[7].contents = header_part (&facts);
  parts[8].contents = footer_part (&facts);
  bytes = nr_office_package (parts, G_N_ELEMENTS (parts), facts.created, error);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    g_string_free (parts[i].contents, TRUE);
  nr_office_facts_clear (&facts);
  return bytes;
}
