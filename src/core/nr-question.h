/* nr-question.h: one question of a questionnaire, or one field of a record. */
#pragma once

#include <gio/gio.h>

#include "nr-choice.h"
#include "nr-types.h"

G_BEGIN_DECLS

#define NR_TYPE_QUESTION (nr_question_get_type ())
G_DECLARE_FINAL_TYPE (NrQuestion, nr_question, NR, QUESTION, GObject)

const char     *nr_question_get_id         (NrQuestion *self);
NrQuestionKind  nr_question_get_kind       (NrQuestion *self);
const char     *nr_question_get_label      (NrQuestion *self);
const char     *nr_question_get_help       (NrQuestion *self);
const char     *nr_question_get_source     (NrQuestion *self);
const char     *nr_question_get_section_id (NrQuestion *self);
const char     *nr_question_get_norm_id    (NrQuestion *self);
gboolean        nr_question_is_personal    (NrQuestion *self);
const char     *nr_question_get_unidir_part (NrQuestion *self);
GListModel     *nr_question_get_choices    (NrQuestion *self);
GListModel     *nr_question_get_items      (NrQuestion *self);
GListModel     *nr_question_get_fields     (NrQuestion *self);
NrChoice       *nr_question_lookup_choice  (NrQuestion *self,
                                            const char *value);
NrChoice       *nr_question_lookup_item    (NrQuestion *self,
                                            const char *item_id);
const char     *nr_question_format_choice  (NrQuestion *question,
                                            const char *value);
char           *nr_question_format_value   (NrQuestion *question,
                                            GVariant   *value);
gboolean        nr_question_value_is_answered (NrQuestion *question,
                                               GVariant   *value);
NrQuestion     *nr_question_lookup_field   (NrQuestion *self,
                                            const char *field_id);
NrQuestion     *nr_question_get_classifying_field (NrQuestion *self);
gboolean        nr_question_get_choices_are_actions (NrQuestion *self);

G_END_DECLS
