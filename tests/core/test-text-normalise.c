/* test-text-normalise.c: every answer a report accepts leaves in every
 * export.  Text pasted from a word processor carries controls that XML
 * cannot hold (a vertical tab for a manual line break, form feeds, U+FFFE);
 * they are normalised where text enters and again where it is written, and
 * report details are checked against the interchange schema when they are
 * set, so that an export never fails on them. */
#include "config.h"

#include "nr-core.h"
#include "nr-report-private.h"
#include "nr-test-report.h"
#include "nr-test-util.h"
#include "nr-text.h"

typedef NrTestFilled Fixture;

/* "before", the character, "after": the character as UTF-8. */
static char *
text_around (gunichar c)
{
  char utf8[8] = { 0 };

  g_unichar_to_utf8 (c, utf8);
  return g_strconcat ("before", utf8, "after", NULL);
}

/* What @c becomes in a report and an export. */
static const char *
expected_for (gunichar c)
{
  switch (c)
    {
    case '\t':
      return "before\tafter";
    case '\n':
    case '\v':
    case '\f':
    case '\r':
      return "before\nafter";
    default:
      return "before\xEF\xBF\xBD" "after";
    }
}

/* The characters XML 1.0 cannot hold, and those that normalising changes. */
static const gunichar awkward[] = {
  0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F,
  0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F,
  0xFFFE, 0xFFFF,
};

static void
test_normalise_text (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (awkward); i++)
    {
      g_autofree char *text = text_around (awkward[i]);
      g_autofree char *normal = nr_text_normalise (text);

      g_assert_cmpstr (normal, ==, expected_for (awkward[i]));
      g_assert_true (nr_text_is_normal (normal));
      g_assert_cmpint (nr_text_is_normal (text), ==, awkward[i] == '\t' || awkward[i] == '\n');
    }

  {
    g_autofree char *crlf = nr_text_normalise ("one\r\ntwo\r\rthree");
    g_autofree char *invalid = nr_text_normalise ("bad \xC3 byte");
    g_autofree char *scripts = nr_text_normalise ("Chiến lược; ยุทธศาสตร์; \xF0\x9F\x8C\x8F");

    g_assert_cmpstr (crlf, ==, "one\ntwo\n\nthree");
    g_assert_cmpstr (invalid, ==, "bad \xEF\xBF\xBD byte");
    g_assert_cmpstr (scripts, ==, "Chiến lược; ยุทธศาสตร์; \xF0\x9F\x8C\x8F");
  }
}

/* Exports @report, imports the export into a new report and returns it. */
static NrReport *
round_trip (Fixture    *f,
            NrReport   *report,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = nr_test_export_text (report, NR_EXPORT_PROFILE_FULL);
  g_autoptr(GBytes) bytes = g_bytes_new (xml, strlen (xml));
  g_autoptr(NrDocument) document = nr_document_parse (bytes, name, &error);
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  NrReport *copy;

  g_assert_no_error (error);
  copy = nr_report_import_document (document, name, file, &error);
  g_assert_no_error (error);
  return copy;
}

static GVariant *
measure_titled (const char *title)
{
  GVariantDict fields;

  g_variant_dict_init (&fields, NULL);
  g_variant_dict_insert (&fields, "title", "s", title);
  g_variant_dict_insert (&fields, "kind", "s", "policy");
  return g_variant_dict_end (&fields);
}

/* The title of the measure added last, after those the report was filled
 * with. */
static char *
last_measure_title (NrReport *report)
{
  g_autoptr(GListModel) records = nr_report_list_records (report, "measures.register");
  g_autoptr(NrRecord) record = g_list_model_get_item (records, g_list_model_get_n_items (records) - 1);

  g_assert_nonnull (record);
  return g_strdup (nr_record_get_text (record, "title"));
}

/* Every awkward character between letters, and what the report keeps of
 * them; @escaped gives them as GVariant text escapes instead. */
static char *
all_awkward (gboolean   escaped,
             char     **expected)
{
  GString *text = g_string_new ("start");
  GString *normal = g_string_new ("start");

  for (guint i = 0; i < G_N_ELEMENTS (awkward); i++)
    {
      const char *around = expected_for (awkward[i]);
      char utf8[8] = { 0 };

      g_unichar_to_utf8 (awkward[i], utf8);
      if (escaped)
        g_string_append_printf (text, "\\u%04x", awkward[i]);
      else
        g_string_append (text, utf8);
      g_string_append_printf (text, "%u", i);
      /* What expected_for() puts between "before" and "after". */
      g_string_append_len (normal, around + strlen ("before"), strlen (around) - strlen ("beforeafter"));
      g_string_append_printf (normal, "%u", i);
    }
  *expected = g_string_free (normal, FALSE);
  return g_string_free (text, FALSE);
}

/* Typed or pasted: the report keeps the text normalised, and every export
 * of it is valid and imports again. */
static void
test_entered_text_exports (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *text = all_awkward (FALSE, &expected);
  g_autofree char *stored = NULL;
  g_autofree char *title = NULL;
  g_autoptr(NrReport) copy = NULL;
  g_autofree char *copied = NULL;
  g_autofree char *copied_title = NULL;

  g_assert_true (nr_report_set_text (f->report, "13b.challenges", text, &error));
  g_assert_no_error (error);
  g_free (nr_report_add_record (f->report, "measures.register", measure_titled (text), &error));
  g_assert_no_error (error);
  nr_report_set_author (f->report, text);
  g_assert_true (nr_report_set_review_state (f->report, "13b", NR_REVIEW_STATE_CLEARED, &error));
  g_assert_no_error (error);

  stored = nr_report_dup_text (f->report, "13b.challenges");
  g_assert_cmpstr (stored, ==, expected);
  title = last_measure_title (f->report);
  g_assert_cmpstr (title, ==, expected);
  g_assert_cmpstr (nr_report_get_author (f->report), ==, expected);

  g_free (nr_test_export_text (f->report, NR_EXPORT_PROFILE_PUBLIC));
  g_free (nr_test_export_text (f->report, NR_EXPORT_PROFILE_WORKSHOP));
  copy = round_trip (f, f->report, "entered.normsreport");
  copied = nr_report_dup_text (copy, "13b.challenges");
  g_assert_cmpstr (copied, ==, expected);
  copied_title = last_measure_title (copy);
  g_assert_cmpstr (copied_title, ==, expected);
}

/* A report written before normalising, or by another program, may hold
 * such text already: the export writes it as XML can hold it. */
static void
test_stored_text_exports (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  NrStore *store = nr_report_get_store (f->report);
  g_autofree char *expected = NULL;
  g_autofree char *escaped = all_awkward (TRUE, &expected);
  g_autofree char *sql = NULL;
  g_autoptr(NrReport) copy = NULL;
  g_autofree char *copied = NULL;
  g_autofree char *copied_title = NULL;

  /* As GVariant text, with the characters escaped; the names of the authors
   * with one of them as it is. */
  sql = g_strdup_printf ("INSERT INTO answer (question_id, value, classification, author, agency, modified)"
                         " VALUES ('13c.challenges', '''%s''', 'public', 'Arif' || char (11), 'Kemlu',"
                         " '2024-05-01T00:00:00Z');"
                         "INSERT INTO record (record_id, question_id, position, fields, author, agency,"
                         " modified) VALUES ('9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d', 'measures.register', 99.0,"
                         " '{''kind'': <''policy''>, ''title'': <''%s''>}', 'Arif' || char (65534), 'Kemlu',"
                         " '2024-05-01T00:00:00Z')",
                         escaped, escaped);
  g_assert_true (nr_store_exec (store, sql, &error));
  g_assert_no_error (error);

  g_free (nr_test_export_text (f->report, NR_EXPORT_PROFILE_PUBLIC));
  copy = round_trip (f, f->report, "stored.normsreport");
  copied = nr_report_dup_text (copy, "13c.challenges");
  g_assert_cmpstr (copied, ==, expected);
  copied_title = last_measure_title (copy);
  g_assert_cmpstr (copied_title, ==, expected);
}

/* Text the schema would refuse for its length is refused when it is set. */
static void
test_too_long_text (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *long_text = g_strnfill (NR_TEXT_MAX_LENGTH + 1, 'a');
  g_autofree char *long_name = g_strnfill (300, 'n');

  g_assert_false (nr_report_set_text (f->report, "13a.challenges", long_text, &error));
  g_assert_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "“13a.challenges”"));
  g_assert_null (strstr (error->message, "aaaa"));
  g_clear_error (&error);
  g_assert_false (nr_report_add_record (f->report, "measures.register", measure_titled (long_text), &error));
  g_assert_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_INVALID_VALUE);
  g_clear_error (&error);

  /* The names of people and agencies are cut to the schema's length. */
  nr_report_set_author (f->report, long_name);
  nr_report_set_agency (f->report, long_name);
  g_assert_cmpuint (g_utf8_strlen (nr_report_get_author (f->report), -1), ==, NR_NAME_MAX_LENGTH);
  g_assert_cmpuint (g_utf8_strlen (nr_report_get_agency (f->report), -1), ==, NR_NAME_MAX_LENGTH);
  g_assert_true (nr_report_set_text (f->report, "13a.challenges", "Few staff.", &error));
  g_assert_true (nr_report_set_review_state (f->report, "13a", NR_REVIEW_STATE_CLEARED, &error));
  g_assert_no_error (error);
  g_free (nr_test_export_text (f->report, NR_EXPORT_PROFILE_FULL));
}

/* A choice given twice would be written twice, past the schema's bound. */
static void
test_repeated_choices (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *twice[] = { "incident-response", "incident-response", NULL };

  g_assert_false (nr_report_set_choices (f->report, "13a.capacity-needs", twice, &error));
  g_assert_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "“13a.capacity-needs”"));
}

/* A list holds at most as many records as the schema lets one answer hold. */
static void
test_record_limit (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  NrStore *store = nr_report_get_store (f->report);
  g_autofree char *record_id = NULL;

  g_assert_true (nr_store_exec (store,
                                /* One short of the limit, with the measures the report holds. */
                                "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 9999 -"
                                " (SELECT count(*) FROM record WHERE question_id = 'measures.register'))"
                                " INSERT INTO record (record_id, question_id, position, fields, author, agency,"
                                " modified) SELECT printf ('00000000-0000-4000-8000-%012d', i), 'measures.register',"
                                " i, '@a{sv} {}', 'Arif', 'Kemlu', '2024-05-01T00:00:00Z' FROM n",
                                &error));
  g_assert_no_error (error);
  record_id = nr_report_add_record (f->report, "measures.register", measure_titled ("The last one"), &error);
  g_assert_no_error (error);
  g_clear_pointer (&record_id, g_free);

  record_id = nr_report_add_record (f->report, "measures.register", measure_titled ("One too many"), &error);
  g_assert_null (record_id);
  g_assert_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "“measures.register”"));
  g_assert_nonnull (strstr (error->message, "10000"));
}

static void
assert_refused (NrReport   *report,
                const char *key,
                const char *value,
                const char *field_name)
{
  g_autoptr(GError) error = NULL;

  if (nr_report_set_metadata (report, key, value, &error))
    g_error ("%s “%s” was accepted", key, value);
  g_assert_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_INVALID_VALUE);
  if (strstr (error->message, "national.normsreport") == NULL || strstr (error->message, field_name) == NULL)
    g_error ("the message for %s does not name the report and “%s”: %s", key, field_name, error->message);
}

/* Report details follow the schema's rules when they are set, and the
 * message names the report and the detail. */
static void
test_metadata_rules (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *long_agency = g_strnfill (NR_NAME_MAX_LENGTH + 1, 'x');
  g_autofree char *agency = g_strnfill (NR_NAME_MAX_LENGTH, 'x');

  assert_refused (f->report, NR_META_PERIOD_START, "2025-02-30", "start of the reporting period");
  assert_refused (f->report, NR_META_PERIOD_START, " 2025-1-01", "start of the reporting period");
  assert_refused (f->report, NR_META_PERIOD_START, "+202-01-01", "start of the reporting period");
  assert_refused (f->report, NR_META_PERIOD_START, "-202-01-01", "start of the reporting period");
  assert_refused (f->report, NR_META_PERIOD_END, "2025-12-31\n", "end of the reporting period");
  /* The period runs forward. */
  assert_refused (f->report, NR_META_PERIOD_END, "2024-12-31", "end of the reporting period");
  assert_refused (f->report, NR_META_PERIOD_START, "2026-01-01", "start of the reporting period");
  assert_refused (f->report, NR_META_STATE, "ID\n", "state");
  assert_refused (f->report, NR_META_LANGUAGE, "id\n", "language");
  assert_refused (f->report, NR_META_PREPARING_AGENCY, long_agency, "preparing agency");

  g_assert_true (nr_report_set_metadata (f->report, NR_META_PERIOD_END, "2025-01-01", &error));
  g_assert_true (nr_report_set_metadata (f->report, NR_META_PREPARING_AGENCY, agency, &error));
  g_assert_true (nr_report_set_metadata (f->report, NR_META_PREPARING_AGENCY, "BSSN\vPusat", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (nr_report_get_metadata (f->report, NR_META_PREPARING_AGENCY), ==, "BSSN\nPusat");
  g_free (nr_test_export_text (f->report, NR_EXPORT_PROFILE_FULL));
}

/* A submission is checked by the rules its details would be set with on
 * import, so that validate accepts exactly what import does. */
static void
test_document_details (Fixture       *f,
                       gconstpointer  data)
{
  struct {
    const char *from;
    const char *to;
    const char *problem;
  } cases[] = {
    { "period-end=\"2025-12-31\"", "period-end=\"2025-02-30\"", "does not have" },
    { "period-end=\"2025-12-31\"", "period-end=\"2024-12-31\"", "ends before it starts" },
    { "xml:lang=\"id\"", "xml:lang=\"id&#10;\"", "language code" },
  };
  g_autofree char *xml = nr_test_export_text (f->report, NR_EXPORT_PROFILE_FULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *changed = nr_test_replace_once (xml, cases[i].from, cases[i].to);
      g_autoptr(GBytes) changed_bytes = g_bytes_new (changed, strlen (changed));
      g_autoptr(NrDocument) document = nr_document_parse (changed_bytes, "changed.xml", &error);
      g_autofree char *path = g_build_filename (f->dir, "changed.normsreport", NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);

      if (document != NULL)
        {
          g_assert_false (nr_document_check (document, "changed.xml", &error));
          g_assert_false (nr_report_import_to_file (document, "changed.xml", file, NULL));
        }
      g_assert_nonnull (error);
      if (strstr (error->message, "changed.xml") == NULL || strstr (error->message, cases[i].problem) == NULL)
        g_error ("“%s” was not refused for “%s”: %s", cases[i].to, cases[i].problem, error->message);
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }
}

/* When the self-check still finds something the schema refuses, the
 * message names the question whose answer it is, not a line of XML nobody
 * can see. */
static void
test_self_check_names_the_question (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  NrExportOptions options = { NR_EXPORT_PROFILE_FULL, NULL, NULL };
  g_autoptr(GBytes) bytes = NULL;

  g_assert_true (nr_store_exec (nr_report_get_store (f->report),
                                "UPDATE answer SET modified = 'yesterday' WHERE question_id = '13a.challenges'",
                                &error));
  g_assert_no_error (error);
  bytes = nr_report_export_xml (f->report, &options, NULL, NULL, &error);
  g_assert_null (bytes);
  g_assert_nonnull (error);
  if (strstr (error->message, "“13a.challenges”") == NULL || strstr (error->message, "national.normsreport") == NULL)
    g_error ("the message does not name the report and the question: %s", error->message);
}

int
main (int   argc,
      char *argv[])
{
  nr_test_init (&argc, &argv);

  g_test_add_func ("/text/normalise", test_normalise_text);
#define ADD(path, func) \
  g_test_add ("/text/" path, Fixture, NULL, nr_test_filled_set_up, func, nr_test_filled_tear_down)
  ADD ("entered-text-exports", test_entered_text_exports);
  ADD ("stored-text-exports", test_stored_text_exports);
  ADD ("too-long-text", test_too_long_text);
  ADD ("repeated-choices", test_repeated_choices);
  ADD ("record-limit", test_record_limit);
  ADD ("metadata-rules", test_metadata_rules);
  ADD ("document-details", test_document_details);
  ADD ("self-check-names-the-question", test_self_check_names_the_question);
#undef ADD

  return g_test_run ();
}
