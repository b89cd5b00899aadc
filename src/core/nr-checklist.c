/* nr-checklist.c: reading and changing a checklist's answer. */
#include "config.h"

#include "nr-checklist.h"

/**
 * nr_checklist_lookup:
 * @value: (nullable): a checklist's answer
 * @status: (out) (optional): the status given to @item, "" for none
 * @note: (out) (optional): the note on @item, "" for none
 *
 * Returns: whether @value says anything about @item
 */
gboolean
nr_checklist_lookup (GVariant    *value,
                     const char  *item,
                     const char **status,
                     const char **note)
{
  const char *found_status = NULL;
  const char *found_note = NULL;

  if (value == NULL || !g_variant_is_of_type (value, NR_CHECKLIST_TYPE) ||
      !g_variant_lookup (value, item, "(&s&s)", &found_status, &found_note))
    return FALSE;
  if (status != NULL)
    *status = found_status;
  if (note != NULL)
    *note = found_note;
  return TRUE;
}

/* Every entry of @value but @item's, sorted by item, with @item's given
 * @status and @note unless both are empty. */
static GVariant *
rebuild (GVariant   *value,
         const char *item,
         const char *status,
         const char *note)
{
  g_autoptr(GTree) entries = g_tree_new ((GCompareFunc) g_strcmp0);
  GVariantBuilder builder;
  GVariantIter iter;
  const char *key;
  GVariant *entry;

  if (value != NULL && g_variant_is_of_type (value, NR_CHECKLIST_TYPE))
    {
      g_variant_iter_init (&iter, value);
      while (g_variant_iter_next (&iter, "{&s@(ss)}", &key, &entry))
        g_tree_insert (entries, (gpointer) key, entry);
    }
  if (g_tree_lookup (entries, item) != NULL)
    g_variant_unref (g_tree_lookup (entries, item));
  g_tree_remove (entries, item);
  if (*status != '\0' || *note != '\0')
    g_tree_insert (entries, (gpointer) item, g_variant_ref_sink (g_variant_new ("(ss)", status, note)));

  g_variant_builder_init (&builder, NR_CHECKLIST_TYPE);
  for (GTreeNode *node = g_tree_node_first (entries); node != NULL; node = g_tree_node_next (node))
    {
      g_autoptr(GVariant) pair = g_tree_node_value (node);

      g_variant_builder_add (&builder, "{s@(ss)}", g_tree_node_key (node), pair);
    }
  return g_variant_builder_end (&builder);
}

/**
 * nr_checklist_set:
 * @value: (nullable): a checklist's answer
 * @status: (nullable): the new status of @item, "" for none, %NULL to keep it
 * @note: (nullable): the new note on @item, "" for none, %NULL to keep it
 *
 * Returns: (transfer floating) (nullable): @value with @item changed, or
 *   %NULL when nothing is left in it
 */
GVariant *
nr_checklist_set (GVariant   *value,
                  const char *item,
                  const char *status,
                  const char *note)
{
  const char *old_status = "";
  const char *old_note = "";
  GVariant *result;

  nr_checklist_lookup (value, item, &old_status, &old_note);
  result = rebuild (value, item, status != NULL ? status : old_status, note != NULL ? note : old_note);
  if (g_variant_n_children (result) == 0)
    {
      g_variant_unref (g_variant_ref_sink (result));
      return NULL;
    }
  return result;
}

/**
 * nr_checklist_without:
 *
 * Returns: (transfer floating): @value without @item
 */
GVariant *
nr_checklist_without (GVariant   *value,
                      const char *item)
{
  return rebuild (value, item, "", "");
}

/**
 * nr_checklist_from_statuses:
 * @statuses: a checklist's answer as questionnaires before version 2 stored
 *   it, a{ss}, item → status
 *
 * Returns: (transfer floating): the same answer with no notes
 */
GVariant *
nr_checklist_from_statuses (GVariant *statuses)
{
  GVariantBuilder builder;
  GVariantIter iter;
  const char *item;
  const char *status;

  g_variant_builder_init (&builder, NR_CHECKLIST_TYPE);
  g_variant_iter_init (&iter, statuses);
  while (g_variant_iter_next (&iter, "{&s&s}", &item, &status))
    g_variant_builder_add (&builder, "{s(ss)}", item, status, "");
  return g_variant_builder_end (&builder);
}
