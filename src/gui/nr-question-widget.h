/* nr-question-widget.h: one question of the questionnaire, answered in place. */
#pragma once

#include <adwaita.h>

#include "nr-core.h"

G_BEGIN_DECLS

#define NR_TYPE_QUESTION_WIDGET (nr_question_widget_get_type ())
G_DECLARE_FINAL_TYPE (NrQuestionWidget, nr_question_widget, NR, QUESTION_WIDGET, GtkWidget)

NrQuestionWidget *nr_question_widget_new         (NrReport         *report,
                                                  NrQuestion       *question);
NrQuestion       *nr_question_widget_get_question (NrQuestionWidget *self);
GtkWidget        *nr_question_widget_get_editor  (NrQuestionWidget *self);
gboolean          nr_question_widget_is_pending  (NrQuestionWidget *self);
gboolean          nr_question_widget_has_failed  (NrQuestionWidget *self);
gboolean          nr_question_widget_shows_reconfirm (NrQuestionWidget *self);
void              nr_question_widget_flush       (NrQuestionWidget *self);
void              nr_question_widget_reload      (NrQuestionWidget *self);
GtkPopover       *nr_question_widget_get_history (NrQuestionWidget *self);

G_END_DECLS
