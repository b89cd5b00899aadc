/* test-checklist-notes.c: a short note on each practical action of a
 * checklist, besides its status.
 *
 * A note says what lies behind a status ("done: through the 2024 decree").
 * It may be written before the status is chosen, travels in interchange
 * format 2, is printed under its action, and is checked like any text. */
#include "config.h"

#include "nr-core.h"
#include "nr-test-util.h"
#include "nr-test-report.h"

static void
test_note_beside_status (NrTestFilled  *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  NrQuestion *actions = nr_questionnaire_lookup_question (nr_report_get_questionnaire (f->report), "13e.actions");
  g_autofree char *note = NULL;
  g_autofree char *status = NULL;

  /* A note alone is not yet an answer to the action. */
  g_assert_true (nr_report_set_checklist_note (f->report, "13e.actions", "data-protection",
                                               "Through the 2024 data protection law.", &error));
  g_assert_no_error (error);
  note = nr_report_dup_checklist_note (f->report, "13e.actions", "data-protection");
  g_assert_cmpstr (note, ==, "Through the 2024 data protection law.");
  g_assert_null (nr_report_dup_checklist_status (f->report, "13e.actions", "data-protection"));
  g_assert_false (nr_report_is_answered (f->report, actions));

  /* The status comes and the note stays, and the other way round. */
  g_assert_true (nr_report_set_checklist_status (f->report, "13e.actions", "data-protection", "done", &error));
  g_clear_pointer (&note, g_free);
  note = nr_report_dup_checklist_note (f->report, "13e.actions", "data-protection");
  g_assert_cmpstr (note, ==, "Through the 2024 data protection law.");
  g_assert_true (nr_report_set_checklist_note (f->report, "13e.actions", "data-protection", NULL, &error));
  status = nr_report_dup_checklist_status (f->report, "13e.actions", "data-protection");
  g_assert_cmpstr (status, ==, "done");
  g_clear_pointer (&note, g_free);
  note = nr_report_dup_checklist_note (f->report, "13e.actions", "data-protection");
  g_assert_null (note);

  /* Clearing both leaves nothing of the action in the answer. */
  g_assert_true (nr_report_set_checklist_status (f->report, "13e.actions", "data-protection", NULL, &error));
  g_assert_no_error (error);
  g_assert_null (nr_report_dup_value (f->report, "13e.actions"));

  /* An action the checklist does not have takes no note. */
  g_assert_false (nr_report_set_checklist_note (f->report, "13e.actions", "no-such-action", "x", &error));
  g_assert_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_INVALID_VALUE);
}

static void
test_note_too_long (NrTestFilled  *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *long_note = g_strnfill (NR_CHECKLIST_NOTE_MAX_LENGTH + 1, 'x');

  g_assert_false (nr_report_set_checklist_note (f->report, "13e.actions", "data-protection", long_note, &error));
  g_assert_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_INVALID_VALUE);
  nr_test_assert_contains (error->message, "13e.actions");
}

/* Notes travel in format 2 and come back as they were: export, import and
 * export again give the same answers. */
static void
test_notes_travel (NrTestFilled  *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *xml_path = g_build_filename (dir, "sent.xml", NULL);
  g_autofree char *copy_path = g_build_filename (dir, "copy.normsreport", NULL);
  g_autoptr(GFile) xml_file = g_file_new_for_path (xml_path);
  g_autoptr(GFile) copy_file = g_file_new_for_path (copy_path);
  g_autoptr(NrReport) copy = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *note = NULL;
  g_autoptr(GVariant) before = NULL;
  g_autoptr(GVariant) after = NULL;

  g_assert_true (nr_report_set_checklist_note (f->report, "13a.actions", "national-strategy",
                                               "Adopted 2024 <with> “quotes” & ampersand.\nSecond line.", &error));
  g_assert_true (nr_report_set_checklist_note (f->report, "13a.actions", "stakeholder-engagement",
                                               "Consultations planned.", &error));
  g_assert_no_error (error);
  g_assert_true (nr_report_export (f->report, xml_file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (xml_path, &xml, NULL, NULL));
  nr_test_assert_contains (xml, "<item id=\"national-strategy\" status=\"done\">");
  nr_test_assert_contains (xml, "<item id=\"stakeholder-engagement\">");
  nr_test_assert_contains (xml, "<note>Consultations planned.</note>");

  copy = nr_report_import (xml_file, copy_file, &error);
  g_assert_no_error (error);
  note = nr_report_dup_checklist_note (copy, "13a.actions", "national-strategy");
  g_assert_cmpstr (note, ==, "Adopted 2024 <with> “quotes” & ampersand.\nSecond line.");
  before = nr_report_dup_value (f->report, "13a.actions");
  after = nr_report_dup_value (copy, "13a.actions");
  g_assert_true (g_variant_equal (before, after));
  nr_report_close (copy);
  nr_test_remove_tree (dir);
}

/* Printed under the action it explains. */
static void
test_notes_printed (NrTestFilled  *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrDocument) document = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "notes.pdf", NULL);
  g_autofree char *text = NULL;

  g_assert_true (nr_report_set_checklist_note (f->report, "13a.actions", "national-strategy",
                                               "NOTE-the 2024 strategy.", &error));
  document = nr_report_to_document (f->report, NULL, &error);
  g_assert_no_error (error);
  pdf = nr_document_render_pdf (document, nr_report_get_questionnaire (f->report), &error);
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), NULL));
  text = nr_test_pdf_text (path);
  nr_test_assert_contains (text, "NOTE-the 2024 strategy.");
  nr_test_remove_tree (dir);
}

/* An action given neither a status nor a note is no answer a file can
 * give. */
static void
test_empty_item_refused (void)
{
  static const char xml[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<report xmlns=\"urn:normsreporter:report:2\" questionnaire=\"un-norms-2015\" questionnaire-version=\"2\">\n"
    "  <meta><report-id>3f0d2a4e-8c1b-4d6a-9e57-1a2b3c4d5e6f</report-id>"
    "<revision-id>9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d</revision-id>"
    "<generator version=\"0.1.0\">Norms Reporter</generator><exported>2025-11-30T10:00:00Z</exported>"
    "<profile>full</profile></meta>\n"
    "  <answers><answer question=\"13a.actions\" classification=\"public\" agency=\"BSSN\" modified=\"2025-11-30T09:00:00Z\">"
    "<item id=\"national-strategy\"/></answer></answers>\n"
    "  <reviews/>\n</report>\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, sizeof xml - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(NrDocument) document = nr_document_parse (bytes, "sent.xml", &error);

  g_assert_no_error (error);
  g_assert_false (nr_document_check (document, "sent.xml", &error));
  g_assert_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_INVALID_VALUE);
  nr_test_assert_contains (error->message, "national-strategy");
}

int
main (int   argc,
      char *argv[])
{
  nr_test_init (&argc, &argv);

  g_test_add ("/checklist-notes/beside-status", NrTestFilled, NULL, nr_test_filled_set_up,
              test_note_beside_status, nr_test_filled_tear_down);
  g_test_add ("/checklist-notes/too-long", NrTestFilled, NULL, nr_test_filled_set_up,
              test_note_too_long, nr_test_filled_tear_down);
  g_test_add ("/checklist-notes/travel", NrTestFilled, NULL, nr_test_filled_set_up,
              test_notes_travel, nr_test_filled_tear_down);
  g_test_add ("/checklist-notes/printed", NrTestFilled, NULL, nr_test_filled_set_up,
              test_notes_printed, nr_test_filled_tear_down);
  g_test_add_func ("/checklist-notes/empty-item-refused", test_empty_item_refused);

  return g_test_run ();
}
