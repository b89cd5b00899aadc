/* nr-library.c: the user's reports, read in the background.
 *
 * Reading a report's details means opening its database, which must never
 * happen on the main loop: a folder of reports is read in a GTask, and the
 * list is replaced in one go when the task is done.  A file that cannot be
 * read is listed with the reason, so that nothing silently disappears.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "nr-core.h"
#include "nr-country.h"
#include "nr-gui-util.h"
#include "nr-library.h"

struct _NrLibraryItem
{
  GObject parent_instance;

  GFile *file;
  char *state;
  char *period;
  char *problem;
  char *questionnaire;
  double completion;
  GDateTime *modified;
};

G_DEFINE_FINAL_TYPE (NrLibraryItem, nr_library_item, G_TYPE_OBJECT)

static void
nr_library_item_finalize (GObject *object)
{
  NrLibraryItem *self = NR_LIBRARY_ITEM (object);

  g_clear_object (&self->file);
  g_free (self->state);
  g_free (self->period);
  g_free (self->problem);
  g_free (self->questionnaire);
  g_clear_pointer (&self->modified, g_date_time_unref);

  G_OBJECT_CLASS (nr_library_item_parent_class)->finalize (object);
}

static void
nr_library_item_class_init (NrLibraryItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = nr_library_item_finalize;
}

static void
nr_library_item_init (NrLibraryItem *self)
{
}

GFile *
nr_library_item_get_file (NrLibraryItem *self)
{
  return self->file;
}

/* The state's code; its name is looked up on the main thread. */
const char *
nr_library_item_get_state (NrLibraryItem *self)
{
  return self->state;
}

const char *
nr_library_item_get_period (NrLibraryItem *self)
{
  return self->period;
}

/* Why the file could not be read, or NULL. */
const char *
nr_library_item_get_problem (NrLibraryItem *self)
{
  return self->problem;
}

/* The title of the questionnaire the report answers. */
const char *
nr_library_item_get_questionnaire (NrLibraryItem *self)
{
  return self->questionnaire;
}

double
nr_library_item_get_completion (NrLibraryItem *self)
{
  return self->completion;
}

GDateTime *
nr_library_item_get_modified (NrLibraryItem *self)
{
  return self->modified;
}

/* Runs in the worker thread. */
static NrLibraryItem *
read_item (GFile *file)
{
  NrLibraryItem *item = g_object_new (NR_TYPE_LIBRARY_ITEM, NULL);
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(NrReport) report = nr_report_open (file, NULL, NR_STORE_OPEN_READ_ONLY, &error);

  item->file = g_object_ref (file);
  if (info != NULL)
    item->modified = g_file_info_get_modification_date_time (info);

  if (report == NULL)
    {
      item->problem = g_strdup (error->message);
      return item;
    }

  item->state = g_strdup (nr_report_get_metadata (report, NR_META_STATE));
  item->period = nr_format_period (nr_report_get_metadata (report, NR_META_PERIOD_START),
                                  nr_report_get_metadata (report, NR_META_PERIOD_END));
  item->completion = nr_report_get_completion (report, NULL, NULL);
  item->questionnaire = g_strdup (nr_questionnaire_get_title (nr_report_get_questionnaire (report)));
  nr_report_close (report);
  return item;
}

static int
newest_first (gconstpointer a,
              gconstpointer b)
{
  NrLibraryItem *x = *(NrLibraryItem **) a;
  NrLibraryItem *y = *(NrLibraryItem **) b;

  if (x->modified == NULL || y->modified == NULL)
    return (x->modified == NULL) - (y->modified == NULL);
  return -g_date_time_compare (x->modified, y->modified);
}

/* What one scan reads: a folder, and files opened from elsewhere. */
typedef struct
{
  GFile *folder;
  GPtrArray *extra_files;
} Scan;

static void
scan_free (Scan *scan)
{
  g_clear_object (&scan->folder);
  g_ptr_array_unref (scan->extra_files);
  g_free (scan);
}

static void
scan_folder (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Scan *scan = task_data;
  GFile *folder = scan->folder;
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GFileEnumerator) children = NULL;
  GFileInfo *info;

  children = g_file_enumerate_children (folder, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NONE, cancellable, NULL);
  while (children != NULL &&
         (info = g_file_enumerator_next_file (children, cancellable, NULL)) != NULL)
    {
      const char *name = g_file_info_get_name (info);

      if (g_str_has_suffix (name, ".normsreport"))
        {
          g_autoptr(GFile) file = g_file_get_child (folder, name);
          g_ptr_array_add (items, read_item (file));
        }
      g_object_unref (info);
    }

  /* Reports opened from elsewhere, while they are still there. */
  for (guint i = 0; i < scan->extra_files->len; i++)
    {
      GFile *file = scan->extra_files->pdata[i];
      g_autoptr(GFile) parent = g_file_get_parent (file);

      if (parent != NULL && g_file_equal (parent, folder))
        continue;
      if (g_file_query_exists (file, cancellable))
        g_ptr_array_add (items, read_item (file));
    }

  g_ptr_array_sort (items, newest_first);
  g_task_return_pointer (task, items, (GDestroyNotify) g_ptr_array_unref);
}

struct _NrLibrary
{
  GObject parent_instance;

  GFile *folder;
  GPtrArray *extra_files;
  GListStore *items;
  GCancellable *cancellable;
  gboolean loading;
};

G_DEFINE_FINAL_TYPE (NrLibrary, nr_library, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
nr_library_dispose (GObject *object)
{
  NrLibrary *self = NR_LIBRARY (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->items);
  g_clear_object (&self->folder);
  g_clear_pointer (&self->extra_files, g_ptr_array_unref);

  G_OBJECT_CLASS (nr_library_parent_class)->dispose (object);
}

static void
nr_library_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, NR_LIBRARY (object)->loading);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nr_library_class_init (NrLibraryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = nr_library_dispose;
  object_class->get_property = nr_library_get_property;

  properties[PROP_LOADING] = g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nr_library_init (NrLibrary *self)
{
  self->items = g_list_store_new (NR_TYPE_LIBRARY_ITEM);
  self->extra_files = g_ptr_array_new_with_free_func (g_object_unref);
}

NrLibrary *
nr_library_new (GFile *folder)
{
  NrLibrary *self = g_object_new (NR_TYPE_LIBRARY, NULL);

  self->folder = g_object_ref (folder);
  return self;
}

/**
 * nr_library_get_items:
 *
 * Returns: (transfer none): the reports (#NrLibraryItem), newest first.
 */
GListModel *
nr_library_get_items (NrLibrary *self)
{
  g_return_val_if_fail (NR_IS_LIBRARY (self), NULL);
  return G_LIST_MODEL (self->items);
}

gboolean
nr_library_is_loading (NrLibrary *self)
{
  g_return_val_if_fail (NR_IS_LIBRARY (self), FALSE);
  return self->loading;
}

static void
set_loading (NrLibrary *self,
             gboolean   loading)
{
  if (self->loading == loading)
    return;
  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
scan_done (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  NrLibrary *self = NR_LIBRARY (source);
  g_autoptr(GPtrArray) items = g_task_propagate_pointer (G_TASK (result), NULL);

  if (items == NULL)
    return;

  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                       items->pdata, items->len);
  set_loading (self, FALSE);
}

/* Reads the folder again, off the main loop. */
void
nr_library_reload (NrLibrary *self)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (NR_IS_LIBRARY (self));

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  set_loading (self, TRUE);
  task = g_task_new (self, self->cancellable, scan_done, NULL);
  g_task_set_source_tag (task, nr_library_reload);
  {
    Scan *scan = g_new0 (Scan, 1);

    /* The worker gets copies of its own. */
    scan->folder = g_file_dup (self->folder);
    scan->extra_files = g_ptr_array_new_with_free_func (g_object_unref);
    for (guint i = 0; i < self->extra_files->len; i++)
      g_ptr_array_add (scan->extra_files, g_file_dup (self->extra_files->pdata[i]));
    g_task_set_task_data (task, scan, (GDestroyNotify) scan_free);
  }
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, scan_folder);
}

/**
 * nr_library_set_extra_files:
 * @uris: (array zero-terminated=1): reports opened from outside the folder
 *
 * Lists these too, at the next reload, while they exist.
 */
void
nr_library_set_extra_files (NrLibrary          *self,
                            const char * const *uris)
{
  g_return_if_fail (NR_IS_LIBRARY (self));

  g_ptr_array_set_size (self->extra_files, 0);
  for (guint i = 0; uris != NULL && uris[i] != NULL; i++)
    g_ptr_array_add (self->extra_files, g_file_new_for_uri (uris[i]));
}
