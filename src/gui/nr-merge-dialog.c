/* nr-merge-dialog.c: what a contribution brings, and its conflicts side by
 * side.
 *
 * Changes only the contributor made are taken without asking.  Each
 * conflict, an answer both sides changed differently, is shown with both
 * versions, who wrote them and when; the user keeps one or the other, and
 * the merge is written only once every conflict is resolved.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "nr-gui-util.h"
#include "nr-merge-dialog.h"

struct _NrMergeDialog
{
  AdwWindow parent_instance;

  GtkBox *conflicts_box;
  GtkLabel *summary_label;
  GtkButton *apply_button;

  NrReport *report;
  NrMerge *merge;
  /* For each conflict, its item and its two choices. */
  GPtrArray *conflicts;
  GPtrArray *ours_buttons;
  GPtrArray *theirs_buttons;
};

G_DEFINE_FINAL_TYPE (NrMergeDialog, nr_merge_dialog, ADW_TYPE_WINDOW)

enum {
  MERGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* A state as a reader understands it. */
static char *
describe_state (NrQuestion *question,
                const char *aspect,
                const char *state)
{
  g_autoptr(GVariant) value = NULL;

  if (state == NULL)
    return g_strdup (_("(no answer)"));
  if (g_str_equal (aspect, NR_CHANGE_CLASSIFICATION))
    return g_strdup (state);

  value = g_variant_parse (NULL, state, NULL, NULL, NULL);
  if (value == NULL)
    return g_strdup (state);

  if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    {
      const char *text = g_variant_get_string (value, NULL);
      NrChoice *choice = question != NULL ? nr_question_lookup_choice (question, text) : NULL;

      return g_strdup (choice != NULL ? nr_choice_get_label (choice) : text);
    }
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING_ARRAY))
    {
      g_autofree const char **values = g_variant_get_strv (value, NULL);
      return g_strjoinv (", ", (char **) values);
    }

  /* Records, checklists, review states: their text form is readable enough. */
  return g_variant_print (value, FALSE);
}

static GtkWidget *
side (const char         *heading,
      const char         *text,
      const NrProvenance *provenance,
      GtkWidget          *button)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (heading);
  GtkWidget *body = gtk_label_new (text);
  g_autofree char *when = nr_format_time (provenance->modified);
  g_autofree char *who = g_strdup_printf ("%s · %s · %s",
                                          provenance->author != NULL && *provenance->author != '\0'
                                          ? provenance->author : _("someone"),
                                          provenance->agency != NULL && *provenance->agency != '\0'
                                          ? provenance->agency : _("no agency given"),
                                          when);
  GtkWidget *by = gtk_label_new (who);

  gtk_widget_set_hexpand (box, TRUE);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (body), 0);
  gtk_label_set_wrap (GTK_LABEL (body), TRUE);
  gtk_label_set_selectable (GTK_LABEL (body), TRUE);
  gtk_label_set_xalign (GTK_LABEL (by), 0);
  gtk_label_set_wrap (GTK_LABEL (by), TRUE);
  gtk_widget_add_css_class (by, "caption");
  gtk_widget_add_css_class (by, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), body);
  gtk_box_append (GTK_BOX (box), by);
  gtk_box_append (GTK_BOX (box), button);
  return box;
}

static void
update_apply (NrMergeDialog *self)
{
  guint unresolved = nr_merge_get_n_unresolved (self->merge);

  gtk_widget_set_sensitive (GTK_WIDGET (self->apply_button), unresolved == 0);
}

static void
choice_toggled_cb (GtkToggleButton *button,
                   NrMergeDialog   *self)
{
  NrMergeItem *item = g_object_get_data (G_OBJECT (button), "nr-item");
  NrMergeResolution resolution = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "nr-resolution"));

  if (gtk_toggle_button_get_active (button))
    nr_merge_resolve (self->merge, item, resolution, NULL);
  update_apply (self);
}

/* @conflict names the conflict for screen readers, which reach each
 * button on its own: "Keep ours: 13 (a) …, How far has …". */
static GtkWidget *
choice_button (NrMergeDialog     *self,
               NrMergeItem       *item,
               NrMergeResolution  resolution,
               GtkWidget         *group,
               const char        *conflict)
{
  GtkWidget *button = gtk_toggle_button_new_with_mnemonic (resolution == NR_MERGE_RESOLUTION_OURS
                                                           ? _("_Keep Ours") : _("_Take Theirs"));
  g_autofree char *name = g_strdup_printf (resolution == NR_MERGE_RESOLUTION_OURS ? _("Keep ours: %s")
                                                                                   : _("Take theirs: %s"),
                                           conflict);

  nr_gui_set_accessible_label (button, name);

  gtk_widget_set_halign (button, GTK_ALIGN_START);
  if (group != NULL)
    gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), GTK_TOGGLE_BUTTON (group));
  g_object_set_data (G_OBJECT (button), "nr-item", item);
  g_object_set_data (G_OBJECT (button), "nr-resolution", GINT_TO_POINTER (resolution));
  g_signal_connect_object (button, "toggled", G_CALLBACK (choice_toggled_cb), self, 0);
  return button;
}

/* The part of the report a conflict is in: its norm, such as "13 (c) Do
 * not knowingly allow territory …", or its section; many questions share
 * one wording ("How far has your country implemented this norm?"). */
static char *
describe_part (NrQuestionnaire *questionnaire,
               NrQuestion      *question,
               const char      *target)
{
  const char *norm_id = question != NULL ? nr_question_get_norm_id (question) : target;
  NrNorm *norm = norm_id != NULL ? nr_questionnaire_lookup_norm (questionnaire, norm_id) : NULL;
  NrSection *section;

  if (norm != NULL)
    /* Translators: a norm's paragraph and its theme, such as "13 (a) Cooperate…". */
    return g_strdup_printf (_("13 (%c) %s"), nr_norm_get_id (norm)[2], nr_norm_get_title (norm));
  section = question != NULL ? nr_questionnaire_lookup_section (questionnaire, nr_question_get_section_id (question))
                             : NULL;
  return g_strdup (section != NULL ? nr_section_get_title (section) : _("Report details"));
}

/* What a conflict is about: the question, or for a norm's review state,
 * the review. */
static const char *
describe_target (NrQuestion  *question,
                 NrMergeItem *item)
{
  if (question != NULL)
    return nr_question_get_label (question);
  if (g_str_equal (nr_merge_item_get_aspect (item), NR_CHANGE_REVIEW))
    return _("Review state");
  return nr_merge_item_get_target (item);
}

/* A card's heading: the part of the report, small, above what changed. */
static GtkWidget *
card_heading (const char *part_text,
              const char *title_text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *part = gtk_label_new (part_text);
  GtkWidget *title = gtk_label_new (title_text);

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 12);
  gtk_label_set_xalign (GTK_LABEL (part), 0);
  gtk_label_set_wrap (GTK_LABEL (part), TRUE);
  gtk_widget_add_css_class (part, "caption-heading");
  gtk_widget_add_css_class (part, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "title-4");
  gtk_box_append (GTK_BOX (box), part);
  gtk_box_append (GTK_BOX (box), title);
  return box;
}

static void
add_conflict (NrMergeDialog *self,
              NrMergeItem   *item)
{
  NrQuestionnaire *questionnaire = nr_report_get_questionnaire (self->report);
  NrQuestion *question = nr_questionnaire_lookup_question (questionnaire, nr_merge_item_get_target (item));
  g_autofree char *part = describe_part (questionnaire, question, nr_merge_item_get_target (item));
  g_autofree char *ours = describe_state (question, nr_merge_item_get_aspect (item),
                                          nr_merge_item_get_ours (item));
  g_autofree char *theirs = describe_state (question, nr_merge_item_get_aspect (item),
                                            nr_merge_item_get_theirs (item));
  /* Translators: a conflict, as a screen reader names it: its norm or
   * section, then its question. */
  g_autofree char *conflict = g_strdup_printf (_("%s, %s"), part, describe_target (question, item));
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *sides = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
  GtkWidget *ours_button = choice_button (self, item, NR_MERGE_RESOLUTION_OURS, NULL, conflict);
  GtkWidget *theirs_button = choice_button (self, item, NR_MERGE_RESOLUTION_THEIRS, ours_button, conflict);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_set_margin_start (sides, 12);
  gtk_widget_set_margin_end (sides, 12);
  gtk_widget_set_margin_bottom (sides, 12);
  gtk_box_set_homogeneous (GTK_BOX (sides), TRUE);
  gtk_box_append (GTK_BOX (sides), side (_("Ours"), ours, nr_merge_item_get_our_provenance (item),
                                         ours_button));
  gtk_box_append (GTK_BOX (sides), side (_("Theirs"), theirs, nr_merge_item_get_their_provenance (item),
                                         theirs_button));
  gtk_box_append (GTK_BOX (card), card_heading (part, describe_target (question, item)));
  gtk_box_append (GTK_BOX (card), sides);
  gtk_box_append (self->conflicts_box, card);

  g_ptr_array_add (self->conflicts, item);
  g_ptr_array_add (self->ours_buttons, ours_button);
  g_ptr_array_add (self->theirs_buttons, theirs_button);
}

/**
 * nr_merge_dialog_get_choice:
 * @conflict: the conflict's place in the dialog, from 0
 *
 * Returns: (transfer none) (nullable): the button that resolves it so.
 */
GtkWidget *
nr_merge_dialog_get_choice (NrMergeDialog     *self,
                            guint              conflict,
                            NrMergeResolution  resolution)
{
  GPtrArray *buttons = resolution == NR_MERGE_RESOLUTION_OURS ? self->ours_buttons : self->theirs_buttons;

  g_return_val_if_fail (NR_IS_MERGE_DIALOG (self), NULL);
  return conflict < buttons->len ? buttons->pdata[conflict] : NULL;
}

/**
 * nr_merge_dialog_apply:
 *
 * Writes the merge and closes; says why it could not, otherwise.
 */
gboolean
nr_merge_dialog_apply (NrMergeDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (!nr_merge_apply (self->merge, &error))
    {
      gtk_label_set_text (self->summary_label, error->message);
      return FALSE;
    }

  g_signal_emit (self, signals[MERGED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
apply_clicked_cb (NrMergeDialog *self)
{
  nr_merge_dialog_apply (self);
}

static void
nr_merge_dialog_dispose (GObject *object)
{
  NrMergeDialog *self = NR_MERGE_DIALOG (object);

  g_clear_object (&self->report);
  g_clear_object (&self->merge);
  g_clear_pointer (&self->conflicts, g_ptr_array_unref);
  g_clear_pointer (&self->ours_buttons, g_ptr_array_unref);
  g_clear_pointer (&self->theirs_buttons, g_ptr_array_unref);

  G_OBJECT_CLASS (nr_merge_dialog_parent_class)->dispose (object);
}

static void
nr_merge_dialog_class_init (NrMergeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nr_merge_dialog_dispose;

  /**
   * NrMergeDialog::merged:
   *
   * The merge was written to the report.
   */
  signals[MERGED] = g_signal_new ("merged", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/nr-merge-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, NrMergeDialog, conflicts_box);
  gtk_widget_class_bind_template_child (widget_class, NrMergeDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, NrMergeDialog, apply_button);
  gtk_widget_class_bind_template_callback (widget_class, apply_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
nr_merge_dialog_init (NrMergeDialog *self)
{
  self->conflicts = g_ptr_array_new ();
  self->ours_buttons = g_ptr_array_new ();
  self->theirs_buttons = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  nr_gui_name_mnemonic_buttons (GTK_WIDGET (self));
}

/**
 * nr_merge_dialog_new:
 * @source_name: the contribution's file, as the user knows it
 */
NrMergeDialog *
nr_merge_dialog_new (GtkWindow  *parent,
                     NrReport   *report,
                     NrMerge    *merge,
                     const char *source_name)
{
  NrMergeDialog *self = g_object_new (NR_TYPE_MERGE_DIALOG, "transient-for", parent, NULL);
  GListModel *items = nr_merge_get_items (merge);
  guint n_items = g_list_model_get_n_items (items);
  guint n_conflicts = nr_merge_get_n_conflicts (merge);
  g_autofree char *taken = NULL;
  g_autofree char *summary = NULL;

  self->report = g_object_ref (report);
  self->merge = g_object_ref (merge);

  taken = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "“%s” brings %u change made only on their side; it will be taken.",
                                        "“%s” brings %u changes made only on their side; they will be taken.",
                                        n_items - n_conflicts),
                           source_name, n_items - n_conflicts);
  if (n_conflicts > 0)
    {
      g_autofree char *asked = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "%u answer was changed on both sides. Choose which version to keep.",
                                                             "%u answers were changed on both sides. Choose which version to keep for each.",
                                                             n_conflicts),
                                                n_conflicts);
      summary = g_strdup_printf ("%s\n\n%s", taken, asked);
    }
  gtk_label_set_text (self->summary_label, summary != NULL ? summary : taken);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(NrMergeItem) item = g_list_model_get_item (items, i);

      if (nr_merge_item_is_conflict (item))
        add_conflict (self, item);
    }
  update_apply (self);
  return self;
}
