/* test-measures-page.c: the register of measures in the window.
 *
 * The register's page lists every measure as a card, found by its words and
 * narrowed by norm, kind and status, with an empty state for a register
 * without measures and for filters that match none.  Each norm's page shows
 * the measures linked to its norm, links one more from the register, adds
 * one already linked and unlinks one without deleting it.
 *
 * Run with NR_TEST_LANGUAGE set (test-measures-page-th), it only saves the
 * same screenshots in that language.
 */
#include "config.h"

#include <adwaita.h>

#include "nr-application.h"
#include "nr-gui-test-util.h"
#include "nr-measure-card.h"
#include "nr-answer-editor.h"
#include "nr-measures-page.h"
#include "nr-norm-measures.h"
#include "nr-record-dialog.h"
#include "nr-report-view.h"
#include "nr-test-report.h"
#include "nr-test-util.h"
#include "nr-window.h"

static NrApplication *app;
static const char *language;

typedef struct
{
  char *dir;
  NrWindow *window;
  NrReport *report;
  NrReportView *view;
  /* The ids of the measures below, in their order. */
  char *act, *cert, *exercise, *programme;
} Fixture;

static GVariant *
measure (const char  *title,
         const char  *kind,
         const char  *status,
         const char  *start,
         const char  *end,
         const char  *description,
         const char **agencies,
         const char **partners,
         const char **norms)
{
  GVariantDict dict;

  g_variant_dict_init (&dict, NULL);
  g_variant_dict_insert (&dict, "title", "s", title);
  g_variant_dict_insert (&dict, "kind", "s", kind);
  g_variant_dict_insert (&dict, "status", "s", status);
  if (start != NULL)
    g_variant_dict_insert (&dict, "start", "s", start);
  if (end != NULL)
    g_variant_dict_insert (&dict, "end", "s", end);
  g_variant_dict_insert (&dict, "description", "s", description);
  if (agencies != NULL)
    g_variant_dict_insert_value (&dict, "agencies", g_variant_new_strv (agencies, -1));
  if (partners != NULL)
    g_variant_dict_insert_value (&dict, "partners", g_variant_new_strv (partners, -1));
  g_variant_dict_insert_value (&dict, "norms", g_variant_new_strv (norms, -1));
  g_variant_dict_insert (&dict, "classification", "s", "public");
  return g_variant_dict_end (&dict);
}

static char *
add_measure (NrReport *report,
             GVariant *fields)
{
  g_autoptr(GError) error = NULL;
  char *id = nr_report_add_record (report, NR_MEASURES_QUESTION, fields, &error);

  g_assert_no_error (error);
  return id;
}

/* Four measures: a law for 13a and 13g, a CERT serving 13h and 13k, an
 * exercise for 13h and an ended programme for 13a. */
static void
add_measures (Fixture *f)
{
  f->act = add_measure (f->report,
                        measure ("Cybersecurity Act B.E. 2562", "legislation", "in-force", "2019-05-27", NULL,
                                 "Sets up the National Cyber Security Agency and the duties of operators of "
                                 "critical information infrastructure, including reporting incidents and "
                                 "taking part in exercises.",
                                 (const char *[]) { "สำนักงานคณะกรรมการการรักษาความมั่นคงปลอดภัยไซเบอร์แห่งชาติ",
                                                    "Ministry of Digital Economy and Society", NULL },
                                 NULL, (const char *[]) { "13a", "13g", NULL }));
  f->cert = add_measure (f->report,
                         measure ("ThaiCERT", "institution", "in-force", "2000", NULL,
                                  "The national computer emergency response team: it handles incidents, answers "
                                  "requests for assistance from other States and teams around the clock, and "
                                  "shares warnings. It runs the national incident reporting portal, coordinates "
                                  "with sector teams for energy, finance and health, and represents the State in "
                                  "APCERT and FIRST.",
                                  (const char *[]) { "National Cyber Security Agency", NULL },
                                  (const char *[]) { "APCERT", "FIRST", NULL },
                                  (const char *[]) { "13h", "13k", NULL }));
  f->exercise = add_measure (f->report,
                             measure ("ASEAN CERT Incident Drill 2025", "exercise", "planned", "2025-11", "2025-11-20",
                                      "A regional drill testing how requests for assistance are acknowledged and answered.",
                                      (const char *[]) { "ThaiCERT", NULL },
                                      (const char *[]) { "ASEAN Member States", NULL },
                                      (const char *[]) { "13h", NULL }));
  f->programme = add_measure (f->report,
                              measure ("Cyber Diplomacy Fellowship", "programme", "ended", "2019", "2023",
                                       "Trained diplomats in the framework of responsible State behaviour.",
                                       (const char *[]) { "Ministry of Foreign Affairs", NULL },
                                       (const char *[]) { "UNODC", NULL },
                                       (const char *[]) { "13a", NULL }));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(NrReport) report = NULL;
  g_autoptr(GFile) file = NULL;

  f->dir = nr_test_make_tmpdir ();
  report = nr_test_create_report (f->dir, "measures.normsreport");
  file = g_object_ref (nr_report_get_file (report));
  nr_report_close (report);

  f->window = nr_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1100, 900);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (nr_gui_test_open_file (f->window, file));
  f->report = g_object_ref (nr_window_get_report (f->window));
  f->view = NR_REPORT_VIEW (nr_window_get_visible_view (f->window));
  if (data != NULL)
    add_measures (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->report);
  nr_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->act);
  g_free (f->cert);
  g_free (f->exercise);
  g_free (f->programme);
}

/* Runs the main loop until @condition holds, for at most two seconds. */
#define WAIT_UNTIL(condition)                                                 \
  G_STMT_START {                                                              \
    gint64 until_ = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;             \
    while (!(condition) && g_get_monotonic_time () < until_)                  \
      g_main_context_iteration (NULL, FALSE);                                 \
    g_assert_true (condition);                                                \
  } G_STMT_END

static void
show_part (Fixture    *f,
           const char *part)
{
  g_assert_true (nr_report_view_show_part (f->view, part));
  nr_gui_test_wait_for_frames (GTK_WIDGET (f->window), 2);
}

static NrMeasuresPage *
register_page (Fixture *f)
{
  GtkWidget *page;

  show_part (f, "measures");
  page = nr_gui_test_find_by_type (GTK_WIDGET (f->view), NR_TYPE_MEASURES_PAGE);
  g_assert_nonnull (page);
  return NR_MEASURES_PAGE (page);
}

static NrNormMeasures *
norm_measures (Fixture    *f,
               const char *norm_id)
{
  GtkWidget *group;

  show_part (f, norm_id);
  group = nr_gui_test_find_by_type (GTK_WIDGET (f->view), NR_TYPE_NORM_MEASURES);
  g_assert_nonnull (group);
  return NR_NORM_MEASURES (group);
}

/* The ids of the measures a list shows, in order, separated by spaces. */
static char *
shown_ids (NrMeasureList *list)
{
  GtkListBox *box = nr_measure_list_get_list_box (list);
  GString *ids = g_string_new (NULL);
  GtkListBoxRow *row;
  guint n = 0;

  for (; (row = gtk_list_box_get_row_at_index (box, (int) n)) != NULL; n++)
    g_string_append_printf (ids, "%s%s", n > 0 ? " " : "",
                            nr_record_get_id (nr_measure_card_get_measure (NR_MEASURE_CARD (row))));
  g_assert_cmpuint (nr_measure_list_get_n_shown (list), ==, n);
  return g_string_free (ids, FALSE);
}

static char *
ids (const char *first,
     ...)
{
  GString *text = g_string_new (first);
  va_list args;

  va_start (args, first);
  for (const char *id = va_arg (args, const char *); id != NULL; id = va_arg (args, const char *))
    g_string_append_printf (text, " %s", id);
  va_end (args);
  return g_string_free (text, FALSE);
}

static void
assert_shows (NrMeasureList *list,
              const char    *expected)
{
  g_autofree char *shown = shown_ids (list);

  g_assert_cmpstr (shown, ==, expected);
}

/* Typing in a search entry searches after a pause, as a user sees it. */
static void
type_search (NrMeasuresPage *page,
             const char     *text,
             guint           expected)
{
  NrMeasureList *list = nr_measures_page_get_list (page);

  gtk_editable_set_text (nr_measures_page_get_search (page), text);
  WAIT_UNTIL (nr_measure_list_get_n_shown (list) == expected);
}

static char *
norms_of (Fixture    *f,
          const char *record_id)
{
  g_autoptr(GListModel) records = nr_report_list_records (f->report, NR_MEASURES_QUESTION);

  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(NrRecord) record = g_list_model_get_item (records, i);

      if (g_str_equal (nr_record_get_id (record), record_id))
        {
          g_autoptr(GVariant) norms = g_variant_lookup_value (nr_record_get_fields (record), "norms", NULL);
          g_autofree const char **strv = norms != NULL ? g_variant_get_strv (norms, NULL) : NULL;

          return strv != NULL ? g_strjoinv (" ", (char **) strv) : g_strdup ("");
        }
    }
  g_assert_not_reached ();
}

static void
test_register_empty (Fixture       *f,
                     gconstpointer  data)
{
  NrMeasuresPage *page = register_page (f);
  g_autofree char *cert = NULL;

  /* A report without measures invites the first, and offers no search. */
  g_assert_cmpstr (nr_measures_page_get_state (page), ==, "empty");
  g_assert_nonnull (nr_gui_test_find_label_containing (GTK_WIDGET (page), "No Measures Yet"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (nr_measures_page_get_search (page))) &&
                  gtk_widget_is_drawable (GTK_WIDGET (nr_measures_page_get_search (page))));

  /* A measure added elsewhere (another page, an import) shows at once. */
  cert = add_measure (f->report, measure ("ThaiCERT", "institution", "in-force", "2000", NULL, "Incidents.",
                                          NULL, NULL, (const char *[]) { "13h", NULL }));
  WAIT_UNTIL (g_str_equal (nr_measures_page_get_state (page), "list"));
  assert_shows (nr_measures_page_get_list (page), cert);
}

static void
test_register_search_and_filters (Fixture       *f,
                                  gconstpointer  data)
{
  NrMeasuresPage *page = register_page (f);
  NrMeasureList *list = nr_measures_page_get_list (page);
  g_autofree char *all = ids (f->act, f->cert, f->exercise, f->programme, NULL);
  g_autofree char *for_13h = ids (f->cert, f->exercise, NULL);
  g_autofree char *for_13a = ids (f->act, f->programme, NULL);
  g_autofree char *in_force = ids (f->act, f->cert, NULL);

  WAIT_UNTIL (nr_measure_list_get_n_shown (list) == 4);
  g_assert_cmpstr (nr_measures_page_get_state (page), ==, "list");
  assert_shows (list, all);

  /* The card: title, then kind, status, dates and agencies on one line. */
  {
    NrMeasureCard *card = NR_MEASURE_CARD (gtk_list_box_get_row_at_index (nr_measure_list_get_list_box (list), 2));

    g_assert_nonnull (nr_gui_test_find_label_containing (GTK_WIDGET (card), "ASEAN CERT Incident Drill 2025"));
    g_assert_cmpstr (nr_measure_card_get_details (card), ==,
                     "Exercise · Planned · November 2025 – 20 November 2025 · ThaiCERT");
    /* On the register, a card deletes its measure rather than unlink it. */
    g_assert_true (gtk_widget_get_visible (nr_measure_card_get_menu_button (card)));
    {
      GMenuModel *menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (nr_measure_card_get_menu_button (card)));
      g_autofree char *action = NULL;

      g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 2);
      g_assert_true (g_menu_model_get_item_attribute (menu, 1, G_MENU_ATTRIBUTE_ACTION, "s", &action));
      g_assert_cmpstr (action, ==, "card.delete");
    }
  }

  /* Ordered by start date, as precise as each source: "2019" before
   * "2019-05-27"; by title; and back as entered. */
  {
    g_autofree char *newest = ids (f->exercise, f->act, f->programme, f->cert, NULL);
    g_autofree char *oldest = ids (f->cert, f->programme, f->act, f->exercise, NULL);
    g_autofree char *by_title = ids (f->exercise, f->programme, f->act, f->cert, NULL);

    gtk_drop_down_set_selected (nr_measures_page_get_order (page), NR_MEASURE_ORDER_NEWEST);
    assert_shows (list, newest);
    gtk_drop_down_set_selected (nr_measures_page_get_order (page), NR_MEASURE_ORDER_OLDEST);
    assert_shows (list, oldest);
    gtk_drop_down_set_selected (nr_measures_page_get_order (page), NR_MEASURE_ORDER_TITLE);
    assert_shows (list, by_title);
    gtk_drop_down_set_selected (nr_measures_page_get_order (page), NR_MEASURE_ORDER_ENTERED);
    assert_shows (list, all);
  }

  /* Search: titles, descriptions, agencies and partners, in any case. */
  type_search (page, "thaicert", 2);
  assert_shows (list, for_13h);  /* the title of one, the agency of the other */
  type_search (page, "around the clock", 1);
  assert_shows (list, f->cert);
  type_search (page, "unodc", 1);
  assert_shows (list, f->programme);
  type_search (page, "Ministry of", 2);
  type_search (page, "", 4);

  /* Each filter narrows the list, and they combine. */
  g_assert_true (nr_measures_page_set_filter (page, "norms", "13h"));
  assert_shows (list, for_13h);
  g_assert_true (nr_measures_page_set_filter (page, "norms", "13a"));
  assert_shows (list, for_13a);
  g_assert_true (nr_measures_page_set_filter (page, "norms", NULL));
  g_assert_true (nr_measures_page_set_filter (page, "kind", "exercise"));
  assert_shows (list, f->exercise);
  g_assert_true (nr_measures_page_set_filter (page, "kind", NULL));
  g_assert_true (nr_measures_page_set_filter (page, "status", "in-force"));
  assert_shows (list, in_force);
  g_assert_nonnull (nr_gui_test_find_label_containing (GTK_WIDGET (page), "2 of 4 measures"));
  g_assert_true (nr_measures_page_set_filter (page, "norms", "13k"));
  assert_shows (list, f->cert);

  /* Filters that match nothing say so, and clear at a click. */
  g_assert_true (nr_measures_page_set_filter (page, "kind", "statement"));
  g_assert_cmpstr (nr_measures_page_get_state (page), ==, "no-match");
  g_assert_nonnull (nr_gui_test_find_label_containing (GTK_WIDGET (page), "No Matching Measures"));
  g_signal_emit_by_name (nr_gui_test_find_button (GTK_WIDGET (page), "Clear Search and Filters"), "clicked");
  g_assert_cmpstr (nr_measures_page_get_state (page), ==, "list");
  assert_shows (list, all);

  /* The drop-downs name what they filter by, for screen readers too. */
  g_assert_cmpuint (gtk_drop_down_get_selected (nr_measures_page_get_filter (page, "norms")), ==, 0);
  g_assert_nonnull (nr_measures_page_get_filter (page, "kind"));
  g_assert_nonnull (nr_measures_page_get_filter (page, "status"));

  /* Activating a card opens its measure. */
  {
    NrRecordDialog *dialog;

    g_signal_emit_by_name (nr_measure_list_get_list_box (list), "row-activated",
                           gtk_list_box_get_row_at_index (nr_measure_list_get_list_box (list), 1));
    dialog = NR_RECORD_DIALOG (nr_gui_test_find_toplevel (NR_TYPE_RECORD_DIALOG));
    g_assert_nonnull (dialog);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (nr_answer_editor_get_input (NR_ANSWER_EDITOR (nr_record_dialog_get_field (dialog, "title"))))), ==,
                     "ThaiCERT");
    gtk_editable_set_text (GTK_EDITABLE (nr_answer_editor_get_input (NR_ANSWER_EDITOR (nr_record_dialog_get_field (dialog, "title")))), "ThaiCERT (ETDA)");
    g_assert_true (nr_record_dialog_save (dialog));
    WAIT_UNTIL (nr_gui_test_find_label_containing (GTK_WIDGET (page), "ThaiCERT (ETDA)") != NULL);
  }

  /* A card deletes its measure, once asked whether to. */
  {
    NrMeasureCard *card = NR_MEASURE_CARD (gtk_list_box_get_row_at_index (nr_measure_list_get_list_box (list), 0));
    AdwMessageDialog *dialog;
    g_autofree char *rest = ids (f->cert, f->exercise, f->programme, NULL);

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (card), "card.delete", NULL));
    dialog = ADW_MESSAGE_DIALOG (nr_gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
    g_assert_nonnull (dialog);
    g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Delete “Cybersecurity Act B.E. 2562”?");
    adw_message_dialog_response (dialog, "cancel");
    gtk_window_destroy (GTK_WINDOW (dialog));
    assert_shows (list, all);

    dialog = nr_measure_card_delete (card);
    adw_message_dialog_response (dialog, "delete");
    gtk_window_destroy (GTK_WINDOW (dialog));
    WAIT_UNTIL (nr_measure_list_get_n_shown (list) == 3);
    assert_shows (list, rest);
  }

  /* Deleting every measure leaves the invitation. */
  {
    const char *every[] = { f->cert, f->exercise, f->programme };

    for (guint i = 0; i < G_N_ELEMENTS (every); i++)
      g_assert_true (nr_report_delete_record (f->report, NR_MEASURES_QUESTION, every[i], NULL));
    WAIT_UNTIL (g_str_equal (nr_measures_page_get_state (page), "empty"));
  }
}

static void
test_norm_pages (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *for_13h = ids (f->cert, f->exercise, NULL);
  g_autofree char *for_13a = ids (f->act, f->programme, NULL);
  NrNormMeasures *group;
  NrMeasureCard *card;

  /* Each norm's page shows exactly the measures linked to it; the CERT,
   * serving 13h and 13k, shows on both. */
  group = norm_measures (f, "13h");
  assert_shows (nr_norm_measures_get_list (group), for_13h);
  group = norm_measures (f, "13k");
  assert_shows (nr_norm_measures_get_list (group), f->cert);
  group = norm_measures (f, "13a");
  assert_shows (nr_norm_measures_get_list (group), for_13a);
  group = norm_measures (f, "13g");
  assert_shows (nr_norm_measures_get_list (group), f->act);
  group = norm_measures (f, "13b");
  assert_shows (nr_norm_measures_get_list (group), "");
  g_assert_nonnull (nr_gui_test_find_label_containing (GTK_WIDGET (group), "No measure of the register is linked"));

  /* The group follows the narrative. */
  g_assert_true (gtk_widget_get_prev_sibling (GTK_WIDGET (group)) == nr_report_view_find_question (f->view, "13b.narrative"));

  /* On a norm's page, a card unlinks its measure from that norm only. */
  group = norm_measures (f, "13k");
  card = NR_MEASURE_CARD (gtk_list_box_get_row_at_index (nr_measure_list_get_list_box (nr_norm_measures_get_list (group)), 0));
  {
    GMenuModel *menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (nr_measure_card_get_menu_button (card)));
    g_autofree char *action = NULL;

    g_assert_true (g_menu_model_get_item_attribute (menu, 1, G_MENU_ATTRIBUTE_ACTION, "s", &action));
    g_assert_cmpstr (action, ==, "card.unlink");
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (card), "card.unlink", NULL));
  {
    g_autofree char *norms = norms_of (f, f->cert);
    g_assert_cmpstr (norms, ==, "13h");
  }
  WAIT_UNTIL (nr_measure_list_get_n_shown (nr_norm_measures_get_list (group)) == 0);
  {
    g_autoptr(GListModel) records = nr_report_list_records (f->report, NR_MEASURES_QUESTION);
    g_assert_cmpuint (g_list_model_get_n_items (records), ==, 4);
  }

  /* Linking: the popover offers the measures not yet linked, searchable;
   * choosing one adds the norm to its norms. */
  gtk_popover_popup (nr_norm_measures_get_link_popover (group));
  nr_gui_test_wait_for_frames (GTK_WIDGET (f->window), 2);
  {
    GtkListBox *candidates = nr_norm_measures_get_candidates (group);
    g_autofree char *norms = NULL;

    g_assert_nonnull (gtk_list_box_get_row_at_index (candidates, 3));
    g_assert_null (gtk_list_box_get_row_at_index (candidates, 4));
    gtk_editable_set_text (nr_norm_measures_get_link_search (group), "round the clock");
    WAIT_UNTIL (gtk_list_box_get_row_at_index (candidates, 1) == NULL);
    g_assert_nonnull (gtk_list_box_get_row_at_index (candidates, 0));
    g_signal_emit_by_name (candidates, "row-activated", gtk_list_box_get_row_at_index (candidates, 0));
    norms = norms_of (f, f->cert);
    g_assert_cmpstr (norms, ==, "13h 13k");
  }
  WAIT_UNTIL (nr_measure_list_get_n_shown (nr_norm_measures_get_list (group)) == 1);
  assert_shows (nr_norm_measures_get_list (group), f->cert);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (nr_norm_measures_get_link_popover (group))));

  /* The register lists it for 13k again. */
  {
    NrMeasuresPage *page = register_page (f);

    g_assert_true (nr_measures_page_set_filter (page, "norms", "13k"));
    assert_shows (nr_measures_page_get_list (page), f->cert);
  }
}

static void
test_add_from_norm_page (Fixture       *f,
                         gconstpointer  data)
{
  NrNormMeasures *group = norm_measures (f, "13j");
  NrRecordDialog *dialog = nr_norm_measures_add (group);
  g_autoptr(GListModel) records = NULL;
  g_autoptr(NrRecord) added = NULL;
  g_autofree char *norms = NULL;

  /* The new measure is already linked to the norm whose page adds it. */
  g_assert_true (NR_IS_RECORD_DIALOG (dialog));
  gtk_editable_set_text (GTK_EDITABLE (nr_answer_editor_get_input (NR_ANSWER_EDITOR (nr_record_dialog_get_field (dialog, "title")))),
                         "Coordinated Vulnerability Disclosure Policy");
  g_assert_true (nr_record_dialog_save (dialog));
  records = nr_report_list_records (f->report, NR_MEASURES_QUESTION);
  g_assert_cmpuint (g_list_model_get_n_items (records), ==, 5);
  added = g_list_model_get_item (records, 4);
  norms = norms_of (f, nr_record_get_id (added));
  g_assert_cmpstr (norms, ==, "13j");
  WAIT_UNTIL (nr_measure_list_get_n_shown (nr_norm_measures_get_list (group)) == 1);
  assert_shows (nr_norm_measures_get_list (group), nr_record_get_id (added));
}

static char *
screenshot_name (const char *view)
{
  return language != NULL ? g_strdup_printf ("%s-%s", view, language) : g_strdup (view);
}

static void
test_screenshots (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *register_shot = screenshot_name ("register-page");
  g_autofree char *norm_shot = screenshot_name ("norm-page-measures");
  g_autofree char *actions_shot = screenshot_name ("norm-page-actions");
  g_autofree char *dialog_shot = screenshot_name ("record-dialog");
  g_autoptr(GError) error = NULL;
  NrNormMeasures *group;
  GtkWidget *narrative;
  GtkAdjustment *scroll;
  graphene_point_t top;

  register_page (f);
  nr_gui_test_wait_for_frames (GTK_WIDGET (f->window), 3);
  nr_gui_test_save_screenshot (GTK_WIDGET (f->window), register_shot);

  g_assert_true (nr_report_set_text (f->report, "13h.narrative",
                                     "ThaiCERT receives requests for assistance from other States and teams at any "
                                     "hour, acknowledges them within a day and answers through the national point "
                                     "of contact. Requests are tested in a regional drill each year.", &error));
  g_assert_true (nr_report_set_checklist_status (f->report, "13h.actions", "national-cert", "done", &error));
  g_assert_true (nr_report_set_checklist_status (f->report, "13h.actions", "assistance-body", "done", &error));
  g_assert_true (nr_report_set_checklist_status (f->report, "13h.actions", "request-procedure", "in-progress", &error));
  g_assert_true (nr_report_set_checklist_status (f->report, "13h.actions", "exercises", "not-started", &error));
  g_assert_true (nr_report_set_checklist_note (f->report, "13h.actions", "national-cert",
                                               "ThaiCERT, set up under the Cybersecurity Act B.E. 2562.", &error));
  g_assert_true (nr_report_set_checklist_note (f->report, "13h.actions", "exercises",
                                               "A first national drill is planned for 2026.", &error));
  g_assert_no_error (error);
  group = norm_measures (f, "13h");
  g_assert_cmpuint (nr_measure_list_get_n_shown (nr_norm_measures_get_list (group)), ==, 2);

  /* From the narrative down: the measures, the status and the actions. */
  narrative = nr_report_view_find_question (f->view, "13h.narrative");
  scroll = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (narrative, GTK_TYPE_SCROLLED_WINDOW)));
  g_assert_true (gtk_widget_compute_point (narrative, gtk_widget_get_parent (narrative),
                                           &GRAPHENE_POINT_INIT (0, 0), &top));
  gtk_adjustment_set_value (scroll, top.y);
  nr_gui_test_wait_for_frames (GTK_WIDGET (f->window), 3);
  nr_gui_test_save_screenshot (GTK_WIDGET (f->window), norm_shot);

  /* The practical actions, with their notes. */
  {
    GtkWidget *actions = nr_report_view_find_question (f->view, "13h.actions");

    g_assert_true (gtk_widget_compute_point (actions, gtk_widget_get_parent (actions),
                                             &GRAPHENE_POINT_INIT (0, 0), &top));
    gtk_adjustment_set_value (scroll, top.y);
    nr_gui_test_wait_for_frames (GTK_WIDGET (f->window), 3);
    nr_gui_test_save_screenshot (GTK_WIDGET (f->window), actions_shot);
  }

  /* A measure's dialog, opened from its card. */
  {
    NrMeasureList *list = nr_norm_measures_get_list (group);
    GtkWindow *dialog;

    g_signal_emit_by_name (nr_measure_list_get_list_box (list), "row-activated",
                           gtk_list_box_get_row_at_index (nr_measure_list_get_list_box (list), 0));
    dialog = nr_gui_test_find_toplevel (NR_TYPE_RECORD_DIALOG);
    g_assert_nonnull (dialog);
    nr_gui_test_wait_for_frames (GTK_WIDGET (dialog), 3);
    nr_gui_test_save_screenshot (GTK_WIDGET (dialog), dialog_shot);
    gtk_window_destroy (dialog);
  }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  nr_test_init_gui (&argc, &argv);
  language = nr_gui_test_init_language ();
  app = nr_gui_test_new_application ();

  if (language == NULL)
    {
      g_test_add ("/measures-page/register-empty", Fixture, NULL,
                  fixture_set_up, test_register_empty, fixture_tear_down);
      g_test_add ("/measures-page/register-search-and-filters", Fixture, "filled",
                  fixture_set_up, test_register_search_and_filters, fixture_tear_down);
      g_test_add ("/measures-page/norm-pages", Fixture, "filled",
                  fixture_set_up, test_norm_pages, fixture_tear_down);
      g_test_add ("/measures-page/add-from-norm-page", Fixture, "filled",
                  fixture_set_up, test_add_from_norm_page, fixture_tear_down);
    }
  g_test_add ("/measures-page/screenshots", Fixture, "filled",
              fixture_set_up, test_screenshots, fixture_tear_down);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
