/* nr-types.c: string forms of the shared enumerations. */
#include "config.h"

#include "nr-types.h"
#include "nr-enum-types.h"

const char *
nr_enum_to_nick (GType enum_type,
                 int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  return ev != NULL ? ev->value_nick : NULL;
}

gboolean
nr_enum_from_nick (GType       enum_type,
                   const char *nick,
                   int        *value)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *ev;

  if (nick == NULL)
    return FALSE;

  klass = g_type_class_ref (enum_type);
  ev = g_enum_get_value_by_nick (klass, nick);
  if (ev == NULL)
    return FALSE;

  *value = ev->value;
  return TRUE;
}

const char *
nr_question_kind_to_string (NrQuestionKind kind)
{
  return nr_enum_to_nick (NR_TYPE_QUESTION_KIND, kind);
}

gboolean
nr_question_kind_from_string (const char     *nick,
                              NrQuestionKind *kind)
{
  int value;

  if (!nr_enum_from_nick (NR_TYPE_QUESTION_KIND, nick, &value))
    return FALSE;
  *kind = value;
  return TRUE;
}

/**
 * nr_question_kind_value_type:
 *
 * Returns: the type of the GVariant that holds an answer of this kind: a string
 *   for texts, dates, URLs and single choices, an array of strings for multiple
 *   choices, a dictionary from item to status for checklists, and %NULL for
 *   repeatable records, which are stored one row per record instead.
 */
const GVariantType *
nr_question_kind_value_type (NrQuestionKind kind)
{
  switch (kind)
    {
    case NR_QUESTION_KIND_SINGLE_CHOICE:
    case NR_QUESTION_KIND_SHORT_TEXT:
    case NR_QUESTION_KIND_LONG_TEXT:
    case NR_QUESTION_KIND_DATE:
    case NR_QUESTION_KIND_URL:
    case NR_QUESTION_KIND_EMAIL:
      return G_VARIANT_TYPE_STRING;
    case NR_QUESTION_KIND_MULTIPLE_CHOICE:
      return G_VARIANT_TYPE_STRING_ARRAY;
    case NR_QUESTION_KIND_CHECKLIST:
      return G_VARIANT_TYPE ("a{ss}");
    case NR_QUESTION_KIND_RECORDS:
    default:
      return NULL;
    }
}

const char *
nr_classification_to_string (NrClassification classification)
{
  return nr_enum_to_nick (NR_TYPE_CLASSIFICATION, classification);
}

gboolean
nr_classification_from_string (const char       *nick,
                               NrClassification *classification)
{
  int value;

  if (!nr_enum_from_nick (NR_TYPE_CLASSIFICATION, nick, &value))
    return FALSE;
  *classification = value;
  return TRUE;
}

const char *
nr_review_state_to_string (NrReviewState state)
{
  return nr_enum_to_nick (NR_TYPE_REVIEW_STATE, state);
}

gboolean
nr_review_state_from_string (const char    *nick,
                             NrReviewState *state)
{
  int value;

  if (!nr_enum_from_nick (NR_TYPE_REVIEW_STATE, nick, &value))
    return FALSE;
  *state = value;
  return TRUE;
}

const char *
nr_export_profile_to_string (NrExportProfile profile)
{
  return nr_enum_to_nick (NR_TYPE_EXPORT_PROFILE, profile);
}

gboolean
nr_export_profile_from_string (const char      *nick,
                               NrExportProfile *profile)
{
  int value;

  if (!nr_enum_from_nick (NR_TYPE_EXPORT_PROFILE, nick, &value))
    return FALSE;
  *profile = value;
  return TRUE;
}
