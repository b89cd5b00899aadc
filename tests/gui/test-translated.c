/* test-translated.c: the windows in another language.
 *
 * Run once per language of po/LINGUAS, with NR_TEST_LANGUAGE naming it and
 * NR_LOCALEDIR pointing at the catalogues built from po/.  For each language
 * it checks that the interface really is translated (texts from UI files,
 * from C code and, where the language has them, from the questionnaire), that
 * every text is drawn with real glyphs rather than the boxes a missing font
 * leaves, and it saves screenshots to look at.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "nr-application.h"
#include "nr-core.h"
#include "nr-gui-test-util.h"
#include "nr-new-report-dialog.h"
#include "nr-report-view.h"
#include "nr-test-util.h"
#include "nr-window.h"

static NrApplication *app;
static const char *language;

/* The English title of norm 13 (a), as data/questionnaires/un-norms-2015.xml
 * has it; its message context is the norm's id, "13a". */
#define NORM_A_TITLE "Cooperate to increase stability and security in the use of ICTs"

static GtkLabel *
find_label (GtkWidget  *root,
            const char *text)
{
  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    return GTK_LABEL (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The window shows @english in this test's language: translated, and on
 * screen in a label. */
static void
assert_shows_translation_in (GtkWidget  *root,
                             const char *context,
                             const char *english)
{
  const char *translated = context != NULL ? g_dpgettext2 (GETTEXT_PACKAGE, context, english)
                                           : g_dgettext (GETTEXT_PACKAGE, english);

  if (g_str_equal (translated, english))
    g_error ("“%s” has no translation into %s", english, language);
  if (find_label (root, translated) == NULL)
    g_error ("the window does not show “%s”, the %s translation of “%s”", translated, language, english);
}

static void
assert_shows_translation (GtkWidget  *root,
                          const char *english)
{
  assert_shows_translation_in (root, NULL, english);
}

/* Every label mapped on screen is drawn with glyphs its fonts have. */
static guint
assert_no_missing_glyphs (GtkWidget *root)
{
  guint checked = 0;

  if (GTK_IS_LABEL (root) && gtk_widget_get_mapped (root) &&
      *gtk_label_get_text (GTK_LABEL (root)) != '\0')
    {
      PangoLayout *layout = gtk_label_get_layout (GTK_LABEL (root));
      int unknown = pango_layout_get_unknown_glyphs_count (layout);

      if (unknown > 0)
        g_error ("“%s” is drawn with %d missing glyphs: no installed font has them",
                 gtk_label_get_text (GTK_LABEL (root)), unknown);
      checked++;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    checked += assert_no_missing_glyphs (child);
  return checked;
}

static char *
screenshot_name (const char *view)
{
  return g_strdup_printf ("%s-%s", view, language);
}

static void
test_library_and_dialog (void)
{
  NrWindow *window = nr_window_new (app);
  g_autofree char *library_shot = screenshot_name ("start-page");
  g_autofree char *dialog_shot = screenshot_name ("new-report-dialog");
  NrNewReportDialog *dialog;

  gtk_window_present (GTK_WINDOW (window));
  nr_gui_test_wait_for_frames (GTK_WIDGET (window), 3);

  /* From a UI file. */
  assert_shows_translation (GTK_WIDGET (window), "No Reports Yet");
  g_assert_cmpuint (assert_no_missing_glyphs (GTK_WIDGET (window)), >, 0);
  nr_gui_test_save_screenshot (GTK_WIDGET (window), library_shot);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-report", NULL));
  dialog = NR_NEW_REPORT_DIALOG (nr_gui_test_find_toplevel (NR_TYPE_NEW_REPORT_DIALOG));
  g_assert_nonnull (dialog);
  nr_gui_test_wait_for_frames (GTK_WIDGET (dialog), 3);
  g_assert_cmpuint (assert_no_missing_glyphs (GTK_WIDGET (dialog)), >, 0);
  nr_gui_test_save_screenshot (GTK_WIDGET (dialog), dialog_shot);

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_norm_page (void)
{
  NrWindow *window = nr_window_new (app);
  g_autofree char *shot = screenshot_name ("norm-page");
  NrNewReportDialog *dialog;
  NrReportView *view;
  NrReport *report;
  const char *norm_title;

  gtk_window_present (GTK_WINDOW (window));
  nr_gui_test_wait_for_frames (GTK_WIDGET (window), 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-report", NULL));
  dialog = NR_NEW_REPORT_DIALOG (nr_gui_test_find_toplevel (NR_TYPE_NEW_REPORT_DIALOG));
  g_assert_nonnull (dialog);
  nr_new_report_dialog_set_state (dialog, "ID");
  g_assert_true (nr_new_report_dialog_create (dialog));
  report = nr_window_get_report (window);
  g_assert_nonnull (report);

  view = NR_REPORT_VIEW (nr_window_get_visible_view (window));
  g_assert_true (nr_report_view_show_part (view, "13a"));
  nr_gui_test_wait_for_frames (GTK_WIDGET (window), 3);

  /* From C code. */
  assert_shows_translation (GTK_WIDGET (window), "Review");

  /* From the questionnaire, for the languages that translate it: the loader
   * read the title through the catalogue, and the page shows it. */
  norm_title = nr_norm_get_title (nr_questionnaire_lookup_norm (nr_report_get_questionnaire (report), "13a"));
  if (!g_str_equal (g_dpgettext2 (GETTEXT_PACKAGE, "13a", NORM_A_TITLE), NORM_A_TITLE))
    {
      g_assert_cmpstr (norm_title, ==, g_dpgettext2 (GETTEXT_PACKAGE, "13a", NORM_A_TITLE));
      assert_shows_translation_in (GTK_WIDGET (window), "13a", NORM_A_TITLE);
    }
  else
    {
      g_test_message ("%s has the interface translated, not the questionnaire", language);
      g_assert_cmpstr (norm_title, ==, NORM_A_TITLE);
    }

  g_assert_cmpuint (assert_no_missing_glyphs (GTK_WIDGET (window)), >, 10);
  nr_gui_test_save_screenshot (GTK_WIDGET (window), shot);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  nr_test_init_gui (&argc, &argv);
  language = nr_gui_test_init_language ();
  g_assert_nonnull (language);
  app = nr_gui_test_new_application ();

  g_test_add_func ("/translated/library-and-dialog", test_library_and_dialog);
  g_test_add_func ("/translated/norm-page", test_norm_page);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
