/* nr-overview-window.c: the reviewer's window.
 *
 * A workshop organiser or reviewer opens the submissions states sent and
 * sees the states × norms matrix the aggregate command writes: a cell per
 * state and norm, coloured by implementation status, with the share of
 * questions answered.  Activating a cell shows that state's answers for that
 * norm; ticking two rows and choosing Compare shows them side by side, the
 * answers that differ highlighted: two states, or two cycles of one state.
 * Beside the matrix, three views of the same submissions: capacity-building
 * needs matched with offers, one norm's narratives side by side, and the
 * points of contact.
 *
 * Reading many files is slow work: it runs in a thread, with progress.  Only
 * the summaries stay in memory; a submission is read again when it is shown.
 * The window is a workshop's: it shows what the workshop profile lets out of
 * each submission, never an internal answer.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "nr-gui-util.h"
#include "nr-overview-contacts-view.h"
#include "nr-overview-narratives-view.h"
#include "nr-overview-needs-view.h"
#include "nr-overview-view-util.h"
#include "nr-overview-window.h"

struct _NrOverviewWindow
{
  AdwWindow parent_instance;

  AdwViewSwitcherTitle *window_title;
  AdwViewStack *views;
  NrOverviewNeedsView *needs_view;
  NrOverviewNarrativesView *narratives_view;
  NrOverviewContactsView *contacts_view;
  GtkWidget *compare_button;
  GtkInfoBar *problems_bar;
  GtkLabel *problems_label;
  GtkStack *content_stack;
  GtkProgressBar *progress_bar;
  GtkGrid *matrix_grid;
  GtkBox *detail_box;

  NrOverview *overview;
  GPtrArray *row_checks;     /* of GtkCheckButton, one per submission */
  gboolean loading;
  guint progress_source;
  gint files_read;           /* atomic: updated by the reading thread */
  guint files_total;
};

G_DEFINE_FINAL_TYPE (NrOverviewWindow, nr_overview_window, ADW_TYPE_WINDOW)

/* Reading */

typedef struct
{
  GStrv paths;
  NrQuestionnaire *questionnaire;
  gint *files_read;
} ReadJob;

static void
read_job_free (ReadJob *job)
{
  g_strfreev (job->paths);
  g_clear_object (&job->questionnaire);
  g_free (job);
}

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  ReadJob *job = task_data;
  NrOverview *overview = nr_overview_new (job->questionnaire);

  nr_overview_add_files (overview, (const char * const *) job->paths, job->files_read);
  g_task_return_pointer (task, overview, (GDestroyNotify) nr_overview_free);
}

static gboolean
update_progress (gpointer user_data)
{
  NrOverviewWindow *self = user_data;

  gtk_progress_bar_set_fraction (self->progress_bar, self->files_total > 0
                                 ? (double) g_atomic_int_get (&self->files_read) / self->files_total : 0);
  return G_SOURCE_CONTINUE;
}

/* Cells and details */

/* The cell's colour, from red to green as far as its status goes on its
 * norm's scale, or for the restraint norms' commitment a shade of blue,
 * as in the HTML overview; grey for a non-answer. */
static const char *
status_css_class (NrOverview    *overview,
                  NrNormSummary *summary)
{
  const char *classes[] = { "status-not-started", "status-planned", "status-in-progress", "status-implemented" };
  /* A commitment is no grade: shades of one blue, not red to green. */
  const char *commitments[] = { "commitment-not-stated", "commitment-stated", "commitment-public" };
  double fraction = nr_overview_status_fraction (overview, summary);

  if (summary->status == NULL)
    return "status-none";
  if (fraction < 0)
    return "status-other";
  if (nr_overview_norm_asks_commitment (overview, summary->norm_id))
    return commitments[(guint) (fraction * (G_N_ELEMENTS (commitments) - 1) + 0.5)];
  return classes[(guint) (fraction * (G_N_ELEMENTS (classes) - 1) + 0.5)];
}

static void
clear_detail (NrOverviewWindow *self)
{
  nr_overview_clear_box (self->detail_box);
}

static void
show_detail_message (NrOverviewWindow *self,
                     const char       *text)
{
  clear_detail (self);
  gtk_box_append (self->detail_box, nr_overview_label (text, "dim-label"));
}

/* An answer as the reviewer reads it; checklists and records a line each. */
static char *
answer_text (NrQuestion       *question,
             NrDocumentAnswer *answer)
{
  GString *text;

  /* A checklist with some actions given a status is shown; an orphaned
   * answer is never read as an answer to its question. */
  if (!nr_document_answer_is_given (question, answer) &&
      !(answer != NULL && !answer->orphaned && answer->value != NULL &&
        nr_question_get_kind (question) == NR_QUESTION_KIND_CHECKLIST))
    return g_strdup (_("Not answered"));

  switch (nr_question_get_kind (question))
    {
    case NR_QUESTION_KIND_CHECKLIST:
      {
        GListModel *items = nr_question_get_items (question);

        text = g_string_new (NULL);
        for (guint i = 0; i < g_list_model_get_n_items (items); i++)
          {
            g_autoptr(NrChoice) item = g_list_model_get_item (items, i);
            const char *status = NULL;
            const char *note = NULL;

            if (nr_checklist_lookup (answer->value, nr_choice_get_value (item), &status, &note))
              g_string_append_printf (text, "%s%s: %s%s%s", text->len > 0 ? "\n" : "", nr_choice_get_label (item),
                                      nr_question_format_choice (question, status), *note != '\0' ? " — " : "",
                                      note);
          }
        return g_string_free (text, FALSE);
      }

    case NR_QUESTION_KIND_RECORDS:
      {
        GListModel *fields = nr_question_get_fields (question);

        text = g_string_new (NULL);
        for (guint i = 0; i < answer->records->len; i++)
          {
            NrDocumentRecord *record = answer->records->pdata[i];

            g_string_append (text, i > 0 ? "\n• " : "• ");
            for (guint j = 0; j < g_list_model_get_n_items (fields); j++)
              {
                g_autoptr(NrQuestion) field = g_list_model_get_item (fields, j);
                g_autoptr(GVariant) value = g_variant_lookup_value (record->fields, nr_question_get_id (field), NULL);
                g_autofree char *value_text = value != NULL ? nr_question_format_value (field, value) : NULL;

                if (value_text != NULL && *value_text != '\0')
                  g_string_append_printf (text, "%s%s", j > 0 ? "; " : "", value_text);
              }
          }
        return g_string_free (text, FALSE);
      }

    case NR_QUESTION_KIND_SINGLE_CHOICE:
    case NR_QUESTION_KIND_MULTIPLE_CHOICE:
    case NR_QUESTION_KIND_SHORT_TEXT:
    case NR_QUESTION_KIND_LONG_TEXT:
    case NR_QUESTION_KIND_DATE:
    case NR_QUESTION_KIND_URL:
    case NR_QUESTION_KIND_EMAIL:
    case NR_QUESTION_KIND_TEXT_LIST:
    case NR_QUESTION_KIND_LINK_LIST:
    default:
      return nr_question_format_value (question, answer->value);
    }
}

static NrDocument *
load_submission (NrOverviewWindow *self,
                 NrSubmission     *submission)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (submission->file);
  g_autoptr(NrDocument) document = nr_document_load (file, &error);

  if (document == NULL || !nr_document_check (document, submission->file, &error))
    {
      show_detail_message (self, error->message);
      return NULL;
    }
  /* A cell and a comparison show what the matrix summarised, and no more. */
  nr_document_restrict (document, self->overview->questionnaire, self->overview->profile);
  return g_steal_pointer (&document);
}

/**
 * nr_overview_window_show_cell:
 * @row: the submission, counted from 0 in the matrix's order
 *
 * Shows what the submission says of @norm_id.
 */
gboolean
nr_overview_window_show_cell (NrOverviewWindow *self,
                              guint             row,
                              const char       *norm_id)
{
  NrSubmission *submission;
  NrNorm *norm;
  g_autoptr(NrDocument) document = NULL;
  g_autoptr(GHashTable) answers = NULL;
  g_autofree char *title = NULL;
  g_autofree char *heading = NULL;
  GListModel *questions;

  g_return_val_if_fail (NR_IS_OVERVIEW_WINDOW (self), FALSE);

  norm = nr_questionnaire_lookup_norm (self->overview->questionnaire, norm_id);
  if (row >= self->overview->submissions->len || norm == NULL)
    return FALSE;
  submission = self->overview->submissions->pdata[row];
  document = load_submission (self, submission);
  if (document == NULL)
    return FALSE;

  clear_detail (self);
  title = nr_submission_get_title (submission);
  /* Translators: a submission, then a norm's paragraph letter and title. */
  heading = g_strdup_printf (_("%s · 13 (%c) %s"), title, norm_id[2], nr_norm_get_title (norm));
  gtk_box_append (self->detail_box, nr_overview_label (heading, "title-3"));

  answers = nr_document_index_answers (document);
  questions = nr_norm_get_questions (norm);
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(NrQuestion) question = g_list_model_get_item (questions, i);
      g_autofree char *text = answer_text (question, g_hash_table_lookup (answers, nr_question_get_id (question)));
      GtkWidget *label = nr_overview_label (nr_question_get_label (question), "heading");

      gtk_widget_set_margin_top (label, 12);
      gtk_box_append (self->detail_box, label);
      gtk_box_append (self->detail_box, nr_overview_label (text, NULL));
    }
  return TRUE;
}

/**
 * nr_overview_window_compare:
 *
 * Shows the submissions of rows @first and @second side by side, every
 * question of every norm, the answers that differ highlighted.
 *
 * Returns: how many answers differ, or -1 when a submission could not be
 *   read.
 */
int
nr_overview_window_compare (NrOverviewWindow *self,
                            guint             first,
                            guint             second)
{
  NrQuestionnaire *questionnaire = self->overview->questionnaire;
  g_autoptr(NrDocument) left = NULL;
  g_autoptr(NrDocument) right = NULL;
  g_autoptr(GHashTable) left_answers = NULL;
  g_autoptr(GHashTable) right_answers = NULL;
  g_autoptr(GHashTable) changed = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *left_title = NULL;
  g_autofree char *right_title = NULL;
  GListModel *norms = nr_questionnaire_get_norms (questionnaire);
  GtkGrid *grid;
  int row = 0;

  g_return_val_if_fail (NR_IS_OVERVIEW_WINDOW (self), -1);
  g_return_val_if_fail (first < self->overview->submissions->len && second < self->overview->submissions->len, -1);

  left = load_submission (self, self->overview->submissions->pdata[first]);
  right = left != NULL ? load_submission (self, self->overview->submissions->pdata[second]) : NULL;
  if (right == NULL)
    return -1;

  changes = nr_document_diff (left, right, questionnaire);
  for (guint i = 0; i < changes->len; i++)
    g_hash_table_add (changed, ((NrChange *) changes->pdata[i])->question_id);
  left_answers = nr_document_index_answers (left);
  right_answers = nr_document_index_answers (right);
  left_title = nr_submission_get_title (self->overview->submissions->pdata[first]);
  right_title = nr_submission_get_title (self->overview->submissions->pdata[second]);

  clear_detail (self);
  {
    /* Translators: two submissions compared, as "ID 2024 and ID 2025". */
    g_autofree char *heading = g_strdup_printf (_("%s and %s"), left_title, right_title);
    g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u answer differs, highlighted.",
                                                           "%u answers differ, highlighted.", changes->len),
                                              changes->len);

    gtk_box_append (self->detail_box, nr_overview_label (heading, "title-3"));
    gtk_box_append (self->detail_box, nr_overview_label (count, "dim-label"));
  }

  grid = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_column_spacing (grid, 12);
  gtk_grid_set_row_spacing (grid, 6);
  gtk_grid_set_column_homogeneous (grid, TRUE);
  gtk_grid_attach (grid, nr_overview_label (left_title, "heading"), 1, row, 1, 1);
  gtk_grid_attach (grid, nr_overview_label (right_title, "heading"), 2, row++, 1, 1);

  for (guint n = 0; n < g_list_model_get_n_items (norms); n++)
    {
      g_autoptr(NrNorm) norm = g_list_model_get_item (norms, n);
      GListModel *questions = nr_norm_get_questions (norm);
      g_autofree char *norm_heading = g_strdup_printf (_("13 (%c) %s"), nr_norm_get_id (norm)[2],
                                                       nr_norm_get_title (norm));
      GtkWidget *heading = nr_overview_label (norm_heading, "heading");

      gtk_widget_set_margin_top (heading, 12);
      gtk_grid_attach (grid, heading, 0, row++, 3, 1);
      for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
        {
          g_autoptr(NrQuestion) question = g_list_model_get_item (questions, i);
          const char *id = nr_question_get_id (question);
          g_autofree char *left_text = answer_text (question, g_hash_table_lookup (left_answers, id));
          g_autofree char *right_text = answer_text (question, g_hash_table_lookup (right_answers, id));
          const char *css_class = g_hash_table_contains (changed, id) ? "changed" : NULL;

          gtk_grid_attach (grid, nr_overview_label (nr_question_get_label (question), "dim-label"), 0, row, 1, 1);
          gtk_grid_attach (grid, nr_overview_label (left_text, css_class), 1, row, 1, 1);
          gtk_grid_attach (grid, nr_overview_label (right_text, css_class), 2, row++, 1, 1);
        }
    }
  gtk_box_append (self->detail_box, GTK_WIDGET (grid));
  return (int) changes->len;
}

static void
compare_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  NrOverviewWindow *self = NR_OVERVIEW_WINDOW (widget);
  int ticked[2] = { -1, -1 };
  guint n_ticked = 0;

  for (guint i = 0; i < self->row_checks->len; i++)
    if (gtk_check_button_get_active (self->row_checks->pdata[i]) && n_ticked < 2)
      ticked[n_ticked++] = (int) i;

  if (n_ticked == 2)
    nr_overview_window_compare (self, (guint) ticked[0], (guint) ticked[1]);
}

static void
update_compare_sensitivity (NrOverviewWindow *self)
{
  guint n_ticked = 0;

  for (guint i = 0; self->row_checks != NULL && i < self->row_checks->len; i++)
    n_ticked += gtk_check_button_get_active (self->row_checks->pdata[i]) ? 1 : 0;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "overview.compare", n_ticked == 2);
}

static void
cell_clicked_cb (GtkButton        *button,
                 NrOverviewWindow *self)
{
  nr_overview_window_show_cell (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "nr-row")),
                                g_object_get_data (G_OBJECT (button), "nr-norm"));
}

static void
rebuild_matrix (NrOverviewWindow *self)
{
  GListModel *norms = nr_questionnaire_get_norms (self->overview->questionnaire);
  GtkWidget *child;
  g_autofree char *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u submission", "%u submissions",
                                                            self->overview->submissions->len),
                                               self->overview->submissions->len);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->matrix_grid))) != NULL)
    gtk_grid_remove (self->matrix_grid, child);
  g_ptr_array_set_size (self->row_checks, 0);
  adw_view_switcher_title_set_subtitle (self->window_title, subtitle);

  for (guint j = 0; j < g_list_model_get_n_items (norms); j++)
    {
      g_autoptr(NrNorm) norm = g_list_model_get_item (norms, j);
      g_autofree char *name = g_strdup_printf (_("13 (%c)"), nr_norm_get_id (norm)[2]);
      GtkWidget *label = gtk_label_new (name);

      gtk_widget_set_tooltip_text (label, nr_norm_get_title (norm));
      gtk_widget_add_css_class (label, "caption-heading");
      gtk_grid_attach (self->matrix_grid, label, (int) j + 1, 0, 1, 1);
    }

  for (guint i = 0; i < self->overview->submissions->len; i++)
    {
      NrSubmission *submission = self->overview->submissions->pdata[i];
      g_autofree char *title = nr_submission_get_title (submission);
      GtkWidget *check = gtk_check_button_new_with_label (title);

      gtk_widget_set_tooltip_text (check, _("Tick two submissions to compare them"));
      g_signal_connect_object (check, "toggled", G_CALLBACK (update_compare_sensitivity), self, G_CONNECT_SWAPPED);
      g_ptr_array_add (self->row_checks, check);
      gtk_grid_attach (self->matrix_grid, check, 0, (int) i + 1, 1, 1);

      for (guint j = 0; j < submission->norms->len; j++)
        {
          NrNormSummary *summary = submission->norms->pdata[j];
          g_autofree char *percent = g_strdup_printf (_("%u%%"), summary->total > 0
                                                      ? summary->answered * 100 / summary->total : 0);
          /* Translators: a cell of the overview: submission, norm, status
           * and share answered, as read out by a screen reader. */
          g_autofree char *description = g_strdup_printf (_("%s, 13 (%c): %s, %s answered"), title,
                                                          summary->norm_id[2],
                                                          nr_overview_status_label (self->overview, summary),
                                                          percent);
          GtkWidget *cell = gtk_button_new_with_label (percent);

          gtk_widget_add_css_class (cell, "overview-cell");
          gtk_widget_add_css_class (cell, status_css_class (self->overview, summary));
          gtk_widget_set_tooltip_text (cell, description);
          gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
          g_object_set_data (G_OBJECT (cell), "nr-row", GUINT_TO_POINTER (i));
          g_object_set_data_full (G_OBJECT (cell), "nr-norm", g_strdup (summary->norm_id), g_free);
          g_signal_connect_object (cell, "clicked", G_CALLBACK (cell_clicked_cb), self, 0);
          gtk_grid_attach (self->matrix_grid, cell, (int) j + 1, (int) i + 1, 1, 1);
        }
    }
  update_compare_sensitivity (self);
}

static void
show_problems (NrOverviewWindow *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (self->overview->problems->len == 0)
    {
      gtk_info_bar_set_revealed (self->problems_bar, FALSE);
      return;
    }
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u file was left out:", "%u files were left out:",
                                             self->overview->problems->len),
                          self->overview->problems->len);
  for (guint i = 0; i < self->overview->problems->len; i++)
    g_string_append_printf (text, "\n• %s", (char *) self->overview->problems->pdata[i]);
  gtk_label_set_text (self->problems_label, text->str);
  gtk_info_bar_set_revealed (self->problems_bar, TRUE);
}

/* Moves what the thread read into the window's overview. */
static void
take_all (GPtrArray *into,
          GPtrArray *from)
{
  gsize n = 0;
  gpointer *items = g_ptr_array_steal (from, &n);

  for (gsize i = 0; i < n; i++)
    g_ptr_array_add (into, items[i]);
  g_free (items);
}

static void
read_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  NrOverviewWindow *self = NR_OVERVIEW_WINDOW (source);
  NrOverview *read = g_task_propagate_pointer (G_TASK (result), NULL);

  g_clear_handle_id (&self->progress_source, g_source_remove);
  self->loading = FALSE;
  take_all (self->overview->submissions, read->submissions);
  take_all (self->overview->problems, read->problems);
  nr_overview_free (read);
  nr_overview_sort (self->overview);

  rebuild_matrix (self);
  nr_overview_needs_view_show (self->needs_view, self->overview);
  nr_overview_narratives_view_show (self->narratives_view, self->overview);
  nr_overview_contacts_view_show (self->contacts_view, self->overview);
  adw_view_switcher_title_set_view_switcher_enabled (self->window_title, self->overview->submissions->len > 0);
  show_problems (self);
  gtk_stack_set_visible_child_name (self->content_stack,
                                    self->overview->submissions->len > 0 ? "matrix" : "empty");
  gtk_widget_set_visible (self->compare_button, self->overview->submissions->len > 1);
  if (self->overview->submissions->len > 0)
    show_detail_message (self, _("Choose a cell to read what a state says of a norm, or tick two submissions and choose Compare."));
}

/**
 * nr_overview_window_add_files:
 * @paths: interchange files to add
 *
 * Reads @paths in a thread, showing progress, and adds them to the matrix;
 * files that cannot be read are named in a bar above it.
 */
void
nr_overview_window_add_files (NrOverviewWindow   *self,
                              const char * const *paths)
{
  g_autoptr(GTask) task = NULL;
  ReadJob *job;

  g_return_if_fail (NR_IS_OVERVIEW_WINDOW (self));
  if (self->loading || paths == NULL || paths[0] == NULL)
    return;

  job = g_new0 (ReadJob, 1);
  job->paths = g_strdupv ((char **) paths);
  job->questionnaire = g_object_ref (self->overview->questionnaire);
  job->files_read = &self->files_read;
  self->files_total = g_strv_length (job->paths);
  g_atomic_int_set (&self->files_read, 0);
  self->loading = TRUE;

  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_stack_set_visible_child_name (self->content_stack, "loading");
  self->progress_source = g_timeout_add (100, update_progress, self);

  task = g_task_new (self, NULL, read_done_cb, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) read_job_free);
  g_task_run_in_thread (task, read_thread);
}

gboolean
nr_overview_window_is_loading (NrOverviewWindow *self)
{
  g_return_val_if_fail (NR_IS_OVERVIEW_WINDOW (self), FALSE);
  return self->loading;
}

static void
add_response_cb (GtkNativeDialog  *chooser,
                 int               response,
                 NrOverviewWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (files, i);

          g_ptr_array_add (paths, g_file_get_path (file));
        }
      g_ptr_array_add (paths, NULL);
      nr_overview_window_add_files (self, (const char * const *) paths->pdata);
    }
  g_object_unref (chooser);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  NrOverviewWindow *self = NR_OVERVIEW_WINDOW (widget);
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Add Submissions"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Add"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Interchange files"));
  gtk_file_filter_add_suffix (filter, "xml");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  g_signal_connect (chooser, "response", G_CALLBACK (add_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
nr_overview_window_dispose (GObject *object)
{
  NrOverviewWindow *self = NR_OVERVIEW_WINDOW (object);

  g_clear_handle_id (&self->progress_source, g_source_remove);
  g_clear_pointer (&self->overview, nr_overview_free);
  g_clear_pointer (&self->row_checks, g_ptr_array_unref);

  G_OBJECT_CLASS (nr_overview_window_parent_class)->dispose (object);
}

static void
nr_overview_window_class_init (NrOverviewWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nr_overview_window_dispose;

  g_type_ensure (NR_TYPE_OVERVIEW_NEEDS_VIEW);
  g_type_ensure (NR_TYPE_OVERVIEW_NARRATIVES_VIEW);
  g_type_ensure (NR_TYPE_OVERVIEW_CONTACTS_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/nr-overview-window.ui");
  gtk_widget_class_bind_template_child (widget_class, NrOverviewWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, NrOverviewWindow, views);
  gtk_widget_class_bind_template_child (widget_class, NrOverviewWindow, needs_view);
  gtk_widget_class_bind_template_child (widget_class, NrOverviewWindow, narratives_view);
  gtk_widget_class_bind_template_child (widget_class, NrOverviewWindow, contacts_view);
  gtk_widget_class_bind_template_child (widget_class, NrOverviewWindow, compare_button);
  gtk_widget_class_bind_template_child (widget_class, NrOverviewWindow, problems_bar);
  gtk_widget_class_bind_template_child (widget_class, NrOverviewWindow, problems_label);
  gtk_widget_class_bind_template_child (widget_class, NrOverviewWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, NrOverviewWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, NrOverviewWindow, matrix_grid);
  gtk_widget_class_bind_template_child (widget_class, NrOverviewWindow, detail_box);

  gtk_widget_class_install_action (widget_class, "overview.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "overview.compare", NULL, compare_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "overview.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
nr_overview_window_init (NrOverviewWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrQuestionnaire) questionnaire = nr_questionnaire_load_builtin (NR_QUESTIONNAIRE_DEFAULT_ID, &error);

  gtk_widget_init_template (GTK_WIDGET (self));
  nr_gui_name_mnemonic_buttons (GTK_WIDGET (self));
  /* The built-in questionnaire is part of the program: failing to load it
   * is a broken build, not a user's problem. */
  g_assert_no_error (error);
  self->overview = nr_overview_new (questionnaire);
  self->row_checks = g_ptr_array_new ();
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "overview.compare", FALSE);
  /* Nothing to compare until there are two submissions. */
  gtk_widget_set_visible (self->compare_button, FALSE);
}

NrOverviewWindow *
nr_overview_window_new (GtkWindow *parent)
{
  return g_object_new (NR_TYPE_OVERVIEW_WINDOW, "transient-for", parent, NULL);
}

GtkGrid *
nr_overview_window_get_matrix (NrOverviewWindow *self)
{
  g_return_val_if_fail (NR_IS_OVERVIEW_WINDOW (self), NULL);
  return self->matrix_grid;
}

GtkBox *
nr_overview_window_get_detail (NrOverviewWindow *self)
{
  g_return_val_if_fail (NR_IS_OVERVIEW_WINDOW (self), NULL);
  return self->detail_box;
}

void
nr_overview_window_tick (NrOverviewWindow *self,
                         guint             row,
                         gboolean          ticked)
{
  g_return_if_fail (NR_IS_OVERVIEW_WINDOW (self));
  g_return_if_fail (row < self->row_checks->len);
  gtk_check_button_set_active (self->row_checks->pdata[row], ticked);
}

/**
 * nr_overview_window_show_view:
 * @name: "matrix", "capacity", "narratives" or "contacts"
 *
 * Shows one of the window's views of the submissions.
 */
void
nr_overview_window_show_view (NrOverviewWindow *self,
                              const char       *name)
{
  g_return_if_fail (NR_IS_OVERVIEW_WINDOW (self));
  adw_view_stack_set_visible_child_name (self->views, name);
}

NrOverviewNeedsView *
nr_overview_window_get_needs_view (NrOverviewWindow *self)
{
  g_return_val_if_fail (NR_IS_OVERVIEW_WINDOW (self), NULL);
  return self->needs_view;
}

NrOverviewNarrativesView *
nr_overview_window_get_narratives_view (NrOverviewWindow *self)
{
  g_return_val_if_fail (NR_IS_OVERVIEW_WINDOW (self), NULL);
  return self->narratives_view;
}

NrOverviewContactsView *
nr_overview_window_get_contacts_view (NrOverviewWindow *self)
{
  g_return_val_if_fail (NR_IS_OVERVIEW_WINDOW (self), NULL);
  return self->contacts_view;
}
