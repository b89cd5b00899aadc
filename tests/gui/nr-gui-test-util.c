/* nr-gui-test-util.c: driving real windows in tests. */
#include "config.h"

#include <glib/gstdio.h>

#include "nr-gui-test-util.h"

static void
count_paint (GdkFrameClock *clock,
             gpointer       user_data)
{
  guint *remaining = user_data;

  if (*remaining > 0)
    (*remaining)--;
}

/* Runs the main loop until @widget is mapped and its window has been painted
 * @n_frames times, so that what a test inspects or saves is what a user
 * would see. */
void
nr_gui_test_wait_for_frames (GtkWidget *widget,
                             guint      n_frames)
{
  guint remaining = n_frames;
  GdkFrameClock *clock;
  gulong handler;

  while (!gtk_widget_get_mapped (widget))
    g_main_context_iteration (NULL, TRUE);

  clock = gtk_widget_get_frame_clock (widget);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (count_paint), &remaining);
  while (remaining > 0)
    {
      gtk_widget_queue_draw (widget);
      g_main_context_iteration (NULL, TRUE);
    }
  g_signal_handler_disconnect (clock, handler);
}

/* Saves what @widget shows as NAME.png in the build's screenshots folder. */
void
nr_gui_test_save_screenshot (GtkWidget  *widget,
                             const char *name)
{
  const char *dir = g_getenv ("NR_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file_name = g_strconcat (name, ".png", NULL);
  g_autofree char *path = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  g_assert_nonnull (dir);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);

  /* A newly shown window may need a few round trips to the display server
   * before it has been painted once. */
  for (guint attempt = 0; node == NULL && attempt < 300; attempt++)
    {
      width = gtk_widget_get_width (widget);
      height = gtk_widget_get_height (widget);
      snapshot = gtk_snapshot_new ();
      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
      if (node == NULL)
        {
          gint64 until = g_get_monotonic_time () + 10 * 1000;

          while (g_get_monotonic_time () < until)
            g_main_context_iteration (NULL, FALSE);
        }
    }
  if (node == NULL)
    g_error ("%s: nothing drawn (%d×%d)", name, width, height);
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

/* The first button at or below @root whose label or tooltip is @text. */
GtkWidget *
nr_gui_test_find_button (GtkWidget  *root,
                         const char *text)
{
  if (GTK_IS_BUTTON (root) &&
      (g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), text) == 0 ||
       g_strcmp0 (gtk_widget_get_tooltip_text (root), text) == 0))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = nr_gui_test_find_button (child, text);
      if (found != NULL)
        return found;
    }

  return NULL;
}
