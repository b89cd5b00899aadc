/* nr-record.c: one entry of a repeatable list, as read from a report.
 *
 * A snapshot: changing a record goes through NrReport, which records the
 * change in the history, and the views reread the list.  The id is a UUID that
 * never changes, so merges and history can follow a record wherever it moves.
 */
#include "config.h"

#include "nr-record.h"

struct _NrRecord
{
  GObject parent_instance;

  char *id;
  char *question_id;
  double position;
  GVariant *fields;
};

G_DEFINE_FINAL_TYPE (NrRecord, nr_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_QUESTION_ID,
  PROP_FIELDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
nr_record_finalize (GObject *object)
{
  NrRecord *self = NR_RECORD (object);

  g_free (self->id);
  g_free (self->question_id);
  g_clear_pointer (&self->fields, g_variant_unref);

  G_OBJECT_CLASS (nr_record_parent_class)->finalize (object);
}

static void
nr_record_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  NrRecord *self = NR_RECORD (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_QUESTION_ID:
      g_value_set_string (value, self->question_id);
      break;
    case PROP_FIELDS:
      g_value_set_variant (value, self->fields);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nr_record_class_init (NrRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = nr_record_finalize;
  object_class->get_property = nr_record_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_QUESTION_ID] = g_param_spec_string ("question-id", NULL, NULL, NULL, flags);
  properties[PROP_FIELDS] = g_param_spec_variant ("fields", NULL, NULL, G_VARIANT_TYPE_VARDICT,
                                                  NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nr_record_init (NrRecord *self)
{
}

/**
 * nr_record_new:
 * @fields: (transfer none): an `a{sv}` dictionary from field id to value
 */
NrRecord *
nr_record_new (const char *id,
               const char *question_id,
               double      position,
               GVariant   *fields)
{
  NrRecord *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (fields != NULL && g_variant_is_of_type (fields, G_VARIANT_TYPE_VARDICT), NULL);

  self = g_object_new (NR_TYPE_RECORD, NULL);
  self->id = g_strdup (id);
  self->question_id = g_strdup (question_id);
  self->position = position;
  self->fields = g_variant_ref_sink (fields);

  return self;
}

const char *
nr_record_get_id (NrRecord *self)
{
  g_return_val_if_fail (NR_IS_RECORD (self), NULL);
  return self->id;
}

const char *
nr_record_get_question_id (NrRecord *self)
{
  g_return_val_if_fail (NR_IS_RECORD (self), NULL);
  return self->question_id;
}

double
nr_record_get_position (NrRecord *self)
{
  g_return_val_if_fail (NR_IS_RECORD (self), 0);
  return self->position;
}

/**
 * nr_record_get_fields:
 *
 * Returns: (transfer none): the `a{sv}` dictionary of the record's fields.
 */
GVariant *
nr_record_get_fields (NrRecord *self)
{
  g_return_val_if_fail (NR_IS_RECORD (self), NULL);
  return self->fields;
}

/**
 * nr_record_get_text:
 *
 * Returns: (transfer none) (nullable): the value of a text or single-choice
 *   field, or %NULL when the field is empty or holds a list.
 */
const char *
nr_record_get_text (NrRecord   *self,
                    const char *field_id)
{
  const char *text = NULL;

  g_return_val_if_fail (NR_IS_RECORD (self), NULL);

  if (!g_variant_lookup (self->fields, field_id, "&s", &text))
    return NULL;

  return text;
}
