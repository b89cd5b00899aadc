/* nr-types.c: string forms of the shared enumerations, and the shapes of
 * the report details every part of the program checks the same way. */
#include "config.h"

#include <string.h>

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

/* The shapes below are those of data/schemas/report-1.xsd, so that a value
 * these accept is one an export can hold. */

/**
 * nr_country_code_is_valid:
 *
 * Returns: whether @text has the shape of an ISO 3166-1 alpha-2 code: two
 *   capital letters, such as ID.  User-assigned codes (XK) are accepted, as
 *   states use them.
 */
gboolean
nr_country_code_is_valid (const char *text)
{
  return text != NULL && g_ascii_isupper (text[0]) && g_ascii_isupper (text[1]) && text[2] == '\0';
}

/**
 * nr_date_is_valid:
 *
 * Returns: whether @text is a day of the calendar written as YYYY-MM-DD,
 *   such as 2025-06-30 (not 2025-02-30, nor 2025-6-30).
 */
gboolean
nr_date_is_valid (const char *text)
{
  if (text == NULL || strlen (text) != 10)
    return FALSE;
  for (guint i = 0; i < 10; i++)
    {
      if (i == 4 || i == 7 ? text[i] != '-' : !g_ascii_isdigit (text[i]))
        return FALSE;
    }
  return g_date_valid_dmy (g_ascii_strtoull (text + 8, NULL, 10),
                           g_ascii_strtoull (text + 5, NULL, 10),
                           g_ascii_strtoull (text, NULL, 10));
}

/**
 * nr_language_tag_is_valid:
 *
 * Returns: whether @text is a BCP 47 tag in the shapes reports use: a
 *   language, then optionally a script and a region, such as en, fil, pt-TL
 *   or zh-Hans-SG.
 */
gboolean
nr_language_tag_is_valid (const char *text)
{
  /* Without DOLLAR_ENDONLY, "$" would also match before a final line break. */
  return text != NULL &&
         g_regex_match_simple ("^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$", text,
                               G_REGEX_DOLLAR_ENDONLY, 0);
}

/**
 * nr_name_is_valid:
 *
 * Returns: whether @text can name a person or an agency: some visible text,
 *   at most %NR_NAME_MAX_LENGTH characters, with no control characters and
 *   nothing XML cannot hold.
 */
gboolean
nr_name_is_valid (const char *text)
{
  gboolean visible = FALSE;
  glong length = 0;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return FALSE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p), length++)
    {
      gunichar c = g_utf8_get_char (p);

      /* U+FFFE, U+FFFF and their like in every plane are not characters. */
      if (g_unichar_iscntrl (c) || (c & 0xFFFE) == 0xFFFE || (c >= 0xFDD0 && c <= 0xFDEF))
        return FALSE;
      visible |= !g_unichar_isspace (c);
    }
  return visible && length <= NR_NAME_MAX_LENGTH;
}
