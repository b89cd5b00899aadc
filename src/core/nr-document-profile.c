/* nr-document-profile.c: what each export profile lets out of a document.
 *
 * One set of rules, applied to what a document holds and never taken on its
 * word: an export builds the full document and narrows it here; a
 * submission read from XML is narrowed here before it is printed or
 * summarised; and validate and import refuse a file whose content exceeds
 * the profile it declares, which is what a file edited by hand looks like.
 *
 * Lists whose records carry their own classification (the register of
 * measures) are judged record by record, by that classification alone.
 *
 *  - full: everything, orphaned answers included;
 *  - workshop: no internal answers, no orphaned answers;
 *  - public: public answers only, without the separable sections (the
 *    points of contact), without the questions that name a person (the
 *    focal point's name and e-mail), and without the name of any author or
 *    of whoever cleared a norm: agencies only.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "nr-document-profile.h"
#include "nr-document-summary.h"
#include "nr-report.h"

static gboolean
profile_allows (NrExportProfile  profile,
                NrClassification classification)
{
  return (int) classification <= (int) profile;
}

/* The field that classifies each record of @question, if it is a list
 * whose records carry their own classification. */
static NrQuestion *
classifying_field (NrQuestion *question)
{
  if (question == NULL || nr_question_get_kind (question) != NR_QUESTION_KIND_RECORDS)
    return NULL;
  return nr_question_get_classifying_field (question);
}

/* A record's own classification; one that gives none, or none that reads,
 * is internal, as every answer is until someone says otherwise. */
static NrClassification
record_classification (NrQuestion       *field,
                       NrDocumentRecord *record)
{
  g_autoptr(GVariant) value = g_variant_lookup_value (record->fields, nr_question_get_id (field),
                                                      G_VARIANT_TYPE_STRING);
  NrClassification classification = NR_CLASSIFICATION_INTERNAL;

  if (value == NULL || !nr_classification_from_string (g_variant_get_string (value, NULL), &classification))
    return NR_CLASSIFICATION_INTERNAL;
  return classification;
}

/**
 * nr_document_record_classification:
 *
 * Returns: the classification @record of @answer, an answer to
 *   @question, carries: its own where @question's records classify
 *   themselves (the register of measures), else its answer's.
 */
NrClassification
nr_document_record_classification (NrQuestion       *question,
                                   NrDocumentAnswer *answer,
                                   NrDocumentRecord *record)
{
  NrQuestion *field = classifying_field (question);

  return field != NULL ? record_classification (field, record) : answer->classification;
}

static char *
classification_forbids (NrExportProfile  profile,
                        NrClassification classification)
{
  if (profile_allows (profile, classification))
    return NULL;
  return g_strdup (classification == NR_CLASSIFICATION_INTERNAL
                   ? _("it is classified internal")
                   : _("it is classified for workshops"));
}

/* Why @answer may not be in a document of @profile, or %NULL when it may;
 * @orphaned says whether it is an orphaned answer. */
static char *
profile_forbids (NrQuestionnaire  *questionnaire,
                 NrExportProfile   profile,
                 NrDocumentAnswer *answer,
                 gboolean          orphaned)
{
  NrQuestion *question = nr_questionnaire_lookup_question (questionnaire, answer->question_id);
  NrSection *section;
  char *forbidden;

  /* A list whose records classify themselves is judged by them. */
  if ((orphaned || classifying_field (question) == NULL) &&
      (forbidden = classification_forbids (profile, answer->classification)) != NULL)
    return forbidden;
  if (profile == NR_EXPORT_PROFILE_FULL)
    return NULL;

  if (question == NULL || orphaned)
    return g_strdup (_("it is an orphaned answer, which only full exports carry"));
  if (profile != NR_EXPORT_PROFILE_PUBLIC)
    return NULL;

  section = nr_questionnaire_lookup_section (questionnaire, nr_question_get_section_id (question));
  if (section != NULL && nr_section_is_separable (section))
    return g_strdup_printf (_("it belongs to “%s”, which public exports leave out"),
                            nr_section_get_title (section));
  if (nr_question_is_personal (question))
    return g_strdup (_("it names a person, which public exports never do"));
  return NULL;
}

/* Leaves out the records of @answer that classify themselves above
 * @profile, and gives the list the narrowest classification of those
 * left, so that what the file says of the list is true of every record in
 * it.  Returns whether any record is left. */
static gboolean
restrict_records (NrQuestionnaire  *questionnaire,
                  NrExportProfile   profile,
                  NrDocumentAnswer *answer)
{
  NrQuestion *field = classifying_field (nr_questionnaire_lookup_question (questionnaire,
                                                                          answer->question_id));
  NrClassification narrowest = NR_CLASSIFICATION_PUBLIC;

  if (field == NULL || answer->orphaned)
    return TRUE;

  for (guint r = answer->records->len; r > 0; r--)
    {
      NrClassification classification = record_classification (field, answer->records->pdata[r - 1]);

      if (!profile_allows (profile, classification))
        g_ptr_array_remove_index (answer->records, r - 1);
      else
        narrowest = MAX (narrowest, classification);
    }
  answer->classification = narrowest;
  return answer->records->len > 0;
}

/* The first record of @answer that classifies itself above @profile, with
 * the reason, or %NULL. */
static char *
record_forbidden (NrQuestionnaire   *questionnaire,
                  NrExportProfile    profile,
                  NrDocumentAnswer  *answer)
{
  NrQuestion *field = classifying_field (nr_questionnaire_lookup_question (questionnaire,
                                                                          answer->question_id));

  for (guint r = 0; field != NULL && !answer->orphaned && r < answer->records->len; r++)
    {
      char *forbidden = classification_forbids (profile, record_classification (field, answer->records->pdata[r]));

      if (forbidden != NULL)
        {
          char *reason = g_strdup_printf (_("its record %u: %s"), r + 1, forbidden);

          g_free (forbidden);
          return reason;
        }
    }
  return NULL;
}

/* Whether the document speaks for @answer's part of the report. */
static gboolean
covers_answer (NrDocument       *document,
               NrQuestionnaire  *questionnaire,
               NrDocumentAnswer *answer)
{
  return nr_document_covers_question (document, questionnaire,
                                      answer->orphaned ? NULL
                                      : nr_questionnaire_lookup_question (questionnaire, answer->question_id));
}

static gboolean
names_an_author (NrDocumentAnswer *answer)
{
  if (answer->provenance.author != NULL)
    return TRUE;
  for (guint i = 0; i < answer->records->len; i++)
    {
      if (((NrDocumentRecord *) answer->records->pdata[i])->provenance.author != NULL)
        return TRUE;
    }
  return FALSE;
}

/* Public documents name agencies, never people. */
static void
forget_people (NrDocument *document)
{
  for (guint i = 0; i < document->answers->len; i++)
    {
      NrDocumentAnswer *answer = document->answers->pdata[i];

      g_clear_pointer (&answer->provenance.author, g_free);
      for (guint j = 0; j < answer->records->len; j++)
        g_clear_pointer (&((NrDocumentRecord *) answer->records->pdata[j])->provenance.author, g_free);
    }
  for (guint i = 0; i < document->reviews->len; i++)
    {
      NrDocumentReview *review = document->reviews->pdata[i];

      g_clear_pointer (&review->cleared_by, g_free);
      g_clear_pointer (&review->provenance.author, g_free);
    }
}

/**
 * nr_document_restrict:
 * @profile: the profile to narrow @document to
 *
 * Narrows a document, such as a submission read from XML or a whole report
 * about to be exported, to what @profile lets out, by the rules above.  The
 * rules are applied to the content whatever profile the document declares,
 * and those of the narrower of the two profiles: nothing is ever added
 * back, and a document never holds more than its profile says.  Orphaned
 * answers are marked as such.
 */
void
nr_document_restrict (NrDocument      *document,
                      NrQuestionnaire *questionnaire,
                      NrExportProfile  profile)
{
  g_return_if_fail (document != NULL);
  g_return_if_fail (NR_IS_QUESTIONNAIRE (questionnaire));

  profile = MIN (profile, document->profile);
  document->profile = profile;

  for (guint i = document->answers->len; i > 0; i--)
    {
      NrDocumentAnswer *answer = document->answers->pdata[i - 1];
      g_autofree char *forbidden = NULL;

      answer->orphaned = nr_document_answer_is_orphaned (questionnaire, answer);
      forbidden = profile_forbids (questionnaire, profile, answer, answer->orphaned);
      if (forbidden != NULL || !covers_answer (document, questionnaire, answer) ||
          !restrict_records (questionnaire, profile, answer))
        g_ptr_array_remove_index (document->answers, i - 1);
    }

  if (profile == NR_EXPORT_PROFILE_PUBLIC)
    forget_people (document);
}

/**
 * nr_document_check_profile:
 * @display_name: how to name the document's source in messages
 *
 * Checks that a document holds no more than its profile lets out: a file
 * that says "public" but carries internal answers, points of contact or
 * names was changed by hand, and is refused rather than trusted.  The
 * message names the first answer at fault.
 */
gboolean
nr_document_check_profile (NrDocument       *document,
                           NrQuestionnaire  *questionnaire,
                           const char       *display_name,
                           GError          **error)
{
  const char *profile = nr_export_profile_to_string (document->profile);

  for (guint i = 0; i < document->answers->len; i++)
    {
      NrDocumentAnswer *answer = document->answers->pdata[i];
      g_autofree char *forbidden = profile_forbids (questionnaire, document->profile, answer,
                                                    nr_document_answer_is_orphaned (questionnaire, answer));

      if (forbidden == NULL)
        forbidden = record_forbidden (questionnaire, document->profile, answer);
      if (forbidden == NULL && document->profile == NR_EXPORT_PROFILE_PUBLIC && names_an_author (answer))
        forbidden = g_strdup (_("it names its author, which public exports never do"));
      if (forbidden != NULL)
        {
          g_set_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_INVALID_VALUE,
                       /* Translators: a file, its profile (full, workshop or
                        * public), a question and the reason. */
                       _("“%s” says it is a %s export, but holds more than that: the answer to “%s” cannot be in it: %s."),
                       display_name, profile, answer->question_id, forbidden);
          return FALSE;
        }
    }

  for (guint i = 0; document->profile == NR_EXPORT_PROFILE_PUBLIC && i < document->reviews->len; i++)
    {
      NrDocumentReview *review = document->reviews->pdata[i];

      if (review->cleared_by != NULL || review->provenance.author != NULL)
        {
          g_set_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_INVALID_VALUE,
                       _("“%s” says it is a public export, but the review of norm %s names a person, which public exports never do."),
                       display_name, review->norm_id);
          return FALSE;
        }
    }

  return TRUE;
}
