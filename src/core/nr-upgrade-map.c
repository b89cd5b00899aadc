/* nr-upgrade-map.c: the steps of a questionnaire's upgrade map. */
#include "config.h"

#include "nr-upgrade-map.h"

static void
upgrade_choice_free (NrUpgradeChoice *choice)
{
  g_free (choice->field);
  g_free (choice->value);
  g_free (choice);
}

static void
upgrade_step_free (NrUpgradeStep *step)
{
  g_free (step->from);
  g_free (step->to);
  g_free (step->item);
  g_clear_pointer (&step->renamed_fields, g_hash_table_unref);
  g_clear_pointer (&step->added_choices, g_ptr_array_unref);
  g_free (step);
}

NrUpgradeMap *
nr_upgrade_map_new (const char *to_version)
{
  NrUpgradeMap *self = g_new0 (NrUpgradeMap, 1);

  self->to_version = g_strdup (to_version);
  self->steps = g_ptr_array_new_with_free_func ((GDestroyNotify) upgrade_step_free);
  return self;
}

void
nr_upgrade_map_free (NrUpgradeMap *self)
{
  if (self == NULL)
    return;
  g_free (self->to_version);
  g_ptr_array_unref (self->steps);
  g_free (self);
}

NrUpgradeStep *
nr_upgrade_map_add_step (NrUpgradeMap      *self,
                         NrUpgradeStepKind  kind,
                         const char        *from,
                         const char        *to)
{
  NrUpgradeStep *step = g_new0 (NrUpgradeStep, 1);

  step->kind = kind;
  step->from = g_strdup (from);
  step->to = g_strdup (to);
  step->renamed_fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  step->added_choices = g_ptr_array_new_with_free_func ((GDestroyNotify) upgrade_choice_free);
  g_ptr_array_add (self->steps, step);
  return step;
}

void
nr_upgrade_step_rename_field (NrUpgradeStep *self,
                              const char    *from,
                              const char    *to)
{
  g_hash_table_insert (self->renamed_fields, g_strdup (from), g_strdup (to));
}

void
nr_upgrade_step_add_choice (NrUpgradeStep *self,
                            const char    *field,
                            const char    *value)
{
  NrUpgradeChoice *choice = g_new0 (NrUpgradeChoice, 1);

  choice->field = g_strdup (field);
  choice->value = g_strdup (value);
  g_ptr_array_add (self->added_choices, choice);
}

/* The id @field of a record moved by this step has in its new list. */
const char *
nr_upgrade_step_field_name (NrUpgradeStep *self,
                            const char    *field)
{
  const char *renamed = g_hash_table_lookup (self->renamed_fields, field);

  return renamed != NULL ? renamed : field;
}
