/* test-register.c: the register of measures across the trust boundaries.
 *
 * Each measure carries its own classification, and exports keep or leave
 * out each by it; a file that holds a measure above the profile it declares
 * is refused.  Contributions of any norms speak for the register.  Lists of
 * names and links travel in interchange format 2 and are checked like
 * every value; files of format 1 still read, and their per-norm measures
 * move into the register as they do in a report file. */
#include "config.h"

#include "nr-core.h"
#include "nr-xml.h"
#include "nr-test-util.h"
#include "nr-test-report.h"

static NrDocument *
parse (const char  *xml,
       GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (xml, strlen (xml));

  return nr_document_parse (bytes, "sent.xml", error);
}

/* Each profile keeps the measures classified at or below it, and nothing
 * about the others. */
static void
test_profiles_judge_each_measure (NrTestFilled  *f,
                                  gconstpointer  data)
{
  g_autofree char *full = nr_test_export_text (f->report, NR_EXPORT_PROFILE_FULL);
  g_autofree char *workshop = nr_test_export_text (f->report, NR_EXPORT_PROFILE_WORKSHOP);
  g_autofree char *public = nr_test_export_text (f->report, NR_EXPORT_PROFILE_PUBLIC);
  g_autoptr(GError) error = NULL;

  g_free (nr_report_add_record (f->report, "measures.register",
                                nr_test_measure_for ("WORKSHOP-measure regional drill", "exercise", "13h", "workshop"),
                                &error));
  g_assert_no_error (error);
  g_clear_pointer (&workshop, g_free);
  g_clear_pointer (&public, g_free);
  workshop = nr_test_export_text (f->report, NR_EXPORT_PROFILE_WORKSHOP);
  public = nr_test_export_text (f->report, NR_EXPORT_PROFILE_PUBLIC);

  nr_test_assert_contains (full, "INTERNAL-measure grid rules");
  nr_test_assert_contains (workshop, "PUBLIC-measure CSIRT decree");
  nr_test_assert_contains (workshop, "WORKSHOP-measure regional drill");
  nr_test_assert_lacks (workshop, "INTERNAL-measure");
  nr_test_assert_contains (public, "PUBLIC-measure Regulation 47/2023");
  nr_test_assert_lacks (public, "WORKSHOP-measure");
  nr_test_assert_lacks (public, "INTERNAL-measure");
  /* What the file says of the list is true of every measure in it. */
  nr_test_assert_contains (public, "<answer question=\"measures.register\" classification=\"public\"");
  nr_test_assert_contains (workshop, "<answer question=\"measures.register\" classification=\"workshop\"");
}

/* A measure with no classification of its own is internal. */
static void
test_unclassified_measure_is_internal (NrTestFilled  *f,
                                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *workshop = NULL;
  GVariantDict fields;

  g_variant_dict_init (&fields, NULL);
  g_variant_dict_insert (&fields, "title", "s", "UNCLASSIFIED-measure");
  g_free (nr_report_add_record (f->report, "measures.register", g_variant_dict_end (&fields), &error));
  g_assert_no_error (error);
  /* Whatever the list's own classification says. */
  g_assert_true (nr_report_set_classification (f->report, "measures.register", NR_CLASSIFICATION_PUBLIC, &error));

  workshop = nr_test_export_text (f->report, NR_EXPORT_PROFILE_WORKSHOP);
  nr_test_assert_lacks (workshop, "UNCLASSIFIED-measure");
}

/* A file that says it is a workshop export but holds an internal measure
 * was changed by hand: it is refused, naming the list and the record. */
static void
test_file_cannot_lift_a_measure (NrTestFilled  *f,
                                 gconstpointer  data)
{
  g_autofree char *workshop = nr_test_export_text (f->report, NR_EXPORT_PROFILE_WORKSHOP);
  g_autofree char *edited = nr_test_replace_once (workshop, "<choice>public</choice>", "<choice>internal</choice>");
  g_autoptr(GError) error = NULL;
  g_autoptr(NrDocument) document = parse (edited, &error);

  g_assert_no_error (error);
  g_assert_false (nr_document_check (document, "sent.xml", &error));
  g_assert_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_INVALID_VALUE);
  nr_test_assert_contains (error->message, "sent.xml");
  nr_test_assert_contains (error->message, "measures.register");
  nr_test_assert_contains (error->message, "record 1");
}

/* An agency contributing norm 13(h) sends the register too, and the
 * measures it adds there reach the focal point. */
static void
test_contribution_carries_the_register (NrTestFilled  *f,
                                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *norms[] = { "13h", NULL };
  NrExportOptions options = { NR_EXPORT_PROFILE_FULL, NULL, norms };
  g_autoptr(NrDocument) document = NULL;
  gboolean has_register = FALSE;

  document = nr_report_to_document (f->report, &options, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < document->answers->len; i++)
    {
      NrDocumentAnswer *answer = document->answers->pdata[i];

      has_register |= g_str_equal (answer->question_id, "measures.register") && answer->records->len == 3;
      g_assert_false (g_str_equal (answer->question_id, "context.strategy"));
    }
  g_assert_true (has_register);
}

static const char format_1_head[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<report xmlns=\"urn:normsreporter:report:1\" questionnaire=\"un-norms-2015\" questionnaire-version=\"1.2\">\n"
  "  <meta>\n"
  "    <report-id>3f0d2a4e-8c1b-4d6a-9e57-1a2b3c4d5e6f</report-id>\n"
  "    <revision-id>9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d</revision-id>\n"
  "    <generator version=\"0.1.0\">Norms Reporter</generator>\n"
  "    <exported>2025-11-30T10:00:00Z</exported>\n"
  "    <profile>full</profile>\n"
  "  </meta>\n"
  "  <answers>\n";

static const char format_1_measures[] =
  "    <answer question=\"13a.actions\" classification=\"public\" agency=\"BSSN\" modified=\"2025-11-30T09:00:00Z\">\n"
  "      <item id=\"national-strategy\" status=\"done\"/>\n"
  "      <item id=\"share-national-practice\" status=\"in-progress\"/>\n"
  "    </answer>\n"
  "    <answer question=\"13a.measures\" classification=\"public\" agency=\"BSSN\" modified=\"2025-11-30T09:00:00Z\">\n"
  "      <record id=\"0d6c1a52-7f0e-4b8e-b2f4-1c9b3e7a5d20\" position=\"1\" agency=\"BSSN\" modified=\"2025-11-30T09:00:00Z\">\n"
  "        <field id=\"agency\"><text>BSSN</text></field>\n"
  "        <field id=\"date\"><text>2023-07</text></field>\n"
  "        <field id=\"kind\"><choice>policy</choice></field>\n"
  "        <field id=\"title\"><text>Presidential Regulation 47/2023</text></field>\n"
  "      </record>\n"
  "    </answer>\n";

static const char tail[] = "  </answers>\n  <reviews/>\n</report>\n";

/* A file of format 1, answering questionnaire 1.2, validates and imports:
 * its measures of 13(a) into the register, linked to 13(a), and the action
 * version 2 dropped as an orphaned answer. */
static void
test_format_1_imports_into_the_register (void)
{
  g_autofree char *xml = g_strconcat (format_1_head, format_1_measures, tail, NULL);
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *xml_path = g_build_filename (dir, "sent.xml", NULL);
  g_autofree char *report_path = g_build_filename (dir, "imported.normsreport", NULL);
  g_autoptr(GFile) xml_file = g_file_new_for_path (xml_path);
  g_autoptr(GFile) report_file = g_file_new_for_path (report_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(NrDocument) document = parse (xml, &error);
  g_autoptr(NrReport) report = NULL;
  g_autoptr(GListModel) records = NULL;
  g_autoptr(NrRecord) record = NULL;
  g_autoptr(GVariant) status = NULL;
  g_auto(GStrv) orphans = NULL;
  const char *expected_orphans[] = { "13a.actions.share-national-practice", NULL };

  g_assert_no_error (error);
  g_assert_true (nr_document_check (document, "sent.xml", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (document->questionnaire_version, ==, "2");

  g_assert_true (g_file_set_contents (xml_path, xml, -1, NULL));
  report = nr_report_import (xml_file, report_file, &error);
  g_assert_no_error (error);
  records = nr_report_list_records (report, "measures.register");
  g_assert_cmpuint (g_list_model_get_n_items (records), ==, 1);
  record = g_list_model_get_item (records, 0);
  g_assert_cmpstr (nr_record_get_id (record), ==, "0d6c1a52-7f0e-4b8e-b2f4-1c9b3e7a5d20");
  g_assert_cmpstr (nr_record_get_text (record, "start"), ==, "2023-07");
  g_assert_cmpstr (nr_record_get_text (record, "classification"), ==, "public");
  orphans = nr_report_list_orphaned_answers (report);
  g_assert_cmpstrv (orphans, expected_orphans);
  status = nr_report_dup_value (report, "13a.actions.share-national-practice");
  g_assert_cmpstr (g_variant_get_string (status, NULL), ==, "in-progress");
  nr_report_close (report);
  nr_test_remove_tree (dir);
}

/* Format 1 has no lists of names: a file of format 1 that holds one is not
 * valid, whatever it claims. */
static void
test_format_1_holds_no_entries (void)
{
  g_autofree char *xml = g_strconcat (format_1_head,
    "    <answer question=\"context.strategy\" classification=\"public\" agency=\"BSSN\" modified=\"2025-11-30T09:00:00Z\">\n"
    "      <entry>BSSN</entry>\n"
    "    </answer>\n", tail, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(NrDocument) document = parse (xml, &error);

  g_assert_null (document);
  g_assert_error (error, NR_XML_ERROR, NR_XML_ERROR_INVALID);
  nr_test_assert_contains (error->message, "sent.xml");
}

/* A list in a file of format 2 is checked like any value: a link must be
 * one, an entry is given once, and there are not too many.  Messages name
 * the list, never an entry's words. */
static void
test_lists_checked (void)
{
  static const struct {
    const char *entries;
    const char *says;
  } bad[] = {
    { "<entry>https://bssn.go.id</entry><entry>zqjavascript:alert(1)</entry>", "web address" },
    { "<entry>https://bssn.go.id</entry><entry>https://bssn.go.id</entry>", "twice" },
    { "<entry>zq two words@example.org</entry>", "web address" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *xml = g_strdup_printf (
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<report xmlns=\"urn:normsreporter:report:2\" questionnaire=\"un-norms-2015\" questionnaire-version=\"2\">\n"
        "  <meta><report-id>3f0d2a4e-8c1b-4d6a-9e57-1a2b3c4d5e6f</report-id>"
        "<revision-id>9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d</revision-id>"
        "<generator version=\"0.1.0\">Norms Reporter</generator><exported>2025-11-30T10:00:00Z</exported>"
        "<profile>full</profile></meta>\n"
        "  <answers><answer question=\"measures.register\" classification=\"public\" agency=\"BSSN\" modified=\"2025-11-30T09:00:00Z\">"
        "<record id=\"0d6c1a52-7f0e-4b8e-b2f4-1c9b3e7a5d20\" position=\"1\" agency=\"BSSN\" modified=\"2025-11-30T09:00:00Z\">"
        "<field id=\"links\">%s</field></record></answer></answers>\n"
        "  <reviews/>\n</report>\n", bad[i].entries);
      g_autoptr(GError) error = NULL;
      g_autoptr(NrDocument) document = parse (xml, &error);

      g_assert_no_error (error);
      g_assert_false (nr_document_check (document, "sent.xml", &error));
      g_assert_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_INVALID_VALUE);
      nr_test_assert_contains (error->message, "measures.register");
      nr_test_assert_contains (error->message, bad[i].says);
      nr_test_assert_lacks (error->message, "zq");
    }
}

/* The same rules hold where a list is entered. */
static void
test_lists_checked_when_entered (NrTestFilled  *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GStrvBuilder) many = g_strv_builder_new ();
  g_auto(GStrv) entries = NULL;
  GVariantDict fields;

  for (guint i = 0; i <= NR_LIST_MAX_ENTRIES; i++)
    {
      g_autofree char *name = g_strdup_printf ("Partner %u", i);

      g_strv_builder_add (many, name);
    }
  entries = g_strv_builder_end (many);
  g_variant_dict_init (&fields, NULL);
  g_variant_dict_insert_value (&fields, "partners", g_variant_new_strv ((const char * const *) entries, -1));
  g_assert_null (nr_report_add_record (f->report, "measures.register", g_variant_dict_end (&fields), &error));
  g_assert_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_INVALID_VALUE);
  g_clear_error (&error);

  /* Names are normalised as they are entered, as every text is: a control
   * character becomes the replacement character, not nothing. */
  {
    const char *control[] = { "UNODC\x07", NULL };
    const char *expected[] = { "UNODC\xEF\xBF\xBD", NULL };
    g_autoptr(GListModel) records = NULL;
    g_autoptr(NrRecord) record = NULL;
    g_autoptr(GVariant) partners = NULL;
    g_autofree const char **read = NULL;

    g_variant_dict_init (&fields, NULL);
    g_variant_dict_insert_value (&fields, "partners", g_variant_new_strv (control, -1));
    g_free (nr_report_add_record (f->report, "measures.register", g_variant_dict_end (&fields), &error));
    g_assert_no_error (error);
    records = nr_report_list_records (f->report, "measures.register");
    record = g_list_model_get_item (records, g_list_model_get_n_items (records) - 1);
    partners = g_variant_lookup_value (nr_record_get_fields (record), "partners", G_VARIANT_TYPE_STRING_ARRAY);
    read = g_variant_get_strv (partners, NULL);
    g_assert_cmpstrv (read, expected);
  }
  /* A name that is only white space is none. */
  {
    const char *blank[] = { "UNODC", " \t ", NULL };

    g_variant_dict_init (&fields, NULL);
    g_variant_dict_insert_value (&fields, "agencies", g_variant_new_strv (blank, -1));
    g_assert_null (nr_report_add_record (f->report, "measures.register", g_variant_dict_end (&fields), &error));
    g_assert_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_INVALID_VALUE);
    nr_test_assert_contains (error->message, "Entry 2");
    g_clear_error (&error);
  }
  {
    const char *links[] = { "https://unodc.org/cybercrime", "mailto:cert@example.org", "cert@example.org", NULL };

    g_variant_dict_init (&fields, NULL);
    g_variant_dict_insert_value (&fields, "links", g_variant_new_strv (links, -1));
    g_free (nr_report_add_record (f->report, "measures.register", g_variant_dict_end (&fields), &error));
    g_assert_no_error (error);
  }
}

/* A measure names the practical actions it serves among every norm's: the
 * register offers each action of each checklist, by norm and action. */
static void
test_actions_served (NrTestFilled  *f,
                     gconstpointer  data)
{
  NrQuestionnaire *questionnaire = nr_report_get_questionnaire (f->report);
  NrQuestion *actions = nr_question_lookup_field (nr_questionnaire_lookup_question (questionnaire,
                                                                                    "measures.register"),
                                                 "actions");
  GListModel *norms = nr_questionnaire_get_norms (questionnaire);
  NrChoice *cert;
  guint n_items = 0;
  g_autoptr(GError) error = NULL;
  GVariantDict fields;
  const char *served[] = { "13h-national-cert", "13k-cert-mandate", NULL };
  const char *unknown[] = { "13h-no-such-action", NULL };

  for (guint i = 0; i < g_list_model_get_n_items (norms); i++)
    {
      g_autoptr(NrNorm) norm = g_list_model_get_item (norms, i);
      g_autofree char *id = g_strdup_printf ("%s.actions", nr_norm_get_id (norm));

      n_items += g_list_model_get_n_items (nr_question_get_items (nr_questionnaire_lookup_question (questionnaire,
                                                                                                   id)));
    }
  g_assert_cmpint (nr_question_get_kind (actions), ==, NR_QUESTION_KIND_MULTIPLE_CHOICE);
  g_assert_true (nr_question_get_choices_are_actions (actions));
  g_assert_false (nr_question_get_choices_are_actions (nr_question_lookup_field (
    nr_questionnaire_lookup_question (questionnaire, "measures.register"), "norms")));
  g_assert_cmpuint (g_list_model_get_n_items (nr_question_get_choices (actions)), ==, n_items);
  cert = nr_question_lookup_choice (actions, "13h-national-cert");
  g_assert_nonnull (cert);
  g_assert_true (g_str_has_prefix (nr_choice_get_label (cert), "13 (h) "));
  nr_test_assert_contains (nr_choice_get_rests_on (cert), "13 (h)");

  g_variant_dict_init (&fields, NULL);
  g_variant_dict_insert (&fields, "title", "s", "ThaiCERT");
  g_variant_dict_insert_value (&fields, "actions", g_variant_new_strv (served, -1));
  g_free (nr_report_add_record (f->report, "measures.register", g_variant_dict_end (&fields), &error));
  g_assert_no_error (error);

  g_variant_dict_init (&fields, NULL);
  g_variant_dict_insert_value (&fields, "actions", g_variant_new_strv (unknown, -1));
  g_assert_null (nr_report_add_record (f->report, "measures.register", g_variant_dict_end (&fields), &error));
  g_assert_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_INVALID_VALUE);
}

/* Links are web or e-mail addresses, and nothing else. */
static void
test_link_shapes (void)
{
  const char *good[] = { "https://bssn.go.id/strategi?x=1&y=2", "http://example.org", "cert@bssn.go.id",
                         "mailto:cert@bssn.go.id" };
  const char *bad[] = { "", "https://", "https:///path", "ftp://example.org", "javascript:alert(1)",
                        "bssn.go.id", "cert@", "@bssn.go.id", "cert@bssn", "a b@example.org",
                        "https://example.org/a b", "cert@@example.org" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    if (!nr_link_is_valid (good[i]))
      g_error ("“%s” is refused as a link", good[i]);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    if (nr_link_is_valid (bad[i]))
      g_error ("“%s” is taken for a link", bad[i]);
}

int
main (int   argc,
      char *argv[])
{
  nr_test_init (&argc, &argv);

  g_test_add ("/register/profiles-judge-each-measure", NrTestFilled, NULL, nr_test_filled_set_up,
              test_profiles_judge_each_measure, nr_test_filled_tear_down);
  g_test_add ("/register/unclassified-measure-is-internal", NrTestFilled, NULL, nr_test_filled_set_up,
              test_unclassified_measure_is_internal, nr_test_filled_tear_down);
  g_test_add ("/register/file-cannot-lift-a-measure", NrTestFilled, NULL, nr_test_filled_set_up,
              test_file_cannot_lift_a_measure, nr_test_filled_tear_down);
  g_test_add ("/register/contribution-carries-the-register", NrTestFilled, NULL, nr_test_filled_set_up,
              test_contribution_carries_the_register, nr_test_filled_tear_down);
  g_test_add ("/register/lists-checked-when-entered", NrTestFilled, NULL, nr_test_filled_set_up,
              test_lists_checked_when_entered, nr_test_filled_tear_down);
  g_test_add ("/register/actions-served", NrTestFilled, NULL, nr_test_filled_set_up,
              test_actions_served, nr_test_filled_tear_down);
  g_test_add_func ("/register/format-1-imports-into-the-register", test_format_1_imports_into_the_register);
  g_test_add_func ("/register/format-1-holds-no-entries", test_format_1_holds_no_entries);
  g_test_add_func ("/register/lists-checked", test_lists_checked);
  g_test_add_func ("/register/link-shapes", test_link_shapes);

  return g_test_run ();
}
