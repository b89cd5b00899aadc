/* nr-records-editor.c: a list of records (measures, points of contact),
 * each added and edited in its own dialog, moved and deleted here.
 *
 * Unlike the other editors it saves by itself: each record is saved when
 * its dialog is, and a move or a deletion at once.  What fails is reported
 * through NrAnswerEditor::failed.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "nr-gui-util.h"
#include "nr-record-dialog.h"
#include "nr-records-editor.h"

struct _NrRecordsEditor
{
  NrAnswerEditor parent_instance;

  GtkListBox *list;

  NrReport *report;
};

G_DEFINE_FINAL_TYPE (NrRecordsEditor, nr_records_editor, NR_TYPE_ANSWER_EDITOR)

enum {
  PROP_0,
  PROP_REPORT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void fill_records (NrRecordsEditor *self);

static NrQuestion *
question (NrRecordsEditor *self)
{
  return nr_answer_editor_get_question (NR_ANSWER_EDITOR (self));
}

static void
edit_record (NrRecordsEditor *self,
             NrRecord        *record)
{
  NrRecordDialog *dialog = nr_record_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                 self->report, question (self), record);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (fill_records), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
record_action_cb (GtkButton       *button,
                  NrRecordsEditor *self)
{
  g_autoptr(GError) error = NULL;
  NrRecord *record = g_object_get_data (G_OBJECT (button), "nr-record");
  const char *action = g_object_get_data (G_OBJECT (button), "nr-action");
  const char *question_id = nr_question_get_id (question (self));
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "nr-index"));
  gboolean ok = TRUE;

  if (g_str_equal (action, "edit"))
    {
      edit_record (self, record);
      return;
    }
  if (g_str_equal (action, "delete"))
    ok = nr_report_delete_record (self->report, question_id, nr_record_get_id (record), &error);
  else if (g_str_equal (action, "up") && index > 0)
    ok = nr_report_move_record (self->report, question_id, nr_record_get_id (record), index - 1, &error);
  else if (g_str_equal (action, "down"))
    ok = nr_report_move_record (self->report, question_id, nr_record_get_id (record), index + 1, &error);

  if (!ok)
    nr_answer_editor_failed (NR_ANSWER_EDITOR (self), error);
  fill_records (self);
}

/* @name says what the button does to which record, for screen readers,
 * which reach each button on its own: "Delete “National strategy”". */
static GtkWidget *
record_button (NrRecordsEditor *self,
               NrRecord        *record,
               guint            index,
               const char      *icon,
               const char      *action,
               const char      *tooltip,
               const char      *name)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  nr_gui_set_accessible_label (button, name);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data_full (G_OBJECT (button), "nr-record", g_object_ref (record), g_object_unref);
  g_object_set_data (G_OBJECT (button), "nr-action", (gpointer) action);
  g_object_set_data (G_OBJECT (button), "nr-index", GUINT_TO_POINTER (index));
  g_signal_connect_object (button, "clicked", G_CALLBACK (record_action_cb), self, 0);
  return button;
}

/* A record's title: its first text that is filled in. */
static char *
record_title (NrQuestion *question,
              NrRecord   *record)
{
  GListModel *fields = nr_question_get_fields (question);

  for (guint i = 0; i < g_list_model_get_n_items (fields); i++)
    {
      g_autoptr(NrQuestion) field = g_list_model_get_item (fields, i);
      const char *text = nr_record_get_text (record, nr_question_get_id (field));

      if (text != NULL && *text != '\0' && nr_question_get_kind (field) != NR_QUESTION_KIND_SINGLE_CHOICE)
        return g_strdup (text);
    }
  return g_strdup (_("Untitled"));
}

static GtkWidget *
record_row (NrRecordsEditor *self,
            NrRecord        *record,
            guint            index,
            guint            n)
{
  g_autofree char *title = record_title (question (self), record);
  g_autofree char *edit = g_strdup_printf (_("Edit “%s”"), title);
  g_autofree char *up = g_strdup_printf (_("Move “%s” up"), title);
  g_autofree char *down = g_strdup_printf (_("Move “%s” down"), title);
  g_autofree char *delete = g_strdup_printf (_("Delete “%s”"), title);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             record_button (self, record, index, "document-edit-symbolic", "edit", _("Edit"), edit));
  if (index > 0)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                               record_button (self, record, index, "go-up-symbolic", "up", _("Move Up"), up));
  if (index + 1 < n)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                               record_button (self, record, index, "go-down-symbolic", "down", _("Move Down"), down));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             record_button (self, record, index, "user-trash-symbolic", "delete", _("Delete"), delete));
  return row;
}

static GtkWidget *
add_row (NrRecordsEditor *self)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (_("_Add…"));
  GtkWidget *row = gtk_list_box_row_new ();
  g_autofree char *name = g_strdup_printf (_("Add to: %s"), nr_question_get_label (question (self)));

  nr_gui_set_accessible_label (row, name);
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  g_object_set_data (G_OBJECT (row), "nr-add", GINT_TO_POINTER (TRUE));
  return row;
}

static void
fill_records (NrRecordsEditor *self)
{
  g_autoptr(GListModel) records = nr_report_list_records (self->report, nr_question_get_id (question (self)));
  guint n = g_list_model_get_n_items (records);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NrRecord) record = g_list_model_get_item (records, i);
      gtk_list_box_append (self->list, record_row (self, record, i, n));
    }
  gtk_list_box_append (self->list, add_row (self));
}

static void
row_activated_cb (NrRecordsEditor *self,
                  GtkListBoxRow   *row)
{
  if (g_object_get_data (G_OBJECT (row), "nr-add") != NULL)
    edit_record (self, NULL);
}

/* The records live in the report, not in a value. */
static GVariant *
nr_records_editor_dup_value (NrAnswerEditor *editor)
{
  return NULL;
}

static void
nr_records_editor_set_value (NrAnswerEditor *editor,
                             GVariant       *value)
{
  fill_records (NR_RECORDS_EDITOR (editor));
}

static void
nr_records_editor_constructed (GObject *object)
{
  NrRecordsEditor *self = NR_RECORDS_EDITOR (object);

  G_OBJECT_CLASS (nr_records_editor_parent_class)->constructed (object);

  nr_gui_set_accessible_label (GTK_WIDGET (self->list), nr_question_get_label (question (self)));
  nr_answer_editor_set_input (NR_ANSWER_EDITOR (self), GTK_WIDGET (self->list));
  fill_records (self);
}

static void
nr_records_editor_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  NrRecordsEditor *self = NR_RECORDS_EDITOR (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      self->report = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nr_records_editor_dispose (GObject *object)
{
  NrRecordsEditor *self = NR_RECORDS_EDITOR (object);

  g_clear_object (&self->report);

  G_OBJECT_CLASS (nr_records_editor_parent_class)->dispose (object);
}

static void
nr_records_editor_class_init (NrRecordsEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  NrAnswerEditorClass *editor_class = NR_ANSWER_EDITOR_CLASS (klass);

  object_class->constructed = nr_records_editor_constructed;
  object_class->set_property = nr_records_editor_set_property;
  object_class->dispose = nr_records_editor_dispose;
  editor_class->dup_value = nr_records_editor_dup_value;
  editor_class->set_value = nr_records_editor_set_value;

  properties[PROP_REPORT] = g_param_spec_object ("report", NULL, NULL, NR_TYPE_REPORT,
                                                 G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY |
                                                 G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/nr-records-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, NrRecordsEditor, list);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
nr_records_editor_init (NrRecordsEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
