/* nr-document-text.h: how the parts of a document read on paper, in the
 * printout and in the word-processing files alike. */
#pragma once

#include "nr-document.h"

G_BEGIN_DECLS

char       *nr_document_norm_heading    (NrNorm           *norm);
const char *nr_document_review_text     (NrDocumentReview *review);
char       *nr_document_review_line     (NrDocumentReview *review);
const char *nr_document_classification_note (NrClassification classification);
char       *nr_document_measure_facts   (NrQuestion       *list,
                                         NrDocumentRecord *record);

G_END_DECLS
