/* nr-gui-test-fixture.h: a new report and an empty window, for tests of
 * one widget at a time. */
#pragma once

#include <gtk/gtk.h>

#include "nr-core.h"

G_BEGIN_DECLS

typedef struct
{
  char *dir;
  NrReport *report;
  GtkWindow *window;
} NrGuiTestFixture;

void nr_gui_test_fixture_set_up    (NrGuiTestFixture *f,
                                    gconstpointer     data);
void nr_gui_test_fixture_tear_down (NrGuiTestFixture *f,
                                    gconstpointer     data);

typedef void (*NrGuiTestFunc) (NrGuiTestFixture *f,
                               gconstpointer     data);

void nr_gui_test_add (const char    *path,
                      NrGuiTestFunc  test);

G_END_DECLS
