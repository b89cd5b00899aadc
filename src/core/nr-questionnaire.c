/* nr-questionnaire.c: a questionnaire definition and look-ups in it.
 *
 * The questionnaire is data, not code: nr-questionnaire-loader.c builds one from
 * XML.  Once built it never changes, so it can be shared by every open report
 * and by worker threads.
 */
#include "config.h"

#include "nr-frozen-list.h"
#include "nr-questionnaire-private.h"

struct _NrQuestionnaire
{
  GObject parent_instance;

  char *id;
  char *version;
  char *title;
  char *description;

  NrFrozenList *sections;
  /* Every norm and question in questionnaire order, across sections. */
  NrFrozenList *norms;
  NrFrozenList *questions;

  GHashTable *sections_by_id;
  GHashTable *norms_by_id;
  GHashTable *questions_by_id;

  /* Of NrUpgradeMap, in the order the questionnaire gives them. */
  GPtrArray *upgrade_maps;
};

G_DEFINE_FINAL_TYPE (NrQuestionnaire, nr_questionnaire, G_TYPE_OBJECT)
G_DEFINE_QUARK (nr-questionnaire-error-quark, nr_questionnaire_error)

enum {
  PROP_0,
  PROP_ID,
  PROP_VERSION,
  PROP_TITLE,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
nr_questionnaire_dispose (GObject *object)
{
  NrQuestionnaire *self = NR_QUESTIONNAIRE (object);

  g_clear_pointer (&self->sections_by_id, g_hash_table_unref);
  g_clear_pointer (&self->norms_by_id, g_hash_table_unref);
  g_clear_pointer (&self->questions_by_id, g_hash_table_unref);
  g_clear_pointer (&self->upgrade_maps, g_ptr_array_unref);
  g_clear_object (&self->sections);
  g_clear_object (&self->norms);
  g_clear_object (&self->questions);

  G_OBJECT_CLASS (nr_questionnaire_parent_class)->dispose (object);
}

static void
nr_questionnaire_finalize (GObject *object)
{
  NrQuestionnaire *self = NR_QUESTIONNAIRE (object);

  g_free (self->id);
  g_free (self->version);
  g_free (self->title);
  g_free (self->description);

  G_OBJECT_CLASS (nr_questionnaire_parent_class)->finalize (object);
}

static void
nr_questionnaire_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  NrQuestionnaire *self = NR_QUESTIONNAIRE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_VERSION:
      g_value_set_string (value, self->version);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nr_questionnaire_class_init (NrQuestionnaireClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->dispose = nr_questionnaire_dispose;
  object_class->finalize = nr_questionnaire_finalize;
  object_class->get_property = nr_questionnaire_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_VERSION] = g_param_spec_string ("version", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nr_questionnaire_init (NrQuestionnaire *self)
{
  self->sections = nr_frozen_list_new (NR_TYPE_SECTION);
  self->norms = nr_frozen_list_new (NR_TYPE_NORM);
  self->questions = nr_frozen_list_new (NR_TYPE_QUESTION);
  /* The lists own the objects; the tables only index them. */
  self->sections_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->norms_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->questions_by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

NrQuestionnaire *
nr_questionnaire_new_empty (const char *id,
                            const char *version,
                            const char *title,
                            const char *description)
{
  NrQuestionnaire *self = g_object_new (NR_TYPE_QUESTIONNAIRE, NULL);

  self->id = g_strdup (id);
  self->version = g_strdup (version);
  self->title = g_strdup (title);
  self->description = g_strdup (description);
  self->upgrade_maps = g_ptr_array_new_with_free_func ((GDestroyNotify) nr_upgrade_map_free);

  return self;
}

/* Takes @map. */
void
nr_questionnaire_add_upgrade_map (NrQuestionnaire *self,
                                  NrUpgradeMap    *map)
{
  g_ptr_array_add (self->upgrade_maps, map);
}

/**
 * nr_questionnaire_get_upgrade_maps:
 *
 * Returns: (transfer none) (element-type NrUpgradeMap): how answers to
 *   earlier versions move, in the order to apply them
 */
GPtrArray *
nr_questionnaire_get_upgrade_maps (NrQuestionnaire *self)
{
  return self->upgrade_maps;
}

/**
 * nr_questionnaire_needs_upgrade_map:
 * @version: the version a report answers
 *
 * Returns: whether some answers of a report answering @version move to
 *   other questions in this version, rather than only following their ids
 */
gboolean
nr_questionnaire_needs_upgrade_map (NrQuestionnaire *self,
                                    const char      *version)
{
  for (guint i = 0; i < self->upgrade_maps->len; i++)
    {
      NrUpgradeMap *map = self->upgrade_maps->pdata[i];

      if (nr_questionnaire_compare_versions (version, map->to_version) < 0)
        return TRUE;
    }
  return FALSE;
}

void
nr_questionnaire_add_section (NrQuestionnaire *self,
                              NrSection       *section)
{
  nr_frozen_list_append (self->sections, section);
  g_hash_table_insert (self->sections_by_id, (gpointer) nr_section_get_id (section), section);
}

void
nr_questionnaire_add_norm (NrQuestionnaire *self,
                           NrSection       *section,
                           NrNorm          *norm)
{
  nr_frozen_list_append (NR_FROZEN_LIST (nr_section_get_norms (section)), norm);
  nr_frozen_list_append (self->norms, norm);
  g_hash_table_insert (self->norms_by_id, (gpointer) nr_norm_get_id (norm), norm);
}

/* Returns FALSE when the id is taken: the schema prevents that for files that
 * validate, but the loader reports it rather than trusting that blindly. */
gboolean
nr_questionnaire_add_question (NrQuestionnaire *self,
                               NrSection       *section,
                               NrNorm          *norm,
                               NrQuestion      *question)
{
  const char *id = nr_question_get_id (question);

  if (g_hash_table_contains (self->questions_by_id, id))
    return FALSE;

  if (norm != NULL)
    nr_frozen_list_append (NR_FROZEN_LIST (nr_norm_get_questions (norm)), question);
  else
    nr_frozen_list_append (NR_FROZEN_LIST (nr_section_get_questions (section)), question);

  nr_frozen_list_append (self->questions, question);
  g_hash_table_insert (self->questions_by_id, (gpointer) id, question);
  return TRUE;
}

const char *
nr_questionnaire_get_id (NrQuestionnaire *self)
{
  g_return_val_if_fail (NR_IS_QUESTIONNAIRE (self), NULL);
  return self->id;
}

const char *
nr_questionnaire_get_version (NrQuestionnaire *self)
{
  g_return_val_if_fail (NR_IS_QUESTIONNAIRE (self), NULL);
  return self->version;
}

const char *
nr_questionnaire_get_title (NrQuestionnaire *self)
{
  g_return_val_if_fail (NR_IS_QUESTIONNAIRE (self), NULL);
  return self->title;
}

const char *
nr_questionnaire_get_description (NrQuestionnaire *self)
{
  g_return_val_if_fail (NR_IS_QUESTIONNAIRE (self), NULL);
  return self->description;
}

/**
 * nr_questionnaire_get_sections:
 *
 * Returns: (transfer none): the sections (#NrSection) in order.
 */
GListModel *
nr_questionnaire_get_sections (NrQuestionnaire *self)
{
  g_return_val_if_fail (NR_IS_QUESTIONNAIRE (self), NULL);
  return G_LIST_MODEL (self->sections);
}

/**
 * nr_questionnaire_get_norms:
 *
 * Returns: (transfer none): every norm (#NrNorm) in order.
 */
GListModel *
nr_questionnaire_get_norms (NrQuestionnaire *self)
{
  g_return_val_if_fail (NR_IS_QUESTIONNAIRE (self), NULL);
  return G_LIST_MODEL (self->norms);
}

/**
 * nr_questionnaire_get_questions:
 *
 * Returns: (transfer none): every question (#NrQuestion) in order, those
 *   inside norms included.
 */
GListModel *
nr_questionnaire_get_questions (NrQuestionnaire *self)
{
  g_return_val_if_fail (NR_IS_QUESTIONNAIRE (self), NULL);
  return G_LIST_MODEL (self->questions);
}

/**
 * nr_questionnaire_lookup_section:
 *
 * Returns: (transfer none) (nullable): the section with that id.
 */
NrSection *
nr_questionnaire_lookup_section (NrQuestionnaire *self,
                                 const char      *id)
{
  g_return_val_if_fail (NR_IS_QUESTIONNAIRE (self), NULL);
  return id != NULL ? g_hash_table_lookup (self->sections_by_id, id) : NULL;
}

/**
 * nr_questionnaire_lookup_norm:
 *
 * Returns: (transfer none) (nullable): the norm with that id ("13a" …).
 */
NrNorm *
nr_questionnaire_lookup_norm (NrQuestionnaire *self,
                              const char      *id)
{
  g_return_val_if_fail (NR_IS_QUESTIONNAIRE (self), NULL);
  return id != NULL ? g_hash_table_lookup (self->norms_by_id, id) : NULL;
}

/**
 * nr_questionnaire_lookup_question:
 *
 * Returns: (transfer none) (nullable): the question with that id.
 */
NrQuestion *
nr_questionnaire_lookup_question (NrQuestionnaire *self,
                                  const char      *id)
{
  g_return_val_if_fail (NR_IS_QUESTIONNAIRE (self), NULL);
  return id != NULL ? g_hash_table_lookup (self->questions_by_id, id) : NULL;
}

/**
 * nr_questionnaire_compare_versions:
 *
 * Compares dotted version strings ("1", "1.2", "10") part by part as numbers.
 *
 * Returns: negative, 0 or positive as @a is older than, the same as or newer
 *   than @b.
 */
int
nr_questionnaire_compare_versions (const char *a,
                                   const char *b)
{
  g_auto(GStrv) pa = g_strsplit (a, ".", -1);
  g_auto(GStrv) pb = g_strsplit (b, ".", -1);
  guint na = g_strv_length (pa);
  guint nb = g_strv_length (pb);

  for (guint i = 0; i < MAX (na, nb); i++)
    {
      guint64 va = i < na ? g_ascii_strtoull (pa[i], NULL, 10) : 0;
      guint64 vb = i < nb ? g_ascii_strtoull (pb[i], NULL, 10) : 0;

      if (va != vb)
        return va < vb ? -1 : 1;
    }

  return 0;
}
