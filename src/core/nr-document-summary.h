/* nr-document-summary.h: what a document says of each norm, for the printed
 * summary, the regional overview and the comparison of cycles. */
#pragma once

#include "nr-document.h"

G_BEGIN_DECLS

GHashTable       *nr_document_index_answers   (NrDocument       *document);
gboolean          nr_document_answer_fits     (NrQuestion       *question,
                                               NrDocumentAnswer *answer);
gboolean          nr_document_answer_is_orphaned (NrQuestionnaire *questionnaire,
                                               NrDocumentAnswer *answer);
gboolean          nr_document_answer_is_given (NrQuestion       *question,
                                               NrDocumentAnswer *answer);
void              nr_document_append_value_text (GString      *out,
                                               GVariant         *value);
char             *nr_document_answer_to_text  (NrDocumentAnswer *answer);
NrDocumentAnswer *nr_document_lookup_given   (GHashTable       *answers,
                                               NrQuestionnaire  *questionnaire,
                                               const char       *question_id);
guint             nr_document_count_answered  (GHashTable       *answers,
                                               GListModel       *questions);
NrQuestion       *nr_document_status_question (NrQuestionnaire  *questionnaire,
                                               NrNorm           *norm);
gboolean    nr_document_norm_has_commitment (NrQuestionnaire *questionnaire,
                                             NrNorm          *norm);
const char       *nr_document_norm_status     (GHashTable       *answers,
                                               NrQuestionnaire  *questionnaire,
                                               NrNorm           *norm);
NrDocumentReview *nr_document_find_review     (NrDocument       *document,
                                               const char       *norm_id);

G_END_DECLS
