/* test-partial-dates.c: dates as precise as their source.
 *
 * A State often knows only the year a law passed, or the month a body was
 * set up.  Answers and record fields of kind date take a year (2017), a
 * year and month (2017-10) or a full date (2017-10-25), and nothing else;
 * they order by year, month and day, and read as people write them in the
 * printout, the overview and the diff.  The report's period stays whole
 * days. */
#include "config.h"

#include "nr-core.h"
#include "nr-diff.h"
#include "nr-test-report.h"
#include "nr-test-util.h"

typedef NrTestFilled Fixture;

static void
test_shapes (void)
{
  static const struct
  {
    const char *text;
    NrDatePrecision precision;
  } cases[] = {
    { "2017", NR_DATE_PRECISION_YEAR },
    { "2017-10", NR_DATE_PRECISION_MONTH },
    { "2017-10-25", NR_DATE_PRECISION_DAY },
    { "2024-02-29", NR_DATE_PRECISION_DAY },
    { "1000", NR_DATE_PRECISION_YEAR },
    { "9999-12-31", NR_DATE_PRECISION_DAY },
    { "2017-13", NR_DATE_PRECISION_NONE },
    { "2017-00", NR_DATE_PRECISION_NONE },
    { "2017-02-30", NR_DATE_PRECISION_NONE },
    { "2025-02-29", NR_DATE_PRECISION_NONE },
    { "2017-10-00", NR_DATE_PRECISION_NONE },
    { "17", NR_DATE_PRECISION_NONE },
    { "2017-1", NR_DATE_PRECISION_NONE },
    { "2017-10-5", NR_DATE_PRECISION_NONE },
    { "2017 ", NR_DATE_PRECISION_NONE },
    { " 2017", NR_DATE_PRECISION_NONE },
    { "2017-10\n", NR_DATE_PRECISION_NONE },
    { "2017/10", NR_DATE_PRECISION_NONE },
    { "2017-10-25T00", NR_DATE_PRECISION_NONE },
    { "+201", NR_DATE_PRECISION_NONE },
    { "", NR_DATE_PRECISION_NONE },
    { "0000", NR_DATE_PRECISION_NONE },
    { "0999", NR_DATE_PRECISION_NONE },
    { "October 2017", NR_DATE_PRECISION_NONE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      NrDatePrecision precision = NR_DATE_PRECISION_DAY + 1;

      g_test_message ("“%s”", cases[i].text);
      g_assert_cmpint (nr_partial_date_is_valid (cases[i].text, &precision), ==,
                       cases[i].precision != NR_DATE_PRECISION_NONE);
      g_assert_cmpint (precision, ==, cases[i].precision);
    }
  g_assert_false (nr_partial_date_is_valid (NULL, NULL));
  g_assert_true (nr_partial_date_is_valid ("2017-10", NULL));

  /* The reporting period stays whole days. */
  g_assert_false (nr_date_is_valid ("2017-10"));
  g_assert_false (nr_date_is_valid ("2017"));
}

static void
test_order (void)
{
  const char *ordered[] = {
    "1999-12-31", "2017", "2017-01", "2017-01-01", "2017-01-31", "2017-02", "2017-10",
    "2017-10-01", "2017-10-25", "2018", "not a date", "zzz", NULL,
  };

  for (guint i = 0; i < G_N_ELEMENTS (ordered); i++)
    for (guint j = 0; j < G_N_ELEMENTS (ordered); j++)
      {
        int expected = i < j ? -1 : i > j ? 1 : 0;
        int got = nr_partial_date_compare (ordered[i], ordered[j]);

        g_test_message ("%s ? %s", ordered[i], ordered[j]);
        g_assert_cmpint (got < 0 ? -1 : got > 0 ? 1 : 0, ==, expected);
      }
}

static void
test_format (void)
{
  struct
  {
    const char *text;
    const char *readable;
  } cases[] = {
    { "2017", "2017" },
    { "2017-10", "October 2017" },
    { "2017-10-05", "5 October 2017" },
    { "2024-02-29", "29 February 2024" },
    { "2017-13", "2017-13" },
    { "", "" },
    { NULL, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *readable = nr_partial_date_format (cases[i].text);

      g_assert_cmpstr (readable, ==, cases[i].readable);
    }
}

/* The first record of @question_id in @report. */
static NrRecord *
first_record (NrReport   *report,
              const char *question_id)
{
  g_autoptr(GListModel) records = nr_report_list_records (report, question_id);

  g_assert_cmpuint (g_list_model_get_n_items (records), >, 0);
  return g_list_model_get_item (records, 0);
}

/* A date question and a record's date field each take the three shapes,
 * and an export carries them through an import unchanged. */
static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *xml_path = g_build_filename (f->dir, "out.xml", NULL);
  g_autofree char *copy_path = g_build_filename (f->dir, "copy.normsreport", NULL);
  g_autoptr(GFile) xml_file = g_file_new_for_path (xml_path);
  g_autoptr(GFile) copy_file = g_file_new_for_path (copy_path);
  g_autoptr(NrReport) copy = NULL;
  g_autoptr(NrRecord) record = NULL;
  g_autofree char *text = NULL;
  g_autofree char *record_id = NULL;
  GVariantDict fields;
  g_autoptr(NrDocument) document = NULL;
  g_auto(GStrv) orphans = NULL;

  g_assert_true (nr_report_set_text (f->report, "report.submission-date", "2017", &error));
  g_assert_no_error (error);
  g_assert_true (nr_report_set_text (f->report, "report.submission-date", "2017-10", &error));
  g_assert_no_error (error);

  g_variant_dict_init (&fields, NULL);
  g_variant_dict_insert (&fields, "title", "s", "Statement at the OEWG");
  g_variant_dict_insert (&fields, "date", "s", "2019");
  record_id = nr_report_add_record (f->report, "intl-law.statements", g_variant_dict_end (&fields), &error);
  g_assert_no_error (error);
  g_assert_nonnull (record_id);

  g_assert_true (nr_report_export (f->report, xml_file, NULL, &error));
  g_assert_no_error (error);
  /* Valid as `validate` checks a file: the schema, then the questionnaire. */
  document = nr_document_load (xml_file, &error);
  g_assert_no_error (error);
  g_assert_true (nr_document_check (document, xml_path, &error));
  g_assert_no_error (error);

  copy = nr_report_import (xml_file, copy_file, &error);
  g_assert_no_error (error);
  g_assert_nonnull (copy);
  text = nr_report_dup_text (copy, "report.submission-date");
  g_assert_cmpstr (text, ==, "2017-10");
  record = first_record (copy, "intl-law.statements");
  {
    g_autoptr(GVariant) date = g_variant_lookup_value (nr_record_get_fields (record), "date", NULL);

    g_assert_cmpstr (g_variant_get_string (date, NULL), ==, "2019");
  }
  /* Both fit their questions: nothing is orphaned. */
  orphans = nr_report_list_orphaned_answers (copy);
  g_assert_cmpuint (g_strv_length (orphans), ==, 0);
}

/* Anything but the three shapes is refused, naming the question and the
 * shapes, never quoting what was written. */
static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  const char *bad[] = { "2017-13", "2017-02-30", "17", "2017-1", "2017 ", "2017-10\n", "0000",
                        "zq around October", NULL };
  g_autofree char *before = nr_report_dup_text (f->report, "report.submission-date");
  g_autofree char *after = NULL;

  for (guint i = 0; bad[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      GVariantDict fields;

      g_assert_false (nr_report_set_text (f->report, "report.submission-date", bad[i], &error));
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error->message, "report.submission-date"));
      g_assert_nonnull (strstr (error->message, "2017-10"));
      g_assert_null (strstr (error->message, "zq"));
      g_clear_error (&error);

      g_variant_dict_init (&fields, NULL);
      g_variant_dict_insert (&fields, "title", "s", "A measure");
      g_variant_dict_insert (&fields, "start", "s", bad[i]);
      g_assert_null (nr_report_add_record (f->report, "measures.register", g_variant_dict_end (&fields), &error));
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error->message, "start"));
    }
  after = nr_report_dup_text (f->report, "report.submission-date");
  g_assert_cmpstr (after, ==, before);
}

/* The printout's text, each run of spaces and line breaks as one space:
 * a table's narrow date column wraps "March 2016" over two lines. */
static char *
render_text (Fixture *f)
{
  g_autoptr(GRegex) spaces = g_regex_new ("[ \\t\\n]+", 0, 0, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "report.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  NrExportOptions options = { NR_EXPORT_PROFILE_FULL, NULL, NULL };
  g_autofree char *text = NULL;

  g_assert_true (nr_report_render_pdf (f->report, file, &options, &error));
  g_assert_no_error (error);
  text = nr_test_pdf_text (path);
  return g_regex_replace_literal (spaces, text, -1, 0, " ", 0, NULL);
}

/* The printout writes a date as people read it, in an answer and in a
 * record's table. */
static void
test_printed (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrRecord) record = first_record (f->report, "measures.register");
  g_autoptr(GVariantDict) fields = g_variant_dict_new (nr_record_get_fields (record));
  g_autofree char *text = NULL;

  g_assert_true (nr_report_set_text (f->report, "report.submission-date", "2017-10", &error));
  g_variant_dict_insert (fields, "start", "s", "2016-03");
  g_assert_true (nr_report_update_record (f->report, "measures.register", nr_record_get_id (record),
                                          g_variant_dict_end (fields), &error));
  g_assert_no_error (error);

  text = render_text (f);
  nr_test_assert_contains (text, "October 2017");
  nr_test_assert_contains (text, "March 2016");
  nr_test_assert_lacks (text, "2017-10");
}

/* What changed between two cycles names dates as the printout does. */
static void
test_diff (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrDocument) old = NULL;
  g_autoptr(NrDocument) new = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  NrChange *change = NULL;

  g_assert_true (nr_report_set_text (f->report, "report.submission-date", "2016", &error));
  old = nr_report_to_document (f->report, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (nr_report_set_text (f->report, "report.submission-date", "2017-10", &error));
  new = nr_report_to_document (f->report, NULL, &error);
  g_assert_no_error (error);

  changes = nr_document_diff (old, new, nr_report_get_questionnaire (f->report));
  for (guint i = 0; i < changes->len; i++)
    {
      NrChange *candidate = changes->pdata[i];

      if (g_str_equal (candidate->question_id, "report.submission-date"))
        change = candidate;
    }
  g_assert_nonnull (change);
  g_assert_cmpstr (change->old_text, ==, "2016");
  g_assert_cmpstr (change->new_text, ==, "October 2017");
}

int
main (int   argc,
      char *argv[])
{
  /* In C.UTF-8: month names in English. */
  nr_test_init (&argc, &argv);

  g_test_add_func ("/partial-dates/shapes", test_shapes);
  g_test_add_func ("/partial-dates/order", test_order);
  g_test_add_func ("/partial-dates/format", test_format);
  g_test_add ("/partial-dates/round-trip", Fixture, NULL,
              nr_test_filled_set_up, test_round_trip, nr_test_filled_tear_down);
  g_test_add ("/partial-dates/refused", Fixture, NULL,
              nr_test_filled_set_up, test_refused, nr_test_filled_tear_down);
  g_test_add ("/partial-dates/printed", Fixture, NULL,
              nr_test_filled_set_up, test_printed, nr_test_filled_tear_down);
  g_test_add ("/partial-dates/diff", Fixture, NULL,
              nr_test_filled_set_up, test_diff, nr_test_filled_tear_down);
  return g_test_run ();
}
