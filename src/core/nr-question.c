/* nr-question.c: one question of a questionnaire, or one field of a record.
 *
 * Questions are immutable once the loader has built them.  The id is the key
 * under which answers are stored, so everything about a question may change
 * between questionnaire versions except its id.
 */
#include "config.h"

#include "nr-checklist.h"
#include "nr-frozen-list.h"
#include "nr-question-private.h"
#include "nr-enum-types.h"

struct _NrQuestion
{
  GObject parent_instance;

  char *id;
  NrQuestionKind kind;
  char *label;
  char *help;
  char *source;
  char *section_id;
  char *norm_id;
  /* The answer names a person or holds their contact: public exports leave
   * it out. */
  gboolean personal;
  /* A field that gives its record's own classification. */
  gboolean classifies;
  /* A multiple choice among every norm's practical actions. */
  gboolean choices_are_actions;
  /* The part of UNIDIR's National Survey ("I" to "IV"), or NULL. */
  char *unidir_part;

  /* Choices of a choice question, or the statuses of a checklist's items. */
  NrFrozenList *choices;
  /* The practical actions of a checklist. */
  NrFrozenList *items;
  /* The fields of a repeatable record, themselves NrQuestions. */
  NrFrozenList *fields;

  /* Value or id → object, borrowed from the lists above: checking an import
   * looks these up for every value it holds. */
  GHashTable *choice_index;
  GHashTable *item_index;
  GHashTable *field_index;
};

G_DEFINE_FINAL_TYPE (NrQuestion, nr_question, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_LABEL,
  PROP_HELP,
  PROP_SOURCE,
  PROP_SECTION_ID,
  PROP_NORM_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
nr_question_dispose (GObject *object)
{
  NrQuestion *self = NR_QUESTION (object);

  g_clear_pointer (&self->choice_index, g_hash_table_unref);
  g_clear_pointer (&self->item_index, g_hash_table_unref);
  g_clear_pointer (&self->field_index, g_hash_table_unref);
  g_clear_object (&self->choices);
  g_clear_object (&self->items);
  g_clear_object (&self->fields);

  G_OBJECT_CLASS (nr_question_parent_class)->dispose (object);
}

static void
nr_question_finalize (GObject *object)
{
  NrQuestion *self = NR_QUESTION (object);

  g_free (self->id);
  g_free (self->label);
  g_free (self->help);
  g_free (self->source);
  g_free (self->section_id);
  g_free (self->norm_id);
  g_free (self->unidir_part);

  G_OBJECT_CLASS (nr_question_parent_class)->finalize (object);
}

static void
nr_question_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  NrQuestion *self = NR_QUESTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_HELP:
      g_value_set_string (value, self->help);
      break;
    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;
    case PROP_SECTION_ID:
      g_value_set_string (value, self->section_id);
      break;
    case PROP_NORM_ID:
      g_value_set_string (value, self->norm_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nr_question_class_init (NrQuestionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->dispose = nr_question_dispose;
  object_class->finalize = nr_question_finalize;
  object_class->get_property = nr_question_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, NR_TYPE_QUESTION_KIND,
                                             NR_QUESTION_KIND_SHORT_TEXT, flags);
  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL, flags);
  properties[PROP_HELP] = g_param_spec_string ("help", NULL, NULL, NULL, flags);
  properties[PROP_SOURCE] = g_param_spec_string ("source", NULL, NULL, NULL, flags);
  properties[PROP_SECTION_ID] = g_param_spec_string ("section-id", NULL, NULL, NULL, flags);
  properties[PROP_NORM_ID] = g_param_spec_string ("norm-id", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nr_question_init (NrQuestion *self)
{
  self->choices = nr_frozen_list_new (NR_TYPE_CHOICE);
  self->items = nr_frozen_list_new (NR_TYPE_CHOICE);
  self->fields = nr_frozen_list_new (NR_TYPE_QUESTION);
  self->choice_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->item_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->field_index = g_hash_table_new (g_str_hash, g_str_equal);
}

NrQuestion *
nr_question_new (const char     *id,
                 NrQuestionKind  kind,
                 const char     *label,
                 const char     *help,
                 const char     *source)
{
  NrQuestion *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (label != NULL, NULL);

  self = g_object_new (NR_TYPE_QUESTION, NULL);
  self->id = g_strdup (id);
  self->kind = kind;
  self->label = g_strdup (label);
  self->help = g_strdup (help);
  self->source = g_strdup (source);

  return self;
}

void
nr_question_set_location (NrQuestion *self,
                          const char *section_id,
                          const char *norm_id)
{
  g_return_if_fail (NR_IS_QUESTION (self));

  g_free (self->section_id);
  self->section_id = g_strdup (section_id);
  g_free (self->norm_id);
  self->norm_id = g_strdup (norm_id);
}

void
nr_question_set_personal (NrQuestion *self,
                          gboolean    personal)
{
  g_return_if_fail (NR_IS_QUESTION (self));
  self->personal = personal;
}

void
nr_question_add_choice (NrQuestion *self,
                        NrChoice   *choice)
{
  g_return_if_fail (NR_IS_QUESTION (self));
  nr_frozen_list_append (self->choices, choice);
  g_hash_table_insert (self->choice_index, (gpointer) nr_choice_get_value (choice), choice);
}

void
nr_question_add_item (NrQuestion *self,
                      NrChoice   *item)
{
  g_return_if_fail (NR_IS_QUESTION (self));
  nr_frozen_list_append (self->items, item);
  g_hash_table_insert (self->item_index, (gpointer) nr_choice_get_value (item), item);
}

void
nr_question_add_field (NrQuestion *self,
                       NrQuestion *field)
{
  g_return_if_fail (NR_IS_QUESTION (self));
  nr_frozen_list_append (self->fields, field);
  g_hash_table_insert (self->field_index, (gpointer) field->id, field);
}

const char *
nr_question_get_id (NrQuestion *self)
{
  g_return_val_if_fail (NR_IS_QUESTION (self), NULL);
  return self->id;
}

NrQuestionKind
nr_question_get_kind (NrQuestion *self)
{
  g_return_val_if_fail (NR_IS_QUESTION (self), NR_QUESTION_KIND_SHORT_TEXT);
  return self->kind;
}

const char *
nr_question_get_label (NrQuestion *self)
{
  g_return_val_if_fail (NR_IS_QUESTION (self), NULL);
  return self->label;
}

const char *
nr_question_get_help (NrQuestion *self)
{
  g_return_val_if_fail (NR_IS_QUESTION (self), NULL);
  return self->help;
}

const char *
nr_question_get_source (NrQuestion *self)
{
  g_return_val_if_fail (NR_IS_QUESTION (self), NULL);
  return self->source;
}

const char *
nr_question_get_section_id (NrQuestion *self)
{
  g_return_val_if_fail (NR_IS_QUESTION (self), NULL);
  return self->section_id;
}

/**
 * nr_question_get_norm_id:
 *
 * Returns: (nullable): the norm ("13a" … "13k") the question belongs to, or
 *   %NULL for a question outside the norms.
 */
const char *
nr_question_get_norm_id (NrQuestion *self)
{
  g_return_val_if_fail (NR_IS_QUESTION (self), NULL);
  return self->norm_id;
}

void
nr_question_set_unidir_part (NrQuestion *self,
                             const char *unidir_part)
{
  g_return_if_fail (NR_IS_QUESTION (self));
  g_free (self->unidir_part);
  self->unidir_part = g_strdup (unidir_part);
}

/**
 * nr_question_get_unidir_part:
 *
 * The part of UNIDIR's National Survey the question belongs to: "I"
 * (international law), "II" (norms), "III" (confidence-building measures)
 * or "IV" (capacity-building).  A code, not translated.
 *
 * Returns: (nullable): the part, or %NULL for a question the survey does not
 *   ask about, such as the introduction.
 */
const char *
nr_question_get_unidir_part (NrQuestion *self)
{
  g_return_val_if_fail (NR_IS_QUESTION (self), NULL);
  return self->unidir_part;
}

void
nr_question_set_choices_are_actions (NrQuestion *self,
                                     gboolean    choices_are_actions)
{
  self->choices_are_actions = choices_are_actions;
}

/**
 * nr_question_get_choices_are_actions:
 *
 * Returns: whether the choices of this multiple choice are the practical
 *   actions of every norm, made from the checklists' items
 *   (choices-from="practical-actions"), rather than texts of its own
 */
gboolean
nr_question_get_choices_are_actions (NrQuestion *self)
{
  g_return_val_if_fail (NR_IS_QUESTION (self), FALSE);
  return self->choices_are_actions;
}

void
nr_question_set_classifies (NrQuestion *self,
                            gboolean    classifies)
{
  self->classifies = classifies;
}

/**
 * nr_question_get_classifying_field:
 *
 * Returns: (transfer none) (nullable): the field of this list of records
 *   that gives each record its own classification, if it has one
 */
NrQuestion *
nr_question_get_classifying_field (NrQuestion *self)
{
  GListModel *fields;

  g_return_val_if_fail (NR_IS_QUESTION (self), NULL);

  fields = nr_question_get_fields (self);
  for (guint i = 0; i < g_list_model_get_n_items (fields); i++)
    {
      NrQuestion *field = g_list_model_get_item (fields, i);

      /* The list holds a reference: borrowed. */
      g_object_unref (field);
      if (field->classifies)
        return field;
    }
  return NULL;
}

/**
 * nr_question_is_personal:
 *
 * Whether the answer names a person or holds their contact, such as the
 * focal point's name and e-mail: public exports name agencies, never
 * people, and leave such answers out.
 */
gboolean
nr_question_is_personal (NrQuestion *self)
{
  g_return_val_if_fail (NR_IS_QUESTION (self), FALSE);
  return self->personal;
}

GListModel *
nr_question_get_choices (NrQuestion *self)
{
  g_return_val_if_fail (NR_IS_QUESTION (self), NULL);
  return G_LIST_MODEL (self->choices);
}

GListModel *
nr_question_get_items (NrQuestion *self)
{
  g_return_val_if_fail (NR_IS_QUESTION (self), NULL);
  return G_LIST_MODEL (self->items);
}

GListModel *
nr_question_get_fields (NrQuestion *self)
{
  g_return_val_if_fail (NR_IS_QUESTION (self), NULL);
  return G_LIST_MODEL (self->fields);
}

/**
 * nr_question_lookup_choice:
 *
 * Returns: (transfer none) (nullable): the choice with that value.
 */
NrChoice *
nr_question_lookup_choice (NrQuestion *self,
                           const char *value)
{
  g_return_val_if_fail (NR_IS_QUESTION (self), NULL);
  return value != NULL ? g_hash_table_lookup (self->choice_index, value) : NULL;
}

/**
 * nr_question_lookup_item:
 *
 * Returns: (transfer none) (nullable): the checklist item with that id.
 */
NrChoice *
nr_question_lookup_item (NrQuestion *self,
                         const char *item_id)
{
  g_return_val_if_fail (NR_IS_QUESTION (self), NULL);
  return item_id != NULL ? g_hash_table_lookup (self->item_index, item_id) : NULL;
}

/**
 * nr_question_lookup_field:
 *
 * Returns: (transfer none) (nullable): the record field with that id.
 */
NrQuestion *
nr_question_lookup_field (NrQuestion *self,
                          const char *field_id)
{
  g_return_val_if_fail (NR_IS_QUESTION (self), NULL);
  return field_id != NULL ? g_hash_table_lookup (self->field_index, field_id) : NULL;
}

/* Whether @value has the type @question's kind stores, so that it can be
 * read as such: values come from files, which may hold anything. */
static gboolean
holds_its_type (NrQuestion *question,
                GVariant   *value)
{
  const GVariantType *type = nr_question_kind_value_type (nr_question_get_kind (question));

  return value != NULL && type != NULL && g_variant_is_of_type (value, type);
}

/**
 * nr_question_value_is_answered:
 * @value: a stored value for @question (not a record list)
 *
 * Whether @value holds something a reader could use: text that is not
 * blank, a choice (explicit non-answers such as "not applicable" included:
 * they are deliberate replies), at least one choice of a multiple choice, a
 * status for every practical action of a checklist.  Record lists are
 * answered by having records, which @value does not hold.  A value of
 * another type than @question's kind stores answers nothing.
 */
gboolean
nr_question_value_is_answered (NrQuestion *question,
                               GVariant   *value)
{
  if (!holds_its_type (question, value))
    return FALSE;

  switch (nr_question_get_kind (question))
    {
    case NR_QUESTION_KIND_SINGLE_CHOICE:
    case NR_QUESTION_KIND_SHORT_TEXT:
    case NR_QUESTION_KIND_LONG_TEXT:
    case NR_QUESTION_KIND_DATE:
    case NR_QUESTION_KIND_URL:
    case NR_QUESTION_KIND_EMAIL:
      {
        const char *text = g_variant_get_string (value, NULL);

        for (; *text != '\0'; text = g_utf8_next_char (text))
          {
            if (!g_unichar_isspace (g_utf8_get_char (text)))
              return TRUE;
          }
        return FALSE;
      }

    case NR_QUESTION_KIND_MULTIPLE_CHOICE:
    case NR_QUESTION_KIND_TEXT_LIST:
    case NR_QUESTION_KIND_LINK_LIST:
      return g_variant_n_children (value) > 0;

    case NR_QUESTION_KIND_CHECKLIST:
      {
        GListModel *items = nr_question_get_items (question);
        guint n = g_list_model_get_n_items (items);

        for (guint i = 0; i < n; i++)
          {
            g_autoptr(NrChoice) item = g_list_model_get_item (items, i);
            const char *status = NULL;

            /* A note alone is not yet an answer. */
            if (!nr_checklist_lookup (value, nr_choice_get_value (item), &status, NULL) || *status == '\0')
              return FALSE;
          }
        return n > 0;
      }

    case NR_QUESTION_KIND_RECORDS:
    default:
      return FALSE;
    }
}

/**
 * nr_question_format_choice:
 *
 * Returns: how the choice @value of @question reads: its label, or @value
 *   itself when the questionnaire no longer offers it; "" for no value.
 */
const char *
nr_question_format_choice (NrQuestion *question,
                           const char *value)
{
  GListModel *choices = nr_question_get_choices (question);

  if (value == NULL)
    return "";

  for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
    {
      g_autoptr(NrChoice) choice = g_list_model_get_item (choices, i);

      if (g_str_equal (nr_choice_get_value (choice), value))
        return nr_choice_get_label (choice);
    }
  return value;
}

/**
 * nr_question_format_value:
 * @value: (nullable): a value of @question
 *
 * Returns: (transfer full): how @value reads: text as it is, dates as
 *   people write them in the current locale, choices by their labels; "" for checklists and records, which are shown as tables,
 *   for no value, and for a value of another type than @question's kind
 *   stores, which is no answer to it.
 */
char *
nr_question_format_value (NrQuestion *question,
                          GVariant   *value)
{
  if (!holds_its_type (question, value))
    return g_strdup ("");

  switch (nr_question_get_kind (question))
    {
    case NR_QUESTION_KIND_SINGLE_CHOICE:
      return g_strdup (nr_question_format_choice (question, g_variant_get_string (value, NULL)));

    case NR_QUESTION_KIND_MULTIPLE_CHOICE:
      {
        GString *text = g_string_new (NULL);
        GVariantIter iter;
        const char *chosen;

        g_variant_iter_init (&iter, value);
        while (g_variant_iter_next (&iter, "&s", &chosen))
          {
            if (text->len > 0)
              g_string_append (text, "; ");
            g_string_append (text, nr_question_format_choice (question, chosen));
          }
        return g_string_free (text, FALSE);
      }

    case NR_QUESTION_KIND_TEXT_LIST:
    case NR_QUESTION_KIND_LINK_LIST:
      {
        g_autofree const char **entries = g_variant_get_strv (value, NULL);

        /* Names may hold commas ("Ministry of Communications, Digital and
         * Information"); a semicolon keeps them apart. */
        return g_strjoinv ("; ", (char **) entries);
      }

    case NR_QUESTION_KIND_DATE:
      return nr_partial_date_format (g_variant_get_string (value, NULL));

    case NR_QUESTION_KIND_SHORT_TEXT:
    case NR_QUESTION_KIND_LONG_TEXT:
    case NR_QUESTION_KIND_URL:
    case NR_QUESTION_KIND_EMAIL:
      return g_variant_dup_string (value, NULL);

    case NR_QUESTION_KIND_CHECKLIST:
    case NR_QUESTION_KIND_RECORDS:
    default:
      /* Drawn as tables, not as one text. */
      return g_strdup ("");
    }
}
