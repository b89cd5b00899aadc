/* nr-report-view.c: the report being written.
 *
 * A sidebar lists the parts of the report (the sections, and each of the 11
 * norms) with how much of each is answered; the content pane shows one part,
 * built from the questionnaire, one NrQuestionWidget per question.  The
 * header says whether everything is saved.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "nr-country.h"
#include "nr-gui-util.h"
#include "nr-measures-page.h"
#include "nr-norm-measures.h"
#include "nr-question-widget.h"
#include "nr-report-view.h"

struct _NrReportView
{
  GtkWidget parent_instance;

  AdwLeaflet *leaflet;
  AdwWindowTitle *report_title;
  AdwWindowTitle *page_title;
  GtkListBox *sidebar;
  GtkBox *content_box;
  GtkBox *page_box;
  AdwToastOverlay *toasts;
  GtkInfoBar *error_bar;
  GtkLabel *error_label;
  GtkToggleButton *search_button;
  GtkToggleButton *unfinished_button;
  GtkSearchBar *search_bar;
  GtkSearchEntry *search_entry;
  GtkWidget *results_scroller;
  GtkWidget *sidebar_scroller;
  GtkListBox *results;

  NrReport *report;
  /* The question widgets of the part shown. */
  GPtrArray *questions;
  guint refresh_source;
};

G_DEFINE_FINAL_TYPE (NrReportView, nr_report_view, GTK_TYPE_WIDGET)

static gboolean showing_unfinished      (NrReportView *self);
static void     apply_unfinished_filter (NrReportView *self);

/* --- Sidebar ----------------------------------------------------------------- */

static char *
describe_part (NrReportView *self,
               const char   *section_id,
               const char   *norm_id)
{
  g_autofree char *cleared_by = NULL;
  guint answered = 0, total = 0;
  const char *review;

  if (norm_id == NULL)
    {
      nr_report_get_section_completion (self->report, section_id, &answered, &total);
      /* Translators: how many of a part's questions are answered. */
      return g_strdup_printf (_("%u of %u answered"), answered, total);
    }

  nr_report_get_norm_completion (self->report, norm_id, &answered, &total);
  switch (nr_report_get_review_state (self->report, norm_id, &cleared_by))
    {
    case NR_REVIEW_STATE_READY:
      review = _("ready for review");
      break;
    case NR_REVIEW_STATE_CLEARED:
      review = _("cleared");
      break;
    case NR_REVIEW_STATE_DRAFT:
    default:
      review = _("draft");
      break;
    }
  /* Translators: answered questions, then the norm's review state. */
  return g_strdup_printf (_("%u of %u answered · %s"), answered, total, review);
}

static GtkWidget *
sidebar_row (NrReportView *self,
             const char   *title,
             const char   *section_id,
             const char   *norm_id)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title_label = gtk_label_new (title);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title_label), 0);
  gtk_label_set_wrap (GTK_LABEL (title_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_box_append (GTK_BOX (box), title_label);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  g_object_set_data_full (G_OBJECT (row), "nr-section", g_strdup (section_id), g_free);
  g_object_set_data_full (G_OBJECT (row), "nr-norm", g_strdup (norm_id), g_free);
  g_object_set_data (G_OBJECT (row), "nr-subtitle", subtitle);
  return row;
}

static void
refresh_sidebar (NrReportView *self)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkLabel *subtitle = g_object_get_data (G_OBJECT (row), "nr-subtitle");
      g_autofree char *text = NULL;

      if (subtitle == NULL)
        continue;
      text = describe_part (self, g_object_get_data (G_OBJECT (row), "nr-section"),
                            g_object_get_data (G_OBJECT (row), "nr-norm"));
      gtk_label_set_text (subtitle, text);
    }
}

static gboolean
refresh_sidebar_idle (gpointer user_data)
{
  NrReportView *self = user_data;

  self->refresh_source = 0;
  refresh_sidebar (self);
  if (showing_unfinished (self))
    apply_unfinished_filter (self);
  return G_SOURCE_REMOVE;
}

static void
build_sidebar (NrReportView *self)
{
  GListModel *sections = nr_questionnaire_get_sections (nr_report_get_questionnaire (self->report));

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(NrSection) section = g_list_model_get_item (sections, i);
      GListModel *norms = nr_section_get_norms (section);

      if (g_list_model_get_n_items (nr_section_get_questions (section)) > 0)
        gtk_list_box_append (self->sidebar, sidebar_row (self, nr_section_get_title (section),
                                                         nr_section_get_id (section), NULL));

      for (guint n = 0; n < g_list_model_get_n_items (norms); n++)
        {
          g_autoptr(NrNorm) norm = g_list_model_get_item (norms, n);
          /* Translators: a norm's paragraph and its theme, such as "13 (a) Cooperate…". */
          g_autofree char *title = g_strdup_printf (_("13 (%c) %s"), nr_norm_get_id (norm)[2],
                                                    nr_norm_get_title (norm));

          gtk_list_box_append (self->sidebar, sidebar_row (self, title, nr_section_get_id (section),
                                                           nr_norm_get_id (norm)));
        }
    }
  refresh_sidebar (self);
}

/* --- Unanswered only ------------------------------------------------------------ */

static gboolean
showing_unfinished (NrReportView *self)
{
  return gtk_toggle_button_get_active (self->unfinished_button);
}

/* Hides what is complete: finished parts in the sidebar, answered
 * questions on the page. */
static void
apply_unfinished_filter (NrReportView *self)
{
  gboolean only_unfinished = showing_unfinished (self);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      const char *norm = g_object_get_data (G_OBJECT (row), "nr-norm");
      const char *section = g_object_get_data (G_OBJECT (row), "nr-section");
      double done = norm != NULL ? nr_report_get_norm_completion (self->report, norm, NULL, NULL)
                                 : nr_report_get_section_completion (self->report, section, NULL, NULL);

      gtk_widget_set_visible (row, !only_unfinished || done < 1.0 ||
                                   GTK_LIST_BOX_ROW (row) == gtk_list_box_get_selected_row (self->sidebar));
    }

  for (guint i = 0; i < self->questions->len; i++)
    {
      NrQuestionWidget *widget = self->questions->pdata[i];
      gboolean answered = nr_report_is_answered (self->report, nr_question_widget_get_question (widget));

      /* The question being answered stays, even once it is. */
      gtk_widget_set_visible (GTK_WIDGET (widget), !only_unfinished || !answered ||
                                                   gtk_widget_has_focus (GTK_WIDGET (widget)) ||
                                                   gtk_widget_get_focus_child (GTK_WIDGET (widget)) != NULL);
    }
}

static void
unfinished_toggled_cb (NrReportView *self)
{
  apply_unfinished_filter (self);
}

/* --- Search ------------------------------------------------------------------------ */

/* The answer's text and the labels of its choices, for searching. */
static char *
answer_text (NrReportView *self,
             NrQuestion   *question)
{
  g_autoptr(GVariant) value = nr_report_dup_value (self->report, nr_question_get_id (question));
  GString *text = g_string_new (NULL);

  if (value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    {
      const char *string = g_variant_get_string (value, NULL);
      NrChoice *choice = nr_question_lookup_choice (question, string);

      g_string_append (text, choice != NULL ? nr_choice_get_label (choice) : string);
    }
  else if (value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_STRING_ARRAY))
    {
      g_autofree const char **values = g_variant_get_strv (value, NULL);

      for (guint i = 0; values[i] != NULL; i++)
        {
          NrChoice *choice = nr_question_lookup_choice (question, values[i]);
          g_string_append_printf (text, "%s\n", choice != NULL ? nr_choice_get_label (choice) : values[i]);
        }
    }

  if (nr_question_get_kind (question) == NR_QUESTION_KIND_RECORDS)
    {
      g_autoptr(GListModel) records = nr_report_list_records (self->report, nr_question_get_id (question));

      for (guint i = 0; i < g_list_model_get_n_items (records); i++)
        {
          g_autoptr(NrRecord) record = g_list_model_get_item (records, i);
          g_autofree char *fields = g_variant_print (nr_record_get_fields (record), FALSE);
          g_string_append_printf (text, "%s\n", fields);
        }
    }

  return g_string_free (text, FALSE);
}

static gboolean
matches (const char *haystack,
         const char *folded_needle)
{
  g_autofree char *folded = haystack != NULL ? g_utf8_casefold (haystack, -1) : NULL;

  return folded != NULL && strstr (folded, folded_needle) != NULL;
}

static void
search_changed_cb (NrReportView *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *needle = NULL;
  GListModel *questions = nr_questionnaire_get_questions (nr_report_get_questionnaire (self->report));
  GtkWidget *child;
  guint found = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->results))) != NULL)
    gtk_list_box_remove (self->results, child);

  gtk_widget_set_visible (self->results_scroller, *query != '\0');
  gtk_widget_set_visible (self->sidebar_scroller, *query == '\0');
  if (*query == '\0')
    return;

  needle = g_utf8_casefold (query, -1);
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(NrQuestion) question = g_list_model_get_item (questions, i);
      g_autofree char *answer = answer_text (self, question);
      NrSection *section = nr_questionnaire_lookup_section (nr_report_get_questionnaire (self->report),
                                                            nr_question_get_section_id (question));
      g_autofree char *part = NULL;
      GtkWidget *row;

      if (!matches (nr_question_get_label (question), needle) &&
          !matches (nr_question_get_help (question), needle) &&
          !matches (answer, needle))
        continue;

      if (nr_question_get_norm_id (question) != NULL)
        part = g_strdup_printf (_("Norm 13 (%c)"), nr_question_get_norm_id (question)[2]);
      else
        part = g_strdup (section != NULL ? nr_section_get_title (section) : "");

      row = sidebar_row (self, nr_question_get_label (question), nr_question_get_section_id (question),
                         nr_question_get_norm_id (question));
      g_object_set_data_full (G_OBJECT (row), "nr-question", g_strdup (nr_question_get_id (question)), g_free);
      gtk_label_set_text (g_object_get_data (G_OBJECT (row), "nr-subtitle"), part);
      gtk_list_box_append (self->results, row);
      found++;
    }

  if (found == 0)
    {
      GtkWidget *none = gtk_label_new (_("Nothing matches"));

      gtk_widget_add_css_class (none, "dim-label");
      gtk_widget_set_margin_top (none, 12);
      gtk_list_box_append (self->results, none);
    }
}

static void
result_activated_cb (NrReportView  *self,
                     GtkListBoxRow *row)
{
  const char *question_id = g_object_get_data (G_OBJECT (row), "nr-question");
  const char *norm = g_object_get_data (G_OBJECT (row), "nr-norm");
  GtkWidget *widget;

  if (question_id == NULL)
    return;

  nr_report_view_show_part (self, norm != NULL ? norm : g_object_get_data (G_OBJECT (row), "nr-section"));
  widget = nr_report_view_find_question (self, question_id);
  if (widget != NULL)
    {
      gtk_widget_set_visible (widget, TRUE);
      gtk_widget_grab_focus (nr_question_widget_get_editor (NR_QUESTION_WIDGET (widget)));
    }
}

/**
 * nr_report_view_search:
 *
 * Opens the search and looks for @query; returns how many questions match.
 */
guint
nr_report_view_search (NrReportView *self,
                       const char   *query)
{
  guint n = 0;

  g_return_val_if_fail (NR_IS_REPORT_VIEW (self), 0);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), query);
  search_changed_cb (self);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->results)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    n += g_object_get_data (G_OBJECT (row), "nr-question") != NULL;
  return n;
}

GtkListBox *
nr_report_view_get_results (NrReportView *self)
{
  g_return_val_if_fail (NR_IS_REPORT_VIEW (self), NULL);
  return self->results;
}

/* Shows only unfinished parts and questions, or everything. */
void
nr_report_view_set_unfinished_only (NrReportView *self,
                                    gboolean      unfinished_only)
{
  g_return_if_fail (NR_IS_REPORT_VIEW (self));
  gtk_toggle_button_set_active (self->unfinished_button, unfinished_only);
}

/* --- Save status --------------------------------------------------------------- */

/**
 * nr_report_view_get_status:
 *
 * Returns: what the header says about saving.
 */
const char *
nr_report_view_get_status (NrReportView *self)
{
  g_return_val_if_fail (NR_IS_REPORT_VIEW (self), NULL);
  return adw_window_title_get_subtitle (self->page_title);
}

static void
update_status (NrReportView *self)
{
  gboolean pending = FALSE;
  gboolean failed = FALSE;

  for (guint i = 0; i < self->questions->len; i++)
    {
      pending |= nr_question_widget_is_pending (self->questions->pdata[i]);
      failed |= nr_question_widget_has_failed (self->questions->pdata[i]);
    }

  if (nr_report_is_read_only (self->report))
    adw_window_title_set_subtitle (self->page_title, _("Read-only"));
  else if (failed)
    adw_window_title_set_subtitle (self->page_title, _("Not saved"));
  else
    adw_window_title_set_subtitle (self->page_title, pending ? _("Saving…") : _("Saved"));

  /* Once everything saves again, the problem is gone. */
  if (!failed && !pending)
    gtk_info_bar_set_revealed (self->error_bar, FALSE);
}

static void
save_failed_cb (NrReportView *self,
                const char   *message)
{
  g_autofree char *text = g_strdup_printf (_("Not saved. %s Your text is kept here, and saved with your next change once the problem is solved."),
                                           message);

  gtk_label_set_text (self->error_label, text);
  gtk_info_bar_set_revealed (self->error_bar, TRUE);
  update_status (self);
}

static void
error_bar_response_cb (NrReportView *self)
{
  gtk_info_bar_set_revealed (self->error_bar, FALSE);
}

/**
 * nr_report_view_get_error:
 *
 * Returns: (nullable): the problem the view shows, if it shows one.
 */
const char *
nr_report_view_get_error (NrReportView *self)
{
  g_return_val_if_fail (NR_IS_REPORT_VIEW (self), NULL);
  return gtk_info_bar_get_revealed (self->error_bar) ? gtk_label_get_text (self->error_label) : NULL;
}

static void
report_changed_cb (NrReportView *self)
{
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add (refresh_sidebar_idle, self);
}

/* --- Pages --------------------------------------------------------------------- */

static void
clear_page (NrReportView *self)
{
  GtkWidget *child;

  nr_report_view_flush (self);
  g_ptr_array_set_size (self->questions, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->page_box))) != NULL)
    gtk_box_remove (self->page_box, child);
}

static GtkWidget *
page_label (const char *text,
            const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  return label;
}

static void
review_changed_cb (GtkDropDown  *dropdown,
                   GParamSpec   *pspec,
                   NrReportView *self)
{
  g_autoptr(GError) error = NULL;
  const char *norm_id = g_object_get_data (G_OBJECT (dropdown), "nr-norm");

  if (!nr_report_set_review_state (self->report, norm_id,
                                   (NrReviewState) gtk_drop_down_get_selected (dropdown), &error))
    save_failed_cb (self, error->message);
}

static GtkWidget *
review_row (NrReportView *self,
            const char   *norm_id)
{
  const char *states[] = { _("Draft"), _("Ready for review"), _("Cleared"), NULL };
  g_autofree char *cleared_by = NULL;
  NrReviewState state = nr_report_get_review_state (self->report, norm_id, &cleared_by);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = page_label (_("Review"), "heading");
  GtkWidget *dropdown = gtk_drop_down_new_from_strings (states);
  /* Translators: what a screen reader says for a norm's review state. */
  g_autofree char *name = g_strdup_printf (_("Review of norm 13 (%c)"), norm_id[2]);

  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), state);
  g_object_set_data_full (G_OBJECT (dropdown), "nr-norm", g_strdup (norm_id), g_free);
  nr_gui_set_accessible_label (dropdown, name);
  g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (review_changed_cb), self, 0);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), dropdown);
  if (cleared_by != NULL)
    {
      /* Translators: "%s" is the name of the person who cleared a norm. */
      g_autofree char *who = g_strdup_printf (_("Cleared by %s"), cleared_by);
      gtk_box_append (GTK_BOX (box), page_label (who, "dim-label"));
    }
  gtk_widget_set_sensitive (box, !nr_report_is_read_only (self->report));
  return box;
}

static void
add_questions (NrReportView *self,
               GListModel   *questions)
{
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(NrQuestion) question = g_list_model_get_item (questions, i);
      NrQuestionWidget *widget = nr_question_widget_new (self->report, question);

      g_signal_connect_object (widget, "pending-changed", G_CALLBACK (update_status), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (widget, "save-failed", G_CALLBACK (save_failed_cb), self,
                               G_CONNECT_SWAPPED);
      g_ptr_array_add (self->questions, widget);
      gtk_box_append (self->page_box, GTK_WIDGET (widget));
    }
}

/* The measures of the register linked to the norm, after its narrative. */
static void
add_linked_measures (NrReportView *self,
                     const char   *norm_id)
{
  g_autofree char *narrative_id = g_strdup_printf ("%s.narrative", norm_id);
  GtkWidget *narrative = nr_report_view_find_question (self, narrative_id);
  GtkWidget *measures = GTK_WIDGET (nr_norm_measures_new (self->report, norm_id));

  if (narrative != NULL)
    gtk_box_insert_child_after (self->page_box, measures, narrative);
  else
    gtk_box_append (self->page_box, measures);
}

static void
show_part (NrReportView *self,
           const char   *section_id,
           const char   *norm_id)
{
  NrQuestionnaire *questionnaire = nr_report_get_questionnaire (self->report);
  NrSection *section = nr_questionnaire_lookup_section (questionnaire, section_id);
  NrNorm *norm = nr_questionnaire_lookup_norm (questionnaire, norm_id);
  GtkAdjustment *scroll;

  clear_page (self);

  if (norm != NULL)
    {
      /* Translators: a norm's paragraph in A/70/174, such as "Norm 13 (a)". */
      g_autofree char *paragraph = g_strdup_printf (_("Norm 13 (%c)"), norm_id[2]);

      adw_window_title_set_title (self->page_title, paragraph);
      gtk_box_append (self->page_box, page_label (nr_norm_get_title (norm), "title-2"));
      if (nr_norm_get_summary (norm) != NULL)
        gtk_box_append (self->page_box, page_label (nr_norm_get_summary (norm), NULL));
      if (nr_norm_get_source (norm) != NULL)
        gtk_box_append (self->page_box, page_label (nr_norm_get_source (norm), "dim-label"));
      gtk_box_append (self->page_box, review_row (self, norm_id));
      add_questions (self, nr_norm_get_questions (norm));
      add_linked_measures (self, norm_id);
    }
  else if (section != NULL)
    {
      adw_window_title_set_title (self->page_title, nr_section_get_title (section));
      gtk_box_append (self->page_box, page_label (nr_section_get_title (section), "title-2"));
      if (nr_section_get_help (section) != NULL)
        gtk_box_append (self->page_box, page_label (nr_section_get_help (section), NULL));
      if (nr_measures_page_shows_section (section))
        gtk_box_append (self->page_box, GTK_WIDGET (nr_measures_page_new (self->report)));
      else
        add_questions (self, nr_section_get_questions (section));
    }

  update_status (self);
  apply_unfinished_filter (self);
  scroll = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (GTK_WIDGET (self->page_box), GTK_TYPE_SCROLLED_WINDOW)));
  gtk_adjustment_set_value (scroll, 0);
}

static void
row_selected_cb (NrReportView  *self,
                 GtkListBoxRow *row)
{
  if (row == NULL)
    return;

  show_part (self, g_object_get_data (G_OBJECT (row), "nr-section"),
             g_object_get_data (G_OBJECT (row), "nr-norm"));
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
back_clicked_cb (NrReportView *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/**
 * nr_report_view_show_part:
 * @part_id: a section id, or a norm id such as "13a"
 *
 * Returns: whether the report has that part
 */
gboolean
nr_report_view_show_part (NrReportView *self,
                          const char   *part_id)
{
  g_return_val_if_fail (NR_IS_REPORT_VIEW (self), FALSE);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      const char *norm = g_object_get_data (G_OBJECT (row), "nr-norm");
      const char *section = g_object_get_data (G_OBJECT (row), "nr-section");

      if (g_strcmp0 (norm, part_id) == 0 || (norm == NULL && g_strcmp0 (section, part_id) == 0))
        {
          gtk_list_box_select_row (self->sidebar, GTK_LIST_BOX_ROW (row));
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * nr_report_view_find_question:
 *
 * Returns: (transfer none) (nullable): the widget of a question on the part
 *   shown.
 */
GtkWidget *
nr_report_view_find_question (NrReportView *self,
                              const char   *question_id)
{
  g_return_val_if_fail (NR_IS_REPORT_VIEW (self), NULL);

  for (guint i = 0; i < self->questions->len; i++)
    {
      NrQuestionWidget *widget = self->questions->pdata[i];

      if (g_str_equal (nr_question_get_id (nr_question_widget_get_question (widget)), question_id))
        return GTK_WIDGET (widget);
    }
  return NULL;
}

/* Shows the part on view again, after the report changed underneath it. */
void
nr_report_view_reload (NrReportView *self)
{
  GtkListBoxRow *row;

  g_return_if_fail (NR_IS_REPORT_VIEW (self));

  row = gtk_list_box_get_selected_row (self->sidebar);
  if (row != NULL)
    show_part (self, g_object_get_data (G_OBJECT (row), "nr-section"),
               g_object_get_data (G_OBJECT (row), "nr-norm"));
  refresh_sidebar (self);
}

/* Saves whatever typing is waiting, now: before closing, or another page. */
void
nr_report_view_flush (NrReportView *self)
{
  g_return_if_fail (NR_IS_REPORT_VIEW (self));

  for (guint i = 0; i < self->questions->len; i++)
    nr_question_widget_flush (self->questions->pdata[i]);
  update_status (self);
}

GtkListBox *
nr_report_view_get_sidebar (NrReportView *self)
{
  g_return_val_if_fail (NR_IS_REPORT_VIEW (self), NULL);
  return self->sidebar;
}

NrReport *
nr_report_view_get_report (NrReportView *self)
{
  g_return_val_if_fail (NR_IS_REPORT_VIEW (self), NULL);
  return self->report;
}

static void
nr_report_view_dispose (GObject *object)
{
  NrReportView *self = NR_REPORT_VIEW (object);

  if (self->questions != NULL)
    clear_page (self);
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), NR_TYPE_REPORT_VIEW);
  /* Children that the template does not name are ours to unparent. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->questions, g_ptr_array_unref);
  g_clear_object (&self->report);

  G_OBJECT_CLASS (nr_report_view_parent_class)->dispose (object);
}

static void
nr_report_view_class_init (NrReportViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nr_report_view_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/nr-report-view.ui");
  gtk_widget_class_bind_template_child (widget_class, NrReportView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, NrReportView, report_title);
  gtk_widget_class_bind_template_child (widget_class, NrReportView, page_title);
  gtk_widget_class_bind_template_child (widget_class, NrReportView, sidebar);
  gtk_widget_class_bind_template_child (widget_class, NrReportView, content_box);
  gtk_widget_class_bind_template_child (widget_class, NrReportView, page_box);
  gtk_widget_class_bind_template_child (widget_class, NrReportView, toasts);
  gtk_widget_class_bind_template_child (widget_class, NrReportView, error_bar);
  gtk_widget_class_bind_template_child (widget_class, NrReportView, error_label);
  gtk_widget_class_bind_template_callback (widget_class, error_bar_response_cb);
  gtk_widget_class_bind_template_child (widget_class, NrReportView, search_button);
  gtk_widget_class_bind_template_child (widget_class, NrReportView, unfinished_button);
  gtk_widget_class_bind_template_child (widget_class, NrReportView, search_bar);
  gtk_widget_class_bind_template_child (widget_class, NrReportView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, NrReportView, results_scroller);
  gtk_widget_class_bind_template_child (widget_class, NrReportView, sidebar_scroller);
  gtk_widget_class_bind_template_child (widget_class, NrReportView, results);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, result_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, unfinished_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
}

/* GTK 4.8 leaves the close button of an info bar unnamed (a screen reader
 * said "GtkImage"): it is the only button of the bar, which GTK builds. */
static void
name_close_button (GtkWidget  *bar,
                   const char *name)
{
  GtkWidget *button = nr_gui_find_first_button (bar);

  if (button != NULL)
    nr_gui_set_accessible_label (button, name);
}

static void
nr_report_view_init (NrReportView *self)
{
  self->questions = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  name_close_button (GTK_WIDGET (self->error_bar), _("Dismiss the message"));
}

NrReportView *
nr_report_view_new (NrReport *report)
{
  NrReportView *self = g_object_new (NR_TYPE_REPORT_VIEW, NULL);
  const char *state = nr_report_get_metadata (report, NR_META_STATE);
  const char *name = nr_countries_lookup_name (state);
  g_autofree char *period = nr_format_period (nr_report_get_metadata (report, NR_META_PERIOD_START),
                                              nr_report_get_metadata (report, NR_META_PERIOD_END));

  self->report = g_object_ref (report);
  adw_window_title_set_title (self->report_title, name != NULL ? name : _("National Report"));
  adw_window_title_set_subtitle (self->report_title, period);
  g_signal_connect_object (report, "changed", G_CALLBACK (report_changed_cb), self,
                           G_CONNECT_SWAPPED);
  build_sidebar (self);
  gtk_list_box_select_row (self->sidebar, gtk_list_box_get_row_at_index (self->sidebar, 0));
  return self;
}
