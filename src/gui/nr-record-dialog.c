/* nr-record-dialog.c: adds or edits one record of a repeatable list (a
 * measure taken, a point of contact), one row per field. */
#include "config.h"

#include <glib/gi18n.h>

#include "nr-gui-util.h"
#include "nr-record-dialog.h"

struct _NrRecordDialog
{
  AdwWindow parent_instance;

  AdwPreferencesGroup *fields_group;
  GtkLabel *error_label;

  NrReport *report;
  NrQuestion *question;
  NrRecord *record;
  /* Field id → the widget it is edited in. */
  GHashTable *editors;
};

G_DEFINE_FINAL_TYPE (NrRecordDialog, nr_record_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkWidget *
add_choice_row (NrRecordDialog *self,
                NrQuestion     *field,
                GVariant       *value)
{
  GListModel *choices = nr_question_get_choices (field);
  GtkStringList *labels = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();
  const char *current = value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_STRING)
                        ? g_variant_get_string (value, NULL) : NULL;
  guint selected = 0;

  gtk_string_list_append (labels, _("Not set"));
  for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
    {
      g_autoptr(NrChoice) choice = g_list_model_get_item (choices, i);

      gtk_string_list_append (labels, nr_choice_get_label (choice));
      if (g_strcmp0 (current, nr_choice_get_value (choice)) == 0)
        selected = i + 1;
    }
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  g_object_unref (labels);
  return row;
}

static GtkWidget *
add_multiple_choice_row (NrRecordDialog *self,
                         NrQuestion     *field,
                         GVariant       *value)
{
  GListModel *choices = nr_question_get_choices (field);
  g_autofree const char **chosen = value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_STRING_ARRAY)
                                   ? g_variant_get_strv (value, NULL) : NULL;
  GtkWidget *row = adw_expander_row_new ();
  GPtrArray *checks = g_ptr_array_new ();

  /* The row owns the check buttons; the array only finds them again. */
  g_object_set_data_full (G_OBJECT (row), "nr-checks", checks, (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
    {
      g_autoptr(NrChoice) choice = g_list_model_get_item (choices, i);
      GtkWidget *check = gtk_check_button_new_with_label (nr_choice_get_label (choice));

      gtk_widget_set_margin_start (check, 12);
      g_object_set_data_full (G_OBJECT (check), "nr-value", g_strdup (nr_choice_get_value (choice)), g_free);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   chosen != NULL && g_strv_contains (chosen, nr_choice_get_value (choice)));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), check);
      g_ptr_array_add (checks, check);
    }
  return row;
}

static gboolean
is_list (NrQuestion *field)
{
  return nr_question_get_kind (field) == NR_QUESTION_KIND_TEXT_LIST ||
         nr_question_get_kind (field) == NR_QUESTION_KIND_LINK_LIST;
}

/* Names and links, one after another: a name may hold a comma ("Ministry
 * of Communications, Digital and Information"), but not a semicolon. */
static GtkWidget *
add_list_row (NrRecordDialog *self,
              NrQuestion     *field,
              GVariant       *value)
{
  GtkWidget *row = adw_entry_row_new ();

  if (value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_STRING_ARRAY))
    {
      g_autofree const char **entries = g_variant_get_strv (value, NULL);
      g_autofree char *text = g_strjoinv ("; ", (char **) entries);

      gtk_editable_set_text (GTK_EDITABLE (row), text);
    }
  return row;
}

/* The entries of a list typed as "one; two; three", each once. */
static GVariant *
parse_list (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, ";", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_auto(GStrv) entries = NULL;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (parts[i][0] != '\0' && g_hash_table_add (seen, parts[i]))
        g_strv_builder_add (builder, parts[i]);
    }
  entries = g_strv_builder_end (builder);
  return entries[0] != NULL ? g_variant_new_strv ((const char * const *) entries, -1) : NULL;
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
      GtkWidget *row;

      switch (nr_question_get_kind (field))
        {
        case NR_QUESTION_KIND_SINGLE_CHOICE:
          row = add_choice_row (self, field, value);
          break;
        case NR_QUESTION_KIND_MULTIPLE_CHOICE:
          row = add_multiple_choice_row (self, field, value);
          break;
        case NR_QUESTION_KIND_TEXT_LIST:
        case NR_QUESTION_KIND_LINK_LIST:
          row = add_list_row (self, field, value);
          break;
        case NR_QUESTION_KIND_SHORT_TEXT:
        case NR_QUESTION_KIND_LONG_TEXT:
        case NR_QUESTION_KIND_DATE:
        case NR_QUESTION_KIND_URL:
        case NR_QUESTION_KIND_EMAIL:
        case NR_QUESTION_KIND_CHECKLIST:
        case NR_QUESTION_KIND_RECORDS:
        default:
          row = adw_entry_row_new ();
          if (value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
            gtk_editable_set_text (GTK_EDITABLE (row), g_variant_get_string (value, NULL));
          break;
        }

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), nr_question_get_label (field));
      if (nr_question_get_help (field) != NULL)
        gtk_widget_set_tooltip_text (row, nr_question_get_help (field));
      else if (is_list (field))
        gtk_widget_set_tooltip_text (row, _("Separate several with a semicolon (;)."));
      g_object_set_data (G_OBJECT (row), "nr-field", field);
      g_hash_table_insert (self->editors, g_strdup (nr_question_get_id (field)), row);
      adw_preferences_group_add (self->fields_group, row);
    }
}

static GVariant *
collect_fields (NrRecordDialog *self)
{
  GListModel *fields = nr_question_get_fields (self->question);
  GVariantDict dict;

  g_variant_dict_init (&dict, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (fields); i++)
    {
      g_autoptr(NrQuestion) field = g_list_model_get_item (fields, i);
      GtkWidget *row = g_hash_table_lookup (self->editors, nr_question_get_id (field));
      const char *id = nr_question_get_id (field);

      if (ADW_IS_COMBO_ROW (row))
        {
          guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (row));

          if (selected > 0 && selected != GTK_INVALID_LIST_POSITION)
            {
              g_autoptr(NrChoice) choice = g_list_model_get_item (nr_question_get_choices (field),
                                                                  selected - 1);
              g_variant_dict_insert (&dict, id, "s", nr_choice_get_value (choice));
            }
        }
      else if (ADW_IS_EXPANDER_ROW (row))
        {
          g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
          g_auto(GStrv) chosen = NULL;
          GPtrArray *checks = g_object_get_data (G_OBJECT (row), "nr-checks");

          for (guint c = 0; c < checks->len; c++)
            {
              if (gtk_check_button_get_active (checks->pdata[c]))
                g_strv_builder_add (builder, g_object_get_data (checks->pdata[c], "nr-value"));
            }
          chosen = g_strv_builder_end (builder);
          if (chosen[0] != NULL)
            g_variant_dict_insert_value (&dict, id, g_variant_new_strv ((const char * const *) chosen, -1));
        }
      else if (is_list (field))
        {
          GVariant *entries = parse_list (gtk_editable_get_text (GTK_EDITABLE (row)));

          if (entries != NULL)
            g_variant_dict_insert_value (&dict, id, entries);
        }
      else
        {
          const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

          if (*text != '\0')
            g_variant_dict_insert (&dict, id, "s", text);
        }
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
  gtk_widget_class_bind_template_child (widget_class, NrRecordDialog, fields_group);
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
 * Returns: (transfer none) (nullable): the row a field is edited in.
 */
GtkWidget *
nr_record_dialog_get_field (NrRecordDialog *self,
                            const char     *field_id)
{
  g_return_val_if_fail (NR_IS_RECORD_DIALOG (self), NULL);
  return g_hash_table_lookup (self->editors, field_id);
}
