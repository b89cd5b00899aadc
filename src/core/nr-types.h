/* nr-types.h: the enumerations shared by the questionnaire and the report.
 *
 * The nicks that glib-mkenums derives from these names ("single-choice",
 * "internal", "ready" …) are the spellings used in the questionnaire XML, in the
 * report file and in the interchange format, so they must never change.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  NR_QUESTION_KIND_SINGLE_CHOICE,
  NR_QUESTION_KIND_MULTIPLE_CHOICE,
  NR_QUESTION_KIND_CHECKLIST,
  NR_QUESTION_KIND_SHORT_TEXT,
  NR_QUESTION_KIND_LONG_TEXT,
  NR_QUESTION_KIND_DATE,
  NR_QUESTION_KIND_URL,
  NR_QUESTION_KIND_EMAIL,
  NR_QUESTION_KIND_RECORDS,
  /* Several short texts, such as the agencies responsible for a measure or
   * the States and organisations it works with. */
  NR_QUESTION_KIND_TEXT_LIST,
  /* Several links, each a web address or an e-mail address. */
  NR_QUESTION_KIND_LINK_LIST,
} NrQuestionKind;

/* How much of a date an answer gives: only the year (2017), the year and
 * the month (2017-10), or the day (2017-10-25).  States write dates as
 * precisely as their sources do.  NONE is what a text that is no such date
 * gives. */
typedef enum
{
  NR_DATE_PRECISION_NONE,
  NR_DATE_PRECISION_YEAR,
  NR_DATE_PRECISION_MONTH,
  NR_DATE_PRECISION_DAY,
} NrDatePrecision;

/* Who may read an answer.  Ordered from the widest audience to the narrowest,
 * so that an export profile can keep every answer at or below its level. */
typedef enum
{
  NR_CLASSIFICATION_PUBLIC,
  NR_CLASSIFICATION_WORKSHOP,
  NR_CLASSIFICATION_INTERNAL,
} NrClassification;

typedef enum
{
  NR_REVIEW_STATE_DRAFT,
  NR_REVIEW_STATE_READY,
  NR_REVIEW_STATE_CLEARED,
} NrReviewState;

/* What an export keeps: everything, what a workshop may see (no internal
 * answers), or what may be published (public answers only, no points of
 * contact).  Ordered like NrClassification, so a profile keeps the answers
 * whose classification is at or below its own value. */
typedef enum
{
  NR_EXPORT_PROFILE_PUBLIC,
  NR_EXPORT_PROFILE_WORKSHOP,
  NR_EXPORT_PROFILE_FULL,
} NrExportProfile;

/* Who wrote something, for which agency, and when (ISO 8601, UTC).  author
 * is NULL where no person may be named, as in public exports. */
typedef struct
{
  char *author;
  char *agency;
  char *modified;
} NrProvenance;

const char *nr_enum_to_nick   (GType        enum_type,
                               int          value);
gboolean    nr_enum_from_nick (GType        enum_type,
                               const char  *nick,
                               int         *value);

const char *nr_question_kind_to_string          (NrQuestionKind kind);
gboolean    nr_question_kind_from_string        (const char     *nick,
                                                 NrQuestionKind *kind);
const GVariantType *nr_question_kind_value_type (NrQuestionKind kind);

const char *nr_classification_to_string   (NrClassification  classification);
gboolean    nr_classification_from_string (const char       *nick,
                                           NrClassification *classification);

const char *nr_review_state_to_string   (NrReviewState  state);
gboolean    nr_review_state_from_string (const char    *nick,
                                         NrReviewState *state);

const char *nr_export_profile_to_string   (NrExportProfile  profile);
gboolean    nr_export_profile_from_string (const char      *nick,
                                           NrExportProfile *profile);

/* The longest name of a person or an agency the interchange format holds
 * (r:Name in data/schemas/report-1.xsd), in characters. */
#define NR_NAME_MAX_LENGTH 256

gboolean    nr_country_code_is_valid      (const char      *text);
gboolean    nr_date_is_valid              (const char      *text);
gboolean    nr_partial_date_is_valid      (const char      *text,
                                           NrDatePrecision *precision);
int         nr_partial_date_compare       (const char      *a,
                                           const char      *b);
char       *nr_partial_date_format        (const char      *text);
const char *nr_month_name                 (guint            month);
gboolean    nr_language_tag_is_valid      (const char      *text);
gboolean    nr_name_is_valid              (const char      *text);
gboolean    nr_link_is_valid              (const char      *text);

/* The most entries one list of texts or links holds.  Entries of a list of
 * texts name agencies, States and organisations (nr_name_is_valid()); a
 * link is at most NR_LINK_MAX_LENGTH characters. */
#define NR_LIST_MAX_ENTRIES 64
#define NR_LINK_MAX_LENGTH 2048

G_END_DECLS
