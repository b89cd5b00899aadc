/* nr-choice.c: one option of a choice question, or one item of a checklist.
 *
 * The value is the stable token stored in reports; the label and help are the
 * translated texts shown to the user.  A checklist item may cite what it rests
 * on ("A/76/135, guidance on norm 13 (c)"): a citation, shown as written and
 * never translated, so reviewers can check the action against its source.
 * A non-answer ("not applicable",
 * "withheld") is a deliberate reply and counts as answered.
 */
#include "config.h"

#include "nr-choice.h"

struct _NrChoice
{
  GObject parent_instance;

  char *value;
  char *label;
  char *help;
  char *rests_on;
  gboolean non_answer;
};

G_DEFINE_FINAL_TYPE (NrChoice, nr_choice, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_VALUE,
  PROP_LABEL,
  PROP_HELP,
  PROP_RESTS_ON,
  PROP_NON_ANSWER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
nr_choice_finalize (GObject *object)
{
  NrChoice *self = NR_CHOICE (object);

  g_free (self->value);
  g_free (self->label);
  g_free (self->help);
  g_free (self->rests_on);

  G_OBJECT_CLASS (nr_choice_parent_class)->finalize (object);
}

static void
nr_choice_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  NrChoice *self = NR_CHOICE (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      g_value_set_string (value, self->value);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_HELP:
      g_value_set_string (value, self->help);
      break;
    case PROP_RESTS_ON:
      g_value_set_string (value, self->rests_on);
      break;
    case PROP_NON_ANSWER:
      g_value_set_boolean (value, self->non_answer);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nr_choice_class_init (NrChoiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = nr_choice_finalize;
  object_class->get_property = nr_choice_get_property;

  properties[PROP_VALUE] =
    g_param_spec_string ("value", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_HELP] =
    g_param_spec_string ("help", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_RESTS_ON] =
    g_param_spec_string ("rests-on", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NON_ANSWER] =
    g_param_spec_boolean ("non-answer", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nr_choice_init (NrChoice *self)
{
}

NrChoice *
nr_choice_new (const char *value,
               const char *label,
               const char *help,
               const char *rests_on,
               gboolean    non_answer)
{
  NrChoice *self;

  g_return_val_if_fail (value != NULL, NULL);
  g_return_val_if_fail (label != NULL, NULL);

  self = g_object_new (NR_TYPE_CHOICE, NULL);
  self->value = g_strdup (value);
  self->label = g_strdup (label);
  self->help = g_strdup (help);
  self->rests_on = g_strdup (rests_on);
  self->non_answer = !!non_answer;

  return self;
}

const char *
nr_choice_get_value (NrChoice *self)
{
  g_return_val_if_fail (NR_IS_CHOICE (self), NULL);
  return self->value;
}

const char *
nr_choice_get_label (NrChoice *self)
{
  g_return_val_if_fail (NR_IS_CHOICE (self), NULL);
  return self->label;
}

const char *
nr_choice_get_help (NrChoice *self)
{
  g_return_val_if_fail (NR_IS_CHOICE (self), NULL);
  return self->help;
}

/* What a checklist item rests on, as written in the questionnaire; NULL
 * where it cites nothing. */
const char *
nr_choice_get_rests_on (NrChoice *self)
{
  g_return_val_if_fail (NR_IS_CHOICE (self), NULL);
  return self->rests_on;
}

gboolean
nr_choice_is_non_answer (NrChoice *self)
{
  g_return_val_if_fail (NR_IS_CHOICE (self), FALSE);
  return self->non_answer;
}
