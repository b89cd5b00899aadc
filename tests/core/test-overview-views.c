/* test-overview-views.c: what the regional overview shows beyond the
 * matrix, from three States' submissions: capacity-building needs matched
 * with offers, each norm's narratives side by side, the points of contact
 * the profile lets out, and States by name; and that the page stays one
 * well-formed file without script. */
#include "config.h"

#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <string.h>

#include "nr-test-region.h"
#include "nr-test-report.h"
#include "nr-test-util.h"

typedef struct
{
  char *dir;
  char **paths;
  NrQuestionnaire *questionnaire;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = nr_test_make_tmpdir ();
  f->paths = nr_test_write_region (f->dir);
  f->questionnaire = nr_test_load_builtin ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->questionnaire);
  g_strfreev (f->paths);
  nr_test_remove_tree (f->dir);
  g_free (f->dir);
}

static NrOverview *
read_region (Fixture         *f,
             NrExportProfile  profile)
{
  NrOverview *overview = nr_overview_new (f->questionnaire);

  nr_overview_set_profile (overview, profile);
  nr_overview_add_files (overview, (const char * const *) f->paths, NULL);
  g_assert_cmpuint (overview->problems->len, ==, 0);
  nr_overview_sort (overview);
  return overview;
}

static char *
overview_html (NrOverview *overview)
{
  g_autoptr(GBytes) bytes = nr_overview_to_html (overview);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static NrAreaMatch *
find_area (GPtrArray  *matches,
           const char *area)
{
  for (guint i = 0; i < matches->len; i++)
    if (g_str_equal (((NrAreaMatch *) matches->pdata[i])->area, area))
      return matches->pdata[i];
  g_assert_not_reached ();
}

static void
assert_entries (GPtrArray         *entries,
                const char *const *expected)
{
  g_assert_cmpuint (entries->len, ==, g_strv_length ((char **) expected));
  for (guint i = 0; expected[i] != NULL; i++)
    g_assert_cmpstr (entries->pdata[i], ==, expected[i]);
}

/* States are named, in the overview's language, and sorted by name. */
static void
test_states_by_name (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(NrOverview) overview = read_region (f, NR_EXPORT_PROFILE_WORKSHOP);
  const char *expected[] = { "Indonesia 2025", "Singapore 2025", "Vietnam 2025" };
  g_autoptr(GBytes) csv = nr_overview_to_csv (overview);
  g_autofree char *html = overview_html (overview);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *title = nr_submission_get_title (overview->submissions->pdata[i]);

      g_assert_cmpstr (title, ==, expected[i]);
    }
  g_assert_cmpstr (nr_overview_state_name ("XX"), ==, "XX");
  g_assert_cmpstr (nr_overview_state_name (NULL), ==, "?");
  /* The matrix keeps the code in a column of its own. */
  g_assert_true (g_str_has_prefix (g_bytes_get_data (csv, NULL), "\xEF\xBB\xBF\"State code\",\"State\","));
  nr_test_assert_contains (g_bytes_get_data (csv, NULL), "\r\n\"ID\",\"Indonesia\",\"2025-01-01\"");
  nr_test_assert_contains (html, "<tr><th scope=\"row\">Vietnam</th>");
  nr_test_assert_contains (html, ">Singapore 2025</text>");
}

/* A restraint norm's commitment stands on its own scale, from not stated
 * to stated publicly, in shades of one blue: whether a State stated it is
 * no grade, to colour red or green as an implementation status is. */
static void
test_commitment_scale (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(NrOverview) overview = read_region (f, NR_EXPORT_PROFILE_WORKSHOP);
  g_autofree char *html = overview_html (overview);
  NrSubmission *indonesia = overview->submissions->pdata[0];
  NrSubmission *singapore = overview->submissions->pdata[1];
  NrSubmission *vietnam = overview->submissions->pdata[2];

  g_assert_cmpfloat (nr_overview_status_fraction (overview, indonesia->norms->pdata[2]), ==, 0.0);
  g_assert_cmpfloat (nr_overview_status_fraction (overview, singapore->norms->pdata[2]), ==, 1.0);
  g_assert_cmpfloat (nr_overview_status_fraction (overview, vietnam->norms->pdata[2]), ==, -1.0);
  g_assert_cmpfloat (nr_overview_status_fraction (overview, indonesia->norms->pdata[0]), ==, 1.0 / 3);
  g_assert_cmpfloat (nr_overview_status_fraction (overview, singapore->norms->pdata[0]), ==, 1.0);
  /* Stated publicly is the deepest blue, not the grey of no answer, and
   * not stated separately the lightest, not the red of "not started". */
  nr_test_assert_contains (html, "fill=\"#71a3d6\" stroke=\"#deddda\"><title>Singapore 2025, 13c: Stated publicly</title>");
  nr_test_assert_contains (html, "fill=\"#c8dbef\" stroke=\"#deddda\"><title>Indonesia 2025, 13c: Not stated separately</title>");
  nr_test_assert_contains (html, "fill=\"#88dd88\" stroke=\"#deddda\"><title>Singapore 2025, 13a: Implemented</title>");
  nr_test_assert_contains (html, "<li>Commitment (13 (c), 13 (f), 13 (k)):</li>");
}

/* Needs under each norm and overall, matched by area with what others
 * provide and received. */
static void
test_needs_and_offers (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(NrOverview) overview = read_region (f, NR_EXPORT_PROFILE_WORKSHOP);
  g_autoptr(GPtrArray) matches = nr_overview_match_needs (overview);
  g_autofree char *html = overview_html (overview);
  NrAreaMatch *match;

  g_assert_cmpuint (matches->len, ==, 8);
  g_assert_cmpstr (((NrAreaMatch *) matches->pdata[0])->area, ==, "legal-policy-frameworks");

  match = find_area (matches, "incident-response");
  g_assert_cmpstr (match->label, ==, "Incident response and CERT capacity");
  assert_entries (match->needed, (const char *[]) { "Indonesia 2025: 13 (a)", "Vietnam 2025: 13 (a)", NULL });
  assert_entries (match->provided, (const char *[]) { "Singapore 2025: Training, Indonesia, Viet Nam", NULL });
  assert_entries (match->received, (const char *[]) { "Vietnam 2025: Expert advice, Japan", NULL });

  /* A need stated among the activities, not under a norm. */
  match = find_area (matches, "technical-training");
  assert_entries (match->needed, (const char *[]) { "Indonesia 2025: overall", NULL });
  g_assert_cmpuint (match->provided->len, ==, 0);

  match = find_area (matches, "awareness-raising");
  g_assert_cmpuint (match->needed->len + match->provided->len + match->received->len, ==, 0);

  nr_test_assert_contains (html, "<section id=\"capacity\">");
  nr_test_assert_contains (html, "<li>Singapore 2025: Training, Indonesia, Viet Nam</li>");
  /* Every activity in the table, and what States wrote in their words. */
  nr_test_assert_contains (html, "<th>Singapore 2025</th>\n<td>Provided</td>");
  nr_test_assert_contains (html, "<p>Forensic skills for the national CSIRT.</p>");
  nr_test_assert_contains (html, "<p>Training at the ASEAN-Singapore Cybersecurity Centre of Excellence.</p>");
}

/* Each norm a section of its own, a column per State with its status and
 * narrative, paragraph by paragraph, escaped. */
static void
test_narratives_side_by_side (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(NrOverview) overview = read_region (f, NR_EXPORT_PROFILE_WORKSHOP);
  g_autofree char *html = overview_html (overview);
  const char *section = strstr (html, "<section class=\"norm\" id=\"norm-13a\">");
  const char *next = section != NULL ? strstr (section, "<section class=\"norm\" id=\"norm-13b\">") : NULL;
  g_autofree char *norm_13a = NULL;
  const char *id;
  const char *sg;
  const char *vn;

  g_assert_nonnull (next);
  nr_test_assert_contains (html, "<a href=\"#norm-13k\"");
  norm_13a = g_strndup (section, next - section);
  id = strstr (norm_13a, "<h4>Indonesia 2025</h4>\n<p class=\"status\">Planned</p>\n"
                         "<p>Indonesia&apos;s BSSN leads national coordination.</p>");
  sg = strstr (norm_13a, "<h4>Singapore 2025</h4>\n<p class=\"status\">Implemented</p>");
  vn = strstr (norm_13a, "<h4>Vietnam 2025</h4>\n<p class=\"status\">In progress</p>\n"
                         "<p>Viet Nam&apos;s national CERT (VNCERT/CC) coordinates.</p>\n"
                         "<p>A second paragraph &lt;b&gt;&amp; &quot;quoted&quot;&lt;/b&gt;.</p>");
  g_assert_nonnull (id);
  g_assert_nonnull (sg);
  g_assert_nonnull (vn);
  g_assert_true (id < sg && sg < vn);
  /* A norm no State wrote of says so, under every State's column. */
  nr_test_assert_contains (next, "<p class=\"none\">No narrative.</p>");
  nr_test_assert_contains (next, "<p>No State’s narrative for this norm is in the overview.</p>");
  g_assert_cmpstr (((NrNormSummary *) ((NrSubmission *) overview->submissions->pdata[0])->norms->pdata[0])->narrative,
                   ==, "Indonesia's BSSN leads national coordination.");
}

/* A workshop's directory holds the contacts workshop submissions hold:
 * Viet Nam's internal contacts only in a full overview, no contact in a
 * public one. */
static void
test_contacts_directory (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(NrOverview) workshop = read_region (f, NR_EXPORT_PROFILE_WORKSHOP);
  g_autoptr(NrOverview) full = read_region (f, NR_EXPORT_PROFILE_FULL);
  g_autoptr(NrOverview) public = read_region (f, NR_EXPORT_PROFILE_PUBLIC);
  g_autofree char *workshop_html = overview_html (workshop);
  g_autofree char *full_html = overview_html (full);
  g_autofree char *public_html = overview_html (public);
  const char *directory = strstr (workshop_html, "<section id=\"contacts\">");
  g_autoptr(GPtrArray) fields = NULL;

  g_assert_nonnull (directory);
  nr_test_assert_contains (directory, "<h3>Indonesia 2025</h3>");
  nr_test_assert_contains (directory, "<dt>Name</dt>\n<dd>ID liaison</dd>");
  nr_test_assert_contains (directory, "<dd><a href=\"mailto:desk@csa.example\">desk@csa.example</a></dd>");
  nr_test_assert_contains (directory, "<dt>Type of contact</dt>\n<dd>Technical</dd>");
  nr_test_assert_lacks (workshop_html, "VN-internal officer");
  nr_test_assert_lacks (workshop_html, "<h3>Vietnam 2025</h3>");
  nr_test_assert_contains (full_html, "VN-internal officer");
  nr_test_assert_lacks (public_html, "ID liaison");
  nr_test_assert_contains (public_html, "No submission lets out a point of contact.");

  /* The fields a contact gives, in the questionnaire's order. */
  fields = nr_overview_record_fields (workshop, "contacts.list",
                                      ((NrSubmission *) workshop->submissions->pdata[0])->contacts->pdata[0]);
  g_assert_cmpuint (fields->len, ==, 3);
  g_assert_cmpstr (nr_question_get_id (((NrFieldText *) fields->pdata[0])->field), ==, "type");
  g_assert_cmpstr (((NrFieldText *) fields->pdata[2])->text, ==, "liaison@bssn.example");
}

/* The page is well-formed XML a browser renders without running anything:
 * no script, no handler, nothing fetched. */
static void
test_page_well_formed_without_script (Fixture       *f,
                                      gconstpointer  data)
{
  g_autoptr(NrOverview) overview = read_region (f, NR_EXPORT_PROFILE_FULL);
  g_autofree char *html = overview_html (overview);
  xmlDoc *doc = xmlReadMemory (html, strlen (html), "overview.html", "UTF-8", XML_PARSE_NONET | XML_PARSE_NOERROR);
  xmlXPathContext *xpath;
  xmlXPathObject *found;

  g_assert_nonnull (doc);
  xpath = xmlXPathNewContext (doc);
  xmlXPathRegisterNs (xpath, BAD_CAST "h", BAD_CAST "http://www.w3.org/1999/xhtml");
  found = xmlXPathEvalExpression (BAD_CAST "//*[local-name()='script'] | //@*[starts-with(name(), 'on')] | "
                                           "//@src | //h:link", xpath);
  g_assert_cmpint (xmlXPathNodeSetGetLength (found->nodesetval), ==, 0);
  xmlXPathFreeObject (found);
  found = xmlXPathEvalExpression (BAD_CAST "//h:section[@class='norm']", xpath);
  g_assert_cmpint (xmlXPathNodeSetGetLength (found->nodesetval), ==, 11);
  xmlXPathFreeObject (found);
  /* Every link within the page leads to an anchor it has. */
  found = xmlXPathEvalExpression (BAD_CAST "//h:a[starts-with(@href, '#')]", xpath);
  g_assert_cmpint (xmlXPathNodeSetGetLength (found->nodesetval), >, 11);
  for (int i = 0; i < xmlXPathNodeSetGetLength (found->nodesetval); i++)
    {
      xmlChar *href = xmlGetProp (found->nodesetval->nodeTab[i], BAD_CAST "href");
      g_autofree char *expression = g_strdup_printf ("//*[@id='%s']", (char *) href + 1);
      xmlXPathObject *target = xmlXPathEvalExpression (BAD_CAST expression, xpath);

      g_assert_cmpint (xmlXPathNodeSetGetLength (target->nodesetval), ==, 1);
      xmlXPathFreeObject (target);
      xmlFree (href);
    }
  xmlXPathFreeObject (found);
  xmlXPathFreeContext (xpath);
  xmlFreeDoc (doc);
  nr_test_assert_lacks (html, "<script");
}

/* What the views keep and no more: the long CSV's values only when asked. */
static void
test_keeps_only_what_views_need (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(NrOverview) overview = read_region (f, NR_EXPORT_PROFILE_WORKSHOP);

  for (guint i = 0; i < overview->submissions->len; i++)
    g_assert_null (((NrSubmission *) overview->submissions->pdata[i])->long_rows);
}

int
main (int   argc,
      char *argv[])
{
  nr_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/overview-views/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("states-by-name", test_states_by_name);
  ADD ("commitment-scale", test_commitment_scale);
  ADD ("needs-and-offers", test_needs_and_offers);
  ADD ("narratives-side-by-side", test_narratives_side_by_side);
  ADD ("contacts-directory", test_contacts_directory);
  ADD ("page-well-formed-without-script", test_page_well_formed_without_script);
  ADD ("keeps-only-what-views-need", test_keeps_only_what_views_need);
#undef ADD

  return g_test_run ();
}
