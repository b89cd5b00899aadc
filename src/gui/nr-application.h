/* nr-application.h: the Norms Reporter application. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define NR_TYPE_APPLICATION (nr_application_get_type ())
G_DECLARE_FINAL_TYPE (NrApplication, nr_application, NR, APPLICATION, AdwApplication)

NrApplication *nr_application_new          (void);
GSettings     *nr_application_get_settings (NrApplication *self);

G_END_DECLS
