/* nr-gui-util.c: small helpers the views share. */
#include "config.h"

#include <glib/gi18n.h>

#include "nr-gui-util.h"

/**
 * nr_format_period:
 * @start: (nullable): an ISO date
 * @end: (nullable): an ISO date
 *
 * Returns: (transfer full): the reporting period as people say it: "2025",
 *   or "2025–2026" when it spans two years.
 */
char *
nr_format_period (const char *start,
                  const char *end)
{
  if (start == NULL && end == NULL)
    return g_strdup (_("Period not set"));
  if (start == NULL || end == NULL || strncmp (start, end, 4) == 0)
    return g_strndup (start != NULL ? start : end, 4);
  /* Translators: a reporting period from one year to another. */
  return g_strdup_printf (_("%.4s–%.4s"), start, end);
}

/**
 * nr_format_time:
 * @iso: (nullable): an ISO 8601 time, as reports record them
 *
 * Returns: (transfer full): the time in the user's time zone and format.
 */
char *
nr_format_time (const char *iso)
{
  g_autoptr(GDateTime) time = iso != NULL ? g_date_time_new_from_iso8601 (iso, NULL) : NULL;

  if (time == NULL)
    return g_strdup (iso != NULL ? iso : "");
  return nr_format_date_time (time);
}

/**
 * nr_format_date_time:
 * @time: a moment, in any time zone
 *
 * Returns: (transfer full): @time in the user's time zone, date in the
 * locale's format.
 */
char *
nr_format_date_time (GDateTime *time)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (time);

  /* Translators: a date and time in the user's preferred format. */
  return g_date_time_format (local, _("%x %H:%M"));
}

/**
 * nr_gui_find_first_button:
 *
 * Returns: (transfer none) (nullable): the first button at or below @root,
 *   depth first.
 */
GtkWidget *
nr_gui_find_first_button (GtkWidget *root)
{
  if (GTK_IS_BUTTON (root))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = nr_gui_find_first_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/**
 * nr_gui_set_accessible_label:
 * @label: what a screen reader says for @widget: what it does, and what it
 *   acts on, such as "What to answer: National focal point"
 *
 * Names @widget for assistive technologies, in place of any other name: a
 * label that also names it would be read out after @label.  A drop-down's
 * inner button is named too.
 */
void
nr_gui_set_accessible_label (GtkWidget  *widget,
                             const char *label)
{
  /* GTK 4.8 leaves the button inside a drop-down unnamed: screen readers
   * call it "GtkToggleButton". */
  GtkWidget *button = GTK_IS_DROP_DOWN (widget) ? nr_gui_find_first_button (widget) : NULL;

  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  if (button != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

/**
 * nr_gui_name_mnemonic_buttons:
 *
 * GTK 4.8 names a button whose label has a mnemonic by the raw label
 * ("_New Report"), then again by the label inside it, which names the button
 * as its mnemonic widget: a screen reader says "underscore New Report New
 * Report".  For each such button at or below @root, the raw label is
 * dropped, and the label inside names it alone.
 */
void
nr_gui_name_mnemonic_buttons (GtkWidget *root)
{
  if (GTK_IS_BUTTON (root) && gtk_button_get_use_underline (GTK_BUTTON (root)) &&
      gtk_button_get_label (GTK_BUTTON (root)) != NULL)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_PROPERTY_LABEL);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    nr_gui_name_mnemonic_buttons (child);
}

static void
collect_buttons (GtkWidget *root,
                 GPtrArray *buttons)
{
  if (GTK_IS_BUTTON (root))
    g_ptr_array_add (buttons, root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_buttons (child, buttons);
}

/**
 * nr_gui_name_calendar_buttons:
 *
 * GTK 4.8's calendar has four arrow buttons in its header, unnamed: a
 * screen reader says "GtkImage" four times.  They come in this order: the
 * month back and forward, then the year back and forward.  A calendar built
 * otherwise is left as it is.
 */
void
nr_gui_name_calendar_buttons (GtkCalendar *calendar)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  const char *names[] = { N_("Previous month"), N_("Next month"), N_("Previous year"), N_("Next year") };

  collect_buttons (GTK_WIDGET (calendar), buttons);
  if (buttons->len != G_N_ELEMENTS (names))
    return;
  for (guint i = 0; i < buttons->len; i++)
    nr_gui_set_accessible_label (buttons->pdata[i], _(names[i]));
}
