/* nr-question-private.h: how the questionnaire loader builds questions. */
#pragma once

#include "nr-question.h"

G_BEGIN_DECLS

NrQuestion *nr_question_new          (const char     *id,
                                      NrQuestionKind  kind,
                                      const char     *label,
                                      const char     *help,
                                      const char     *source);
void        nr_question_set_location (NrQuestion     *self,
                                      const char     *section_id,
                                      const char     *norm_id);
void        nr_question_set_personal (NrQuestion     *self,
                                      gboolean        personal);
void        nr_question_set_choices_are_actions (NrQuestion *self,
                                                 gboolean    choices_are_actions);
void        nr_question_set_classifies (NrQuestion   *self,
                                        gboolean      classifies);
void        nr_question_set_unidir_part (NrQuestion  *self,
                                         const char  *unidir_part);
void        nr_question_add_choice   (NrQuestion     *self,
                                      NrChoice       *choice);
void        nr_question_add_item     (NrQuestion     *self,
                                      NrChoice       *item);
void        nr_question_add_field    (NrQuestion     *self,
                                      NrQuestion     *field);

G_END_DECLS
