/* test-profile.c: a file's declared profile is never taken on its word.
 *
 * An export whose <profile> was changed by hand is refused by validate and
 * import, naming the first answer at fault, and whatever a document says of
 * itself, narrowing it applies the profile's rules to what it holds: a
 * printout marked PUBLIC holds public answers only and names no people.
 * The regional overview summarises what the workshop profile lets out. */
#include "config.h"

#include "nr-core.h"
#include "nr-report-private.h"
#include "nr-test-report.h"
#include "nr-test-util.h"

typedef NrTestFilled Fixture;

/* The full export with its declared profile rewritten, as by hand. */
static GBytes *
relabelled_export (NrReport   *report,
                   const char *profile)
{
  g_autofree char *full = nr_test_export_text (report, NR_EXPORT_PROFILE_FULL);
  g_autofree char *label = g_strdup_printf ("<profile>%s</profile>", profile);
  char *changed = nr_test_replace_once (full, "<profile>full</profile>", label);

  return g_bytes_new_take (changed, strlen (changed));
}

/* Validate and import refuse a file that holds more than its profile lets
 * out, naming the file and the first answer at fault. */
static void
test_relabelled_export_is_refused (Fixture       *f,
                                   gconstpointer  data)
{
  const char *cases[][2] = {
    /* The focal point's name is public, but names a person. */
    { "public", "“report.focal-point”" },
    /* The focal point's e-mail is internal. */
    { "workshop", "“report.focal-point-email”" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = relabelled_export (f->report, cases[i][0]);
      g_autoptr(NrDocument) document = nr_document_parse (bytes, "relabelled.xml", &error);
      g_autofree char *path = g_build_filename (f->dir, "relabelled.normsreport", NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);

      g_assert_no_error (error);
      g_assert_false (nr_document_check (document, "relabelled.xml", &error));
      g_assert_nonnull (error);
      if (strstr (error->message, "relabelled.xml") == NULL || strstr (error->message, cases[i][1]) == NULL)
        g_error ("the refusal does not name the file and %s: %s", cases[i][1], error->message);
      /* It never quotes an answer's words. */
      nr_test_assert_lacks (error->message, "PUBLIC-");
      nr_test_assert_lacks (error->message, "INTERNAL-");
      g_clear_error (&error);

      g_assert_false (nr_report_import_to_file (document, "relabelled.xml", file, &error));
      g_assert_nonnull (strstr (error->message, cases[i][1]));
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }
}

/* A public document without a person's name in it, whatever else is in it:
 * only an author or a clearance left in, as by hand. */
static void
test_public_file_naming_people_is_refused (Fixture       *f,
                                           gconstpointer  data)
{
  g_autofree char *public = nr_test_export_text (f->report, NR_EXPORT_PROFILE_PUBLIC);
  const char *edits[][3] = {
    { "<review norm=\"13a\" state=\"cleared\"", "<review norm=\"13a\" state=\"cleared\" cleared-by=\"Siti Rahma\"", "13a" },
    { "<answer question=\"context.strategy\" classification=\"public\"",
      "<answer question=\"context.strategy\" classification=\"public\" author=\"Siti Rahma\"", "“context.strategy”" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *changed = nr_test_replace_once (public, edits[i][0], edits[i][1]);
      g_autoptr(GBytes) bytes = g_bytes_new (changed, strlen (changed));
      g_autoptr(NrDocument) document = nr_document_parse (bytes, "named.xml", &error);

      g_assert_no_error (error);
      g_assert_false (nr_document_check (document, "named.xml", &error));
      g_assert_nonnull (strstr (error->message, edits[i][2]));
    }
}

static char *
pdf_text (NrDocument      *document,
          NrQuestionnaire *questionnaire,
          const char      *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = nr_document_render_pdf (document, questionnaire, &error);
  g_autofree char *path = g_build_filename (dir, "printed.pdf", NULL);

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), &error));
  return nr_test_pdf_text (path);
}

/* Narrowing applies the rules to what a document holds, not to what it
 * says it is: a relabelled full export printed as public (the render
 * command narrows every submission so) holds public answers only. */
static void
test_restrict_applies_the_rules (Fixture       *f,
                                 gconstpointer  data)
{
  NrQuestionnaire *questionnaire = nr_report_get_questionnaire (f->report);
  NrExportProfile profiles[] = { NR_EXPORT_PROFILE_PUBLIC, NR_EXPORT_PROFILE_FULL };

  for (guint i = 0; i < G_N_ELEMENTS (profiles); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = relabelled_export (f->report, "public");
      g_autoptr(NrDocument) document = nr_document_parse (bytes, "relabelled.xml", &error);
      g_autofree char *xml = NULL;
      g_autofree char *printed = NULL;

      g_assert_no_error (error);
      /* Asked for public, or for more than the file says it is. */
      nr_document_restrict (document, questionnaire, profiles[i]);
      g_assert_cmpint (document->profile, ==, NR_EXPORT_PROFILE_PUBLIC);

      xml = nr_document_to_xml (document, questionnaire, NULL);
      printed = pdf_text (document, questionnaire, f->dir);
      for (guint j = 0; j < 2; j++)
        {
          const char *text = j == 0 ? xml : printed;

          nr_test_assert_lacks (text, "INTERNAL-");
          nr_test_assert_lacks (text, "WORKSHOP-");
          nr_test_assert_lacks (text, "CONTACT-");
          nr_test_assert_lacks (text, "PUBLIC-focal");
          nr_test_assert_lacks (text, "Siti Rahma");
        }
      g_assert_nonnull (strstr (printed, "PUBLIC"));
      nr_test_assert_lacks (xml, "author=");
      nr_test_assert_lacks (xml, "cleared-by=");
      nr_test_assert_lacks (printed, "National focal point");
    }
}

/* Public exports name agencies, never people: the questions the
 * questionnaire marks personal (the focal point's name and e-mail) stay
 * out, whatever their classification. */
static void
test_public_names_no_people (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  NrQuestionnaire *questionnaire = nr_report_get_questionnaire (f->report);
  g_autofree char *public = NULL;
  g_autofree char *workshop = NULL;

  g_assert_true (nr_question_is_personal (nr_questionnaire_lookup_question (questionnaire, "report.focal-point")));
  g_assert_true (nr_question_is_personal (nr_questionnaire_lookup_question (questionnaire, "report.focal-point-email")));
  g_assert_false (nr_question_is_personal (nr_questionnaire_lookup_question (questionnaire, "report.contributors")));

  g_assert_true (nr_report_set_classification (f->report, "report.focal-point-email", NR_CLASSIFICATION_PUBLIC, &error));
  g_assert_no_error (error);
  public = nr_test_export_text (f->report, NR_EXPORT_PROFILE_PUBLIC);
  workshop = nr_test_export_text (f->report, NR_EXPORT_PROFILE_WORKSHOP);
  nr_test_assert_lacks (public, "report.focal-point");
  nr_test_assert_lacks (public, "PUBLIC-focal");
  nr_test_assert_lacks (public, "mail@kemlu.go.id");
  g_assert_nonnull (strstr (public, "question=\"report.submission-date\""));
  g_assert_nonnull (strstr (workshop, "PUBLIC-focal"));
  g_assert_nonnull (strstr (workshop, "mail@kemlu.go.id"));
}

/* An SQLite error while reading the reviews fails the export, rather than
 * passing for "never reviewed". */
static void
test_review_error_fails_the_export (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  NrExportOptions options = { NR_EXPORT_PROFILE_FULL, NULL, NULL };
  g_autoptr(GBytes) bytes = NULL;

  /* A view in place of the table whose rows fail as they are read: abs()
   * of the smallest integer overflows.  Report connections refuse views
   * (nr-store.c), so this one is let through on the test's own connection:
   * it is the simplest way to make SQLite fail in the middle of a read. */
  sqlite3_db_config (nr_store_get_db (nr_report_get_store (f->report)), SQLITE_DBCONFIG_ENABLE_VIEW, 1, NULL);
  g_assert_true (nr_store_exec (nr_report_get_store (f->report),
                                "ALTER TABLE review RENAME TO review_kept;"
                                "CREATE VIEW review AS SELECT * FROM review_kept"
                                " WHERE abs (-9223372036854775807 - (length (norm_id) > 0)) > 0",
                                &error));
  g_assert_no_error (error);
  bytes = nr_report_export_xml (f->report, &options, NULL, NULL, &error);
  g_assert_null (bytes);
  g_assert_nonnull (error);
  if (strstr (error->message, "national.normsreport") == NULL || strstr (error->message, "integer overflow") == NULL)
    g_error ("not the error of reading a review: %s", error->message);
}

/* Submissions whose statuses are internal: the overview shows none of them
 * by default, as the workshop profile lets none out; asked for everything,
 * it shows them. */
static void
test_overview_respects_classifications (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *xml = nr_test_write_submission (dir, "VN", "2025", "planned", "Few staff.");
  g_autoptr(NrQuestionnaire) questionnaire = nr_questionnaire_load_builtin (NR_QUESTIONNAIRE_DEFAULT_ID, &error);
  g_autofree char *report_path = g_build_filename (dir, "VN-2025.normsreport", NULL);
  g_autoptr(GFile) report_file = g_file_new_for_path (report_path);
  g_autoptr(GFile) xml_file = g_file_new_for_path (xml);
  NrExportProfile profiles[] = { NR_EXPORT_PROFILE_WORKSHOP, NR_EXPORT_PROFILE_FULL };
  const char *expected[] = { NULL, "planned" };

  g_assert_no_error (error);
  {
    g_autoptr(NrReport) report = nr_report_open (report_file, NULL, NR_STORE_OPEN_DEFAULT, &error);

    g_assert_no_error (error);
    g_assert_true (nr_report_set_classification (report, "13a.status", NR_CLASSIFICATION_INTERNAL, &error));
    g_assert_true (nr_report_set_classification (report, "13a.challenges", NR_CLASSIFICATION_INTERNAL, &error));
    g_assert_true (nr_report_export (report, xml_file, NULL, &error));
    g_assert_no_error (error);
  }

  for (guint i = 0; i < G_N_ELEMENTS (profiles); i++)
    {
      g_autoptr(NrOverview) overview = nr_overview_new (questionnaire);
      const char *paths[] = { xml, NULL };
      NrSubmission *submission;
      NrNormSummary *summary;

      if (profiles[i] != NR_EXPORT_PROFILE_WORKSHOP)
        nr_overview_set_profile (overview, profiles[i]);
      else
        g_assert_cmpint (overview->profile, ==, NR_EXPORT_PROFILE_WORKSHOP);
      nr_overview_add_files (overview, paths, NULL);
      g_assert_cmpuint (overview->submissions->len, ==, 1);
      submission = overview->submissions->pdata[0];
      summary = submission->norms->pdata[0];
      g_assert_cmpstr (summary->norm_id, ==, "13a");
      g_assert_cmpstr (summary->status, ==, expected[i]);
      g_assert_cmpuint (summary->answered, ==, i == 0 ? 0 : 2);
    }
  nr_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  nr_test_init (&argc, &argv);

  g_test_add_func ("/profile/overview-respects-classifications", test_overview_respects_classifications);
#define ADD(path, func) \
  g_test_add ("/profile/" path, Fixture, NULL, nr_test_filled_set_up, func, nr_test_filled_tear_down)
  ADD ("relabelled-export-is-refused", test_relabelled_export_is_refused);
  ADD ("public-file-naming-people-is-refused", test_public_file_naming_people_is_refused);
  ADD ("restrict-applies-the-rules", test_restrict_applies_the_rules);
  ADD ("public-names-no-people", test_public_names_no_people);
  ADD ("review-error-fails-the-export", test_review_error_fails_the_export);
#undef ADD

  return g_test_run ();
}
