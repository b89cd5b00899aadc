/* nr-checklist.h: the answer to a checklist of practical actions.
 *
 * It maps each action (an item of the checklist) to its status, one of the
 * checklist's status choices, and a short note that says what lies behind
 * the status: GVariant type a{s(ss)}, item → (status, note).  An action may
 * have a note before it has a status (the status is then ""), but never
 * neither.  Entries are sorted by item, so equal answers print alike.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define NR_CHECKLIST_TYPE ((const GVariantType *) "a{s(ss)}")
/* The most characters a note on one action holds. */
#define NR_CHECKLIST_NOTE_MAX_LENGTH 2000

gboolean  nr_checklist_lookup      (GVariant   *value,
                                    const char *item,
                                    const char **status,
                                    const char **note);
GVariant *nr_checklist_set         (GVariant   *value,
                                    const char *item,
                                    const char *status,
                                    const char *note);
GVariant *nr_checklist_without     (GVariant   *value,
                                    const char *item);
GVariant *nr_checklist_from_statuses (GVariant *statuses);

G_END_DECLS
