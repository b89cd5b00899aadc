/* nr-gui-test-util.c: driving real windows in tests. */
#include "config.h"

#include <glib/gstdio.h>

#include "nr-gui-test-util.h"

static gboolean
count_frame (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       user_data)
{
  guint *remaining = user_data;

  if (*remaining > 0)
    (*remaining)--;
  return *remaining > 0 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

/* Runs the main loop until @widget is mapped and has been drawn @n_frames
 * times, so that what a test inspects or saves is what a user would see. */
void
nr_gui_test_wait_for_frames (GtkWidget *widget,
                             guint      n_frames)
{
  guint remaining = n_frames;

  while (!gtk_widget_get_mapped (widget))
    g_main_context_iteration (NULL, TRUE);

  gtk_widget_add_tick_callback (widget, count_frame, &remaining, NULL);
  while (remaining > 0)
    g_main_context_iteration (NULL, TRUE);
}

/* Saves what @widget shows as NAME.png in the build's screenshots folder. */
void
nr_gui_test_save_screenshot (GtkWidget  *widget,
                             const char *name)
{
  const char *dir = g_getenv ("NR_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file_name = g_strconcat (name, ".png", NULL);
  g_autofree char *path = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  g_assert_nonnull (dir);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));

  path = g_build_filename (dir, file_name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Screenshot saved to %s", path);
}

/* The first widget of @type at or below @root, depth first. */
GtkWidget *
nr_gui_test_find_by_type (GtkWidget *root,
                          GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = nr_gui_test_find_by_type (child, type);
      if (found != NULL)
        return found;
    }

  return NULL;
}
