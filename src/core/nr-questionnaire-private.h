/* nr-questionnaire-private.h: how the loader fills a questionnaire. */
#pragma once

#include "nr-questionnaire.h"
#include "nr-upgrade-map.h"

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
void             nr_questionnaire_add_upgrade_map (NrQuestionnaire *self,
                                                   NrUpgradeMap    *map);
GPtrArray       *nr_questionnaire_get_upgrade_maps (NrQuestionnaire *self);
gboolean         nr_questionnaire_needs_upgrade_map (NrQuestionnaire *self,
                                                     const char      *version);

G_END_DECLS
