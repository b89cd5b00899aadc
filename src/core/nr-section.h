/* nr-section.h: a part of the questionnaire ("National context", "Norms" …). */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define NR_TYPE_SECTION (nr_section_get_type ())
G_DECLARE_FINAL_TYPE (NrSection, nr_section, NR, SECTION, GObject)

NrSection  *nr_section_new           (const char *id,
                                      const char *title,
                                      const char *help,
                                      gboolean    separable);
const char *nr_section_get_id        (NrSection  *self);
const char *nr_section_get_title     (NrSection  *self);
const char *nr_section_get_help      (NrSection  *self);
GListModel *nr_section_get_questions (NrSection  *self);
GListModel *nr_section_get_norms     (NrSection  *self);
gboolean    nr_section_is_separable  (NrSection  *self);
gboolean    nr_section_is_shared     (NrSection  *self);
void        nr_section_set_shared    (NrSection  *self,
                                      gboolean    shared);

G_END_DECLS
