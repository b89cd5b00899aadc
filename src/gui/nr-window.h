/* nr-window.h: a Norms Reporter window. */
#pragma once

#include <adwaita.h>

#include "nr-application.h"

G_BEGIN_DECLS

#define NR_TYPE_WINDOW (nr_window_get_type ())
G_DECLARE_FINAL_TYPE (NrWindow, nr_window, NR, WINDOW, AdwApplicationWindow)

NrWindow *nr_window_new (NrApplication *application);

G_END_DECLS
