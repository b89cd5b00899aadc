/* nr-new-report-dialog.c: asks for what a new report needs, and creates it.
 *
 * The report is created in the user's reports folder, named after the state
 * and the period, as soon as the user confirms; the dialog then hands it to
 * whoever listens to ::report-created and closes.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "nr-country.h"
#include "nr-gui-util.h"
#include "nr-new-report-dialog.h"

struct _NrNewReportDialog
{
  AdwWindow parent_instance;

  GtkDropDown *state_dropdown;
  AdwEntryRow *period_start_row;
  AdwEntryRow *period_end_row;
  AdwEntryRow *language_row;
  AdwEntryRow *agency_row;
  AdwComboRow *questionnaire_row;
  GtkLabel *error_label;
  GtkButton *create_button;

  GStrv questionnaire_ids;   /* in the order of questionnaire_row's model */
};

G_DEFINE_FINAL_TYPE (NrNewReportDialog, nr_new_report_dialog, ADW_TYPE_WINDOW)

enum {
  REPORT_CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/**
 * nr_reports_folder:
 *
 * Returns: (transfer full): where the user's reports live.
 */
GFile *
nr_reports_folder (void)
{
  return g_file_new_build_filename (g_get_user_data_dir (), "norms-reporter", "reports", NULL);
}

static GFile *
choose_file (const char *state,
             const char *period_start,
             const char *period_end)
{
  g_autofree char *stem = g_strdup_printf ("%s-%.4s-%.4s", state, period_start, period_end);

  return nr_new_report_file (stem);
}

/**
 * nr_new_report_file:
 * @stem: the name without its extension
 *
 * Returns: (transfer full): a file in the reports folder that does not exist
 *   yet, named after @stem.
 */
GFile *
nr_new_report_file (const char *stem)
{
  g_autoptr(GFile) folder = nr_reports_folder ();

  g_file_make_directory_with_parents (folder, NULL, NULL);
  for (guint n = 1; ; n++)
    {
      g_autofree char *name = n == 1 ? g_strdup_printf ("%s.normsreport", stem)
                                     : g_strdup_printf ("%s-%u.normsreport", stem, n);
      GFile *file = g_file_get_child (folder, name);

      if (!g_file_query_exists (file, NULL))
        return file;
      g_object_unref (file);
    }
}

static void
show_error (NrNewReportDialog *self,
            const char        *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static const char *
chosen_questionnaire (NrNewReportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->questionnaire_row);

  if (selected == GTK_INVALID_LIST_POSITION || selected >= g_strv_length (self->questionnaire_ids))
    return NR_QUESTIONNAIRE_DEFAULT_ID;
  return self->questionnaire_ids[selected];
}

/* The questionnaires shipped with the program, by title and version, the
 * default one chosen. */
static void
fill_questionnaires (NrNewReportDialog *self)
{
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  guint default_position = 0;

  self->questionnaire_ids = nr_questionnaire_list_builtin ();
  for (guint i = 0; self->questionnaire_ids[i] != NULL; i++)
    {
      g_autoptr(NrQuestionnaire) questionnaire = nr_questionnaire_load_builtin (self->questionnaire_ids[i], NULL);
      /* Translators: a questionnaire's title and its version. */
      g_autofree char *title = questionnaire != NULL
                               ? g_strdup_printf (_("%s (version %s)"), nr_questionnaire_get_title (questionnaire),
                                                  nr_questionnaire_get_version (questionnaire))
                               : g_strdup (self->questionnaire_ids[i]);

      gtk_string_list_append (titles, title);
      if (g_str_equal (self->questionnaire_ids[i], NR_QUESTIONNAIRE_DEFAULT_ID))
        default_position = i;
    }
  adw_combo_row_set_model (self->questionnaire_row, G_LIST_MODEL (titles));
  adw_combo_row_set_selected (self->questionnaire_row, default_position);
}

/**
 * nr_new_report_dialog_create:
 *
 * Creates the report from what the dialog holds; on failure the dialog stays
 * open and says what is wrong.
 *
 * Returns: whether the report was created
 */
gboolean
nr_new_report_dialog_create (NrNewReportDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrQuestionnaire) questionnaire = NULL;
  g_autoptr(NrReport) report = NULL;
  g_autoptr(GFile) file = NULL;
  NrCountry *country = gtk_drop_down_get_selected_item (self->state_dropdown);
  const char *period_start = gtk_editable_get_text (GTK_EDITABLE (self->period_start_row));
  const char *period_end = gtk_editable_get_text (GTK_EDITABLE (self->period_end_row));
  const char *language = gtk_editable_get_text (GTK_EDITABLE (self->language_row));
  const char *agency = gtk_editable_get_text (GTK_EDITABLE (self->agency_row));
  const char *keys[] = { NR_META_STATE, NR_META_PERIOD_START, NR_META_PERIOD_END,
                         NR_META_LANGUAGE, NR_META_PREPARING_AGENCY };
  const char *values[5];

  g_return_val_if_fail (NR_IS_NEW_REPORT_DIALOG (self), FALSE);

  if (country == NULL)
    {
      show_error (self, _("Choose the state the report is for."));
      return FALSE;
    }
  if (g_strcmp0 (period_end, period_start) < 0)
    {
      show_error (self, _("The reporting period ends before it starts."));
      return FALSE;
    }

  values[0] = nr_country_get_code (country);
  values[1] = period_start;
  values[2] = period_end;
  values[3] = language;
  values[4] = *agency != '\0' ? agency : NULL;

  questionnaire = nr_questionnaire_load_builtin (chosen_questionnaire (self), &error);
  if (questionnaire != NULL)
    {
      file = choose_file (values[0], period_start, period_end);
      report = nr_report_create (file, questionnaire, &error);
    }
  for (guint i = 0; report != NULL && i < G_N_ELEMENTS (keys); i++)
    {
      if (values[i] != NULL && !nr_report_set_metadata (report, keys[i], values[i], &error))
        {
          /* Nothing was written worth keeping: take the half-made file away. */
          nr_report_close (report);
          g_clear_object (&report);
          g_file_delete (file, NULL, NULL);
        }
    }

  if (report == NULL)
    {
      show_error (self, error->message);
      return FALSE;
    }

  g_signal_emit (self, signals[REPORT_CREATED], 0, report);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
create_clicked_cb (NrNewReportDialog *self)
{
  nr_new_report_dialog_create (self);
}

static void
cancel_clicked_cb (NrNewReportDialog *self)
{
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
nr_new_report_dialog_finalize (GObject *object)
{
  NrNewReportDialog *self = NR_NEW_REPORT_DIALOG (object);

  g_strfreev (self->questionnaire_ids);

  G_OBJECT_CLASS (nr_new_report_dialog_parent_class)->finalize (object);
}

static void
nr_new_report_dialog_class_init (NrNewReportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = nr_new_report_dialog_finalize;

  /**
   * NrNewReportDialog::report-created:
   * @report: the new report, open for editing
   */
  signals[REPORT_CREATED] = g_signal_new ("report-created", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 1, NR_TYPE_REPORT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/nr-new-report-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, NrNewReportDialog, state_dropdown);
  gtk_widget_class_bind_template_child (widget_class, NrNewReportDialog, period_start_row);
  gtk_widget_class_bind_template_child (widget_class, NrNewReportDialog, period_end_row);
  gtk_widget_class_bind_template_child (widget_class, NrNewReportDialog, language_row);
  gtk_widget_class_bind_template_child (widget_class, NrNewReportDialog, agency_row);
  gtk_widget_class_bind_template_child (widget_class, NrNewReportDialog, questionnaire_row);
  gtk_widget_class_bind_template_child (widget_class, NrNewReportDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, NrNewReportDialog, create_button);
  gtk_widget_class_bind_template_callback (widget_class, create_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

/* The language of the answers defaults to the user's, when it is one we can
 * name with a plain code. */
static const char *
default_language (void)
{
  const char * const *languages = g_get_language_names ();

  for (guint i = 0; languages[i] != NULL; i++)
    {
      if (g_regex_match_simple ("^[a-z]{2,3}$", languages[i], 0, 0))
        return languages[i];
    }
  return "en";
}

static void
nr_new_report_dialog_init (NrNewReportDialog *self)
{
  g_autoptr(GtkExpression) name = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *start = g_strdup_printf ("%d-01-01", g_date_time_get_year (now));
  g_autofree char *end = g_strdup_printf ("%d-12-31", g_date_time_get_year (now));

  gtk_widget_init_template (GTK_WIDGET (self));
  nr_gui_name_mnemonic_buttons (GTK_WIDGET (self));

  name = gtk_property_expression_new (NR_TYPE_COUNTRY, NULL, "name");
  gtk_drop_down_set_expression (self->state_dropdown, name);
  gtk_drop_down_set_model (self->state_dropdown, nr_countries_get_default ());
  nr_gui_set_accessible_label (GTK_WIDGET (self->state_dropdown), _("State"));

  gtk_editable_set_text (GTK_EDITABLE (self->period_start_row), start);
  gtk_editable_set_text (GTK_EDITABLE (self->period_end_row), end);
  gtk_editable_set_text (GTK_EDITABLE (self->language_row), default_language ());
  fill_questionnaires (self);
}

NrNewReportDialog *
nr_new_report_dialog_new (GtkWindow *parent)
{
  return g_object_new (NR_TYPE_NEW_REPORT_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
}

/* Selects the state with that ISO code. */
void
nr_new_report_dialog_set_state (NrNewReportDialog *self,
                                const char        *code)
{
  GListModel *countries = gtk_drop_down_get_model (self->state_dropdown);

  for (guint i = 0; i < g_list_model_get_n_items (countries); i++)
    {
      g_autoptr(NrCountry) country = g_list_model_get_item (countries, i);

      if (g_str_equal (nr_country_get_code (country), code))
        {
          gtk_drop_down_set_selected (self->state_dropdown, i);
          return;
        }
    }
}
