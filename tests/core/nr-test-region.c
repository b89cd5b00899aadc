/* nr-test-region.c: submissions from several States, written as a
 * workshop organiser receives them. */
#include "config.h"

#include "nr-test-region.h"
#include "nr-test-report.h"

static void
set_for_workshop (NrReport   *report,
                  const char *question_id)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (nr_report_set_classification (report, question_id, NR_CLASSIFICATION_WORKSHOP, &error));
  g_assert_no_error (error);
}

static void
add_activity (NrReport   *report,
              const char *spec)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) parts = g_strsplit (spec, "|", 4);
  const char *norms[] = { "13a", NULL };
  GVariantDict dict;

  g_assert_cmpuint (g_strv_length (parts), ==, 4);
  g_variant_dict_init (&dict, NULL);
  g_variant_dict_insert (&dict, "direction", "s", parts[0]);
  g_variant_dict_insert (&dict, "area", "s", parts[1]);
  g_variant_dict_insert (&dict, "form", "s", parts[2]);
  g_variant_dict_insert (&dict, "partner", "s", parts[3]);
  g_variant_dict_insert (&dict, "start", "s", "2025-03");
  g_variant_dict_insert_value (&dict, "norms", g_variant_new_strv (norms, -1));
  g_free (nr_report_add_record (report, "capacity.activities", g_variant_dict_end (&dict), &error));
  g_assert_no_error (error);
}

/* Writes @submission's State's report, exported as STATE-YEAR.xml into
 * @dir; returns the path of the export. */
char *
nr_test_write_region_submission (const char                   *dir,
                                 const NrTestRegionSubmission *submission)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("%s-%s.normsreport", submission->state, submission->year);
  g_autofree char *xml_name = g_strdup_printf ("%s-%s.xml", submission->state, submission->year);
  g_autofree char *start = g_strdup_printf ("%s-01-01", submission->year);
  g_autofree char *end = g_strdup_printf ("%s-12-31", submission->year);
  char *xml = g_build_filename (dir, xml_name, NULL);
  g_autoptr(GFile) xml_file = g_file_new_for_path (xml);
  g_autoptr(NrReport) report = nr_test_create_report (dir, name);

  g_assert_true (nr_report_set_metadata (report, NR_META_STATE, submission->state, &error));
  g_assert_true (nr_report_set_metadata (report, NR_META_PERIOD_START, start, &error));
  g_assert_true (nr_report_set_metadata (report, NR_META_PERIOD_END, end, &error));
  if (submission->status_13a != NULL)
    {
      g_assert_true (nr_report_set_text (report, "13a.status", submission->status_13a, &error));
      set_for_workshop (report, "13a.status");
    }
  if (submission->narrative_13a != NULL)
    {
      g_assert_true (nr_report_set_text (report, "13a.narrative", submission->narrative_13a, &error));
      set_for_workshop (report, "13a.narrative");
    }
  if (submission->commitment_13c != NULL)
    {
      g_assert_true (nr_report_set_text (report, "13c.commitment", submission->commitment_13c, &error));
      set_for_workshop (report, "13c.commitment");
    }
  if (submission->challenges_13a != NULL)
    {
      g_assert_true (nr_report_set_text (report, "13a.challenges", submission->challenges_13a, &error));
      set_for_workshop (report, "13a.challenges");
    }
  if (submission->needs_13a != NULL)
    {
      g_assert_true (nr_report_set_choices (report, "13a.capacity-needs", submission->needs_13a, &error));
      set_for_workshop (report, "13a.capacity-needs");
    }
  if (submission->needs != NULL)
    {
      g_assert_true (nr_report_set_text (report, "capacity.needs", submission->needs, &error));
      set_for_workshop (report, "capacity.needs");
    }
  if (submission->offers != NULL)
    {
      g_assert_true (nr_report_set_text (report, "capacity.offers", submission->offers, &error));
      set_for_workshop (report, "capacity.offers");
    }
  for (guint i = 0; submission->activities != NULL && submission->activities[i] != NULL; i++)
    add_activity (report, submission->activities[i]);
  if (submission->activities != NULL)
    set_for_workshop (report, "capacity.activities");
  if (submission->contact_name != NULL)
    {
      GVariantDict contact;

      g_variant_dict_init (&contact, NULL);
      g_variant_dict_insert (&contact, "type", "s", "technical");
      g_variant_dict_insert (&contact, "name", "s", submission->contact_name);
      g_variant_dict_insert (&contact, "email", "s", submission->contact_email);
      g_free (nr_report_add_record (report, "contacts.list", g_variant_dict_end (&contact), &error));
      g_assert_true (nr_report_set_classification (report, "contacts.list", submission->contacts_classification,
                                                   &error));
    }
  g_assert_true (nr_report_export (report, xml_file, NULL, &error));
  g_assert_no_error (error);
  return xml;
}

/* Three States, as their submissions reach a workshop: Indonesia needs
 * incident response under 13 (a) and training overall, Singapore
 * provides incident response and stated its commitment to 13 (c) publicly
 * (Indonesia not separately), Viet Nam received it and keeps its points of
 * contact internal.  Returns the paths, NULL-terminated. */
char **
nr_test_write_region (const char *dir)
{
  const char *id_needs[] = { "incident-response", "legal-policy-frameworks", NULL };
  const char *id_activities[] = { "needed|technical-training|training|ASEAN-Singapore CCoE", NULL };
  const char *sg_activities[] = { "provided|incident-response|training|Indonesia, Viet Nam", NULL };
  const char *vn_activities[] = { "received|incident-response|advice|Japan", NULL };
  const char *vn_needs[] = { "incident-response", NULL };
  const NrTestRegionSubmission submissions[] = {
    { "VN", "2025", "in-progress",
      "Viet Nam's national CERT (VNCERT/CC) coordinates.\n\nA second paragraph <b>& \"quoted\"</b>.", NULL,
      vn_needs, NULL, NULL, vn_activities, "VN-internal officer", "officer@vncert.example",
      NR_CLASSIFICATION_INTERNAL },
    { "SG", "2025", "implemented",
      "Singapore's Cybersecurity Strategy guides its cooperation with ASEAN partners.\n\n"
      "The ASEAN-Singapore Cybersecurity Centre of Excellence trains officials from every ASEAN Member State "
      "in policy, operations and the norms.",
      "=HYPERLINK(\"http://evil.example\") staff turnover", NULL, NULL, "Training at the ASEAN-Singapore Cybersecurity Centre of Excellence.", sg_activities,
      "SG duty desk", "desk@csa.example", NR_CLASSIFICATION_WORKSHOP, "stated-publicly" },
    { "ID", "2025", "planned", "Indonesia's BSSN leads national coordination.", NULL,
      id_needs, "Forensic skills for the national CSIRT.", NULL, id_activities,
      "ID liaison", "liaison@bssn.example", NR_CLASSIFICATION_WORKSHOP, "not-stated" },
  };
  GPtrArray *paths = g_ptr_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (submissions); i++)
    g_ptr_array_add (paths, nr_test_write_region_submission (dir, &submissions[i]));
  g_ptr_array_add (paths, NULL);
  return (char **) g_ptr_array_free (paths, FALSE);
}
