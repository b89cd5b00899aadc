/* nr-record-dialog.c: adds or edits one record of a repeatable list (a
 * measure taken, a point of contact), each field in the editor of its kind
 * (nr_answer_editor_new_for()), as on a norm's page. */
#include "config.h"

#include <glib/gi18n.h>

#include "nr-answer-editor.h"
#include "nr-gui-util.h"
#include "nr-record-dialog.h"

struct _NrRecordDialog
{
  AdwWindow parent_instance;

  GtkBox *fields_box;
  GtkLabel *error_label;

  NrReport *report;
  NrQuestion *question;
  NrRecord *record;
  /* Field id → the editor it is edited in, which the dialog holds. */
  GHashTable *editors;
};

G_DEFINE_FINAL_TYPE (NrRecordDialog, nr_record_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The problem a field's editor points out, under it. */
static void
problem_changed_cb (NrAnswerEditor *editor,
                    GParamSpec     *pspec,
                    GtkLabel       *note)
{
  const char *problem = nr_answer_editor_get_problem (editor);

  gtk_label_set_text (note, problem != NULL ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (note), problem != NULL);
}

static GtkWidget *
small_label (const char *text,
             const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, style);
  return label;
}

/* A field: its label, what to write in it, its editor, and the problem
 * the editor points out.  The help is shown rather than hidden in a
 * tooltip, which neither a keyboard nor a touch screen reaches. */
static GtkWidget *
field_box (NrQuestion     *field,
           NrAnswerEditor *editor)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (nr_question_get_label (field));
  GtkWidget *note = small_label ("", "error");

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), label);
  if (nr_question_get_help (field) != NULL)
    gtk_box_append (GTK_BOX (box), small_label (nr_question_get_help (field), "dim-label"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (editor));
  gtk_box_append (GTK_BOX (box), note);
  problem_changed_cb (editor, NULL, GTK_LABEL (note));
  g_signal_connect_object (editor, "notify::problem", G_CALLBACK (problem_changed_cb), note, 0);
  return box;
}

static void
build_fields (NrRecordDialog *self)
{
  GListModel *fields = nr_question_get_fields (self->question);
  GVariant *values = self->record != NULL ? nr_record_get_fields (self->record) : NULL;

  for (guint i = 0; i < g_list_model_get_n_items (fields); i++)
    {
      g_autoptr(NrQuestion) field = g_list_model_get_item (fields, i);
      g_autoptr(GVariant) value = values != NULL
                                  ? g_variant_lookup_value (values, nr_question_get_id (field), NULL)
                                  : NULL;
      NrAnswerEditor *editor = nr_answer_editor_new_for (field, self->report);

      nr_answer_editor_set_value (editor, value);
      g_hash_table_insert (self->editors, g_strdup (nr_question_get_id (field)), editor);
      gtk_box_append (self->fields_box, field_box (field, editor));
    }
}

/* The record's fields, or %NULL, saying why under the Save button, if a
 * field holds what the record cannot. */
static GVariant *
collect_fields (NrRecordDialog *self)
{
  GListModel *fields = nr_question_get_fields (self->question);
  GVariantDict dict;

  g_variant_dict_init (&dict, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (fields); i++)
    {
      g_autoptr(NrQuestion) field = g_list_model_get_item (fields, i);
      NrAnswerEditor *editor = g_hash_table_lookup (self->editors, nr_question_get_id (field));
      g_autoptr(GVariant) value = NULL;

      if (!nr_answer_editor_is_savable (editor))
        {
          /* Translators: "%s" is a field of a record, such as "Since". */
          g_autofree char *message = g_strdup_printf (_("Not saved: correct “%s” first."),
                                                      nr_question_get_label (field));

          g_variant_dict_clear (&dict);
          gtk_label_set_text (self->error_label, message);
          gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
          gtk_widget_grab_focus (GTK_WIDGET (editor));
          return NULL;
        }
      value = nr_answer_editor_dup_value (editor);
      if (value != NULL)
        g_variant_dict_insert_value (&dict, nr_question_get_id (field), value);
    }
  return g_variant_dict_end (&dict);
}

/**
 * nr_record_dialog_save:
 *
 * Saves the record; on failure the dialog stays open and says why.
 */
gboolean
nr_record_dialog_save (NrRecordDialog *self)
{
  g_autoptr(GError) error = NULL;
  GVariant *fields = collect_fields (self);
  gboolean ok;

  if (fields == NULL)
    return FALSE;
  if (self->record != NULL)
    ok = nr_report_update_record (self->report, nr_question_get_id (self->question),
                                  nr_record_get_id (self->record), fields, &error);
  else
    {
      g_autofree char *record_id = nr_report_add_record (self->report,
                                                         nr_question_get_id (self->question),
                                                         fields, &error);
      ok = record_id != NULL;
    }

  if (!ok)
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return FALSE;
    }

  g_signal_emit (self, signals[SAVED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
save_clicked_cb (NrRecordDialog *self)
{
  nr_record_dialog_save (self);
}

static void
nr_record_dialog_dispose (GObject *object)
{
  NrRecordDialog *self = NR_RECORD_DIALOG (object);

  g_clear_object (&self->report);
  g_clear_object (&self->question);
  g_clear_object (&self->record);
  g_clear_pointer (&self->editors, g_hash_table_unref);

  G_OBJECT_CLASS (nr_record_dialog_parent_class)->dispose (object);
}

static void
nr_record_dialog_class_init (NrRecordDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nr_record_dialog_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/nr-record-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, NrRecordDialog, fields_box);
  gtk_widget_class_bind_template_child (widget_class, NrRecordDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
nr_record_dialog_init (NrRecordDialog *self)
{
  self->editors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
  nr_gui_name_mnemonic_buttons (GTK_WIDGET (self));
}

/**
 * nr_record_dialog_new:
 * @record: (nullable): the record to edit, or %NULL to add one
 */
NrRecordDialog *
nr_record_dialog_new (GtkWindow  *parent,
                      NrReport   *report,
                      NrQuestion *question,
                      NrRecord   *record)
{
  NrRecordDialog *self = g_object_new (NR_TYPE_RECORD_DIALOG, "transient-for", parent, NULL);

  self->report = g_object_ref (report);
  self->question = g_object_ref (question);
  self->record = record != NULL ? g_object_ref (record) : NULL;
  gtk_window_set_title (GTK_WINDOW (self), nr_question_get_label (question));
  build_fields (self);
  return self;
}

/**
 * nr_record_dialog_get_field:
 *
 * Returns: (transfer none) (nullable): the #NrAnswerEditor a field is
 *   edited in.
 */
GtkWidget *
nr_record_dialog_get_field (NrRecordDialog *self,
                            const char     *field_id)
{
  g_return_val_if_fail (NR_IS_RECORD_DIALOG (self), NULL);
  return g_hash_table_lookup (self->editors, field_id);
}
