/* nr-upgrade-map.h: how answers move when a report opens with a newer
 * version of its questionnaire.
 *
 * Answers are keyed by question id and follow their question by themselves.
 * A questionnaire that reorganises what it asks (per-norm lists of measures
 * becoming one register) says in its <upgrade> elements where the answers
 * to the old questions go; this is that map, read once with the
 * questionnaire and applied by nr_document_upgrade().
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  /* Every record of list @from moves into list @to. */
  NR_UPGRADE_MOVE_RECORDS,
  /* The status of practical action @item of checklist @from becomes the
   * answer to @to. */
  NR_UPGRADE_MOVE_ITEM,
} NrUpgradeStepKind;

typedef struct
{
  NrUpgradeStepKind kind;
  char *from;
  char *to;
  char *item;                /* NR_UPGRADE_MOVE_ITEM */
  GHashTable *renamed_fields; /* NR_UPGRADE_MOVE_RECORDS: old field id → new */
  GPtrArray *added_choices;  /* NR_UPGRADE_MOVE_RECORDS: of NrUpgradeChoice */
} NrUpgradeStep;

typedef struct
{
  char *field;
  char *value;
} NrUpgradeChoice;

typedef struct
{
  /* The map applies to reports answering a version below this one. */
  char *to_version;
  GPtrArray *steps;          /* of NrUpgradeStep, in the questionnaire's order */
} NrUpgradeMap;

NrUpgradeMap  *nr_upgrade_map_new         (const char    *to_version);
void           nr_upgrade_map_free        (NrUpgradeMap  *self);
NrUpgradeStep *nr_upgrade_map_add_step    (NrUpgradeMap      *self,
                                           NrUpgradeStepKind  kind,
                                           const char        *from,
                                           const char        *to);
void           nr_upgrade_step_rename_field (NrUpgradeStep *self,
                                             const char    *from,
                                             const char    *to);
void           nr_upgrade_step_add_choice (NrUpgradeStep *self,
                                           const char    *field,
                                           const char    *value);
const char    *nr_upgrade_step_field_name (NrUpgradeStep *self,
                                           const char    *field);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NrUpgradeMap, nr_upgrade_map_free)

G_END_DECLS
