/* nr-norm.c: one of the 11 norms (13a … 13k) and its questions.
 *
 * A norm is a group of questions with the norm's theme as its title and the
 * documents it comes from as its source; reports keep a review state per norm.
 */
#include "config.h"

#include "nr-frozen-list.h"
#include "nr-norm.h"
#include "nr-question.h"

struct _NrNorm
{
  GObject parent_instance;

  char *id;
  char *section_id;
  char *title;
  char *summary;
  char *source;
  NrFrozenList *questions;
};

G_DEFINE_FINAL_TYPE (NrNorm, nr_norm, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_SUMMARY,
  PROP_SOURCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
nr_norm_dispose (GObject *object)
{
  NrNorm *self = NR_NORM (object);

  g_clear_object (&self->questions);

  G_OBJECT_CLASS (nr_norm_parent_class)->dispose (object);
}

static void
nr_norm_finalize (GObject *object)
{
  NrNorm *self = NR_NORM (object);

  g_free (self->id);
  g_free (self->section_id);
  g_free (self->title);
  g_free (self->summary);
  g_free (self->source);

  G_OBJECT_CLASS (nr_norm_parent_class)->finalize (object);
}

static void
nr_norm_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  NrNorm *self = NR_NORM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nr_norm_class_init (NrNormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->dispose = nr_norm_dispose;
  object_class->finalize = nr_norm_finalize;
  object_class->get_property = nr_norm_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_SUMMARY] = g_param_spec_string ("summary", NULL, NULL, NULL, flags);
  properties[PROP_SOURCE] = g_param_spec_string ("source", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nr_norm_init (NrNorm *self)
{
  self->questions = nr_frozen_list_new (NR_TYPE_QUESTION);
}

NrNorm *
nr_norm_new (const char *id,
             const char *section_id,
             const char *title,
             const char *summary,
             const char *source)
{
  NrNorm *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);

  self = g_object_new (NR_TYPE_NORM, NULL);
  self->id = g_strdup (id);
  self->section_id = g_strdup (section_id);
  self->title = g_strdup (title);
  self->summary = g_strdup (summary);
  self->source = g_strdup (source);

  return self;
}

const char *
nr_norm_get_id (NrNorm *self)
{
  g_return_val_if_fail (NR_IS_NORM (self), NULL);
  return self->id;
}

const char *
nr_norm_get_section_id (NrNorm *self)
{
  g_return_val_if_fail (NR_IS_NORM (self), NULL);
  return self->section_id;
}

const char *
nr_norm_get_title (NrNorm *self)
{
  g_return_val_if_fail (NR_IS_NORM (self), NULL);
  return self->title;
}

const char *
nr_norm_get_summary (NrNorm *self)
{
  g_return_val_if_fail (NR_IS_NORM (self), NULL);
  return self->summary;
}

const char *
nr_norm_get_source (NrNorm *self)
{
  g_return_val_if_fail (NR_IS_NORM (self), NULL);
  return self->source;
}

/**
 * nr_norm_get_questions:
 *
 * Returns: (transfer none): a list of #NrQuestion, in questionnaire order.  The
 *   loader appends to it; nobody else may.
 */
GListModel *
nr_norm_get_questions (NrNorm *self)
{
  g_return_val_if_fail (NR_IS_NORM (self), NULL);
  return G_LIST_MODEL (self->questions);
}
