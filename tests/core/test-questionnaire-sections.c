/* test-questionnaire-sections.c: the built-in questionnaire has the parts
 * real national reports have (version 1.2): an introduction, the threat
 * picture, international law by topic, treaties, capacity-building both
 * ways, lessons learned, the cross-cutting themes and points of contact as
 * the directories define them; and it maps every question onto the parts of
 * UNIDIR's National Survey. */
#include "config.h"

#include "nr-core.h"
#include "nr-xml.h"
#include "nr-test-util.h"
#include "nr-test-report.h"

typedef struct {
  const char     *id;
  NrQuestionKind  kind;
} Expected;

static void
assert_choices (NrQuestion         *question,
                const char * const *values)
{
  for (guint i = 0; values[i] != NULL; i++)
    if (nr_question_lookup_choice (question, values[i]) == NULL)
      g_error ("%s offers no choice “%s”", nr_question_get_id (question), values[i]);
}

static void
assert_fields (NrQuestion     *question,
               const Expected *fields,
               gsize           n_fields)
{
  g_assert_cmpint (nr_question_get_kind (question), ==, NR_QUESTION_KIND_RECORDS);
  for (gsize i = 0; i < n_fields; i++)
    {
      NrQuestion *field = nr_question_lookup_field (question, fields[i].id);

      if (field == NULL)
        g_error ("%s has no field “%s”", nr_question_get_id (question), fields[i].id);
      g_assert_cmpint (nr_question_get_kind (field), ==, fields[i].kind);
    }
}

static void
test_sections_in_order (void)
{
  g_autoptr(NrQuestionnaire) questionnaire = nr_test_load_builtin ();
  GListModel *sections = nr_questionnaire_get_sections (questionnaire);
  const char *expected[] = { "report", "introduction", "context", "measures", "threats", "international-law",
                             "norms", "instruments", "cbms", "capacity-building", "lessons",
                             "cross-cutting", "evidence", "contacts" };

  g_assert_cmpstr (nr_questionnaire_get_version (questionnaire), ==, "2");
  g_assert_cmpuint (g_list_model_get_n_items (sections), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(NrSection) section = g_list_model_get_item (sections, i);

      g_assert_cmpstr (nr_section_get_id (section), ==, expected[i]);
      g_assert_nonnull (nr_section_get_help (section));
      /* Only the points of contact can be left out of an export. */
      g_assert_cmpint (nr_section_is_separable (section), ==, g_str_equal (expected[i], "contacts"));
    }
}

static void
test_new_questions (void)
{
  g_autoptr(NrQuestionnaire) questionnaire = nr_test_load_builtin ();
  static const struct {
    const char     *id;
    NrQuestionKind  kind;
    const char     *section;
  } questions[] = {
    { "introduction.commitment", NR_QUESTION_KIND_LONG_TEXT, "introduction" },
    { "threats.assessment", NR_QUESTION_KIND_LONG_TEXT, "threats" },
    { "intl-law.topics", NR_QUESTION_KIND_RECORDS, "international-law" },
    { "instruments.list", NR_QUESTION_KIND_RECORDS, "instruments" },
    { "capacity.activities", NR_QUESTION_KIND_RECORDS, "capacity-building" },
    { "lessons.good-practices", NR_QUESTION_KIND_LONG_TEXT, "lessons" },
    { "gender.perspective", NR_QUESTION_KIND_LONG_TEXT, "cross-cutting" },
    { "stakeholders.engagement", NR_QUESTION_KIND_LONG_TEXT, "cross-cutting" },
    { "regional.implementation", NR_QUESTION_KIND_LONG_TEXT, "cross-cutting" },
    { "further.views", NR_QUESTION_KIND_LONG_TEXT, "cross-cutting" },
    /* What was there keeps its place. */
    { "capacity.needs", NR_QUESTION_KIND_LONG_TEXT, "capacity-building" },
    { "capacity.offers", NR_QUESTION_KIND_LONG_TEXT, "capacity-building" },
    { "capacity.programmes", NR_QUESTION_KIND_RECORDS, "capacity-building" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (questions); i++)
    {
      NrQuestion *question = nr_questionnaire_lookup_question (questionnaire, questions[i].id);

      if (question == NULL)
        g_error ("no question “%s”", questions[i].id);
      g_assert_cmpint (nr_question_get_kind (question), ==, questions[i].kind);
      g_assert_cmpstr (nr_question_get_section_id (question), ==, questions[i].section);
      g_assert_null (nr_question_get_norm_id (question));
      g_assert_nonnull (nr_question_get_help (question));
    }
  g_assert_cmpstr (nr_question_get_label (nr_questionnaire_lookup_question (questionnaire, "further.views")),
                   ==, "Views on further norms or measures");
}

static void
test_new_records (void)
{
  g_autoptr(NrQuestionnaire) questionnaire = nr_test_load_builtin ();
  NrQuestion *topics = nr_questionnaire_lookup_question (questionnaire, "intl-law.topics");
  NrQuestion *instruments = nr_questionnaire_lookup_question (questionnaire, "instruments.list");
  NrQuestion *activities = nr_questionnaire_lookup_question (questionnaire, "capacity.activities");
  static const Expected topic_fields[] = {
    { "topic", NR_QUESTION_KIND_SINGLE_CHOICE }, { "stance", NR_QUESTION_KIND_LONG_TEXT },
    { "link", NR_QUESTION_KIND_URL }, { "language", NR_QUESTION_KIND_SHORT_TEXT },
  };
  static const Expected instrument_fields[] = {
    { "instrument", NR_QUESTION_KIND_SINGLE_CHOICE }, { "title", NR_QUESTION_KIND_SHORT_TEXT },
    { "status", NR_QUESTION_KIND_SINGLE_CHOICE }, { "date", NR_QUESTION_KIND_DATE },
    { "link", NR_QUESTION_KIND_URL },
  };
  static const Expected activity_fields[] = {
    { "direction", NR_QUESTION_KIND_SINGLE_CHOICE }, { "partner", NR_QUESTION_KIND_SHORT_TEXT },
    { "area", NR_QUESTION_KIND_SINGLE_CHOICE }, { "form", NR_QUESTION_KIND_SINGLE_CHOICE },
    { "amount", NR_QUESTION_KIND_SHORT_TEXT }, { "start", NR_QUESTION_KIND_DATE },
    { "end", NR_QUESTION_KIND_DATE }, { "status", NR_QUESTION_KIND_SINGLE_CHOICE },
    { "norms", NR_QUESTION_KIND_MULTIPLE_CHOICE },
  };
  const char *topic_values[] = { "sovereignty", "non-intervention", "use-of-force",
                                 "international-humanitarian-law", "state-responsibility",
                                 "due-diligence", "human-rights-law", "peaceful-settlement",
                                 "other", NULL };
  const char *instrument_values[] = { "budapest-convention", "un-cybercrime-convention", "regional",
                                      "bilateral", "other", NULL };
  const char *instrument_statuses[] = { "signed", "ratified", "acceded", "under-consideration", NULL };
  const char *directions[] = { "received", "provided", "needed", NULL };
  const char *forms[] = { "training", "equipment", "funding", "advice", "exercise", "other", NULL };
  const char *statuses[] = { "planned", "ongoing", "completed", NULL };
  const char *areas[] = { "incident-response", "technical-training", NULL };
  const char *norms[] = { "13a", "13k", NULL };

  assert_fields (topics, topic_fields, G_N_ELEMENTS (topic_fields));
  assert_choices (nr_question_lookup_field (topics, "topic"), topic_values);
  assert_fields (instruments, instrument_fields, G_N_ELEMENTS (instrument_fields));
  assert_choices (nr_question_lookup_field (instruments, "instrument"), instrument_values);
  assert_choices (nr_question_lookup_field (instruments, "status"), instrument_statuses);
  nr_test_assert_contains (nr_question_format_choice (nr_question_lookup_field (instruments, "instrument"),
                                                      "un-cybercrime-convention"),
                           "Hanoi, October 2025");
  assert_fields (activities, activity_fields, G_N_ELEMENTS (activity_fields));
  assert_choices (nr_question_lookup_field (activities, "direction"), directions);
  assert_choices (nr_question_lookup_field (activities, "form"), forms);
  assert_choices (nr_question_lookup_field (activities, "status"), statuses);
  assert_choices (nr_question_lookup_field (activities, "area"), areas);
  assert_choices (nr_question_lookup_field (activities, "norms"), norms);
}

static void
test_contacts_as_directories_define_them (void)
{
  g_autoptr(NrQuestionnaire) questionnaire = nr_test_load_builtin ();
  NrQuestion *contacts = nr_questionnaire_lookup_question (questionnaire, "contacts.list");
  static const Expected fields[] = {
    /* Those of 1.1 stay. */
    { "type", NR_QUESTION_KIND_SINGLE_CHOICE }, { "name", NR_QUESTION_KIND_SHORT_TEXT },
    { "position", NR_QUESTION_KIND_SHORT_TEXT }, { "institution", NR_QUESTION_KIND_SHORT_TEXT },
    { "email", NR_QUESTION_KIND_EMAIL }, { "phone", NR_QUESTION_KIND_SHORT_TEXT },
    { "languages", NR_QUESTION_KIND_SHORT_TEXT },
    { "holder", NR_QUESTION_KIND_SINGLE_CHOICE }, { "directories", NR_QUESTION_KIND_MULTIPLE_CHOICE },
    { "nominated", NR_QUESTION_KIND_DATE }, { "verified", NR_QUESTION_KIND_DATE },
    { "norms", NR_QUESTION_KIND_MULTIPLE_CHOICE }, { "address", NR_QUESTION_KIND_LONG_TEXT },
  };
  const char *types[] = { "diplomatic", "technical", "policy", "law-enforcement-24-7",
                          "mla-central-authority", "cert-intake", "vulnerability-reporting", NULL };
  const char *holders[] = { "person", "office", NULL };
  const char *directories[] = { "un-poc-directory", "arf", "budapest-24-7", "un-convention-24-7",
                                "apcert", "first", "other", NULL };

  g_assert_cmpstr (nr_question_get_section_id (contacts), ==, "contacts");
  assert_fields (contacts, fields, G_N_ELEMENTS (fields));
  assert_choices (nr_question_lookup_field (contacts, "type"), types);
  assert_choices (nr_question_lookup_field (contacts, "holder"), holders);
  assert_choices (nr_question_lookup_field (contacts, "directories"), directories);
  nr_test_assert_contains (nr_question_get_help (nr_question_lookup_field (contacts, "name")),
                           "functional office");
}

/* The new contact fields live in the separable section: a public export
 * leaves them out with the rest of the points of contact. */
static void
test_public_export_leaves_new_contact_fields_out (void)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autoptr(NrReport) report = nr_test_create_report (dir, "national.normsreport");
  g_autoptr(GError) error = NULL;
  g_autofree char *public = NULL;
  g_autofree char *full = NULL;
  const char *directories[] = { "un-poc-directory", "budapest-24-7", NULL };
  GVariantDict contact;

  g_variant_dict_init (&contact, NULL);
  g_variant_dict_insert (&contact, "type", "s", "law-enforcement-24-7");
  g_variant_dict_insert (&contact, "holder", "s", "office");
  g_variant_dict_insert_value (&contact, "directories", g_variant_new_strv (directories, -1));
  g_variant_dict_insert (&contact, "verified", "s", "2026-03-02");
  g_variant_dict_insert (&contact, "address", "s", "CONTACT-address Jalan Harsono 70");
  g_free (nr_report_add_record (report, "contacts.list", g_variant_dict_end (&contact), &error));
  g_assert_no_error (error);
  g_assert_true (nr_report_set_classification (report, "contacts.list", NR_CLASSIFICATION_PUBLIC, &error));
  g_assert_no_error (error);

  full = nr_test_export_text (report, NR_EXPORT_PROFILE_FULL);
  nr_test_assert_contains (full, "CONTACT-address");
  nr_test_assert_contains (full, "budapest-24-7");
  public = nr_test_export_text (report, NR_EXPORT_PROFILE_PUBLIC);
  nr_test_assert_lacks (public, "contacts.list");
  nr_test_assert_lacks (public, "CONTACT-address");
  nr_test_assert_lacks (public, "budapest-24-7");
  nr_test_assert_lacks (public, "law-enforcement-24-7");

  nr_report_close (report);
  nr_test_remove_tree (dir);
}

/* Every question of international law, the norms, the confidence-building
 * measures (with the points of contact, which the survey asks about there)
 * and capacity-building names its part of UNIDIR's National Survey. */
static void
test_unidir_parts (void)
{
  g_autoptr(NrQuestionnaire) questionnaire = nr_test_load_builtin ();
  GListModel *questions = nr_questionnaire_get_questions (questionnaire);
  static const struct {
    const char *section;
    const char *part;
  } parts[] = {
    { "international-law", "I" }, { "measures", "II" }, { "norms", "II" }, { "instruments", "II" },
    { "cbms", "III" }, { "contacts", "III" }, { "capacity-building", "IV" },
  };
  guint n_checked = 0;

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(NrQuestion) question = g_list_model_get_item (questions, i);
      const char *section = nr_question_get_section_id (question);
      const char *expected = NULL;

      for (guint j = 0; j < G_N_ELEMENTS (parts); j++)
        if (g_str_equal (section, parts[j].section))
          expected = parts[j].part;
      if (g_strcmp0 (nr_question_get_unidir_part (question), expected) != 0)
        g_error ("%s is in part %s of the survey, not %s", nr_question_get_id (question),
                 expected != NULL ? expected : "(none)",
                 nr_question_get_unidir_part (question) != NULL ? nr_question_get_unidir_part (question) : "(none)");
      if (expected != NULL)
        n_checked++;
    }
  /* The 11 norms alone hold far more than this. */
  g_assert_cmpuint (n_checked, >, 80);
}

/* The loader reads the part as written; a question without one has none,
 * and a part the survey does not have is refused. */
static void
test_unidir_part_read (void)
{
  static const char xml[] =
    "<?xml version=\"1.0\"?>\n"
    "<questionnaire xmlns=\"urn:normsreporter:questionnaire:1\" id=\"t\" version=\"1\">\n"
    "<title>T</title>\n"
    "<section id=\"a\"><title>A</title>\n"
    "<question id=\"a.law\" kind=\"long-text\" unidir-part=\"I\"><label>L</label></question>\n"
    "<question id=\"a.plain\" kind=\"long-text\"><label>P</label></question>\n"
    "</section></questionnaire>\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, sizeof xml - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(NrQuestionnaire) questionnaire = nr_questionnaire_new_from_bytes (bytes, "t.xml", &error);
  g_autofree char *bad = NULL;
  g_autoptr(GBytes) bad_bytes = NULL;
  g_autoptr(NrQuestionnaire) refused = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (nr_question_get_unidir_part (nr_questionnaire_lookup_question (questionnaire, "a.law")),
                   ==, "I");
  g_assert_null (nr_question_get_unidir_part (nr_questionnaire_lookup_question (questionnaire, "a.plain")));

  bad = nr_test_replace_once (xml, "unidir-part=\"I\"", "unidir-part=\"V\"");
  bad_bytes = g_bytes_new (bad, strlen (bad));
  refused = nr_questionnaire_new_from_bytes (bad_bytes, "bad.xml", &error);
  g_assert_null (refused);
  g_assert_error (error, NR_XML_ERROR, NR_XML_ERROR_INVALID);
  nr_test_assert_contains (error->message, "bad.xml");
}

/* A field's text is looked up with its id as message context, so two fields
 * with the same id and the same label are one message for translators: they
 * must mean the same thing.  Their kind is the check a program can make (a
 * legal "position" as a long text beside a job "position" as a short one was
 * one message, translated as a job title in both). */
static void
test_shared_field_texts_mean_one_thing (void)
{
  g_autoptr(NrQuestionnaire) questionnaire = nr_test_load_builtin ();
  GListModel *questions = nr_questionnaire_get_questions (questionnaire);
  g_autoptr(GHashTable) kinds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) owners = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(NrQuestion) question = g_list_model_get_item (questions, i);
      GListModel *fields = nr_question_get_fields (question);

      for (guint j = 0; fields != NULL && j < g_list_model_get_n_items (fields); j++)
        {
          g_autoptr(NrQuestion) field = g_list_model_get_item (fields, j);
          char *key = g_strdup_printf ("%s\x1f%s", nr_question_get_id (field), nr_question_get_label (field));
          gpointer kind;

          if (g_hash_table_lookup_extended (kinds, key, NULL, &kind) &&
              GPOINTER_TO_INT (kind) != (int) nr_question_get_kind (field))
            g_error ("the field “%s” (“%s”) of %s and of %s is one message for translators but two kinds of answer",
                     nr_question_get_id (field), nr_question_get_label (field),
                     (const char *) g_hash_table_lookup (owners, key), nr_question_get_id (question));
          g_hash_table_replace (owners, g_strdup (key), g_strdup (nr_question_get_id (question)));
          g_hash_table_replace (kinds, key, GINT_TO_POINTER (nr_question_get_kind (field)));
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  nr_test_init (&argc, &argv);

  g_test_add_func ("/questionnaire-sections/in-order", test_sections_in_order);
  g_test_add_func ("/questionnaire-sections/new-questions", test_new_questions);
  g_test_add_func ("/questionnaire-sections/new-records", test_new_records);
  g_test_add_func ("/questionnaire-sections/contacts", test_contacts_as_directories_define_them);
  g_test_add_func ("/questionnaire-sections/public-export-leaves-contacts-out",
                   test_public_export_leaves_new_contact_fields_out);
  g_test_add_func ("/questionnaire-sections/unidir-parts", test_unidir_parts);
  g_test_add_func ("/questionnaire-sections/unidir-part-read", test_unidir_part_read);
  g_test_add_func ("/questionnaire-sections/shared-field-texts", test_shared_field_texts_mean_one_thing);

  return g_test_run ();
}
