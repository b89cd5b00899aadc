/* nr-frozen-list.c: a list model that is filled once and then only read.
 *
 * A questionnaire is built once and then shared by every window and every
 * worker thread (a PDF being drawn, submissions being read).  GListStore
 * does not allow that: reading it updates a cache of the last position
 * read, so two threads reading one store at once corrupt it.  This model
 * keeps its items in an array and changes nothing when read, so any number
 * of threads may read it once it is filled.  Nothing is appended after the
 * list is shared, so it never emits items-changed.
 */
#include "config.h"

#include "nr-frozen-list.h"

struct _NrFrozenList
{
  GObject parent_instance;

  GType item_type;
  GPtrArray *items;
};

static void nr_frozen_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (NrFrozenList, nr_frozen_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, nr_frozen_list_model_init))

static GType
nr_frozen_list_get_item_type (GListModel *model)
{
  return NR_FROZEN_LIST (model)->item_type;
}

static guint
nr_frozen_list_get_n_items (GListModel *model)
{
  return NR_FROZEN_LIST (model)->items->len;
}

static gpointer
nr_frozen_list_get_item (GListModel *model,
                         guint       position)
{
  NrFrozenList *self = NR_FROZEN_LIST (model);

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
nr_frozen_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = nr_frozen_list_get_item_type;
  iface->get_n_items = nr_frozen_list_get_n_items;
  iface->get_item = nr_frozen_list_get_item;
}

static void
nr_frozen_list_finalize (GObject *object)
{
  NrFrozenList *self = NR_FROZEN_LIST (object);

  g_ptr_array_unref (self->items);

  G_OBJECT_CLASS (nr_frozen_list_parent_class)->finalize (object);
}

static void
nr_frozen_list_class_init (NrFrozenListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = nr_frozen_list_finalize;
}

static void
nr_frozen_list_init (NrFrozenList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

NrFrozenList *
nr_frozen_list_new (GType item_type)
{
  NrFrozenList *self = g_object_new (NR_TYPE_FROZEN_LIST, NULL);

  g_return_val_if_fail (g_type_is_a (item_type, G_TYPE_OBJECT), self);
  self->item_type = item_type;
  return self;
}

/* Only while the list is being filled, before anything else can see it. */
void
nr_frozen_list_append (NrFrozenList *self,
                       gpointer      item)
{
  g_return_if_fail (NR_IS_FROZEN_LIST (self));
  g_return_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (item, self->item_type));

  g_ptr_array_add (self->items, g_object_ref (item));
}
