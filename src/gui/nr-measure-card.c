/* nr-measure-card.c: one measure of the register, as a card: its title;
 * its kind, status, dates and agencies on one line; the first lines of its
 * description.  Activating the card opens the measure to edit it.
 *
 * The register page and each norm's page show measures as these cards; on
 * a norm's page a card also unlinks the measure from that norm.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "nr-gui-util.h"
#include "nr-measure-card.h"

struct _NrMeasureCard
{
  GtkListBoxRow parent_instance;

  GtkLabel *title_label;
  GtkLabel *details_label;
  GtkLabel *description_label;
  GtkWidget *menu_button;

  NrReport *report;
  NrRecord *measure;
  /* The norm whose page shows the card, or NULL on the register page. */
  char *unlink_norm;
};

G_DEFINE_FINAL_TYPE (NrMeasureCard, nr_measure_card, GTK_TYPE_LIST_BOX_ROW)

static NrQuestion *
register_question (NrReport *report)
{
  return nr_questionnaire_lookup_question (nr_report_get_questionnaire (report), NR_MEASURES_QUESTION);
}

/* How a single-choice field of the measure reads, or NULL if it is empty. */
static const char *
choice_label (NrReport   *report,
              NrRecord   *measure,
              const char *field_id)
{
  const char *value = nr_record_get_text (measure, field_id);
  NrQuestion *field = nr_question_lookup_field (register_question (report), field_id);

  return value != NULL && field != NULL ? nr_question_format_choice (field, value) : value;
}

static char *
format_dates (NrRecord *measure)
{
  const char *start = nr_record_get_text (measure, "start");
  const char *end = nr_record_get_text (measure, "end");
  g_autofree char *from = start != NULL ? nr_partial_date_format (start) : NULL;
  g_autofree char *until = end != NULL ? nr_partial_date_format (end) : NULL;

  if (from != NULL && until != NULL)
    /* Translators: when a measure ran, from one date to another, as in
     * "October 2017 – 2024". */
    return g_strdup_printf (_("%s – %s"), from, until);
  if (from != NULL)
    /* Translators: when a measure began, as in "since October 2017". */
    return g_strdup_printf (_("since %s"), from);
  if (until != NULL)
    /* Translators: when a measure ends or ended, as in "until 2027". */
    return g_strdup_printf (_("until %s"), until);
  return NULL;
}

static char *
format_list (NrRecord   *measure,
             const char *field_id)
{
  g_autoptr(GVariant) value = g_variant_lookup_value (nr_record_get_fields (measure), field_id,
                                                      G_VARIANT_TYPE_STRING_ARRAY);
  g_autofree const char **entries = value != NULL ? g_variant_get_strv (value, NULL) : NULL;

  /* Translators: what separates the names of several agencies. */
  return entries != NULL && entries[0] != NULL ? g_strjoinv (_(", "), (char **) entries) : NULL;
}

/**
 * nr_measure_format_details:
 *
 * Returns: (transfer full): the measure's kind, status, dates and agencies,
 *   those it has, on one line.
 */
char *
nr_measure_format_details (NrReport *report,
                           NrRecord *measure)
{
  g_autofree char *dates = format_dates (measure);
  g_autofree char *agencies = format_list (measure, "agencies");
  const char *parts[] = { choice_label (report, measure, "kind"), choice_label (report, measure, "status"),
                          dates, agencies };
  GString *details = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      if (parts[i] == NULL || *parts[i] == '\0')
        continue;
      if (details->len > 0)
        /* Translators: what separates the kind, status, dates and agencies
         * of a measure on its card. */
        g_string_append (details, _(" · "));
      g_string_append (details, parts[i]);
    }
  return g_string_free (details, FALSE);
}

/**
 * nr_measure_format_title:
 *
 * Returns: (transfer full): the measure's title, or what says it has none.
 */
char *
nr_measure_format_title (NrRecord *measure)
{
  const char *title = nr_record_get_text (measure, "title");

  return g_strdup (title != NULL ? title : _("Untitled Measure"));
}

/**
 * nr_measure_show_error:
 *
 * Says, in the window that holds @from, why a change to a measure failed.
 */
void
nr_measure_show_error (GtkWidget  *from,
                       const char *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (from, ADW_TYPE_TOAST_OVERLAY);
  AdwToast *toast;

  if (overlay == NULL)
    {
      g_warning ("%s", message);
      return;
    }
  toast = adw_toast_new (message);
  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

/**
 * nr_measure_open_dialog:
 * @from: the widget whose window the dialog belongs to
 * @measure: (nullable): the measure to edit, or %NULL to add one
 *
 * Returns: (transfer none): the dialog, shown.
 */
NrRecordDialog *
nr_measure_open_dialog (GtkWidget *from,
                        NrReport  *report,
                        NrRecord  *measure)
{
  NrRecordDialog *dialog = nr_record_dialog_new (GTK_WINDOW (gtk_widget_get_root (from)), report,
                                                 register_question (report), measure);

  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

/**
 * nr_measure_card_edit:
 *
 * Returns: (transfer none): the dialog that edits the card's measure.
 */
NrRecordDialog *
nr_measure_card_edit (NrMeasureCard *self)
{
  g_return_val_if_fail (NR_IS_MEASURE_CARD (self), NULL);
  return nr_measure_open_dialog (GTK_WIDGET (self), self->report, self->measure);
}

/**
 * nr_measure_card_unlink:
 *
 * Takes the norm whose page shows the card out of the norms the measure
 * serves; the measure stays in the register.
 */
gboolean
nr_measure_card_unlink (NrMeasureCard *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (NR_IS_MEASURE_CARD (self), FALSE);
  g_return_val_if_fail (self->unlink_norm != NULL, FALSE);

  if (!nr_report_unlink_measure (self->report, nr_record_get_id (self->measure), self->unlink_norm, &error))
    {
      nr_measure_show_error (GTK_WIDGET (self), error->message);
      return FALSE;
    }
  return TRUE;
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  nr_measure_card_edit (NR_MEASURE_CARD (widget));
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response)
{
  NrReport *report = g_object_get_data (G_OBJECT (dialog), "nr-report");
  const char *record_id = g_object_get_data (G_OBJECT (dialog), "nr-record");
  g_autoptr(GError) error = NULL;
  GtkWidget *failed;

  if (!g_str_equal (response, "delete") ||
      nr_report_delete_record (report, NR_MEASURES_QUESTION, record_id, &error))
    return;

  failed = adw_message_dialog_new (gtk_window_get_transient_for (GTK_WINDOW (dialog)),
                                   _("Could Not Delete the Measure"), error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (failed), "close", _("_Close"));
  nr_gui_name_mnemonic_buttons (failed);
  gtk_window_present (GTK_WINDOW (failed));
}

/**
 * nr_measure_card_delete:
 *
 * Asks whether to delete the card's measure from the register, and so from
 * every norm it serves.
 *
 * Returns: (transfer none): the dialog that asks
 */
AdwMessageDialog *
nr_measure_card_delete (NrMeasureCard *self)
{
  g_autofree char *title = NULL;
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  g_return_val_if_fail (NR_IS_MEASURE_CARD (self), NULL);

  title = nr_measure_format_title (self->measure);
  /* Translators: "%s" is the title of a measure. */
  heading = g_strdup_printf (_("Delete “%s”?"), title);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), heading,
                                   _("The measure is removed from the register and from every norm it serves. "
                                     "To take it off one norm only, unlink it on that norm's page."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  nr_gui_name_mnemonic_buttons (dialog);
  /* The card may be gone by the answer: its list fills itself anew when
   * the report changes. */
  g_object_set_data_full (G_OBJECT (dialog), "nr-report", g_object_ref (self->report), g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "nr-record", g_strdup (nr_record_get_id (self->measure)), g_free);
  g_signal_connect (dialog, "response", G_CALLBACK (delete_response_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
  return ADW_MESSAGE_DIALOG (dialog);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  nr_measure_card_delete (NR_MEASURE_CARD (widget));
}

static void
unlink_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  nr_measure_card_unlink (NR_MEASURE_CARD (widget));
}

NrRecord *
nr_measure_card_get_measure (NrMeasureCard *self)
{
  g_return_val_if_fail (NR_IS_MEASURE_CARD (self), NULL);
  return self->measure;
}

/* The line under the title: kind, status, dates and agencies. */
const char *
nr_measure_card_get_details (NrMeasureCard *self)
{
  g_return_val_if_fail (NR_IS_MEASURE_CARD (self), NULL);
  return gtk_label_get_text (self->details_label);
}

/**
 * nr_measure_card_get_menu_button:
 *
 * Returns: (transfer none): the button of the card's menu: edit, and
 *   unlink from the norm of the page or, on the register page, delete.
 */
GtkWidget *
nr_measure_card_get_menu_button (NrMeasureCard *self)
{
  g_return_val_if_fail (NR_IS_MEASURE_CARD (self), NULL);
  return self->menu_button;
}

/* A card edits its measure; on a norm's page it unlinks it from the norm,
 * on the register's it deletes it. */
static GMenuModel *
card_menu (gboolean on_norm_page)
{
  static GMenu *menus[2];
  GMenu **menu = &menus[on_norm_page ? 1 : 0];

  if (*menu == NULL)
    {
      *menu = g_menu_new ();
      g_menu_append (*menu, _("_Edit…"), "card.edit");
      if (on_norm_page)
        g_menu_append (*menu, _("_Unlink from This Norm"), "card.unlink");
      else
        g_menu_append (*menu, _("_Delete…"), "card.delete");
    }
  return G_MENU_MODEL (*menu);
}

static void
show_measure (NrMeasureCard *self)
{
  g_autofree char *title = nr_measure_format_title (self->measure);
  g_autofree char *details = nr_measure_format_details (self->report, self->measure);
  const char *description = nr_record_get_text (self->measure, "description");
  g_autofree char *name = NULL;

  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->details_label, details);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->details_label), *details != '\0' ? details : NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->details_label), *details != '\0');
  gtk_label_set_text (self->description_label, description);
  gtk_widget_set_visible (GTK_WIDGET (self->description_label), description != NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, details, -1);
  /* Translators: what a screen reader says for the menu of a measure,
   * named by its title. */
  name = g_strdup_printf (_("Actions for “%s”"), title);
  nr_gui_set_accessible_label (self->menu_button, name);
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->menu_button), card_menu (self->unlink_norm != NULL));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "card.unlink",
                                 self->unlink_norm != NULL && !nr_report_is_read_only (self->report));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "card.delete", !nr_report_is_read_only (self->report));
}

/* Shift+F10 and the Menu key open the card's menu, as they would a
 * context menu. */
static gboolean
popup_menu (GtkWidget *widget,
            GVariant  *args,
            gpointer   user_data)
{
  NrMeasureCard *self = NR_MEASURE_CARD (widget);

  gtk_menu_button_popup (GTK_MENU_BUTTON (self->menu_button));
  return TRUE;
}

static void
nr_measure_card_dispose (GObject *object)
{
  NrMeasureCard *self = NR_MEASURE_CARD (object);

  g_clear_object (&self->report);
  g_clear_object (&self->measure);
  g_clear_pointer (&self->unlink_norm, g_free);

  G_OBJECT_CLASS (nr_measure_card_parent_class)->dispose (object);
}

static void
nr_measure_card_class_init (NrMeasureCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nr_measure_card_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/nr-measure-card.ui");
  gtk_widget_class_bind_template_child (widget_class, NrMeasureCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, NrMeasureCard, details_label);
  gtk_widget_class_bind_template_child (widget_class, NrMeasureCard, description_label);
  gtk_widget_class_bind_template_child (widget_class, NrMeasureCard, menu_button);
  gtk_widget_class_install_action (widget_class, "card.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "card.unlink", NULL, unlink_action);
  gtk_widget_class_install_action (widget_class, "card.delete", NULL, delete_action);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, popup_menu, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Menu, 0, popup_menu, NULL);
}

static void
nr_measure_card_init (NrMeasureCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * nr_measure_card_new:
 * @unlink_norm: (nullable): the norm whose page shows the card, which the
 *   card offers to unlink the measure from
 */
NrMeasureCard *
nr_measure_card_new (NrReport   *report,
                     NrRecord   *measure,
                     const char *unlink_norm)
{
  NrMeasureCard *self = g_object_new (NR_TYPE_MEASURE_CARD, NULL);

  self->report = g_object_ref (report);
  self->measure = g_object_ref (measure);
  self->unlink_norm = g_strdup (unlink_norm);
  show_measure (self);
  return self;
}
