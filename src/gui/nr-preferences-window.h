/* nr-preferences-window.h: who the user is, and what new answers default to. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define NR_TYPE_PREFERENCES_WINDOW (nr_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (NrPreferencesWindow, nr_preferences_window, NR, PREFERENCES_WINDOW, AdwPreferencesWindow)

NrPreferencesWindow *nr_preferences_window_new (GtkWindow *parent,
                                                GSettings *settings);

G_END_DECLS
