/* nr-date-editor.c: a date, typed as precisely as its source, or picked
 * from a calendar.
 *
 * "2017" and "2017-10" are dates, not mistakes: sources often give no more.
 * What is no date the report can hold is pointed out and not saved: while
 * "201" is being typed into "2017", saving it would only fail.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "nr-date-editor.h"
#include "nr-gui-util.h"

struct _NrDateEditor
{
  NrAnswerEditor parent_instance;

  GtkEntry *entry;
  GtkMenuButton *button;
  GtkPopover *popover;
  GtkCalendar *calendar;
};

G_DEFINE_FINAL_TYPE (NrDateEditor, nr_date_editor, NR_TYPE_ANSWER_EDITOR)

static void
check_format (NrAnswerEditor *editor)
{
  NrDateEditor *self = NR_DATE_EDITOR (editor);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  gboolean valid = *text == '\0' || nr_partial_date_is_valid (text, NULL);

  nr_answer_editor_set_problem (editor,
                                valid ? NULL : _("Not saved: write a year, a year and month, or a full date, such as 2017, 2017-10 or 2017-10-25."),
                                FALSE);
}

static void
day_selected_cb (NrDateEditor *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->calendar);
  g_autofree char *text = g_date_time_format (date, "%Y-%m-%d");

  gtk_editable_set_text (GTK_EDITABLE (self->entry), text);
  gtk_popover_popdown (self->popover);
}

/* The calendar opens on the date typed, if it is one: on the first day of
 * the month or the year typed, if that is all it gives. */
static void
calendar_shown_cb (NrDateEditor *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  NrDatePrecision precision = NR_DATE_PRECISION_NONE;
  g_autofree char *iso = NULL;
  g_autoptr(GDateTime) date = NULL;

  if (!nr_partial_date_is_valid (text, &precision))
    return;
  iso = g_strconcat (text,
                     precision == NR_DATE_PRECISION_YEAR ? "-01-01" : precision == NR_DATE_PRECISION_MONTH ? "-01" : "",
                     "T00:00:00Z", NULL);
  date = g_date_time_new_from_iso8601 (iso, NULL);

  if (date != NULL)
    {
      g_signal_handlers_block_by_func (self->calendar, day_selected_cb, self);
      gtk_calendar_select_day (self->calendar, date);
      g_signal_handlers_unblock_by_func (self->calendar, day_selected_cb, self);
    }
}

static void
nr_date_editor_constructed (GObject *object)
{
  NrDateEditor *self = NR_DATE_EDITOR (object);
  const char *label = nr_question_get_label (nr_answer_editor_get_question (NR_ANSWER_EDITOR (self)));
  g_autofree char *name = g_strdup_printf (_("Choose a date: %s"), label);

  G_OBJECT_CLASS (nr_date_editor_parent_class)->constructed (object);

  nr_gui_set_accessible_label (GTK_WIDGET (self->entry), label);
  nr_gui_set_accessible_label (GTK_WIDGET (self->button), name);
  nr_gui_name_calendar_buttons (self->calendar);
  nr_answer_editor_set_input (NR_ANSWER_EDITOR (self), GTK_WIDGET (self->entry));
}

static void
nr_date_editor_class_init (NrDateEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  NrAnswerEditorClass *editor_class = NR_ANSWER_EDITOR_CLASS (klass);

  object_class->constructed = nr_date_editor_constructed;
  editor_class->typed = TRUE;
  editor_class->check_format = check_format;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/nr-date-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, NrDateEditor, entry);
  gtk_widget_class_bind_template_child (widget_class, NrDateEditor, button);
  gtk_widget_class_bind_template_child (widget_class, NrDateEditor, popover);
  gtk_widget_class_bind_template_child (widget_class, NrDateEditor, calendar);
  gtk_widget_class_bind_template_callback (widget_class, day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, calendar_shown_cb);
}

static void
nr_date_editor_init (NrDateEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
