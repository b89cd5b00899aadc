/* nr-answer-editor.c: the base of the widgets an answer is edited in.
 *
 * Each kind of answer has its own editor (nr-*-editor.c), made by
 * nr_answer_editor_new_for().  The same editors serve a question on a norm's
 * page (NrQuestionWidget, which saves what they hold) and a field of a
 * record (NrRecordDialog, which saves the record), so that a date, a link or
 * a list is edited and checked alike wherever it is asked.
 *
 * An editor only holds a value: it says when the reader changed it, and
 * what is wrong with its form, and leaves saving to the widget around it.
 */
#include "config.h"

#include "nr-answer-editor.h"

typedef struct
{
  NrQuestion *question;
  /* The control the question's label names, which takes the focus. */
  GtkWidget *input;
  char *problem;
  gboolean savable;
  /* While a value is being shown, its changes are not the reader's edits. */
  gboolean loading;
} NrAnswerEditorPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (NrAnswerEditor, nr_answer_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_QUESTION,
  PROP_PROBLEM,
  N_PROPS
};

enum {
  CHANGED,
  FAILED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

NrQuestion *
nr_answer_editor_get_question (NrAnswerEditor *self)
{
  NrAnswerEditorPrivate *priv = nr_answer_editor_get_instance_private (self);

  g_return_val_if_fail (NR_IS_ANSWER_EDITOR (self), NULL);
  return priv->question;
}

/**
 * nr_answer_editor_dup_value:
 *
 * Returns: (transfer full) (nullable): the answer as the editor shows it,
 *   or %NULL if it shows none.
 */
GVariant *
nr_answer_editor_dup_value (NrAnswerEditor *self)
{
  GVariant *value;

  g_return_val_if_fail (NR_IS_ANSWER_EDITOR (self), NULL);

  value = NR_ANSWER_EDITOR_GET_CLASS (self)->dup_value (self);
  /* Editors may build their value floating; the caller owns it. */
  return value != NULL ? g_variant_take_ref (value) : NULL;
}

/**
 * nr_answer_editor_set_value:
 * @value: (nullable): the answer to show, or %NULL for none
 *
 * Shows @value.  This is no edit: "changed" is not emitted.
 */
void
nr_answer_editor_set_value (NrAnswerEditor *self,
                            GVariant       *value)
{
  NrAnswerEditorPrivate *priv = nr_answer_editor_get_instance_private (self);
  g_autoptr(GVariant) sunk = value != NULL ? g_variant_ref_sink (value) : NULL;

  g_return_if_fail (NR_IS_ANSWER_EDITOR (self));

  priv->loading = TRUE;
  NR_ANSWER_EDITOR_GET_CLASS (self)->set_value (self, sunk);
  priv->loading = FALSE;
}

/* Whether the answer is saved after typing pauses, rather than at once. */
gboolean
nr_answer_editor_is_typed (NrAnswerEditor *self)
{
  g_return_val_if_fail (NR_IS_ANSWER_EDITOR (self), FALSE);
  return NR_ANSWER_EDITOR_GET_CLASS (self)->typed;
}

/**
 * nr_answer_editor_get_input:
 *
 * Returns: (transfer none): the control the question's label names and the
 *   keyboard focus goes to: an entry, a text view, a drop-down, a list.
 */
GtkWidget *
nr_answer_editor_get_input (NrAnswerEditor *self)
{
  NrAnswerEditorPrivate *priv = nr_answer_editor_get_instance_private (self);

  g_return_val_if_fail (NR_IS_ANSWER_EDITOR (self), NULL);
  return priv->input;
}

static void
check_format (NrAnswerEditor *self)
{
  NrAnswerEditorClass *klass = NR_ANSWER_EDITOR_GET_CLASS (self);

  if (klass->check_format != NULL)
    klass->check_format (self);
}

static void
entry_changed_cb (NrAnswerEditor *self)
{
  check_format (self);
  nr_answer_editor_changed (self);
}

/* Names the input; an entry's text is then the editor's value, and its
 * form is checked as it is typed. */
void
nr_answer_editor_set_input (NrAnswerEditor *self,
                            GtkWidget      *input)
{
  NrAnswerEditorPrivate *priv = nr_answer_editor_get_instance_private (self);

  priv->input = input;
  if (GTK_IS_EDITABLE (input))
    g_signal_connect_object (input, "changed", G_CALLBACK (entry_changed_cb), self, G_CONNECT_SWAPPED);
}

static GVariant *
nr_answer_editor_real_dup_value (NrAnswerEditor *self)
{
  NrAnswerEditorPrivate *priv = nr_answer_editor_get_instance_private (self);

  return nr_answer_editor_text_to_value (gtk_editable_get_text (GTK_EDITABLE (priv->input)));
}

static void
nr_answer_editor_real_set_value (NrAnswerEditor *self,
                                 GVariant       *value)
{
  NrAnswerEditorPrivate *priv = nr_answer_editor_get_instance_private (self);

  gtk_editable_set_text (GTK_EDITABLE (priv->input), nr_answer_editor_value_to_text (value));
  /* An unchanged text emits no "changed". */
  check_format (self);
}

/**
 * nr_answer_editor_get_problem:
 *
 * Returns: (nullable): what is wrong with the form of what is typed, to
 *   show under the editor, or %NULL.
 */
const char *
nr_answer_editor_get_problem (NrAnswerEditor *self)
{
  NrAnswerEditorPrivate *priv = nr_answer_editor_get_instance_private (self);

  g_return_val_if_fail (NR_IS_ANSWER_EDITOR (self), NULL);
  return priv->problem;
}

/* Whether what the editor shows may be saved: a link with a mistake is
 * saved as typed, but "201", on its way to "2017", is no date the report
 * can hold. */
gboolean
nr_answer_editor_is_savable (NrAnswerEditor *self)
{
  NrAnswerEditorPrivate *priv = nr_answer_editor_get_instance_private (self);

  g_return_val_if_fail (NR_IS_ANSWER_EDITOR (self), FALSE);
  return priv->problem == NULL || priv->savable;
}

/* Points out (or, with %NULL, stops pointing out) a problem with the form
 * of what is typed: the input is marked, and the widget around the editor
 * shows @problem. */
void
nr_answer_editor_set_problem (NrAnswerEditor *self,
                              const char     *problem,
                              gboolean        savable)
{
  NrAnswerEditorPrivate *priv = nr_answer_editor_get_instance_private (self);

  priv->savable = savable;
  if (priv->input != NULL)
    {
      if (problem != NULL)
        gtk_widget_add_css_class (priv->input, "error");
      else
        gtk_widget_remove_css_class (priv->input, "error");
    }
  if (g_strcmp0 (problem, priv->problem) == 0)
    return;
  g_free (priv->problem);
  priv->problem = g_strdup (problem);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROBLEM]);
}

/* Tells the widget around the editor that the reader changed the value;
 * not while a value is being shown. */
void
nr_answer_editor_changed (NrAnswerEditor *self)
{
  NrAnswerEditorPrivate *priv = nr_answer_editor_get_instance_private (self);

  if (!priv->loading)
    g_signal_emit (self, signals[CHANGED], 0);
}

/* For an editor that saves by itself (the list of records): says that a
 * save failed, and why. */
void
nr_answer_editor_failed (NrAnswerEditor *self,
                         const GError   *error)
{
  g_signal_emit (self, signals[FAILED], 0, error->message);
}

/* The answer a text editor holds: %NULL when emptied, which clears the
 * answer rather than storing an empty one. */
GVariant *
nr_answer_editor_text_to_value (const char *text)
{
  return text != NULL && *text != '\0' ? g_variant_new_string (text) : NULL;
}

/* The text a text editor shows for @value: "" for none. */
const char *
nr_answer_editor_value_to_text (GVariant *value)
{
  return value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_STRING)
         ? g_variant_get_string (value, NULL) : "";
}

static gboolean
nr_answer_editor_grab_focus (GtkWidget *widget)
{
  NrAnswerEditorPrivate *priv = nr_answer_editor_get_instance_private (NR_ANSWER_EDITOR (widget));

  return priv->input != NULL && gtk_widget_grab_focus (priv->input);
}

static void
nr_answer_editor_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  NrAnswerEditorPrivate *priv = nr_answer_editor_get_instance_private (NR_ANSWER_EDITOR (object));

  switch (prop_id)
    {
    case PROP_QUESTION:
      g_value_set_object (value, priv->question);
      break;
    case PROP_PROBLEM:
      g_value_set_string (value, priv->problem);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nr_answer_editor_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  NrAnswerEditorPrivate *priv = nr_answer_editor_get_instance_private (NR_ANSWER_EDITOR (object));

  switch (prop_id)
    {
    case PROP_QUESTION:
      priv->question = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nr_answer_editor_dispose (GObject *object)
{
  NrAnswerEditorPrivate *priv = nr_answer_editor_get_instance_private (NR_ANSWER_EDITOR (object));

  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL;)
    gtk_widget_unparent (child);
  priv->input = NULL;
  g_clear_object (&priv->question);

  G_OBJECT_CLASS (nr_answer_editor_parent_class)->dispose (object);
}

static void
nr_answer_editor_finalize (GObject *object)
{
  NrAnswerEditorPrivate *priv = nr_answer_editor_get_instance_private (NR_ANSWER_EDITOR (object));

  g_free (priv->problem);

  G_OBJECT_CLASS (nr_answer_editor_parent_class)->finalize (object);
}

static void
nr_answer_editor_class_init (NrAnswerEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = nr_answer_editor_get_property;
  object_class->set_property = nr_answer_editor_set_property;
  object_class->dispose = nr_answer_editor_dispose;
  object_class->finalize = nr_answer_editor_finalize;
  widget_class->grab_focus = nr_answer_editor_grab_focus;
  klass->dup_value = nr_answer_editor_real_dup_value;
  klass->set_value = nr_answer_editor_real_set_value;

  properties[PROP_QUESTION] = g_param_spec_object ("question", NULL, NULL, NR_TYPE_QUESTION,
                                                   G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                                   G_PARAM_STATIC_STRINGS);
  properties[PROP_PROBLEM] = g_param_spec_string ("problem", NULL, NULL, NULL,
                                                  G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                                                  G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * NrAnswerEditor::changed:
   *
   * The reader changed the value.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * NrAnswerEditor::failed:
   * @message: what went wrong, naming the file
   */
  signals[FAILED] = g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
nr_answer_editor_init (NrAnswerEditor *self)
{
}
