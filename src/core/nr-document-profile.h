/* nr-document-profile.h: what each export profile lets out of a document. */
#pragma once

#include "nr-document.h"

G_BEGIN_DECLS

void      nr_document_restrict      (NrDocument      *document,
                                     NrQuestionnaire *questionnaire,
                                     NrExportProfile  profile);
gboolean  nr_document_check_profile (NrDocument      *document,
                                     NrQuestionnaire *questionnaire,
                                     const char      *display_name,
                                     GError         **error);

NrClassification nr_document_record_classification (NrQuestion       *question,
                                                   NrDocumentAnswer *answer,
                                                   NrDocumentRecord *record);

G_END_DECLS
