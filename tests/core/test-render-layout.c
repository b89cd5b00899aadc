/* test-render-layout.c: the printed report as a reader finds it.
 *
 * The State by its name, the period as people write it, records as blocks,
 * no word cut by a hyphen, URLs broken only at their separators, links that
 * can be clicked, an outline, a table of contents with the right page
 * numbers, and the PDF's metadata: read back with poppler's tools and from
 * the PDF's own objects.  Some pages are kept as pictures in the build
 * tree's screenshots folder, to be looked at; run with NR_TEST_LANGUAGE set
 * (test-render-layout-th, -km), only the pictures, in that language.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "nr-i18n.h"
#include "nr-render-private.h"
#include "nr-test-report.h"
#include "nr-test-util.h"

#define LONG_URL "https://www.kominfo.go.id/content/detail/national-cyber-security-strategy-implementation-guidelines/" \
                 "index-2025.html?section=international-cooperation&language=en"

typedef NrTestFilled Fixture;

static char *
render (Fixture    *fixture,
        const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_true (nr_report_render_pdf (fixture->report, file, NULL, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

static char *
pdf_text_layout (const char *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-layout", path, "-", NULL };

  return nr_test_run_tool (argv);
}

/* Whether the PDF's bytes (binary streams and all) hold @needle. */
static gboolean
pdf_holds (const char *path,
           const char *needle)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  for (gsize i = 0; i < length; i++)
    if (contents[i] == '\0')
      contents[i] = ' ';
  return strstr (contents, needle) != NULL;
}

/* The text with each run of white space as one space. */
static char *
flatten (const char *text)
{
  g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);

  return g_regex_replace_literal (spaces, text, -1, 0, " ", 0, NULL);
}

/* The title page and every page's header name the State and the period,
 * not "ID, 2025–2025". */
static void
test_names (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *path = render (fixture, "names.pdf");
  g_autofree char *raw = nr_test_pdf_text (path);
  g_autofree char *text = flatten (raw);
  g_auto(GStrv) pages = g_strsplit (raw, "\f", -1);

  g_assert_nonnull (strstr (text, "State Indonesia"));
  g_assert_nonnull (strstr (text, "Reporting period 2025"));
  g_assert_null (strstr (text, "2025–2025"));
  g_assert_null (strstr (text, "— ID,"));
  for (guint i = 0; pages[i] != NULL && pages[i + 1] != NULL; i++)
    if (strstr (pages[i], "National report — Indonesia, 2025") == NULL)
      g_error ("page %u has no running title naming the State:\n%s", i + 1, pages[i]);
}

/* The period as people write it. */
static void
test_periods (void)
{
  const struct
  {
    const char *start, *end, *expected;
  } cases[] = {
    { "2025-01-01", "2025-12-31", "2025" },
    { "2025-01-01", "2025-06-30", "January–June 2025" },
    { "2025-03-01", "2025-03-31", "March 2025" },
    { "2025-07-01", "2026-06-30", "July 2025 – June 2026" },
    { "2025-03-01", "2026-02-20", "1 March 2025 – 20 February 2026" },
    { "2024-03-01", "2025-02-28", "March 2024 – February 2025" },
    { "2025-12-31", "2025-01-01", "31 December 2025 – 1 January 2025" },
    { "2025", NULL, "2025 – …" },
    { NULL, NULL, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *period = nr_render_format_period (cases[i].start, cases[i].end);

      g_assert_cmpstr (period, ==, cases[i].expected);
    }
}

/* A record reads as a block: its title, then what it is on one line. */
static void
test_records_as_blocks (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *path = render (fixture, "blocks.pdf");
  g_autofree char *raw = nr_test_pdf_text (path);
  g_autofree char *text = flatten (raw);
  const char *reg = strstr (text, "Register of measures");

  g_assert_nonnull (reg);
  g_assert_nonnull (strstr (reg, "PUBLIC-measure Regulation 47/2023 Policy or strategy · since October 2024 · "
                                 "BSSN; Kementerian Luar Negeri, Direktorat KIPS"));
  /* The facts stand on one line of their own. */
  g_assert_nonnull (strstr (raw, "\nPolicy or strategy · since October 2024 · BSSN; Kementerian Luar Negeri, "
                                 "Direktorat KIPS\n"));
}

/* No word is cut with a hyphen, not even in narrow table headers. */
static void
test_no_hyphenated_words (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *path = render (fixture, "hyphens.pdf");
  /* pdftotext joins a line ending with a hyphen to the next unless it
   * keeps the layout. */
  g_autofree char *raw = pdf_text_layout (path);
  g_autoptr(GRegex) cut = g_regex_new ("\\pL-\\n\\s*\\p{Ll}", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  if (g_regex_match (cut, raw, 0, &match))
    {
      g_autofree char *found = g_match_info_fetch (match, 0);

      g_error ("a word is cut with a hyphen: “%s”", found);
    }
  g_assert_nonnull (strstr (raw, " Answered "));
}

/* A long URL breaks only after its separators, and can be clicked, as can
 * every link and e-mail address. */
static void
test_long_url (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *raw = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) url = g_string_new (NULL);
  guint n_lines = 0;

  GVariantDict statement;

  /* In a record, where the old tables left the URL a narrow column. */
  g_variant_dict_init (&statement, NULL);
  g_variant_dict_insert (&statement, "title", "s", "Position paper on international law");
  g_variant_dict_insert (&statement, "date", "s", "2025-03-02");
  g_variant_dict_insert (&statement, "link", "s", LONG_URL);
  g_free (nr_report_add_record (fixture->report, "intl-law.statements", g_variant_dict_end (&statement), &error));
  g_assert_no_error (error);
  path = render (fixture, "url.pdf");
  raw = pdf_text_layout (path);
  g_assert_nonnull (strstr (raw, "https://www.kominfo.go.id/"));
  lines = g_strsplit (strstr (raw, "https://www.kominfo.go.id/"), "\n", -1);
  for (guint i = 0; lines[i] != NULL && url->len < strlen (LONG_URL); i++, n_lines++)
    {
      g_string_append (url, g_strstrip (lines[i]));
      if (url->len < strlen (LONG_URL) && strchr ("/?&=.-", url->str[url->len - 1]) == NULL)
        g_error ("the URL breaks after “%s”", lines[i]);
    }
  g_assert_cmpstr (url->str, ==, LONG_URL);
  g_assert_cmpuint (n_lines, >, 1);

  g_assert_true (pdf_holds (path, "/URI (" LONG_URL ")"));
  g_assert_true (pdf_holds (path, "/URI (https://example.org/a?b=1&c=\"2\")"));
  g_assert_true (pdf_holds (path, "/URI (mailto:INTERNAL-mail@kemlu.go.id)"));
}

/* The contents give each norm's page, the outline has the sections and
 * norms, and the metadata say what the document is. */
static void
test_contents_outline_metadata (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autofree char *path = render (fixture, "contents.pdf");
  g_autofree char *layout = pdf_text_layout (path);
  g_autofree char *raw = nr_test_pdf_text (path);
  g_auto(GStrv) pages = g_strsplit (raw, "\f", -1);
  const char *info_argv[] = { "pdfinfo", path, NULL };
  g_autofree char *info = nr_test_run_tool (info_argv);
  g_autoptr(GRegex) entry = g_regex_new ("13 \\(c\\) [^\\n]*?\\s(\\d+)\\n", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *number = NULL;
  guint page;

  g_assert_nonnull (strstr (layout, "Contents"));
  g_assert_true (g_regex_match (entry, strstr (layout, "Contents"), 0, &match));
  number = g_match_info_fetch (match, 1);
  page = (guint) g_ascii_strtoull (number, NULL, 10);
  g_assert_cmpuint (page, >, 3);
  g_assert_cmpuint (page, <=, g_strv_length (pages));
  g_assert_nonnull (strstr (pages[page - 1], "13 (c)"));
  g_assert_nonnull (strstr (pages[page - 1], "Review:"));

  g_assert_true (pdf_holds (path, "/Outlines"));
  /* "13 (c)" as cairo writes it, in UTF-16. */
  g_assert_true (pdf_holds (path, "/Title <FEFF003100330020002800630029"));
  g_assert_true (pdf_holds (path, "/Title (Register of measures)"));

  g_assert_true (g_regex_match_simple ("^Title: +National report — Indonesia, 2025$", info, G_REGEX_MULTILINE, 0));
  g_assert_true (g_regex_match_simple ("^Author: +BSSN$", info, G_REGEX_MULTILINE, 0));
  g_assert_true (g_regex_match_simple ("^Subject: +National report on implementing", info, G_REGEX_MULTILINE, 0));
  g_assert_true (g_regex_match_simple ("^CreationDate: +\\S", info, G_REGEX_MULTILINE, 0));
}

/* The fixture's answers are in Indonesian ("id"): with the catalogues of
 * the build tree, its printout is worded in Indonesian, from an English
 * interface, unless told otherwise. */
static char *
render_in (Fixture    *fixture,
           const char *language,
           const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrDocument) document = nr_report_to_document (fixture->report, NULL, &error);
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

  g_assert_no_error (error);
  pdf = nr_document_render_pdf_in (document, nr_report_get_questionnaire (fixture->report), language, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), &error));
  return nr_test_pdf_text (path);
}

static void
assert_indonesian (const char *raw)
{
  g_autofree char *text = flatten (raw);

  g_assert_nonnull (strstr (text, "Ringkasan norma"));
  g_assert_nonnull (strstr (text, "Periode pelaporan"));
  g_assert_nonnull (strstr (text, "Bagaimana negara Anda mengimplementasikan norma ini?"));
  g_assert_nonnull (strstr (text, "Halaman 1 dari"));
  g_assert_null (strstr (text, "Summary of the norms"));
  /* The dates of answers too, whatever the process's own locale: the
   * measures began in October 2024. */
  g_assert_nonnull (strstr (text, "Oktober 2024"));
  g_assert_null (strstr (text, "October 2024"));
}

static void
test_language_of_the_answers (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autofree char *indonesian = NULL;
  g_autofree char *english = NULL;
  g_autofree char *interface_title = NULL;

  g_setenv ("NR_LOCALEDIR", g_getenv ("NR_TEST_PO_DIR"), TRUE);
  indonesian = render_in (fixture, NULL, "id.pdf");
  english = render_in (fixture, "en", "en.pdf");
  g_unsetenv ("NR_LOCALEDIR");

  assert_indonesian (indonesian);
  g_assert_nonnull (strstr (english, "Summary of the norms"));
  g_assert_nonnull (strstr (english, "How does your State implement this norm?"));
  /* The interface goes on in its own language. */
  g_assert_cmpstr (nr_questionnaire_get_title (nr_report_get_questionnaire (fixture->report)), ==,
                   "National report on implementing the norms of responsible State behaviour in cyberspace");
  g_assert_cmpstr (nr_export_profile_marking (NR_EXPORT_PROFILE_PUBLIC), ==, "PUBLIC");
}

/* A printout in another language, in a worker thread, leaves the other
 * threads in theirs, as they load questionnaires and translate meanwhile. */
static gpointer
render_indonesian_thread (gpointer data)
{
  Fixture *fixture = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(NrDocument) document = nr_report_to_document (fixture->report, NULL, &error);

  return nr_document_render_pdf_in (document, nr_report_get_questionnaire (fixture->report), "id", &error);
}

static void
test_language_in_threads (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrCatalogue) source = nr_catalogue_new_source ();
  g_autofree char *path = g_build_filename (fixture->dir, "thread.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GBytes) pdf = NULL;
  GThread *thread;

  g_setenv ("NR_LOCALEDIR", g_getenv ("NR_TEST_PO_DIR"), TRUE);
  thread = g_thread_new ("render", render_indonesian_thread, fixture);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(NrQuestionnaire) questionnaire = nr_questionnaire_load_builtin_in (NR_QUESTIONNAIRE_DEFAULT_ID,
                                                                                   source, &error);

      g_assert_no_error (error);
      g_assert_true (g_str_has_prefix (nr_questionnaire_get_title (questionnaire), "National report on"));
      g_assert_cmpstr (nr_i18n_gettext ("Summary of the norms"), ==, "Summary of the norms");
    }
  pdf = g_thread_join (thread);
  g_unsetenv ("NR_LOCALEDIR");

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), &error));
  text = nr_test_pdf_text (path);
  assert_indonesian (text);
}

/* Keeps @page of @pdf_path as @name in the build tree's screenshots. */
static void
save_page (const char *pdf_path,
           guint       page,
           const char *name)
{
  const char *dir = g_getenv ("NR_SCREENSHOT_DIR");
  g_autofree char *number = g_strdup_printf ("%u", page);
  g_autofree char *prefix = NULL;
  g_autofree char *made = NULL;
  g_autofree char *output = NULL;

  if (dir == NULL)
    return;
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  prefix = g_build_filename (dir, name, NULL);
  {
    const char *argv[] = { "pdftoppm", "-r", "50", "-png", "-singlefile", "-f", number, "-l", number,
                           pdf_path, prefix, NULL };

    output = nr_test_run_tool (argv);
  }
  made = g_strconcat (prefix, ".png", NULL);
  g_assert_true (g_file_test (made, G_FILE_TEST_EXISTS));
}

/* The first page from page @from (counted from 1) that holds @text. */
static guint
page_holding (char      **pages,
              guint       from,
              const char *text)
{
  for (guint i = from - 1; pages[i] != NULL; i++)
    if (strstr (pages[i], text) != NULL)
      return i + 1;
  g_error ("no page holds “%s”", text);
  return 0;
}

/* The title page, the first norm's and the register's, in the language
 * of the test run: after the summary (page 2) and the contents (from page
 * 3), the register comes first, then the norms. */
static void
test_screenshots (Fixture       *fixture,
                  gconstpointer  data)
{
  const char *language = data;
  g_autofree char *path = NULL;
  g_autofree char *raw = NULL;
  g_auto(GStrv) pages = NULL;
  g_autofree char *title = g_strconcat ("pdf-title", language, NULL);
  g_autofree char *norm = g_strconcat ("pdf-norm", language, NULL);
  g_autofree char *reg = g_strconcat ("pdf-register", language, NULL);
  guint register_page;

  /* A report in the language of the run, which the printout follows. */
  if (*language != '\0')
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (nr_report_set_metadata (fixture->report, NR_META_LANGUAGE, language + 1, &error));
      g_assert_no_error (error);
    }
  path = render (fixture, "screenshots.pdf");
  raw = nr_test_pdf_text (path);
  pages = g_strsplit (raw, "\f", -1);

  register_page = page_holding (pages, 4, "PUBLIC-measure Regulation 47/2023");
  save_page (path, 1, title);
  save_page (path, page_holding (pages, register_page + 1, "13 (a)"), norm);
  save_page (path, register_page, reg);
}

int
main (int   argc,
      char *argv[])
{
  const char *language = g_getenv ("NR_TEST_LANGUAGE");

  nr_test_init (&argc, &argv);

  /* In another language, only the pictures, named for it. */
  if (language != NULL)
    {
      static char suffix[16];

      g_snprintf (suffix, sizeof suffix, "-%s", language);
      g_assert_nonnull (g_getenv ("NR_LOCALEDIR"));
      g_setenv ("LANGUAGE", language, TRUE);
      nr_i18n_init ();
      g_test_add ("/render-layout/screenshots", Fixture, suffix, nr_test_filled_set_up,
                  test_screenshots, nr_test_filled_tear_down);
      return g_test_run ();
    }

  g_test_add_func ("/render-layout/periods", test_periods);
  g_test_add ("/render-layout/names", Fixture, NULL, nr_test_filled_set_up, test_names, nr_test_filled_tear_down);
  g_test_add ("/render-layout/blocks", Fixture, NULL, nr_test_filled_set_up, test_records_as_blocks, nr_test_filled_tear_down);
  g_test_add ("/render-layout/hyphens", Fixture, NULL, nr_test_filled_set_up, test_no_hyphenated_words, nr_test_filled_tear_down);
  g_test_add ("/render-layout/long-url", Fixture, NULL, nr_test_filled_set_up, test_long_url, nr_test_filled_tear_down);
  g_test_add ("/render-layout/contents", Fixture, NULL, nr_test_filled_set_up, test_contents_outline_metadata, nr_test_filled_tear_down);
  g_test_add ("/render-layout/language", Fixture, NULL, nr_test_filled_set_up, test_language_of_the_answers,
              nr_test_filled_tear_down);
  g_test_add ("/render-layout/language-threads", Fixture, NULL, nr_test_filled_set_up, test_language_in_threads,
              nr_test_filled_tear_down);
  g_test_add ("/render-layout/screenshots", Fixture, "", nr_test_filled_set_up, test_screenshots,
              nr_test_filled_tear_down);

  return g_test_run ();
}
