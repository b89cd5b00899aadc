/* nr-test-report.c: reports filled for tests, with every kind of answer,
 * every classification and texts that are hard to carry intact. */
#include "config.h"

#include "nr-test-report.h"
#include "nr-test-util.h"

/* The built-in questionnaire, which must load. */
NrQuestionnaire *
nr_test_load_builtin (void)
{
  g_autoptr(GError) error = NULL;
  NrQuestionnaire *questionnaire = nr_questionnaire_load_builtin (NR_QUESTIONNAIRE_DEFAULT_ID,
                                                                  &error);

  g_assert_no_error (error);
  g_assert_nonnull (questionnaire);
  return questionnaire;
}

NrReport *
nr_test_create_report (const char *dir,
                       const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrQuestionnaire) questionnaire = nr_questionnaire_load_builtin (NR_QUESTIONNAIRE_DEFAULT_ID,
                                                                            &error);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  NrReport *report;

  g_assert_no_error (error);
  report = nr_report_create (file, questionnaire, &error);
  g_assert_no_error (error);
  nr_report_set_author (report, "Siti Rahma");
  nr_report_set_agency (report, "BSSN");
  return report;
}

/* A closed report at @path for @state, with one internal answer: 13a's
 * status, "planned". */
void
nr_test_write_small_report (const char *path,
                            const char *state)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *name = g_path_get_basename (path);
  g_autoptr(NrReport) report = nr_test_create_report (dir, name);
  g_autoptr(GError) error = NULL;

  g_assert_true (nr_report_set_metadata (report, NR_META_STATE, state, &error));
  g_assert_true (nr_report_set_text (report, "13a.status", "planned", &error));
  g_assert_no_error (error);
  nr_report_close (report);
}

/* A measure of the register serving @norm_id, classified @classification,
 * with two agencies (a list of names) and a link with markup characters. */
GVariant *
nr_test_measure_for (const char *title,
                     const char *kind,
                     const char *norm_id,
                     const char *classification)
{
  const char *agencies[] = { "BSSN", "Kementerian Luar Negeri, Direktorat KIPS", NULL };
  const char *links[] = { "https://example.org/a?b=1&c=\"2\"", NULL };
  const char *norms[] = { norm_id, NULL };
  GVariantDict dict;

  g_variant_dict_init (&dict, NULL);
  g_variant_dict_insert (&dict, "title", "s", title);
  g_variant_dict_insert (&dict, "kind", "s", kind);
  g_variant_dict_insert (&dict, "start", "s", "2024-10");
  g_variant_dict_insert_value (&dict, "agencies", g_variant_new_strv (agencies, -1));
  g_variant_dict_insert_value (&dict, "links", g_variant_new_strv (links, -1));
  g_variant_dict_insert_value (&dict, "norms", g_variant_new_strv (norms, -1));
  g_variant_dict_insert (&dict, "classification", "s", classification);
  return g_variant_dict_end (&dict);
}

/* A public measure of the register serving 13(a). */
GVariant *
nr_test_measure (const char *title,
                 const char *kind)
{
  return nr_test_measure_for (title, kind, "13a", "public");
}

/* Every kind of answer, each classification, markers that tests search for
 * (PUBLIC-…, WORKSHOP-…, INTERNAL-…), and text with markup characters,
 * carriage returns, tabs and several scripts. */
void
nr_test_fill_report (NrReport *report)
{
  g_autoptr(GError) error = NULL;
  const char *needs[] = { "incident-response", "technical-training", NULL };
  const char *regional[] = { "asean-regional-forum", NULL };
  GVariantDict contact;
  GVariantDict document;
  const char *norms[] = { "13a", "13g", NULL };

  g_assert_true (nr_report_set_metadata (report, NR_META_STATE, "ID", &error));
  g_assert_true (nr_report_set_metadata (report, NR_META_LANGUAGE, "id", &error));
  g_assert_true (nr_report_set_metadata (report, NR_META_PERIOD_START, "2025-01-01", &error));
  g_assert_true (nr_report_set_metadata (report, NR_META_PERIOD_END, "2025-12-31", &error));
  g_assert_true (nr_report_set_metadata (report, NR_META_PREPARING_AGENCY, "BSSN", &error));

  g_assert_true (nr_report_set_text (report, "report.focal-point", "PUBLIC-focal Directorate", &error));
  g_assert_true (nr_report_set_classification (report, "report.focal-point", NR_CLASSIFICATION_PUBLIC, &error));
  g_assert_true (nr_report_set_text (report, "report.submission-date", "2025-11-30", &error));
  g_assert_true (nr_report_set_classification (report, "report.submission-date", NR_CLASSIFICATION_PUBLIC, &error));
  g_assert_true (nr_report_set_text (report, "context.strategy",
                                     "PUBLIC-strategy <b>bold</b> & \"quoted\" 'single'\r\n"
                                     "\tTabbed line; Chiến lược an ninh mạng; ยุทธศาสตร์\n\n  trailing  ",
                                     &error));
  g_assert_true (nr_report_set_classification (report, "context.strategy", NR_CLASSIFICATION_PUBLIC, &error));
  g_assert_true (nr_report_set_text (report, "context.strategy-url", "https://bssn.go.id/strategi?x=1&y=2", &error));
  g_assert_true (nr_report_set_classification (report, "context.strategy-url", NR_CLASSIFICATION_WORKSHOP, &error));
  g_assert_true (nr_report_set_text (report, "report.focal-point-email", "INTERNAL-mail@kemlu.go.id", &error));

  g_assert_true (nr_report_set_text (report, "13a.status", "in-progress", &error));
  g_assert_true (nr_report_set_classification (report, "13a.status", NR_CLASSIFICATION_PUBLIC, &error));
  g_assert_true (nr_report_set_text (report, "13b.status", "withheld", &error));
  g_assert_true (nr_report_set_choices (report, "13a.capacity-needs", needs, &error));
  g_assert_true (nr_report_set_classification (report, "13a.capacity-needs", NR_CLASSIFICATION_WORKSHOP, &error));
  g_assert_true (nr_report_set_choices (report, "cbms.regional", regional, &error));
  g_assert_true (nr_report_set_classification (report, "cbms.regional", NR_CLASSIFICATION_PUBLIC, &error));
  g_assert_true (nr_report_set_checklist_status (report, "13a.actions", "national-strategy", "done", &error));
  g_assert_true (nr_report_set_checklist_status (report, "13a.actions", "crisis-management", "in-progress", &error));
  g_assert_true (nr_report_set_text (report, "13a.challenges", "WORKSHOP-challenges: few staff.", &error));
  g_assert_true (nr_report_set_classification (report, "13a.challenges", NR_CLASSIFICATION_WORKSHOP, &error));
  g_assert_true (nr_report_set_text (report, "13g.challenges", "INTERNAL-challenges: grid operators.", &error));

  g_free (nr_report_add_record (report, "measures.register", nr_test_measure ("PUBLIC-measure Regulation 47/2023", "policy"), &error));
  g_free (nr_report_add_record (report, "measures.register", nr_test_measure ("PUBLIC-measure CSIRT decree", "legislation"), &error));
  g_free (nr_report_add_record (report, "measures.register",
                                nr_test_measure_for ("INTERNAL-measure grid rules", "practice", "13g", "internal"),
                                &error));
  g_assert_true (nr_report_set_text (report, "13c.commitment", "stated-publicly", &error));
  g_assert_true (nr_report_set_classification (report, "13c.commitment", NR_CLASSIFICATION_PUBLIC, &error));
  {
    GVariantDict statement;

    g_variant_dict_init (&statement, NULL);
    g_variant_dict_insert (&statement, "text", "s", "PUBLIC-statement: consistent with the agreed norms, we do not knowingly allow our territory to be used for internationally wrongful acts using ICTs.");
    g_variant_dict_insert (&statement, "date", "s", "2024-07");
    g_variant_dict_insert (&statement, "forum", "s", "Open-ended Working Group");
    g_free (nr_report_add_record (report, "13c.statements", g_variant_dict_end (&statement), &error));
    g_assert_true (nr_report_set_classification (report, "13c.statements", NR_CLASSIFICATION_PUBLIC, &error));
  }

  g_variant_dict_init (&contact, NULL);
  g_variant_dict_insert (&contact, "type", "s", "technical");
  g_variant_dict_insert (&contact, "name", "s", "CONTACT-duty officer");
  g_variant_dict_insert (&contact, "email", "s", "duty@idsirtii.example");
  g_free (nr_report_add_record (report, "contacts.list", g_variant_dict_end (&contact), &error));
  g_assert_true (nr_report_set_classification (report, "contacts.list", NR_CLASSIFICATION_PUBLIC, &error));

  g_variant_dict_init (&document, NULL);
  g_variant_dict_insert (&document, "title", "s", "PUBLIC-document Cyber Law");
  g_variant_dict_insert (&document, "kind", "s", "law");
  g_variant_dict_insert_value (&document, "norms", g_variant_new_strv (norms, -1));
  g_free (nr_report_add_record (report, "evidence.documents", g_variant_dict_end (&document), &error));
  /* A multiple choice with a single choice reads back as one <choice>. */
  {
    const char *one_norm[] = { "13j", NULL };

    g_variant_dict_init (&document, NULL);
    g_variant_dict_insert (&document, "title", "s", "PUBLIC-document Disclosure Policy");
    g_variant_dict_insert_value (&document, "norms", g_variant_new_strv (one_norm, -1));
    g_free (nr_report_add_record (report, "evidence.documents", g_variant_dict_end (&document), &error));
    g_assert_true (nr_report_set_choices (report, "13j.capacity-needs", one_norm[0] != NULL
                                          ? (const char *[]) { "awareness-raising", NULL } : NULL,
                                          &error));
  }
  g_assert_true (nr_report_set_classification (report, "evidence.documents", NR_CLASSIFICATION_PUBLIC, &error));

  g_assert_true (nr_report_set_review_state (report, "13a", NR_REVIEW_STATE_CLEARED, &error));
  g_assert_true (nr_report_set_review_state (report, "13b", NR_REVIEW_STATE_READY, &error));
  g_assert_no_error (error);
}

/* A submission of @state for @year, answering 13a's status and challenges
 * and 13g's status, for workshops, exported as @state-@year.xml into @dir;
 * returns its path.  The report file stays beside it as
 * @state-@year.normsreport. */
char *
nr_test_write_submission (const char *dir,
                          const char *state,
                          const char *year,
                          const char *status_13a,
                          const char *challenges_13a)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("%s-%s.normsreport", state, year);
  g_autofree char *xml_name = g_strdup_printf ("%s-%s.xml", state, year);
  g_autofree char *start = g_strdup_printf ("%s-01-01", year);
  g_autofree char *end = g_strdup_printf ("%s-12-31", year);
  char *xml = g_build_filename (dir, xml_name, NULL);
  g_autoptr(GFile) xml_file = g_file_new_for_path (xml);
  g_autoptr(NrReport) report = nr_test_create_report (dir, name);
  const char *shared[] = { "13a.status", "13a.challenges", "13g.status" };

  g_assert_true (nr_report_set_metadata (report, NR_META_STATE, state, &error));
  g_assert_true (nr_report_set_metadata (report, NR_META_PERIOD_START, start, &error));
  g_assert_true (nr_report_set_metadata (report, NR_META_PERIOD_END, end, &error));
  g_assert_true (nr_report_set_text (report, "13a.status", status_13a, &error));
  g_assert_true (nr_report_set_text (report, "13a.challenges", challenges_13a, &error));
  g_assert_true (nr_report_set_text (report, "13g.status", "planned", &error));
  for (guint i = 0; i < G_N_ELEMENTS (shared); i++)
    g_assert_true (nr_report_set_classification (report, shared[i], NR_CLASSIFICATION_WORKSHOP, &error));
  g_assert_true (nr_report_export (report, xml_file, NULL, &error));
  g_assert_no_error (error);
  return xml;
}

void
nr_test_filled_set_up (NrTestFilled  *f,
                       gconstpointer  data)
{
  f->dir = nr_test_make_tmpdir ();
  f->report = nr_test_create_report (f->dir, "national.normsreport");
  nr_test_fill_report (f->report);
}

void
nr_test_filled_tear_down (NrTestFilled  *f,
                          gconstpointer  data)
{
  g_clear_object (&f->report);
  nr_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* The XML an export of @report with @profile writes, which must succeed. */
char *
nr_test_export_text (NrReport        *report,
                     NrExportProfile  profile)
{
  g_autoptr(GError) error = NULL;
  NrExportOptions options = { profile, NULL, NULL };
  g_autoptr(GBytes) bytes = nr_report_export_xml (report, &options, NULL, NULL, &error);

  g_assert_no_error (error);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* @text with its first @from, which it must hold, changed to @to: a file
 * edited by hand. */
char *
nr_test_replace_once (const char *text,
                      const char *from,
                      const char *to)
{
  const char *at = strstr (text, from);

  g_assert_nonnull (at);
  return g_strdup_printf ("%.*s%s%s", (int) (at - text), text, to, at + strlen (from));
}


/* A value for @question (a question or a record field) of any kind but
 * records; @tag makes texts differ from question to question and record to
 * record. */
static GVariant *
value_for (NrQuestion *question,
           const char *tag)
{
  GListModel *choices = nr_question_get_choices (question);
  guint n_choices = g_list_model_get_n_items (choices);
  g_autoptr(NrChoice) first = n_choices > 0 ? g_list_model_get_item (choices, 0) : NULL;
  g_autoptr(NrChoice) last = n_choices > 0 ? g_list_model_get_item (choices, n_choices - 1) : NULL;
  g_autofree char *text = g_strdup_printf ("Answer %s", tag);
  g_autofree char *link = g_strdup_printf ("https://example.org/%s", tag);
  GVariantBuilder builder;

  switch (nr_question_get_kind (question))
    {
    case NR_QUESTION_KIND_SINGLE_CHOICE:
      return g_variant_new_string (nr_choice_get_value (first));
    case NR_QUESTION_KIND_MULTIPLE_CHOICE:
      {
        const char *chosen[] = { nr_choice_get_value (first), nr_choice_get_value (last), NULL };

        return g_variant_new_strv (chosen, first == last ? 1 : 2);
      }
    case NR_QUESTION_KIND_CHECKLIST:
      g_variant_builder_init (&builder, NR_CHECKLIST_TYPE);
      for (guint i = 0; i < g_list_model_get_n_items (nr_question_get_items (question)); i++)
        {
          g_autoptr(NrChoice) item = g_list_model_get_item (nr_question_get_items (question), i);
          g_autofree char *note = g_strdup_printf ("Note on %s", nr_choice_get_value (item));

          g_variant_builder_add (&builder, "{s(ss)}", nr_choice_get_value (item),
                                 nr_choice_get_value (i % 2 == 0 ? first : last), i % 2 == 0 ? note : "");
        }
      return g_variant_builder_end (&builder);
    case NR_QUESTION_KIND_DATE:
      return g_variant_new_string ("2024-10-25");
    case NR_QUESTION_KIND_URL:
      return g_variant_new_string (link);
    case NR_QUESTION_KIND_EMAIL:
      return g_variant_new_string ("cyber-desk@example.org");
    case NR_QUESTION_KIND_TEXT_LIST:
    case NR_QUESTION_KIND_LINK_LIST:
      {
        const char *entries[] = { nr_question_get_kind (question) == NR_QUESTION_KIND_LINK_LIST ? link : text,
                                  "desk@example.org", NULL };

        return g_variant_new_strv (entries, 2);
      }
    case NR_QUESTION_KIND_SHORT_TEXT:
    case NR_QUESTION_KIND_LONG_TEXT:
    case NR_QUESTION_KIND_RECORDS:
    default:
      return g_variant_new_string (text);
    }
}

/* A record of @question with every field given. */
static GVariant *
record_for (NrQuestion *question,
            const char *tag)
{
  GListModel *fields = nr_question_get_fields (question);
  GVariantDict dict;

  g_variant_dict_init (&dict, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (fields); i++)
    {
      g_autoptr(NrQuestion) field = g_list_model_get_item (fields, i);
      g_autofree char *field_tag = g_strdup_printf ("%s-%s", tag, nr_question_get_id (field));

      g_variant_dict_insert_value (&dict, nr_question_get_id (field), value_for (field, field_tag));
    }
  return g_variant_dict_end (&dict);
}

/**
 * nr_test_fill_every_question:
 * @shared_tag: the tag of the second record of every list, which is then
 *   the same record in every list
 *
 * Answers every question of the report's questionnaire, whatever its
 * version, and gives every list two records with every field filled in.
 */
void
nr_test_fill_every_question (NrReport   *report,
                             const char *shared_tag)
{
  GListModel *questions = nr_questionnaire_get_questions (nr_report_get_questionnaire (report));
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(NrQuestion) question = g_list_model_get_item (questions, i);
      const char *id = nr_question_get_id (question);

      if (nr_question_get_kind (question) == NR_QUESTION_KIND_RECORDS)
        {
          g_free (nr_report_add_record (report, id, record_for (question, id), &error));
          g_free (nr_report_add_record (report, id, record_for (question, shared_tag), &error));
        }
      else
        g_assert_true (nr_report_set_value (report, id, value_for (question, id), &error));
      g_assert_no_error (error);
    }
}
