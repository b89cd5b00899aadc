/* test-cli.c: norms-reporter-cli as a user runs it: output, errors and exit
 * statuses. */
#include "config.h"

#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "nr-test-cli.h"
#include "nr-core.h"
#include "nr-test-report.h"
#include "nr-test-util.h"

static void
test_version (void)
{
  g_auto(NrCliRun) run = { 0 };

  nr_cli_run (&run, "--version", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "norms-reporter-cli " PACKAGE_VERSION "\n");
}

static void
test_help (void)
{
  g_auto(NrCliRun) run = { 0 };

  nr_cli_run (&run, "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  nr_test_assert_contains (run.out, "Commands:");
  nr_test_assert_contains (run.out, "new");
  nr_test_assert_contains (run.out, "info");
  nr_test_assert_contains (run.out, "export");
  nr_test_assert_contains (run.out, "import");
  nr_test_assert_contains (run.out, "validate");
  nr_test_assert_contains (run.out, "merge");
  nr_test_assert_contains (run.out, "assign");
  nr_test_assert_contains (run.out, "Exit status");
  nr_test_assert_contains (run.out, "3 when merge found conflicts");
}

static void
test_command_help (void)
{
  g_auto(NrCliRun) run = { 0 };

  nr_cli_run (&run, "new", "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  nr_test_assert_contains (run.out, "--state");
  nr_test_assert_contains (run.out, "--period-start");
}

static void
test_usage_errors (void)
{
  g_auto(NrCliRun) nothing = { 0 };
  g_auto(NrCliRun) unknown = { 0 };
  g_auto(NrCliRun) bad_option = { 0 };

  nr_cli_run (&nothing, NULL);
  g_assert_cmpint (nothing.status, ==, 2);
  nr_test_assert_contains (nothing.err, "Commands:");

  nr_cli_run (&unknown, "frobnicate", NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  nr_test_assert_contains (unknown.err, "frobnicate");

  nr_cli_run (&bad_option, "new", "--colour", "x.normsreport", NULL);
  g_assert_cmpint (bad_option.status, ==, 2);
  nr_test_assert_contains (bad_option.err, "--colour");
}

static void
test_new_and_info (void)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "lao-2025.normsreport", NULL);
  g_auto(NrCliRun) created = { 0 };
  g_auto(NrCliRun) info = { 0 };
  GStatBuf st;

  nr_cli_run (&created, "new", path, "--state", "LA", "--language", "lo", "--agency", "MTC",
              "--period-start", "2025-01-01", "--period-end", "2025-12-31", NULL);
  g_assert_cmpint (created.status, ==, 0);
  g_assert_cmpstr (created.err, ==, "");
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  nr_cli_run (&info, "info", path, NULL);
  g_assert_cmpint (info.status, ==, 0);
  nr_test_assert_contains (info.out, "LA");
  nr_test_assert_contains (info.out, "MTC");
  nr_test_assert_contains (info.out, "2025-12-31");
  nr_test_assert_contains (info.out, "un-norms-2015 2");
  nr_test_assert_contains (info.out, "0/99");
  nr_test_assert_contains (info.out, "13a");
  nr_test_assert_contains (info.out, "13k");

  nr_test_remove_tree (dir);
}

static void
test_new_refuses_bad_details (void)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "bad.normsreport", NULL);
  g_auto(NrCliRun) run = { 0 };

  nr_cli_run (&run, "new", path, "--state", "Laos", NULL);
  g_assert_cmpint (run.status, ==, 2);
  nr_test_assert_contains (run.err, "--state takes the two capital letters of an ISO 3166-1 code");
  nr_test_assert_contains (run.err, "“Laos”");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  nr_test_remove_tree (dir);
}

static void
test_info_names_bad_file (void)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "notes.normsreport", NULL);
  g_auto(NrCliRun) missing = { 0 };
  g_auto(NrCliRun) not_a_report = { 0 };

  nr_cli_run (&missing, "info", path, NULL);
  g_assert_cmpint (missing.status, ==, 1);
  nr_test_assert_contains (missing.err, "notes.normsreport");
  nr_test_assert_contains (missing.err, "does not exist");

  g_assert_true (g_file_set_contents (path, "Just some notes, not a report at all. "
                                            "Long enough to have a header's worth of bytes, "
                                            "so that the check reads the whole header.", -1, NULL));
  nr_cli_run (&not_a_report, "info", path, NULL);
  g_assert_cmpint (not_a_report.status, ==, 1);
  nr_test_assert_contains (not_a_report.err, "notes.normsreport");
  nr_test_assert_contains (not_a_report.err, "not a Norms Reporter report");

  nr_test_remove_tree (dir);
}

static char *
fixture (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "interchange", name, NULL);
}

static void
test_export_import_validate (void)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *report = g_build_filename (dir, "vn-2025.normsreport", NULL);
  g_autofree char *xml = g_build_filename (dir, "vn-2025.xml", NULL);
  g_autofree char *copy = g_build_filename (dir, "copy.normsreport", NULL);
  g_autofree char *stdout_xml = g_build_filename (dir, "stdout.xml", NULL);
  g_auto(NrCliRun) created = { 0 };
  g_auto(NrCliRun) exported = { 0 };
  g_auto(NrCliRun) to_stdout = { 0 };
  g_auto(NrCliRun) bad_profile = { 0 };
  g_auto(NrCliRun) validated = { 0 };
  g_auto(NrCliRun) imported = { 0 };
  g_auto(NrCliRun) again = { 0 };
  g_auto(NrCliRun) info = { 0 };

  nr_cli_run (&created, "new", report, "--state", "VN", "--language", "vi", NULL);
  g_assert_cmpint (created.status, ==, 0);

  nr_cli_run (&exported, "export", report, xml, "--profile", "workshop", NULL);
  g_assert_cmpint (exported.status, ==, 0);
  g_assert_cmpstr (exported.out, ==, "");
  g_assert_true (g_file_test (xml, G_FILE_TEST_IS_REGULAR));

  nr_cli_run (&to_stdout, "export", report, "-", NULL);
  g_assert_cmpint (to_stdout.status, ==, 0);
  g_assert_true (g_str_has_prefix (to_stdout.out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<report "));
  nr_test_assert_contains (to_stdout.out, "<profile>full</profile>");
  g_assert_true (g_file_set_contents (stdout_xml, to_stdout.out, -1, NULL));

  nr_cli_run (&bad_profile, "export", report, "--profile", "secret", NULL);
  g_assert_cmpint (bad_profile.status, ==, 2);
  nr_test_assert_contains (bad_profile.err, "--profile takes full, workshop or public, not “secret”");

  nr_cli_run (&validated, "validate", xml, stdout_xml, NULL);
  g_assert_cmpint (validated.status, ==, 0);
  nr_test_assert_contains (validated.out, "vn-2025.xml: valid");
  nr_test_assert_contains (validated.out, "stdout.xml: valid");

  nr_cli_run (&imported, "import", stdout_xml, copy, NULL);
  g_assert_cmpint (imported.status, ==, 0);
  nr_cli_run (&info, "info", copy, NULL);
  g_assert_cmpint (info.status, ==, 0);
  nr_test_assert_contains (info.out, "VN");

  /* An existing report is never replaced. */
  nr_cli_run (&again, "import", stdout_xml, copy, NULL);
  g_assert_cmpint (again.status, ==, 1);
  nr_test_assert_contains (again.err, "copy.normsreport");
  nr_test_assert_contains (again.err, "already exists");

  nr_test_remove_tree (dir);
}

static void
test_render (void)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autoptr(NrReport) report = nr_test_create_report (dir, "id-2025.normsreport");
  g_autofree char *report_path = g_build_filename (dir, "id-2025.normsreport", NULL);
  g_autofree char *xml = g_build_filename (dir, "id-2025.xml", NULL);
  g_autofree char *public_pdf = g_build_filename (dir, "public.pdf", NULL);
  g_autofree char *workshop_pdf = g_build_filename (dir, "workshop.pdf", NULL);
  g_autofree char *nowhere = g_build_filename (dir, "missing-folder", "out.pdf", NULL);
  g_autofree char *public_text = NULL;
  g_autofree char *workshop_text = NULL;
  g_auto(NrCliRun) exported = { 0 };
  g_auto(NrCliRun) rendered = { 0 };
  g_auto(NrCliRun) from_xml = { 0 };
  g_auto(NrCliRun) bad_input = { 0 };
  g_auto(NrCliRun) bad_output = { 0 };
  g_auto(NrCliRun) usage = { 0 };

  nr_test_fill_report (report);
  nr_report_close (report);

  nr_cli_run (&rendered, "render", report_path, public_pdf, "--profile", "public", NULL);
  g_assert_cmpint (rendered.status, ==, 0);
  public_text = nr_test_pdf_text (public_pdf);
  nr_test_assert_contains (public_text, "PUBLIC-strategy");
  g_assert_null (strstr (public_text, "WORKSHOP-"));
  g_assert_null (strstr (public_text, "INTERNAL-"));

  /* A submission prints what it holds, narrowed to the profile asked. */
  nr_cli_run (&exported, "export", report_path, xml, NULL);
  g_assert_cmpint (exported.status, ==, 0);
  /* In English, whatever the answers' language (Indonesian here). */
  nr_cli_run (&from_xml, "render", xml, workshop_pdf, "--profile", "workshop", "--language", "en", NULL);
  g_assert_cmpint (from_xml.status, ==, 0);
  workshop_text = nr_test_pdf_text (workshop_pdf);
  nr_test_assert_contains (workshop_text, "WORKSHOP-challenges");
  nr_test_assert_contains (workshop_text, "WORKSHOP ONLY");
  g_assert_null (strstr (workshop_text, "INTERNAL-"));

  nr_cli_run (&bad_input, "render", public_pdf, workshop_pdf, NULL);
  g_assert_cmpint (bad_input.status, ==, 1);
  nr_test_assert_contains (bad_input.err, "public.pdf");

  nr_cli_run (&bad_output, "render", report_path, nowhere, NULL);
  g_assert_cmpint (bad_output.status, ==, 1);
  nr_test_assert_contains (bad_output.err, "out.pdf");

  nr_cli_run (&usage, "render", report_path, NULL);
  g_assert_cmpint (usage.status, ==, 2);

  nr_test_remove_tree (dir);
}

static void
test_aggregate (void)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *vn = nr_test_write_submission (dir, "VN", "2025", "planned", "Few staff <and> “budgets”.");
  g_autofree char *id_2025 = nr_test_write_submission (dir, "ID", "2025", "implemented", "Few staff <and> “budgets”.");
  g_autofree char *id_2024 = nr_test_write_submission (dir, "ID", "2024", "in-progress", "Few staff <and> “budgets”.");
  g_autofree char *truncated = g_test_build_filename (G_TEST_DIST, "fixtures", "interchange", "truncated.xml", NULL);
  g_autofree char *bad_choice = g_test_build_filename (G_TEST_DIST, "fixtures", "interchange", "bad-choice.xml", NULL);
  g_autofree char *csv_path = g_build_filename (dir, "overview.csv", NULL);
  g_autofree char *html_path = g_build_filename (dir, "overview.html", NULL);
  g_autofree char *csv = NULL;
  g_autofree char *html = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(NrCliRun) aggregated = { 0 };
  g_auto(NrCliRun) usage = { 0 };
  xmlDoc *doc;
  xmlXPathContext *xpath;
  xmlXPathObject *rows;

  nr_cli_run (&aggregated, "aggregate", vn, truncated, id_2025, bad_choice, id_2024,
              "--csv", csv_path, "--html", html_path, NULL);
  /* The bad files are named and left out; the run goes on. */
  g_assert_cmpint (aggregated.status, ==, 1);
  nr_test_assert_contains (aggregated.err, "truncated.xml");
  nr_test_assert_contains (aggregated.err, "bad-choice.xml");
  nr_test_assert_contains (aggregated.out, "3 submissions aggregated, 2 files left out.");

  /* The matrix: a byte-order mark, a header, a row per submission by state
   * and period, status and completion per norm. */
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
  g_assert_true (g_str_has_prefix (csv, "\xEF\xBB\xBF\"State code\",\"State\",\"Period start\""));
  lines = g_strsplit (csv, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 5);  /* header, 3 rows, "" after the last CRLF */
  nr_test_assert_contains (lines[0], "\"13 (a) status\",\"13 (a) answered %\",\"13 (b) status\"");
  g_assert_true (g_str_has_prefix (lines[1], "\"ID\",\"Indonesia\",\"2024-01-01\",\"2024-12-31\""));
  nr_test_assert_contains (lines[1], "\"In progress\",\"33\",\"Not answered\",\"0\"");
  g_assert_true (g_str_has_prefix (lines[2], "\"ID\",\"Indonesia\",\"2025-01-01\""));
  nr_test_assert_contains (lines[2], "\"Implemented\",\"33\"");
  g_assert_true (g_str_has_prefix (lines[3], "\"VN\",\"Vietnam\",\"2025-01-01\""));
  nr_test_assert_contains (lines[3], "\"Planned\",\"33\"");
  g_assert_cmpstr (lines[4], ==, "");

  /* The page is well-formed, with one row per submission and a heat map. */
  g_assert_true (g_file_get_contents (html_path, &html, NULL, NULL));
  doc = xmlReadMemory (html, strlen (html), "overview.html", "UTF-8", XML_PARSE_NONET | XML_PARSE_NOERROR);
  g_assert_nonnull (doc);
  xpath = xmlXPathNewContext (doc);
  xmlXPathRegisterNs (xpath, BAD_CAST "h", BAD_CAST "http://www.w3.org/1999/xhtml");
  xmlXPathRegisterNs (xpath, BAD_CAST "svg", BAD_CAST "http://www.w3.org/2000/svg");
  rows = xmlXPathEvalExpression (BAD_CAST "//h:table[@class='matrix']/h:tbody/h:tr", xpath);
  g_assert_cmpint (xmlXPathNodeSetGetLength (rows->nodesetval), ==, 3);
  xmlXPathFreeObject (rows);
  rows = xmlXPathEvalExpression (BAD_CAST "//svg:svg[@class='heat-map']/svg:rect", xpath);
  g_assert_cmpint (xmlXPathNodeSetGetLength (rows->nodesetval), ==, 3 * 11);
  xmlXPathFreeObject (rows);
  xmlXPathFreeContext (xpath);
  xmlFreeDoc (doc);
  nr_test_assert_contains (html, "truncated.xml");

  nr_cli_run (&usage, "aggregate", vn, NULL);
  g_assert_cmpint (usage.status, ==, 2);

  nr_test_remove_tree (dir);
}

static void
test_diff (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *old_path = g_build_filename (dir, "ID-2024.normsreport", NULL);
  g_autofree char *old_xml = nr_test_write_submission (dir, "ID", "2024", "planned", "Few staff <and> “budgets”.");
  g_autofree char *new_path = g_build_filename (dir, "ID-2025.normsreport", NULL);
  g_autoptr(GFile) old_file = g_file_new_for_path (old_path);
  g_autoptr(GFile) new_file = g_file_new_for_path (new_path);
  g_autoptr(NrReport) old = nr_report_open (old_file, NULL, NR_STORE_OPEN_DEFAULT, &error);
  g_autoptr(NrReport) new = NULL;
  g_auto(NrCliRun) same = { 0 };
  g_auto(NrCliRun) changed = { 0 };

  g_assert_no_error (error);
  /* The next cycle starts from a copy; a record that is carried over
   * unchanged is no change. */
  g_free (nr_report_add_record (old, "measures.register", nr_test_measure ("Regulation 47/2023", "policy"), &error));
  g_assert_no_error (error);
  {
    g_autoptr(GFile) xml_file = g_file_new_for_path (old_xml);

    g_assert_true (nr_report_export (old, xml_file, NULL, &error));
  }
  new = nr_report_create_next_cycle (old, new_file, &error);
  g_assert_no_error (error);

  /* The exported submission and the next cycle's copy hold the same. */
  nr_cli_run (&same, "diff", old_xml, new_path, NULL);
  g_assert_cmpint (same.status, ==, 0);
  g_assert_cmpstr (same.out, ==, "");

  g_assert_true (nr_report_set_text (new, "13a.status", "implemented", &error));
  g_assert_true (nr_report_set_text (new, "13a.challenges", "", &error));
  g_assert_true (nr_report_set_text (new, "context.strategy", "National Cyber Strategy 2025", &error));
  g_free (nr_report_add_record (new, "measures.register", nr_test_measure ("CSIRT decree", "legislation"), &error));
  g_assert_no_error (error);
  nr_report_close (new);

  nr_cli_run (&changed, "diff", old_xml, new_path, NULL);
  g_assert_cmpint (changed.status, ==, 0);
  /* Exactly the four answers that differ, under their norm or section,
   * with what they were and what they are. */
  {
    g_auto(GStrv) lines = g_strsplit (changed.out, "\n", -1);
    guint n_changes = 0;

    for (guint i = 0; lines[i] != NULL; i++)
      if (g_regex_match_simple ("^  (added|removed|changed) ", lines[i], 0, 0))
        n_changes++;
    g_assert_cmpuint (n_changes, ==, 4);
  }
  nr_test_assert_contains (changed.out, "National context\n"
                                       "  added    context.strategy  National cybersecurity strategy\n"
                                       "      + National Cyber Strategy 2025\n");
  nr_test_assert_contains (changed.out, "13 (a) Cooperate to increase stability and security in the use of ICTs\n"
                                       "  changed  13a.status  Where does your State stand in implementing this norm? (optional)\n"
                                       "      - planned\n"
                                       "      + implemented\n");
  nr_test_assert_contains (changed.out, "  removed  13a.challenges  What challenges has your State met in implementing this norm?\n"
                                       "      - Few staff <and> “budgets”.\n");
  /* Of a list of records, the record added; the one carried over is not
   * listed.  Its date reads as the printout writes it, and the line is
   * cut after 72 characters. */
  nr_test_assert_contains (changed.out, "Register of measures\n"
                                       "  changed  measures.register  Measures\n"
                                       "      + CSIRT decree; legislation; October 2024; BSSN, Kementerian Luar Negeri, …\n");
  g_assert_null (strstr (changed.out, "Regulation 47/2023"));

  nr_test_remove_tree (dir);
}

/* A report open for editing elsewhere (here, in the test) is not written
 * by a second program; reading it is fine. */
static void
test_report_open_elsewhere (void)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autoptr(NrReport) report = nr_test_create_report (dir, "open.normsreport");
  g_autofree char *path = g_build_filename (dir, "open.normsreport", NULL);
  g_auto(NrCliRun) assigned = { 0 };
  g_auto(NrCliRun) info = { 0 };

  nr_cli_run (&assigned, "assign", path, "Polri", "--norms", "13d", NULL);
  g_assert_cmpint (assigned.status, ==, 1);
  nr_test_assert_contains (assigned.err, "open.normsreport");
  nr_test_assert_contains (assigned.err, "open for editing in another window or program");

  nr_cli_run (&info, "info", path, NULL);
  g_assert_cmpint (info.status, ==, 0);

  nr_report_close (report);
  nr_test_remove_tree (dir);
}

/* Errors name the file and the question, never an answer's words: they
 * end up in mails and bug reports. */
static void
test_errors_do_not_quote_answers (void)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *valid = g_test_build_filename (G_TEST_DIST, "fixtures", "interchange", "valid-minimal.xml", NULL);
  g_autofree char *xml = NULL;
  g_autofree char *bad = g_build_filename (dir, "bad.xml", NULL);
  g_autofree char *target = g_build_filename (dir, "bad.normsreport", NULL);
  g_autoptr(GRegex) choice = g_regex_new ("<choice>implemented</choice>", 0, 0, NULL);
  g_autofree char *with_secret = NULL;
  g_auto(NrCliRun) imported = { 0 };
  g_auto(NrCliRun) validated = { 0 };

  g_assert_true (g_file_get_contents (valid, &xml, NULL, NULL));
  /* Free text where a choice belongs. */
  with_secret = g_regex_replace_literal (choice, xml, -1, 0,
                                         "<text>SECRET the minister's own words</text>", 0, NULL);
  g_assert_true (g_file_set_contents (bad, with_secret, -1, NULL));

  nr_cli_run (&imported, "import", bad, target, NULL);
  g_assert_cmpint (imported.status, ==, 1);
  nr_test_assert_contains (imported.err, "bad.xml");
  nr_test_assert_contains (imported.err, "13a.status");
  g_assert_null (strstr (imported.err, "SECRET"));

  nr_cli_run (&validated, "validate", bad, NULL);
  g_assert_cmpint (validated.status, ==, 1);
  g_assert_null (strstr (validated.err, "SECRET"));
  g_assert_null (strstr (validated.out, "SECRET"));

  nr_test_remove_tree (dir);
}

static void
test_validate_reports_each_bad_file (void)
{
  g_autofree char *good = fixture ("valid-minimal.xml");
  g_autofree char *xxe = fixture ("xxe-local-file.xml");
  g_autofree char *truncated = fixture ("truncated.xml");
  g_auto(NrCliRun) run = { 0 };
  g_auto(NrCliRun) quiet = { 0 };

  nr_cli_run (&run, "validate", good, xxe, truncated, NULL);
  g_assert_cmpint (run.status, ==, 1);
  nr_test_assert_contains (run.out, "valid-minimal.xml: valid");
  nr_test_assert_contains (run.err, "xxe-local-file.xml”, line 2");
  nr_test_assert_contains (run.err, "truncated.xml”, line 9, column 10");
  /* libxml2 prints nothing of its own. */
  g_assert_null (strstr (run.err, "parser error"));

  nr_cli_run (&quiet, "validate", "--quiet", good, NULL);
  g_assert_cmpint (quiet.status, ==, 0);
  g_assert_cmpstr (quiet.out, ==, "");
}

static void
test_import_refuses_hostile (void)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *report = g_build_filename (dir, "laughs.normsreport", NULL);
  g_autofree char *laughs = fixture ("billion-laughs.xml");
  g_auto(NrCliRun) run = { 0 };

  nr_cli_run (&run, "import", laughs, report, NULL);
  g_assert_cmpint (run.status, ==, 1);
  nr_test_assert_contains (run.err, "billion-laughs.xml”, line 2: the file contains a document type declaration");
  g_assert_false (g_file_test (report, G_FILE_TEST_EXISTS));
  nr_test_remove_tree (dir);
}

/* The focal point and an agency change the same answer differently. */
static void
test_merge (void)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *focal_path = g_build_filename (dir, "focal.normsreport", NULL);
  g_autofree char *sent = g_build_filename (dir, "sent.xml", NULL);
  g_autofree char *agency_path = g_build_filename (dir, "agency.normsreport", NULL);
  g_autofree char *back = g_build_filename (dir, "back.xml", NULL);
  g_autoptr(GError) error = NULL;
  g_auto(NrCliRun) created = { 0 };
  g_auto(NrCliRun) exported = { 0 };
  g_auto(NrCliRun) imported = { 0 };
  g_auto(NrCliRun) contributed = { 0 };
  g_auto(NrCliRun) conflicts = { 0 };
  g_auto(NrCliRun) bad_prefer = { 0 };
  g_auto(NrCliRun) merged = { 0 };
  g_auto(NrCliRun) twice = { 0 };
  g_autofree char *status = NULL;

  nr_cli_run (&created, "new", focal_path, "--state", "PH", NULL);
  nr_cli_run (&exported, "export", focal_path, sent, NULL);
  nr_cli_run (&imported, "import", sent, agency_path, NULL);
  g_assert_cmpint (imported.status, ==, 0);

  {
    g_autoptr(GFile) focal_file = g_file_new_for_path (focal_path);
    g_autoptr(GFile) agency_file = g_file_new_for_path (agency_path);
    g_autoptr(NrReport) focal = nr_report_open (focal_file, NULL, NR_STORE_OPEN_DEFAULT, &error);
    g_autoptr(NrReport) agency = nr_report_open (agency_file, NULL, NR_STORE_OPEN_DEFAULT, &error);

    g_assert_no_error (error);
    nr_report_set_author (focal, "Maria Santos");
    nr_report_set_author (agency, "Jose Reyes");
    g_assert_true (nr_report_set_text (focal, "13h.status", "planned", &error));
    g_assert_true (nr_report_set_text (agency, "13h.status", "implemented", &error));
    g_assert_true (nr_report_set_text (agency, "13h.challenges", "One CERT for the whole archipelago.", &error));
    g_assert_no_error (error);
  }

  /* The focal point assigned 13h to the agency, whose copy knows it. */
  {
    g_auto(NrCliRun) assigned = { 0 };
    g_auto(NrCliRun) listed = { 0 };

    nr_cli_run (&assigned, "assign", agency_path, "DICT", "--norms", "13h", NULL);
    g_assert_cmpint (assigned.status, ==, 0);
    nr_cli_run (&listed, "info", agency_path, NULL);
    nr_test_assert_contains (listed.out, "Assigned to contributing agencies");
    nr_test_assert_contains (listed.out, "DICT");
  }
  nr_cli_run (&contributed, "export", agency_path, back, "--for", "DICT", NULL);
  g_assert_cmpint (contributed.status, ==, 0);

  nr_cli_run (&conflicts, "merge", focal_path, back, NULL);
  g_assert_cmpint (conflicts.status, ==, 3);
  nr_test_assert_contains (conflicts.err, "1 conflict between");
  nr_test_assert_contains (conflicts.err, "13h.status (value)");
  nr_test_assert_contains (conflicts.err, "ours:   'planned' — Maria Santos");
  nr_test_assert_contains (conflicts.err, "theirs: 'implemented' — Jose Reyes");
  nr_test_assert_contains (conflicts.err, "--prefer");

  nr_cli_run (&bad_prefer, "merge", focal_path, back, "--prefer", "both", NULL);
  g_assert_cmpint (bad_prefer.status, ==, 2);

  nr_cli_run (&merged, "merge", focal_path, back, "--prefer", "theirs", NULL);
  g_assert_cmpint (merged.status, ==, 0);
  nr_test_assert_contains (merged.out, "Merged 2 changes");

  nr_cli_run (&twice, "merge", focal_path, back, "--prefer", "theirs", NULL);
  g_assert_cmpint (twice.status, ==, 0);
  nr_test_assert_contains (twice.out, "already merged");

  {
    g_autoptr(GFile) focal_file = g_file_new_for_path (focal_path);
    g_autoptr(NrReport) focal = nr_report_open (focal_file, NULL, NR_STORE_OPEN_READ_ONLY, &error);

    g_assert_no_error (error);
    status = nr_report_dup_text (focal, "13h.status");
    g_assert_cmpstr (status, ==, "implemented");
  }

  nr_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  nr_test_init (&argc, &argv);

  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/help", test_help);
  g_test_add_func ("/cli/command-help", test_command_help);
  g_test_add_func ("/cli/usage-errors", test_usage_errors);
  g_test_add_func ("/cli/new-and-info", test_new_and_info);
  g_test_add_func ("/cli/new-refuses-bad-details", test_new_refuses_bad_details);
  g_test_add_func ("/cli/info-names-bad-file", test_info_names_bad_file);
  g_test_add_func ("/cli/export-import-validate", test_export_import_validate);
  g_test_add_func ("/cli/validate-reports-each-bad-file", test_validate_reports_each_bad_file);
  g_test_add_func ("/cli/import-refuses-hostile", test_import_refuses_hostile);
  g_test_add_func ("/cli/merge", test_merge);
  g_test_add_func ("/cli/render", test_render);
  g_test_add_func ("/cli/aggregate", test_aggregate);
  g_test_add_func ("/cli/diff", test_diff);
  g_test_add_func ("/cli/report-open-elsewhere", test_report_open_elsewhere);
  g_test_add_func ("/cli/errors-do-not-quote-answers", test_errors_do_not_quote_answers);

  return g_test_run ();
}
