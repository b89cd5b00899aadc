/* nr-choice.h: one option of a choice question, or one item of a checklist. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define NR_TYPE_CHOICE (nr_choice_get_type ())
G_DECLARE_FINAL_TYPE (NrChoice, nr_choice, NR, CHOICE, GObject)

NrChoice   *nr_choice_new            (const char *value,
                                      const char *label,
                                      const char *help,
                                      const char *rests_on,
                                      gboolean    non_answer);
const char *nr_choice_get_value      (NrChoice   *self);
const char *nr_choice_get_label      (NrChoice   *self);
const char *nr_choice_get_help       (NrChoice   *self);
const char *nr_choice_get_rests_on   (NrChoice   *self);
gboolean    nr_choice_is_non_answer  (NrChoice   *self);

G_END_DECLS
