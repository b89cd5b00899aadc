/* test-bounded-input.c: whatever a name stands for and whatever a file
 * holds, reading it ends soon, within a bound, or is refused with a
 * message that names the file and never quotes an answer. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include "nr-core.h"
#include "nr-input.h"
#include "nr-xml.h"
#include "nr-test-util.h"

/* A read that waits for ever fails the test instead of hanging it. */
#define DEADLINE_SECONDS 20

static char *
read_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "interchange", name, NULL);
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

/* valid-minimal.xml with @answers added to its answers. */
static GBytes *
report_with_answers (const char *answers)
{
  g_autofree char *minimal = read_fixture ("valid-minimal.xml");
  g_auto(GStrv) halves = g_strsplit (minimal, "  </answers>", 2);

  g_assert_nonnull (halves[1]);
  return g_bytes_new_take (g_strconcat (halves[0], answers, "  </answers>", halves[1], NULL),
                           strlen (minimal) + strlen (answers));
}

static NrDocument *
parse_string (const char  *xml,
              GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (xml, strlen (xml));

  return nr_document_parse (bytes, "test.xml", error);
}

static void
assert_load_refused (const char *path,
                     int         code,
                     const char *reason)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(NrDocument) document = NULL;

  alarm (DEADLINE_SECONDS);
  document = nr_document_load (file, &error);
  alarm (0);
  g_assert_null (document);
  g_assert_error (error, G_IO_ERROR, code);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, reason));
}

/* A FIFO would block the opening until a writer comes, then never end. */
static void
test_fifo_refused (void)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "submission.xml", NULL);

  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  assert_load_refused (path, G_IO_ERROR_NOT_REGULAR_FILE, "is not a regular file");
  nr_test_remove_tree (dir);
}

/* /dev/zero has no size and no end. */
static void
test_device_refused (void)
{
  assert_load_refused ("/dev/zero", G_IO_ERROR_NOT_REGULAR_FILE, "is not a regular file");
}

static void
test_folder_refused (void)
{
  g_autofree char *dir = nr_test_make_tmpdir ();

  assert_load_refused (dir, G_IO_ERROR_IS_DIRECTORY, "is a folder");
  nr_test_remove_tree (dir);
}

static void
test_questionnaire_file_bounded (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/dev/zero");
  g_autoptr(GError) error = NULL;
  g_autoptr(NrQuestionnaire) questionnaire = NULL;

  alarm (DEADLINE_SECONDS);
  questionnaire = nr_questionnaire_new_from_file (file, &error);
  alarm (0);
  g_assert_null (questionnaire);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
}

/* Standard input may be a pipe: it is read to the bound and no further. */
static void
test_stream_bounded (void)
{
  char data[1001];
  int fds[2];

  memset (data, 'x', sizeof data);
  for (gsize size = 1000; size <= 1001; size++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;

      g_assert_cmpint (pipe (fds), ==, 0);
      g_assert_cmpint (write (fds[1], data, size), ==, size);
      close (fds[1]);
      bytes = nr_input_read_stream (fds[0], "standard input", 1000, &error);
      close (fds[0]);
      if (size == 1000)
        {
          g_assert_no_error (error);
          g_assert_cmpuint (g_bytes_get_size (bytes), ==, 1000);
        }
      else
        {
          g_assert_null (bytes);
          g_assert_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE);
          g_assert_nonnull (strstr (error->message, "standard input"));
        }
    }
}

/* The parser compares each attribute with every other one: 40,000 took
 * minutes with the schema check.  Refused before parsing, at once. */
static void
test_many_attributes_refused (void)
{
  g_autoptr(GString) answer = g_string_new ("    <answer question=\"13a.measures\" classification=\"public\" agency=\"BSSN\" modified=\"2025-11-30T09:00:00Z\"");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(NrDocument) document = NULL;

  for (guint i = 0; i < 40000; i++)
    g_string_append_printf (answer, " a%u=\"\"", i);
  g_string_append (answer, "/>\n");
  bytes = report_with_answers (answer->str);

  document = nr_document_parse (bytes, "attributes.xml", &error);
  g_assert_null (document);
  g_assert_error (error, NR_XML_ERROR, NR_XML_ERROR_TOO_MANY_ATTRIBUTES);
  g_assert_nonnull (strstr (error->message, "“attributes.xml”, line 18"));
}

/* What the count sees is what the parser would: '=' in a value, in text
 * or in a comment is no attribute. */
static void
test_attribute_count_follows_markup (void)
{
  g_autoptr(GString) xml = g_string_new ("<?xml version=\"1.0\"?>\n<!-- ========================= -->\n<r");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  xmlDoc *doc;

  for (guint i = 0; i < NR_XML_MAX_ATTRIBUTES; i++)
    g_string_append_printf (xml, " a%u='=>=\"=='", i);
  g_string_append (xml, ">a = b = c = d = e = f = g = h = i = j = k = l = m = n = o = p = q = r</r>\n");
  bytes = g_bytes_new (xml->str, xml->len);
  doc = nr_xml_parse (bytes, "counted.xml", &error);
  g_assert_no_error (error);
  xmlFreeDoc (doc);

  /* One more attribute is one too many. */
  g_string_replace (xml, "<r", "<r extra=''", 1);
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = g_bytes_new (xml->str, xml->len);
  g_assert_null (nr_xml_parse (bytes, "counted.xml", &error));
  g_assert_error (error, NR_XML_ERROR, NR_XML_ERROR_TOO_MANY_ATTRIBUTES);
  g_assert_nonnull (strstr (error->message, "line 3"));
}

/* Each element costs a few hundred bytes parsed, however few it takes in
 * the file. */
static void
test_many_elements_refused (void)
{
  g_autoptr(GString) xml = g_string_new ("<?xml version=\"1.0\"?>\n<r>\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < NR_XML_MAX_ELEMENTS; i++)
    g_string_append (xml, "<x/>");
  g_string_append (xml, "\n</r>\n");
  bytes = g_bytes_new (xml->str, xml->len);
  g_assert_null (nr_xml_parse (bytes, "elements.xml", &error));
  g_assert_error (error, NR_XML_ERROR, NR_XML_ERROR_TOO_MANY_ELEMENTS);
  g_assert_nonnull (strstr (error->message, "“elements.xml”, line 3"));
}

static char *
orphaned_answers (guint n)
{
  GString *answers = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (answers,
                            "    <answer question=\"old.q%u\" classification=\"public\" agency=\"BSSN\" modified=\"2025-11-30T09:00:00Z\" orphaned=\"true\"><text>x</text></answer>\n",
                            i);
  return g_string_free (answers, FALSE);
}

static char *
records (guint n)
{
  GString *answer = g_string_new ("    <answer question=\"13a.measures\" classification=\"public\" agency=\"BSSN\" modified=\"2025-11-30T09:00:00Z\">\n");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (answer,
                            "<record id=\"00000000-0000-4000-8000-%012u\" position=\"%u\" agency=\"BSSN\" modified=\"2025-11-30T09:00:00Z\"/>\n",
                            i, i);
  g_string_append (answer, "    </answer>\n");
  return g_string_free (answer, FALSE);
}

/* The most answers and records a document may hold are read; the first one
 * too many is refused where it stands (one to a line here, so its line
 * says how many were read before it). */
static void
test_answer_and_record_caps (void)
{
  struct
  {
    char *(*make) (guint n);
    guint cap;
    guint in_fixture;
    guint first_line;
    const char *reason;
  } caps[] = {
    { orphaned_answers, NR_DOCUMENT_MAX_ANSWERS, 2, 18, "more than 1000 answers" },
    { records, NR_DOCUMENT_MAX_RECORDS, 0, 19, "more than 2000 records" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (caps); i++)
    {
      guint n = caps[i].cap - caps[i].in_fixture + 1;
      g_autofree char *over_cap = caps[i].make (n);
      g_autoptr(GBytes) refused = report_with_answers (over_cap);
      g_autofree char *where = g_strdup_printf ("“overfull.xml”, line %u: ", caps[i].first_line + n - 1);
      g_autoptr(NrDocument) document = NULL;
      g_autoptr(GError) error = NULL;

      document = nr_document_parse (refused, "overfull.xml", &error);
      g_assert_null (document);
      g_assert_error (error, NR_XML_ERROR, NR_XML_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, where));
      g_assert_nonnull (strstr (error->message, caps[i].reason));
    }
}

/* Only UTF-8: a declared encoding is ignored, never obeyed. */
static void
test_declared_encoding_ignored (void)
{
  const char *declarations[] = { "ISO-8859-1", "UTF-16", "x-no-such-encoding" };
  g_autofree char *minimal = read_fixture ("valid-minimal.xml");
  g_autofree char *latin1 = read_fixture ("declared-latin1.xml");

  for (guint i = 0; i < G_N_ELEMENTS (declarations); i++)
    {
      g_autofree char *declaration = g_strdup_printf ("encoding=\"%s\"", declarations[i]);
      g_autoptr(GRegex) utf8 = g_regex_new ("encoding=\"UTF-8\"", 0, 0, NULL);
      g_autoptr(GRegex) text = g_regex_new ("Coordination between", 0, 0, NULL);
      g_autofree char *declared = g_regex_replace_literal (utf8, minimal, -1, 0, declaration, 0, NULL);
      g_autofree char *xml = g_regex_replace_literal (text, declared, -1, 0, "Koordinasi antar-lembaga, Bộ Công an,", 0, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(NrDocument) document = parse_string (xml, &error);
      NrDocumentAnswer *answer;

      g_assert_no_error (error);
      answer = document->answers->pdata[1];
      g_assert_cmpstr (g_variant_get_string (answer->value, NULL), ==,
                       "Koordinasi antar-lembaga, Bộ Công an, sector regulators.");
    }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(NrDocument) document = parse_string (latin1, &error);

    g_assert_no_error (error);
  }
}

static void
assert_value_not_quoted (const char *from,
                         const char *to,
                         const char *element)
{
  g_autofree char *minimal = read_fixture ("valid-minimal.xml");
  g_autoptr(GRegex) regex = g_regex_new (from, 0, 0, NULL);
  g_autofree char *xml = g_regex_replace_literal (regex, minimal, -1, 0, to, 0, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(NrDocument) document = NULL;

  g_assert_cmpstr (xml, !=, minimal);
  document = parse_string (xml, &error);
  g_assert_null (document);
  g_assert_error (error, NR_XML_ERROR, NR_XML_ERROR_INVALID);
  if (strstr (error->message, "SECRET") != NULL || strstr (error->message, "minister") != NULL)
    g_error ("the error quotes the value: %s", error->message);
  g_assert_nonnull (strstr (error->message, "“test.xml”, line "));
  g_assert_nonnull (strstr (error->message, element));
}

/* libxml2 quotes the value that breaks a rule of the schema; the message
 * keeps the element and the rule, never the words. */
static void
test_schema_errors_do_not_quote_values (void)
{
  /* A pattern: free text where a choice id belongs. */
  assert_value_not_quoted ("<choice>implemented</choice>",
                           "<choice>SECRET the minister's 'own' words' is not x</choice>",
                           "choice");
  /* An enumeration. */
  assert_value_not_quoted ("classification=\"public\"", "classification=\"SECRET\"", "classification");
  /* An atomic type. */
  assert_value_not_quoted ("modified=\"2025-11-30T09:00:00Z\" ?>", "modified=\"SECRET\">", "modified");
  /* A length: a name far too long. */
  {
    g_autofree char *long_name = g_strdup_printf ("agency=\"SECRET%0300d\"", 0);

    assert_value_not_quoted ("agency=\"BSSN\"", long_name, "agency");
  }
}

int
main (int   argc,
      char *argv[])
{
  nr_test_init (&argc, &argv);

  g_test_add_func ("/input/fifo-refused", test_fifo_refused);
  g_test_add_func ("/input/device-refused", test_device_refused);
  g_test_add_func ("/input/folder-refused", test_folder_refused);
  g_test_add_func ("/input/questionnaire-file-bounded", test_questionnaire_file_bounded);
  g_test_add_func ("/input/stream-bounded", test_stream_bounded);
  g_test_add_func ("/xml/many-attributes-refused", test_many_attributes_refused);
  g_test_add_func ("/xml/attribute-count-follows-markup", test_attribute_count_follows_markup);
  g_test_add_func ("/xml/many-elements-refused", test_many_elements_refused);
  g_test_add_func ("/xml/declared-encoding-ignored", test_declared_encoding_ignored);
  g_test_add_func ("/xml/schema-errors-do-not-quote-values", test_schema_errors_do_not_quote_values);
  g_test_add_func ("/document/answer-and-record-caps", test_answer_and_record_caps);

  return g_test_run ();
}
