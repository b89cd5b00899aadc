/* nr-section.c: a part of the questionnaire ("National context", "Norms" …).
 *
 * A section holds questions of its own and, for the norms section, norms that
 * hold questions in turn.
 */
#include "config.h"

#include "nr-frozen-list.h"
#include "nr-section.h"
#include "nr-norm.h"
#include "nr-question.h"

struct _NrSection
{
  GObject parent_instance;

  char *id;
  char *title;
  char *help;
  NrFrozenList *questions;
  NrFrozenList *norms;
  gboolean separable;
  /* Every contribution speaks for it, whatever norms it covers. */
  gboolean shared;
};

G_DEFINE_FINAL_TYPE (NrSection, nr_section, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_HELP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
nr_section_dispose (GObject *object)
{
  NrSection *self = NR_SECTION (object);

  g_clear_object (&self->questions);
  g_clear_object (&self->norms);

  G_OBJECT_CLASS (nr_section_parent_class)->dispose (object);
}

static void
nr_section_finalize (GObject *object)
{
  NrSection *self = NR_SECTION (object);

  g_free (self->id);
  g_free (self->title);
  g_free (self->help);

  G_OBJECT_CLASS (nr_section_parent_class)->finalize (object);
}

static void
nr_section_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  NrSection *self = NR_SECTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_HELP:
      g_value_set_string (value, self->help);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nr_section_class_init (NrSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->dispose = nr_section_dispose;
  object_class->finalize = nr_section_finalize;
  object_class->get_property = nr_section_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_HELP] = g_param_spec_string ("help", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nr_section_init (NrSection *self)
{
  self->questions = nr_frozen_list_new (NR_TYPE_QUESTION);
  self->norms = nr_frozen_list_new (NR_TYPE_NORM);
}

NrSection *
nr_section_new (const char *id,
                const char *title,
                const char *help,
                gboolean    separable)
{
  NrSection *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);

  self = g_object_new (NR_TYPE_SECTION, NULL);
  self->id = g_strdup (id);
  self->title = g_strdup (title);
  self->help = g_strdup (help);
  self->separable = separable;

  return self;
}

const char *
nr_section_get_id (NrSection *self)
{
  g_return_val_if_fail (NR_IS_SECTION (self), NULL);
  return self->id;
}

const char *
nr_section_get_title (NrSection *self)
{
  g_return_val_if_fail (NR_IS_SECTION (self), NULL);
  return self->title;
}

const char *
nr_section_get_help (NrSection *self)
{
  g_return_val_if_fail (NR_IS_SECTION (self), NULL);
  return self->help;
}

/**
 * nr_section_get_questions:
 *
 * Returns: (transfer none): the section's own questions (#NrQuestion), not
 *   those of its norms.
 */
GListModel *
nr_section_get_questions (NrSection *self)
{
  g_return_val_if_fail (NR_IS_SECTION (self), NULL);
  return G_LIST_MODEL (self->questions);
}

/**
 * nr_section_get_norms:
 *
 * Returns: (transfer none): the norms (#NrNorm) of the section; empty for all
 *   sections but the norms section.
 */
GListModel *
nr_section_get_norms (NrSection *self)
{
  g_return_val_if_fail (NR_IS_SECTION (self), NULL);
  return G_LIST_MODEL (self->norms);
}

void
nr_section_set_shared (NrSection *self,
                       gboolean   shared)
{
  self->shared = shared;
}

/**
 * nr_section_is_shared:
 *
 * Returns: whether every contribution speaks for this section, as for the
 *   register of measures, which the parts of every norm link to
 */
gboolean
nr_section_is_shared (NrSection *self)
{
  g_return_val_if_fail (NR_IS_SECTION (self), FALSE);
  return self->shared;
}

/**
 * nr_section_is_separable:
 *
 * Returns: whether the section is a block kept apart, such as the points of
 *   contact, which public exports leave out.
 */
gboolean
nr_section_is_separable (NrSection *self)
{
  g_return_val_if_fail (NR_IS_SECTION (self), FALSE);
  return self->separable;
}
