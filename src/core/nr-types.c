/* nr-types.c: string forms of the shared enumerations, and the shapes of
 * the report details every part of the program checks the same way. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "nr-checklist.h"
#include "nr-i18n.h"
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
 *   choices and for lists of texts or links, a dictionary from item to
 *   status and note for checklists (nr-checklist.h), and %NULL for
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
    case NR_QUESTION_KIND_TEXT_LIST:
    case NR_QUESTION_KIND_LINK_LIST:
      return G_VARIANT_TYPE_STRING_ARRAY;
    case NR_QUESTION_KIND_CHECKLIST:
      return NR_CHECKLIST_TYPE;
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
 * The start and end of a report's period are whole days, as xs:date
 * writes them: a period is a span of days, whatever the answers' own dates
 * say (those may be a year or a month: nr_partial_date_is_valid()).
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

/* The first and last years an answer's date may name.  Four digits, as
 * the interchange format writes them, and none below 1000: no event a
 * report on the cyber norms cites is that old, so "0217" or "0000" is a
 * typing mistake to point out, not a date to keep. */
#define PARTIAL_DATE_FIRST_YEAR 1000
#define PARTIAL_DATE_LAST_YEAR 9999

/* Reads @length digits at @text into @number; FALSE unless they are all
 * ASCII digits. */
static gboolean
read_digits (const char *text,
             guint       length,
             guint      *number)
{
  *number = 0;
  for (guint i = 0; i < length; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      *number = *number * 10 + (guint) (text[i] - '0');
    }
  return TRUE;
}

/* Splits @text, a date of an answer, into its parts; a part it does not
 * give is 0.  Returns its precision, NR_DATE_PRECISION_NONE when @text is
 * no such date. */
static NrDatePrecision
parse_partial_date (const char *text,
                    guint      *year,
                    guint      *month,
                    guint      *day)
{
  gsize length = text != NULL ? strlen (text) : 0;

  *year = *month = *day = 0;
  if (length != 4 && length != 7 && length != 10)
    return NR_DATE_PRECISION_NONE;
  if (!read_digits (text, 4, year) || *year < PARTIAL_DATE_FIRST_YEAR || *year > PARTIAL_DATE_LAST_YEAR)
    return NR_DATE_PRECISION_NONE;
  if (length == 4)
    return NR_DATE_PRECISION_YEAR;
  if (text[4] != '-' || !read_digits (text + 5, 2, month) || *month < 1 || *month > 12)
    return NR_DATE_PRECISION_NONE;
  if (length == 7)
    return NR_DATE_PRECISION_MONTH;
  if (text[7] != '-' || !read_digits (text + 8, 2, day) || !g_date_valid_dmy (*day, *month, *year))
    return NR_DATE_PRECISION_NONE;
  return NR_DATE_PRECISION_DAY;
}

/**
 * nr_partial_date_is_valid:
 * @precision: (out) (optional): how much of the date @text gives
 *
 * The dates answers and record fields give (questions of kind date) may
 * be as precise as their source: a year (2017), a year and a month
 * (2017-10) or a day of the calendar (2017-10-25), the year between 1000
 * and 9999.  The reporting period of a report is not such a date: it is
 * always whole days (nr_date_is_valid()).
 *
 * Returns: whether @text is one of these three shapes, nothing before or
 *   after it.
 */
gboolean
nr_partial_date_is_valid (const char      *text,
                          NrDatePrecision *precision)
{
  guint year, month, day;
  NrDatePrecision found = parse_partial_date (text, &year, &month, &day);

  if (precision != NULL)
    *precision = found;
  return found != NR_DATE_PRECISION_NONE;
}

/**
 * nr_partial_date_compare:
 *
 * Orders dates of answers by year, then month, then day, a part a date
 * does not give coming first: 2017 before 2017-01, 2017-10 before
 * 2017-10-01.  Texts that are no such date come after every date, in
 * the order of their bytes, and %NULL after everything.
 *
 * Returns: a negative number when @a comes first, 0 when they are equal,
 *   a positive number when @b comes first.
 */
int
nr_partial_date_compare (const char *a,
                         const char *b)
{
  guint a_parts[3], b_parts[3];
  gboolean a_valid = parse_partial_date (a, &a_parts[0], &a_parts[1], &a_parts[2]) != NR_DATE_PRECISION_NONE;
  gboolean b_valid = parse_partial_date (b, &b_parts[0], &b_parts[1], &b_parts[2]) != NR_DATE_PRECISION_NONE;

  if (a_valid != b_valid)
    return a_valid ? -1 : 1;
  if (!a_valid)
    return a == NULL || b == NULL ? (a == NULL) - (b == NULL) : strcmp (a, b);
  for (guint i = 0; i < 3; i++)
    {
      if (a_parts[i] != b_parts[i])
        return a_parts[i] < b_parts[i] ? -1 : 1;
    }
  return 0;
}

/**
 * nr_month_name:
 * @month: 1 to 12
 *
 * Returns: the month's name as it stands in a date, in the language of the
 *   thread's printout where one is set (nr_i18n_swap_thread_catalogue()),
 *   else the interface's: unlike the C library's %B, which follows the
 *   process's locale, so that a Khmer printout names months in Khmer.
 */
const char *
nr_month_name (guint month)
{
  static const char *names[] = {
    NC_("period", "January"), NC_("period", "February"), NC_("period", "March"),
    NC_("period", "April"), NC_("period", "May"), NC_("period", "June"),
    NC_("period", "July"), NC_("period", "August"), NC_("period", "September"),
    NC_("period", "October"), NC_("period", "November"), NC_("period", "December"),
  };

  g_return_val_if_fail (month >= 1 && month <= 12, "");
  return nr_i18n_pgettext ("period", names[month - 1]);
}

/* @format with every %B and %OB (a month's name) replaced by @month's name
 * from our own catalogue, and "%" in that name doubled, ready for
 * g_date_time_format(). */
static char *
with_month_name (const char *format,
                 guint       month)
{
  g_autoptr(GString) name = g_string_new (nr_month_name (month));
  GString *out = g_string_new (NULL);

  g_string_replace (name, "%", "%%", 0);
  for (const char *p = format; *p != '\0'; p++)
    {
      if (g_str_has_prefix (p, "%OB"))
        {
          g_string_append (out, name->str);
          p += 2;
        }
      else if (g_str_has_prefix (p, "%B"))
        {
          g_string_append (out, name->str);
          p += 1;
        }
      else if (g_str_has_prefix (p, "%%"))
        {
          g_string_append (out, "%%");
          p += 1;
        }
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/**
 * nr_partial_date_format:
 *
 * Returns: (transfer full): @text, a date of an answer, as people read it
 *   in the current locale: "2017", "October 2017", "25 October 2017";
 *   a text that is no such date as it is ("" for %NULL).
 */
char *
nr_partial_date_format (const char *text)
{
  guint year, month, day;
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *format = NULL;

  switch (parse_partial_date (text, &year, &month, &day))
    {
    case NR_DATE_PRECISION_YEAR:
      return g_strdup_printf ("%u", year);
    case NR_DATE_PRECISION_MONTH:
      date = g_date_time_new_utc ((int) year, (int) month, 1, 0, 0, 0);
      format = with_month_name (
        /* Translators: a month and its year, as in "October 2017", in the
         * notation of g_date_time_format(); %OB is the month's name (from
         * the month names of context "period"). */
        nr_i18n_pgettext ("date of an answer", NC_("date of an answer", "%OB %Y")), month);
      return g_date_time_format (date, format);
    case NR_DATE_PRECISION_DAY:
      date = g_date_time_new_utc ((int) year, (int) month, (int) day, 0, 0, 0);
      format = with_month_name (
        /* Translators: a day, as in "25 October 2017", in the notation of
         * g_date_time_format(): %-d the day without padding, %B the month's
         * name (from the month names of context "period"). */
        nr_i18n_pgettext ("date of an answer", NC_("date of an answer", "%-d %B %Y")), month);
      return g_date_time_format (date, format);
    case NR_DATE_PRECISION_NONE:
    default:
      return g_strdup (text != NULL ? text : "");
    }
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

/* Whether @text has no spaces, controls or other invisible characters, the
 * way a web or e-mail address is written. */
static gboolean
is_one_visible_word (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || g_unichar_iscntrl (c) || !g_unichar_isgraph (c))
        return FALSE;
    }
  return TRUE;
}

/* An e-mail address as people write it: something, one "@", and a domain
 * with a dot that neither starts nor ends it. */
static gboolean
is_email_address (const char *text)
{
  const char *at = strchr (text, '@');
  const char *dot;

  if (at == NULL || at == text || strchr (at + 1, '@') != NULL)
    return FALSE;
  dot = strrchr (at + 1, '.');
  return dot != NULL && dot > at + 1 && dot[1] != '\0';
}

/**
 * nr_link_is_valid:
 *
 * A link of a list of links is where a reader goes next: a web page or an
 * office's mailbox.
 *
 * Returns: whether @text is a web address (http:// or https:// and a host)
 *   or an e-mail address, at most %NR_LINK_MAX_LENGTH characters, with
 *   no spaces.
 */
gboolean
nr_link_is_valid (const char *text)
{
  if (text == NULL || !g_utf8_validate (text, -1, NULL) ||
      g_utf8_strlen (text, -1) > NR_LINK_MAX_LENGTH || !is_one_visible_word (text))
    return FALSE;

  if (g_str_has_prefix (text, "https://"))
    return text[strlen ("https://")] != '\0' && text[strlen ("https://")] != '/';
  if (g_str_has_prefix (text, "http://"))
    return text[strlen ("http://")] != '\0' && text[strlen ("http://")] != '/';
  return is_email_address (g_str_has_prefix (text, "mailto:") ? text + strlen ("mailto:") : text);
}
