/* nr-questionnaire-private.h: how the loader fills a questionnaire. */
#pragma once

#include "nr-questionnaire.h"

G_BEGIN_DECLS

NrQuestionnaire *nr_questionnaire_new_empty     (const char      *id,
                                                 const char      *version,
                                                 const char      *title,
                                                 const char      *description);
void             nr_questionnaire_add_section   (NrQuestionnaire *self,
                                                 NrSection       *section);
void             nr_questionnaire_add_norm      (NrQuestionnaire *self,
                                                 NrSection       *section,
                                                 NrNorm          *norm);
gboolean         nr_questionnaire_add_question  (NrQuestionnaire *self,
                                                 NrSection       *section,
                                                 NrNorm          *norm,
                                                 NrQuestion      *question);

G_END_DECLS
