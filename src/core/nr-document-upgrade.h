/* nr-document-upgrade.h: moving answers by a questionnaire's upgrade map. */
#pragma once

#include "nr-document.h"

G_BEGIN_DECLS

gboolean nr_document_upgrade (NrDocument      *document,
                              NrQuestionnaire *questionnaire);

G_END_DECLS
