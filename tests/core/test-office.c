/* test-office.c: the Word (.docx) and OpenDocument (.odt) files.
 *
 * Each file is unpacked with libgsf, as another program would, and read
 * with libxml2: the package rules of each format (ODF's stored `mimetype`
 * first, OOXML's content types and relationships), well-formed XML in every
 * part, heading styles the navigator finds, the profile's marking in the
 * header and footer, the page number as a field, the answers' language,
 * the document's properties, and the profile's rules: a public file holds
 * nothing the public export keeps back.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <gsf/gsf-infile-zip.h>
#include <gsf/gsf-infile.h>
#include <gsf/gsf-input-memory.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <sys/stat.h>

#include "nr-office-private.h"
#include "nr-xml.h"
#include "nr-test-report.h"
#include "nr-test-util.h"

/* An entry of the archive's central directory. */
typedef struct
{
  char *name;
  guint method;             /* 0: stored, 8: deflated */
  guint32 local_offset;
} Entry;

static void
entry_clear (Entry *entry)
{
  g_free (entry->name);
}

static guint
read16 (const guint8 *p)
{
  return p[0] | p[1] << 8;
}

static guint32
read32 (const guint8 *p)
{
  return (guint32) p[0] | (guint32) p[1] << 8 | (guint32) p[2] << 16 | (guint32) p[3] << 24;
}

/* The entries in the order the archive holds them, from its central
 * directory: what every ZIP reader trusts. */
static GArray *
list_entries (GBytes *package)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (package, &size);
  GArray *entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  const guint8 *end = NULL;
  const guint8 *p;
  guint n;

  g_array_set_clear_func (entries, (GDestroyNotify) entry_clear);
  g_assert_cmpuint (size, >, 22);
  for (gsize i = size - 22; end == NULL; i--)
    {
      if (read32 (data + i) == 0x06054b50)
        end = data + i;
      g_assert_cmpuint (i, >, 0);
    }
  n = read16 (end + 10);
  p = data + read32 (end + 16);
  for (guint i = 0; i < n; i++)
    {
      Entry entry;
      guint name_length = read16 (p + 28);

      g_assert_cmpuint (read32 (p), ==, 0x02014b50);
      entry.method = read16 (p + 10);
      entry.name = g_strndup ((const char *) p + 46, name_length);
      entry.local_offset = read32 (p + 42);
      g_array_append_val (entries, entry);
      p += 46 + name_length + read16 (p + 30) + read16 (p + 32);
    }
  return entries;
}

/* A part of the package, read with libgsf; NULL if there is none. */
static GBytes *
read_part (GBytes     *package,
           const char *name)
{
  g_autoptr(GError) error = NULL;
  GsfInput *input = gsf_input_memory_new (g_bytes_get_data (package, NULL), (gsf_off_t) g_bytes_get_size (package),
                                          FALSE);
  GsfInfile *zip = gsf_infile_zip_new (input, &error);
  g_auto(GStrv) path = g_strsplit (name, "/", -1);
  GsfInput *child;
  GBytes *bytes = NULL;

  g_assert_no_error (error);
  child = gsf_infile_child_by_aname (zip, (const char **) path);
  if (child != NULL)
    {
      gsf_off_t size = gsf_input_size (child);
      guint8 *data = g_malloc (size + 1);

      g_assert_nonnull (gsf_input_read (child, (size_t) size, data));
      bytes = g_bytes_new_take (data, (gsize) size);
      g_object_unref (child);
    }
  g_object_unref (zip);
  g_object_unref (input);
  return bytes;
}

static char *
read_part_text (GBytes     *package,
                const char *name)
{
  g_autoptr(GBytes) bytes = read_part (package, name);

  g_assert_nonnull (bytes);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static xmlDoc *
parse_part (GBytes     *package,
            const char *name)
{
  g_autoptr(GBytes) bytes = read_part (package, name);
  xmlDoc *doc;

  g_assert_nonnull (bytes);
  doc = xmlReadMemory (g_bytes_get_data (bytes, NULL), (int) g_bytes_get_size (bytes), name, NULL,
                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc == NULL)
    g_error ("“%s” is not well-formed XML", name);
  return doc;
}

/* How many nodes @expression finds in @doc, with the prefixes of both
 * formats. */
static int
count_nodes (xmlDoc     *doc,
             const char *expression)
{
  const char *namespaces[][2] = {
    { "w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main" },
    { "r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships" },
    { "ct", "http://schemas.openxmlformats.org/package/2006/content-types" },
    { "rel", "http://schemas.openxmlformats.org/package/2006/relationships" },
    { "cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties" },
    { "dc", "http://purl.org/dc/elements/1.1/" },
    { "office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0" },
    { "style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0" },
    { "text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0" },
    { "table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0" },
    { "fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" },
    { "meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0" },
    { "manifest", "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" },
  };
  xmlXPathContext *context = xmlXPathNewContext (doc);
  xmlXPathObject *result;
  int n;

  for (guint i = 0; i < G_N_ELEMENTS (namespaces); i++)
    xmlXPathRegisterNs (context, (const xmlChar *) namespaces[i][0], (const xmlChar *) namespaces[i][1]);
  result = xmlXPathEvalExpression ((const xmlChar *) expression, context);
  g_assert_nonnull (result);
  n = result->nodesetval != NULL ? result->nodesetval->nodeNr : 0;
  xmlXPathFreeObject (result);
  xmlXPathFreeContext (context);
  return n;
}

static void
assert_finds (xmlDoc     *doc,
              const char *expression)
{
  if (count_nodes (doc, expression) == 0)
    g_error ("%s finds nothing in %s", expression, (const char *) doc->URL);
}

/* Renders the fixture's report with @profile to @name in its folder, and
 * checks the file as every export is written: mode 0600. */
static GBytes *
render (NrTestFilled     *f,
        NrDocumentFormat  format,
        NrExportProfile   profile)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("report-%d.%s", profile, nr_document_format_get_extension (format));
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  NrExportOptions options = { profile, NULL, NULL };
  GStatBuf st;
  char *contents;
  gsize length;

  g_assert_true (nr_report_render (f->report, file, format, &options, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  return g_bytes_new_take (contents, length);
}

/* Every part is well-formed XML; returns all their text together. */
static char *
check_parts (GBytes *package,
             GArray *entries)
{
  GString *all = g_string_new (NULL);

  for (guint i = 0; i < entries->len; i++)
    {
      const char *name = g_array_index (entries, Entry, i).name;
      g_autofree char *text = NULL;

      if (g_str_equal (name, "mimetype"))
        continue;
      xmlFreeDoc (parse_part (package, name));
      text = read_part_text (package, name);
      g_string_append (all, text);
    }
  return g_string_free (all, FALSE);
}

static void
test_docx_package (NrTestFilled  *f,
                   gconstpointer  data)
{
  g_autoptr(GBytes) docx = render (f, NR_DOCUMENT_FORMAT_DOCX, NR_EXPORT_PROFILE_WORKSHOP);
  g_autoptr(GArray) entries = list_entries (docx);
  g_autofree char *all = check_parts (docx, entries);
  g_autoptr(xmlDoc) types = parse_part (docx, "[Content_Types].xml");
  g_autoptr(xmlDoc) package_rels = parse_part (docx, "_rels/.rels");
  g_autoptr(xmlDoc) document_rels = parse_part (docx, "word/_rels/document.xml.rels");
  g_autoptr(xmlDoc) document = parse_part (docx, "word/document.xml");
  g_autoptr(xmlDoc) core = parse_part (docx, "docProps/core.xml");

  g_assert_cmpstr (g_array_index (entries, Entry, 0).name, ==, "[Content_Types].xml");
  /* Every part but the relationships has its content type, by name or by
   * extension, and every type named belongs to a part that is there. */
  for (guint i = 0; i < entries->len; i++)
    {
      const char *name = g_array_index (entries, Entry, i).name;
      g_autofree char *override = g_strdup_printf ("//ct:Override[@PartName='/%s']", name);

      g_assert_cmpuint (g_array_index (entries, Entry, i).method, ==, 8);
      if (g_str_has_suffix (name, ".rels"))
        assert_finds (types, "//ct:Default[@Extension='rels'][@ContentType='application/vnd.openxmlformats-package.relationships+xml']");
      else if (!g_str_equal (name, "[Content_Types].xml"))
        assert_finds (types, override);
    }
  g_assert_cmpint (count_nodes (types, "//ct:Override"), ==, (int) entries->len - 3);
  assert_finds (types, "//ct:Override[@PartName='/word/document.xml']"
                "[@ContentType='application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml']");

  /* The package's relationships lead to its parts, and the document's to
   * its styles, header and footer, by the ids the document uses. */
  assert_finds (package_rels, "//rel:Relationship[@Target='word/document.xml']"
                "[@Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument']");
  assert_finds (package_rels, "//rel:Relationship[@Target='docProps/core.xml']");
  assert_finds (package_rels, "//rel:Relationship[@Target='docProps/app.xml']");
  for (guint i = 0; i < 3; i++)
    {
      const char *targets[] = { "styles.xml", "header1.xml", "footer1.xml" };
      g_autofree char *part = g_strconcat ("word/", targets[i], NULL);
      g_autoptr(GBytes) bytes = read_part (docx, part);
      g_autofree char *relationship = g_strdup_printf ("//rel:Relationship[@Target='%s']", targets[i]);

      g_assert_nonnull (bytes);
      assert_finds (document_rels, relationship);
    }
  assert_finds (document, "//w:sectPr/w:headerReference[@r:id='rIdHeader']");
  assert_finds (document, "//w:sectPr/w:footerReference[@r:id='rIdFooter']");
  assert_finds (document_rels, "//rel:Relationship[@Id='rIdHeader'][@Target='header1.xml']");
  assert_finds (document_rels, "//rel:Relationship[@Id='rIdFooter'][@Target='footer1.xml']");

  /* The properties: the title, and the preparing agency as author. */
  assert_finds (core, "//dc:title[starts-with(., 'National report')]");
  assert_finds (core, "//dc:creator[. = 'BSSN']");
  assert_finds (core, "//dc:language[. = 'id']");

  /* Text that looks like markup is text. */
  nr_test_assert_contains (all, "PUBLIC-strategy &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;");
}

static void
test_docx_structure (NrTestFilled  *f,
                     gconstpointer  data)
{
  g_autoptr(GBytes) docx = render (f, NR_DOCUMENT_FORMAT_DOCX, NR_EXPORT_PROFILE_WORKSHOP);
  g_autoptr(xmlDoc) document = parse_part (docx, "word/document.xml");
  g_autoptr(xmlDoc) styles = parse_part (docx, "word/styles.xml");
  g_autoptr(xmlDoc) header = parse_part (docx, "word/header1.xml");
  g_autoptr(xmlDoc) footer = parse_part (docx, "word/footer1.xml");

  /* Word's own heading styles, with the outline levels its navigation
   * pane reads; sections are Heading 1, norms Heading 2, questions 3. */
  assert_finds (styles, "//w:style[@w:styleId='Heading1'][w:name/@w:val='heading 1'][w:pPr/w:outlineLvl/@w:val='0']");
  assert_finds (styles, "//w:style[@w:styleId='Heading2'][w:name/@w:val='heading 2'][w:pPr/w:outlineLvl/@w:val='1']");
  assert_finds (styles, "//w:style[@w:styleId='Heading3'][w:name/@w:val='heading 3'][w:pPr/w:outlineLvl/@w:val='2']");
  assert_finds (document, "//w:p[w:pPr/w:pStyle/@w:val='Heading1'][. = 'National context']");
  assert_finds (document, "//w:p[w:pPr/w:pStyle/@w:val='Heading1'][. = 'Summary of the norms']");
  assert_finds (document, "//w:p[w:pPr/w:pStyle/@w:val='Heading2'][starts-with(., '13 (a) ')]");
  g_assert_cmpint (count_nodes (document, "//w:p[w:pPr/w:pStyle/@w:val='Heading2']"), ==, 11);
  assert_finds (document, "//w:p[w:pPr/w:pStyle/@w:val='Heading3'][. = 'National cybersecurity strategy']");
  /* A record is a block: its title, then its fields under their labels. */
  assert_finds (document, "//w:p[w:pPr/w:pStyle/@w:val='RecordTitle'][. = 'PUBLIC-measure CSIRT decree']");
  assert_finds (document, "//w:p[w:pPr/w:pStyle/@w:val='BodyText'][w:r[1]/w:rPr/w:b]"
                "[starts-with(., 'Responsible agencies: ')]");
  /* Every table cell holds a paragraph, or readers merge it away. */
  g_assert_cmpint (count_nodes (document, "//w:tc[not(w:p)]"), ==, 0);

  /* The answers' language, so Word checks the spelling in it. */
  assert_finds (styles, "//w:docDefaults//w:lang[@w:val='id'][not(@w:bidi)][not(@w:eastAsia)]");

  /* The marking at the head and foot of every page, the page number and
   * count as fields. */
  assert_finds (header, "//w:t[. = 'WORKSHOP ONLY — NOT FOR PUBLICATION']");
  assert_finds (footer, "//w:t[. = 'WORKSHOP ONLY — NOT FOR PUBLICATION']");
  assert_finds (footer, "//w:fldSimple[@w:instr=' PAGE ']");
  assert_finds (footer, "//w:fldSimple[@w:instr=' NUMPAGES ']");
}

static void
test_odt_package (NrTestFilled  *f,
                  gconstpointer  data)
{
  g_autoptr(GBytes) odt = render (f, NR_DOCUMENT_FORMAT_ODT, NR_EXPORT_PROFILE_WORKSHOP);
  g_autoptr(GArray) entries = list_entries (odt);
  g_autofree char *all = check_parts (odt, entries);
  g_autoptr(xmlDoc) manifest = parse_part (odt, "META-INF/manifest.xml");
  g_autoptr(xmlDoc) meta = parse_part (odt, "meta.xml");
  const guint8 *data_bytes = g_bytes_get_data (odt, NULL);
  const char *mimetype = "application/vnd.oasis.opendocument.text";

  /* `mimetype` first, stored, without extra fields, so that its content
   * stands at byte 38 of the file, where programs look for it. */
  g_assert_cmpstr (g_array_index (entries, Entry, 0).name, ==, "mimetype");
  g_assert_cmpuint (g_array_index (entries, Entry, 0).method, ==, 0);
  g_assert_cmpuint (g_array_index (entries, Entry, 0).local_offset, ==, 0);
  g_assert_cmpuint (read32 (data_bytes), ==, 0x04034b50);
  g_assert_cmpuint (read16 (data_bytes + 6) & 0x8, ==, 0);   /* no data descriptor after it */
  g_assert_cmpuint (read16 (data_bytes + 8), ==, 0);
  g_assert_cmpuint (read16 (data_bytes + 28), ==, 0);
  g_assert_cmpmem (data_bytes + 30, 8, "mimetype", 8);
  g_assert_cmpmem (data_bytes + 38, strlen (mimetype), mimetype, strlen (mimetype));

  /* The manifest names the package's type and every part. */
  assert_finds (manifest, "//manifest:file-entry[@manifest:full-path='/']"
                "[@manifest:media-type='application/vnd.oasis.opendocument.text']");
  for (guint i = 1; i < entries->len; i++)
    {
      const char *name = g_array_index (entries, Entry, i).name;
      g_autofree char *entry = g_strdup_printf ("//manifest:file-entry[@manifest:full-path='%s']", name);

      g_assert_cmpuint (g_array_index (entries, Entry, i).method, ==, 8);
      if (!g_str_equal (name, "META-INF/manifest.xml"))
        assert_finds (manifest, entry);
    }
  g_assert_cmpint (count_nodes (manifest, "//manifest:file-entry"), ==, (int) entries->len - 1);

  assert_finds (meta, "//dc:title[starts-with(., 'National report')]");
  assert_finds (meta, "//meta:initial-creator[. = 'BSSN']");
  assert_finds (meta, "//dc:language[. = 'id']");
  nr_test_assert_contains (all, "PUBLIC-strategy &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;");
}

static void
test_odt_structure (NrTestFilled  *f,
                    gconstpointer  data)
{
  g_autoptr(GBytes) odt = render (f, NR_DOCUMENT_FORMAT_ODT, NR_EXPORT_PROFILE_WORKSHOP);
  g_autoptr(xmlDoc) content = parse_part (odt, "content.xml");
  g_autoptr(xmlDoc) styles = parse_part (odt, "styles.xml");

  assert_finds (styles, "//style:style[@style:name='Heading_20_1'][@style:display-name='Heading 1']"
                "[@style:default-outline-level='1']");
  assert_finds (styles, "//style:style[@style:name='Heading_20_2'][@style:default-outline-level='2']");
  assert_finds (content, "//text:h[@text:outline-level='1'][. = 'National context']");
  assert_finds (content, "//text:h[@text:outline-level='2'][starts-with(., '13 (a) ')]");
  g_assert_cmpint (count_nodes (content, "//text:h[@text:outline-level='2']"), ==, 11);
  assert_finds (content, "//text:h[@text:outline-level='3'][. = 'National cybersecurity strategy']");
  assert_finds (content, "//text:p[@text:style-name='Record_20_Title'][. = 'PUBLIC-measure CSIRT decree']");
  /* A page per norm: every norm but a section's first starts a page. */
  assert_finds (content, "//office:automatic-styles/style:style[@style:name='Break_Heading_20_2']"
                "[@style:parent-style-name='Heading_20_2']/style:paragraph-properties[@fo:break-before='page']");
  g_assert_cmpint (count_nodes (content, "//text:h[@text:style-name='Break_Heading_20_2']"), ==, 10);
  /* Every table column has its width. */
  g_assert_cmpint (count_nodes (content, "//table:table-column[not(@table:style-name = "
                                "//office:automatic-styles/style:style[@style:family='table-column']/@style:name)]"),
                   ==, 0);

  assert_finds (styles, "//style:default-style[@style:family='paragraph']/style:text-properties"
                "[@fo:language='id'][@fo:country='none'][not(@style:language-complex)][not(@style:language-asian)]");
  assert_finds (styles, "//style:master-page/style:header/text:p[. = 'WORKSHOP ONLY — NOT FOR PUBLICATION']");
  assert_finds (styles, "//style:master-page/style:footer/text:p[. = 'WORKSHOP ONLY — NOT FOR PUBLICATION']");
  assert_finds (styles, "//style:master-page/style:footer//text:page-number");
  assert_finds (styles, "//style:master-page/style:footer//text:page-count");
}

/* Thai answers set the complex-script language alone: with Thai as the
 * Western language too, LibreOffice broke the English headings around them
 * inside words, as it breaks Thai. */
static void
test_thai_answers (NrTestFilled  *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) docx = NULL;
  g_autoptr(GBytes) odt = NULL;
  g_autoptr(xmlDoc) word_styles = NULL;
  g_autoptr(xmlDoc) odt_styles = NULL;

  g_assert_true (nr_report_set_metadata (f->report, NR_META_LANGUAGE, "th", &error));
  g_assert_no_error (error);
  docx = render (f, NR_DOCUMENT_FORMAT_DOCX, NR_EXPORT_PROFILE_PUBLIC);
  odt = render (f, NR_DOCUMENT_FORMAT_ODT, NR_EXPORT_PROFILE_PUBLIC);
  word_styles = parse_part (docx, "word/styles.xml");
  odt_styles = parse_part (odt, "styles.xml");

  assert_finds (word_styles, "//w:docDefaults//w:lang[@w:bidi='th'][not(@w:val)][not(@w:eastAsia)]");
  assert_finds (odt_styles, "//style:default-style[@style:family='paragraph']/style:text-properties"
                "[@style:language-complex='th'][@style:country-complex='none'][not(@fo:language)]");
}

/* The text of every part of @package together. */
static char *
package_text (GBytes *package)
{
  g_autoptr(GArray) entries = list_entries (package);

  return check_parts (package, entries);
}

/* A public file holds what the public export holds: no internal or
 * workshop answer, no point of contact, no person's name; the full one
 * holds everything. */
static void
test_profiles (NrTestFilled  *f,
               gconstpointer  data)
{
  for (NrDocumentFormat format = NR_DOCUMENT_FORMAT_DOCX; format <= NR_DOCUMENT_FORMAT_ODT; format++)
    {
      g_autoptr(GBytes) public_file = render (f, format, NR_EXPORT_PROFILE_PUBLIC);
      g_autoptr(GBytes) full_file = render (f, format, NR_EXPORT_PROFILE_FULL);
      g_autofree char *public_text = package_text (public_file);
      g_autofree char *full_text = package_text (full_file);

      nr_test_assert_contains (public_text, "PUBLIC-strategy");
      nr_test_assert_contains (public_text, "PUBLIC-measure CSIRT decree");
      nr_test_assert_contains (public_text, ">PUBLIC<");
      nr_test_assert_lacks (public_text, "INTERNAL-");
      nr_test_assert_lacks (public_text, "WORKSHOP-");
      nr_test_assert_lacks (public_text, "CONTACT-duty officer");
      nr_test_assert_lacks (public_text, "duty@idsirtii.example");
      nr_test_assert_lacks (public_text, "Siti Rahma");

      nr_test_assert_contains (full_text, "INTERNAL-challenges: grid operators.");
      nr_test_assert_contains (full_text, "INTERNAL-measure grid rules");
      nr_test_assert_contains (full_text, "CONTACT-duty officer");
      nr_test_assert_contains (full_text, "INTERNAL — FULL REPORT, NOT FOR RELEASE");
    }
}

/* Whatever an answer holds, what reaches the file is XML 1.0: markup is
 * escaped, and control characters, which XML cannot hold even escaped,
 * never get there. */
/* Worded as the PDF is: in the answers' language where the program is
 * translated into it (the fixture's answers are Indonesian), or in the
 * language asked. */
static void
test_worded_in_the_answers_language (NrTestFilled  *f,
                                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrDocument) document = nr_report_to_document (f->report, NULL, &error);
  NrQuestionnaire *questionnaire = nr_report_get_questionnaire (f->report);
  g_autoptr(GBytes) indonesian = NULL;
  g_autoptr(GBytes) english = NULL;
  g_autofree char *indonesian_text = NULL;
  g_autofree char *english_text = NULL;

  g_assert_no_error (error);
  g_setenv ("NR_LOCALEDIR", g_getenv ("NR_TEST_PO_DIR"), TRUE);
  indonesian = nr_document_render_in (document, questionnaire, NR_DOCUMENT_FORMAT_DOCX, NULL, &error);
  g_assert_no_error (error);
  english = nr_document_render_in (document, questionnaire, NR_DOCUMENT_FORMAT_ODT, "en", &error);
  g_assert_no_error (error);
  g_unsetenv ("NR_LOCALEDIR");

  indonesian_text = read_part_text (indonesian, "word/document.xml");
  english_text = read_part_text (english, "content.xml");
  nr_test_assert_contains (indonesian_text, "Ringkasan norma");
  nr_test_assert_contains (indonesian_text, "Bagaimana negara Anda mengimplementasikan norma ini?");
  nr_test_assert_lacks (indonesian_text, "Summary of the norms");
  nr_test_assert_contains (english_text, "Summary of the norms");
  /* The interface goes on in its own language. */
  g_assert_cmpstr (nr_questionnaire_get_title (questionnaire), ==,
                   "National report on implementing the norms of responsible State behaviour in cyberspace");
}

static void
test_escaping (void)
{
  g_autoptr(GString) xml = g_string_new (NULL);
  g_autofree char *language = NULL;
  g_autofree char *script = NULL;
  g_autofree char *country = NULL;

  nr_office_append_text (xml, "a\x01" "b\x0b" "c\x1f <&>\"'\tend\r\n\xc2\x85\xef\xbf\xbe\xef\xbf\xbf" "é\xff");
  g_assert_cmpstr (xml->str, ==, "abc &lt;&amp;&gt;&quot;&apos; end  é\xef\xbf\xbd");
  nr_office_append_text (xml, NULL);

  nr_office_split_language ("zh-Hant-TW", &language, &script, &country);
  g_assert_cmpstr (language, ==, "zh");
  g_assert_cmpstr (script, ==, "Hant");
  g_assert_cmpstr (country, ==, "TW");
  g_clear_pointer (&language, g_free);
  g_clear_pointer (&script, g_free);
  g_clear_pointer (&country, g_free);
  nr_office_split_language ("id", &language, &script, &country);
  g_assert_cmpstr (language, ==, "id");
  g_assert_null (script);
  g_assert_null (country);
}

/* Thai, Khmer, Lao and Burmese answers set the complex-script language,
 * so that the English headings around them are not broken inside words
 * by Thai line breaking, as LibreOffice did when the Western language was
 * Thai too. */
static void
test_language_scripts (void)
{
  const char *complex[] = { "th", "km", "lo", "my" };
  const char *western[] = { "id", "vi", "fil", "ms", "pt-BR", "en", NULL };

  for (guint i = 0; i < G_N_ELEMENTS (complex); i++)
    g_assert_cmpint (nr_office_language_scripts (complex[i]), ==, NR_OFFICE_SCRIPTS_COMPLEX);
  for (guint i = 0; western[i] != NULL; i++)
    g_assert_cmpint (nr_office_language_scripts (western[i]), ==, NR_OFFICE_SCRIPTS_WESTERN);
  g_assert_cmpint (nr_office_language_scripts ("zh-Hant-TW"), ==, NR_OFFICE_SCRIPTS_ASIAN);
  g_assert_cmpint (nr_office_language_scripts ("ja"), ==, NR_OFFICE_SCRIPTS_ASIAN);
  g_assert_cmpint (nr_office_language_scripts (NULL), ==, NR_OFFICE_SCRIPTS_WESTERN);
}

/* The output's extension chooses the format, in any case. */
static void
test_format_names (void)
{
  NrDocumentFormat format = NR_DOCUMENT_FORMAT_PDF;

  g_assert_true (nr_document_format_for_name ("/tmp/report.DOCX", &format));
  g_assert_cmpint (format, ==, NR_DOCUMENT_FORMAT_DOCX);
  g_assert_true (nr_document_format_for_name ("report.odt", &format));
  g_assert_cmpint (format, ==, NR_DOCUMENT_FORMAT_ODT);
  g_assert_true (nr_document_format_for_name ("report.pdf", &format));
  g_assert_cmpint (format, ==, NR_DOCUMENT_FORMAT_PDF);
  g_assert_false (nr_document_format_for_name ("report.doc", &format));
  g_assert_false (nr_document_format_for_name ("report", &format));
  g_assert_false (nr_document_format_for_name ("folder.odt/report", &format));
}

int
main (int    argc,
      char **argv)
{
  nr_test_init (&argc, &argv);

  g_test_add_func ("/office/escaping", test_escaping);
  g_test_add ("/office/worded-in-the-answers-language", NrTestFilled, NULL, nr_test_filled_set_up,
              test_worded_in_the_answers_language, nr_test_filled_tear_down);
  g_test_add_func ("/office/format-names", test_format_names);
  g_test_add_func ("/office/language-scripts", test_language_scripts);
  g_test_add ("/office/docx-package", NrTestFilled, NULL, nr_test_filled_set_up, test_docx_package,
              nr_test_filled_tear_down);
  g_test_add ("/office/docx-structure", NrTestFilled, NULL, nr_test_filled_set_up, test_docx_structure,
              nr_test_filled_tear_down);
  g_test_add ("/office/odt-package", NrTestFilled, NULL, nr_test_filled_set_up, test_odt_package,
              nr_test_filled_tear_down);
  g_test_add ("/office/odt-structure", NrTestFilled, NULL, nr_test_filled_set_up, test_odt_structure,
              nr_test_filled_tear_down);
  g_test_add ("/office/thai-answers", NrTestFilled, NULL, nr_test_filled_set_up, test_thai_answers,
              nr_test_filled_tear_down);
  g_test_add ("/office/profiles", NrTestFilled, NULL, nr_test_filled_set_up, test_profiles,
              nr_test_filled_tear_down);
  return g_test_run ();
}
