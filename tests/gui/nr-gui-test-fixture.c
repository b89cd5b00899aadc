/* nr-gui-test-fixture.c: a new report and an empty window, for tests of
 * one widget at a time.  Apart from nr-gui-test-util.c, so that the tests
 * that need no report do not link the code that writes one. */
#include "config.h"

#include "nr-gui-test-fixture.h"
#include "nr-test-report.h"
#include "nr-test-util.h"

void
nr_gui_test_fixture_set_up (NrGuiTestFixture *f,
                            gconstpointer     data)
{
  f->dir = nr_test_make_tmpdir ();
  f->report = nr_test_create_report (f->dir, "fixture.normsreport");
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_present (f->window);
}

void
nr_gui_test_fixture_tear_down (NrGuiTestFixture *f,
                               gconstpointer     data)
{
  gtk_window_destroy (f->window);
  g_clear_object (&f->report);
  nr_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* Adds @test, run with a fixture of its own. */
void
nr_gui_test_add (const char    *path,
                 NrGuiTestFunc  test)
{
  g_test_add (path, NrGuiTestFixture, NULL, nr_gui_test_fixture_set_up, test, nr_gui_test_fixture_tear_down);
}
