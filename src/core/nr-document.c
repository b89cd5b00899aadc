/* nr-document.c: a report as it travels, held in memory.
 *
 * Export builds one from a report (nr-report-export.c) and writes it as XML
 * (nr-document-writer.c); import reads one from XML (nr-document-reader.c) and
 * builds a report from it (nr-report-import.c); merge compares one with a
 * report (nr-merge.c).  Keeping the document apart from both the file format
 * and the XML lets each of those be written once.
 */
#include "config.h"

#include "nr-document.h"

void
nr_provenance_clear (NrProvenance *provenance)
{
  g_clear_pointer (&provenance->author, g_free);
  g_clear_pointer (&provenance->agency, g_free);
  g_clear_pointer (&provenance->modified, g_free);
}

void
nr_provenance_set (NrProvenance *provenance,
                   const char   *author,
                   const char   *agency,
                   const char   *modified)
{
  nr_provenance_clear (provenance);
  provenance->author = g_strdup (author);
  provenance->agency = g_strdup (agency != NULL ? agency : "");
  provenance->modified = g_strdup (modified);
}

static void
record_free (NrDocumentRecord *record)
{
  g_free (record->id);
  g_clear_pointer (&record->fields, g_variant_unref);
  nr_provenance_clear (&record->provenance);
  g_free (record);
}

static void
answer_free (NrDocumentAnswer *answer)
{
  g_free (answer->question_id);
  g_clear_pointer (&answer->value, g_variant_unref);
  g_ptr_array_unref (answer->records);
  nr_provenance_clear (&answer->provenance);
  g_free (answer);
}

static void
review_free (NrDocumentReview *review)
{
  g_free (review->norm_id);
  g_free (review->cleared_by);
  nr_provenance_clear (&review->provenance);
  g_free (review);
}

NrDocument *
nr_document_new (void)
{
  NrDocument *self = g_new0 (NrDocument, 1);

  self->profile = NR_EXPORT_PROFILE_FULL;
  self->answers = g_ptr_array_new_with_free_func ((GDestroyNotify) answer_free);
  self->reviews = g_ptr_array_new_with_free_func ((GDestroyNotify) review_free);
  return self;
}

void
nr_document_free (NrDocument *self)
{
  if (self == NULL)
    return;

  g_free (self->questionnaire_id);
  g_free (self->questionnaire_version);
  g_free (self->state);
  g_free (self->period_start);
  g_free (self->period_end);
  g_free (self->language);
  g_free (self->preparing_agency);
  g_free (self->report_id);
  g_free (self->revision_id);
  g_free (self->based_on);
  g_free (self->generator);
  g_free (self->generator_version);
  g_free (self->exported);
  g_strfreev (self->scope_sections);
  g_strfreev (self->scope_norms);
  g_ptr_array_unref (self->answers);
  g_ptr_array_unref (self->reviews);
  g_free (self);
}

/* The new answer is owned by the document. */
NrDocumentAnswer *
nr_document_add_answer (NrDocument *self,
                        const char *question_id)
{
  NrDocumentAnswer *answer = g_new0 (NrDocumentAnswer, 1);

  answer->question_id = g_strdup (question_id);
  answer->classification = NR_CLASSIFICATION_INTERNAL;
  answer->records = g_ptr_array_new_with_free_func ((GDestroyNotify) record_free);
  g_ptr_array_add (self->answers, answer);
  return answer;
}

NrDocumentRecord *
nr_document_answer_add_record (NrDocumentAnswer *answer,
                               const char       *record_id)
{
  NrDocumentRecord *record = g_new0 (NrDocumentRecord, 1);

  record->id = g_strdup (record_id);
  g_ptr_array_add (answer->records, record);
  return record;
}

NrDocumentReview *
nr_document_add_review (NrDocument *self,
                        const char *norm_id)
{
  NrDocumentReview *review = g_new0 (NrDocumentReview, 1);

  review->norm_id = g_strdup (norm_id);
  g_ptr_array_add (self->reviews, review);
  return review;
}

/**
 * nr_document_covers_question:
 * @question: (nullable): a question of @questionnaire, or %NULL for an
 *   answer to a question it no longer has
 *
 * Whether the document speaks for the answers to @question: by the
 * question's norm and section (nr_document_covers()), and always for a
 * shared section.  Orphaned answers belong to no part: whole reports carry
 * them, contributions do not.
 */
gboolean
nr_document_covers_question (NrDocument      *self,
                             NrQuestionnaire *questionnaire,
                             NrQuestion      *question)
{
  NrSection *section;

  if (question == NULL)
    return self->scope_sections == NULL && self->scope_norms == NULL;
  section = nr_questionnaire_lookup_section (questionnaire, nr_question_get_section_id (question));
  if (section != NULL && nr_section_is_shared (section))
    return TRUE;
  return nr_document_covers (self, nr_question_get_section_id (question), nr_question_get_norm_id (question));
}

/**
 * nr_document_covers:
 * @section_id: (nullable): the section of a question
 * @norm_id: (nullable): the norm of a question or review
 *
 * Whether the document speaks for this part of the report: a whole-report
 * document covers everything, a contribution only its scope.  What a
 * contribution does not cover it says nothing about, so a merge leaves it be.
 */
gboolean
nr_document_covers (NrDocument *self,
                    const char *section_id,
                    const char *norm_id)
{
  if (self->scope_sections == NULL && self->scope_norms == NULL)
    return TRUE;

  if (norm_id != NULL && self->scope_norms != NULL &&
      g_strv_contains ((const char * const *) self->scope_norms, norm_id))
    return TRUE;

  return section_id != NULL && self->scope_sections != NULL &&
         g_strv_contains ((const char * const *) self->scope_sections, section_id);
}
