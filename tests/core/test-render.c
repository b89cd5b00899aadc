/* test-render.c: the printable report, read back with poppler's tools.
 *
 * pdftotext shows what a reader of the PDF can find in it: headings,
 * answers, the profile's marking on every page, and never an answer above
 * the profile.  pdffonts shows that every font is embedded, so the PDF prints
 * the same on a machine without our fonts.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>

#include "nr-test-report.h"
#include "nr-test-util.h"

typedef NrTestFilled Fixture;

static char *
pdf_fonts (const char *pdf_path)
{
  const char *argv[] = { "pdffonts", pdf_path, NULL };

  return nr_test_run_tool (argv);
}

/* The text with each run of spaces and line breaks as one space, since
 * table cells wrap where a search would not expect it; form feeds, which
 * separate pages, stay. */
static char *
flatten (const char *text)
{
  g_autoptr(GRegex) spaces = g_regex_new ("[ \\t\\n]+", 0, 0, NULL);

  return g_regex_replace_literal (spaces, text, -1, 0, " ", 0, NULL);
}

/* Renders @fixture's report with @profile; returns the PDF's path. */
static char *
render (Fixture         *fixture,
        NrExportProfile  profile,
        const char      *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  NrExportOptions options = { profile, NULL, NULL };

  g_assert_true (nr_report_render_pdf (fixture->report, file, &options, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

static guint
count_pages (const char *text)
{
  g_auto(GStrv) pages = g_strsplit (text, "\f", -1);
  guint n = g_strv_length (pages);

  /* pdftotext ends the last page with a form feed too. */
  return n > 0 && *pages[n - 1] == '\0' ? n - 1 : n;
}

/* Every page carries @marking, at its head and at its foot. */
static void
assert_marked (const char *text,
               const char *marking)
{
  g_auto(GStrv) pages = g_strsplit (text, "\f", -1);

  for (guint i = 0; pages[i] != NULL && pages[i + 1] != NULL; i++)
    {
      const char *first = strstr (pages[i], marking);

      if (first == NULL || strstr (first + strlen (marking), marking) == NULL)
        g_error ("page %u does not carry “%s” twice:\n%s", i + 1, marking, pages[i]);
    }
}

static void
test_full_report (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = render (fixture, NR_EXPORT_PROFILE_FULL, "full.pdf");
  g_autofree char *raw = nr_test_pdf_text (path);
  g_autofree char *text = flatten (raw);
  struct stat info;

  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);

  /* The title page, the summary and the headings. */
  g_assert_nonnull (strstr (text, "Reporting period"));
  g_assert_nonnull (strstr (text, "Summary of the norms"));
  g_assert_nonnull (strstr (text, "Cooperate to increase stability"));
  g_assert_nonnull (strstr (text, "How does your State implement this norm?"));
  /* Answers of every classification and kind: text, choices by their
   * labels, records as tables. */
  g_assert_nonnull (strstr (text, "PUBLIC-strategy"));
  g_assert_nonnull (strstr (text, "WORKSHOP-challenges"));
  g_assert_nonnull (strstr (text, "INTERNAL-challenges"));
  g_assert_nonnull (strstr (text, "In progress"));
  g_assert_nonnull (strstr (text, "Regulation 47/2023"));
  g_assert_nonnull (strstr (text, "Policy or strategy"));
  /* A measure is printed in the register, and by its title and what it
   * is under every norm it serves. */
  g_assert_nonnull (strstr (text, "Register of measures"));
  g_assert_nonnull (strstr (text, "Measures serving this norm PUBLIC-measure Regulation 47/2023 "
                                  "Policy or strategy · since October 2024"));
  g_assert_nonnull (strstr (strstr (text, "Measures serving this norm PUBLIC-measure Regulation"),
                            "Measures serving this norm INTERNAL-measure grid rules"));
  /* A checklist with some actions given a status prints them all. */
  g_assert_nonnull (strstr (text, "Practical action"));
  g_assert_nonnull (strstr (text, "CONTACT-duty officer"));
  /* Scripts other than Latin come out as the same text, so they were
   * shaped with real glyphs. */
  g_assert_nonnull (strstr (text, "Chiến lược an ninh mạng"));
  {
    /* pdftotext sets a Thai mark drawn on its own apart with a space. */
    g_autoptr(GRegex) spaces = g_regex_new (" ", 0, 0, NULL);
    g_autofree char *squeezed = g_regex_replace_literal (spaces, text, -1, 0, "", 0, NULL);
    g_autofree char *fonts = pdf_fonts (path);

    g_assert_nonnull (strstr (squeezed, "ยุทธศาสตร์"));
    g_assert_nonnull (strstr (fonts, "Thai"));
  }

  assert_marked (text, "INTERNAL — FULL REPORT, NOT FOR RELEASE");
  g_assert_cmpuint (count_pages (text), >, 12);
}

/* Every script of the region is drawn with a font that has it: the PDF
 * gives the same text back (a missing glyph would come back as nothing),
 * and embeds a Khmer and a Burmese font for answers in those languages
 * (Lao is found in DejaVu Sans as well as in Noto). */
static void
test_scripts (Fixture       *fixture,
              gconstpointer  data)
{
  const char *samples[] = { "យុទ្ធសាស្ត្រ", "ຍຸດທະສາດ", "ဆိုက်ဘာ", "Chiến lược", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) spaces = g_regex_new ("\\s", 0, 0, NULL);
  g_autofree char *answer = g_strjoinv (" — ", (char **) samples);
  g_autofree char *path = NULL;
  g_autofree char *fonts = NULL;
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;

  g_assert_true (nr_report_set_text (fixture->report, "13b.challenges", answer, &error));
  g_assert_no_error (error);
  path = render (fixture, NR_EXPORT_PROFILE_FULL, "scripts.pdf");
  fonts = pdf_fonts (path);
  g_assert_nonnull (strstr (fonts, "Khmer"));
  g_assert_nonnull (strstr (fonts, "Myanmar"));

  text = nr_test_pdf_text (path);
  squeezed = g_regex_replace_literal (spaces, text, -1, 0, "", 0, NULL);
  for (guint i = 0; samples[i] != NULL; i++)
    {
      g_autofree char *sample = g_regex_replace_literal (spaces, samples[i], -1, 0, "", 0, NULL);

      if (strstr (squeezed, sample) == NULL)
        g_error ("“%s” does not come back from the PDF", samples[i]);
    }
}

static void
test_profiles_keep_back (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *public_path = render (fixture, NR_EXPORT_PROFILE_PUBLIC, "public.pdf");
  g_autofree char *workshop_path = render (fixture, NR_EXPORT_PROFILE_WORKSHOP, "workshop.pdf");
  g_autofree char *public_text = nr_test_pdf_text (public_path);
  g_autofree char *workshop_text = nr_test_pdf_text (workshop_path);

  g_assert_nonnull (strstr (public_text, "PUBLIC-strategy"));
  g_assert_null (strstr (public_text, "WORKSHOP-"));
  g_assert_null (strstr (public_text, "INTERNAL-"));
  /* No points of contact and no person's name in public. */
  g_assert_null (strstr (public_text, "CONTACT-"));
  g_assert_null (strstr (public_text, "Siti Rahma"));
  assert_marked (public_text, "PUBLIC");

  g_assert_nonnull (strstr (workshop_text, "WORKSHOP-challenges"));
  g_assert_null (strstr (workshop_text, "INTERNAL-"));
  assert_marked (workshop_text, "WORKSHOP ONLY — NOT FOR PUBLICATION");
}

static void
test_fonts_embedded (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = render (fixture, NR_EXPORT_PROFILE_FULL, "fonts.pdf");
  g_autofree char *fonts = pdf_fonts (path);
  g_auto(GStrv) lines = g_strsplit (fonts, "\n", -1);
  guint n_fonts = 0;

  /* After two header lines, one line per font; "emb" is the fifth column
   * from the right: "emb sub uni object ID". */
  for (guint i = 2; lines[i] != NULL; i++)
    {
      g_auto(GStrv) columns = NULL;
      guint n;

      if (*lines[i] == '\0')
        continue;
      columns = g_regex_split_simple ("\\s+", g_strstrip (lines[i]), 0, 0);
      n = g_strv_length (columns);
      g_assert_cmpuint (n, >=, 6);
      if (!g_str_equal (columns[n - 5], "yes"))
        g_error ("a font is not embedded: %s", lines[i]);
      n_fonts++;
    }
  g_assert_cmpuint (n_fonts, >, 0);
}

static void
test_pages_grow_with_content (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before_path = render (fixture, NR_EXPORT_PROFILE_FULL, "before.pdf");
  g_autofree char *before = nr_test_pdf_text (before_path);
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_autofree char *after_path = NULL;
  g_autofree char *after = NULL;

  /* An answer longer than a page breaks across pages, nothing lost. */
  for (guint i = 0; i < 120; i++)
    g_string_append_printf (long_text, "Paragraph %u of the account of cooperation with "
                            "regional partners, which goes on at length. ", i);
  g_string_append (long_text, "THE-END");
  g_assert_true (nr_report_set_text (fixture->report, "13c.challenges", long_text->str, &error));
  g_assert_no_error (error);

  after_path = render (fixture, NR_EXPORT_PROFILE_FULL, "after.pdf");
  after = nr_test_pdf_text (after_path);
  g_assert_cmpuint (count_pages (after), >, count_pages (before) + 1);
  g_assert_nonnull (strstr (after, "Paragraph 0 of the account"));
  g_assert_nonnull (strstr (after, "THE-END"));
  assert_marked (after, "INTERNAL — FULL REPORT, NOT FOR RELEASE");
}

/* The page count for printing agrees with the PDF's. */
static void
test_page_count_for_printing (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrDocument) document = nr_report_to_document (fixture->report, NULL, &error);
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "count.pdf", NULL);
  g_autofree char *text = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 10, 10);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(NrPages) pages = NULL;
  guint n_pages;

  g_assert_no_error (error);
  pages = nr_document_lay_out (document, nr_report_get_questionnaire (fixture->report), NULL, NULL, NULL, NULL);
  n_pages = nr_pages_get_n_pages (pages);
  nr_pages_draw_page (pages, cr, 2);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  pdf = nr_document_render_pdf (document, nr_report_get_questionnaire (fixture->report), &error);
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), NULL));
  text = nr_test_pdf_text (path);
  g_assert_cmpuint (n_pages, ==, count_pages (text));
}

int
main (int   argc,
      char *argv[])
{
  nr_test_init (&argc, &argv);

  g_test_add ("/render/full", Fixture, NULL, nr_test_filled_set_up, test_full_report, nr_test_filled_tear_down);
  g_test_add ("/render/scripts", Fixture, NULL, nr_test_filled_set_up, test_scripts, nr_test_filled_tear_down);
  g_test_add ("/render/profiles", Fixture, NULL, nr_test_filled_set_up, test_profiles_keep_back, nr_test_filled_tear_down);
  g_test_add ("/render/fonts-embedded", Fixture, NULL, nr_test_filled_set_up, test_fonts_embedded, nr_test_filled_tear_down);
  g_test_add ("/render/pages-grow", Fixture, NULL, nr_test_filled_set_up, test_pages_grow_with_content, nr_test_filled_tear_down);
  g_test_add ("/render/page-count", Fixture, NULL, nr_test_filled_set_up, test_page_count_for_printing, nr_test_filled_tear_down);

  return g_test_run ();
}
