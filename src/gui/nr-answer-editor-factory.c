/* nr-answer-editor-factory.c: the editor for each kind of answer. */
#include "config.h"

#include "nr-checklist-editor.h"
#include "nr-choice-editor.h"
#include "nr-choices-editor.h"
#include "nr-date-editor.h"
#include "nr-list-editor.h"
#include "nr-long-text-editor.h"
#include "nr-records-editor.h"
#include "nr-text-editor.h"

static GType
editor_type (NrQuestionKind kind)
{
  switch (kind)
    {
    case NR_QUESTION_KIND_SINGLE_CHOICE:
      return NR_TYPE_CHOICE_EDITOR;
    case NR_QUESTION_KIND_MULTIPLE_CHOICE:
      return NR_TYPE_CHOICES_EDITOR;
    case NR_QUESTION_KIND_CHECKLIST:
      return NR_TYPE_CHECKLIST_EDITOR;
    case NR_QUESTION_KIND_RECORDS:
      return NR_TYPE_RECORDS_EDITOR;
    case NR_QUESTION_KIND_LONG_TEXT:
      return NR_TYPE_LONG_TEXT_EDITOR;
    case NR_QUESTION_KIND_DATE:
      return NR_TYPE_DATE_EDITOR;
    case NR_QUESTION_KIND_TEXT_LIST:
    case NR_QUESTION_KIND_LINK_LIST:
      return NR_TYPE_LIST_EDITOR;
    case NR_QUESTION_KIND_SHORT_TEXT:
    case NR_QUESTION_KIND_URL:
    case NR_QUESTION_KIND_EMAIL:
    default:
      return NR_TYPE_TEXT_EDITOR;
    }
}

/**
 * nr_answer_editor_new_for:
 * @question: a question, or a field of a record
 * @report: the report a list of records is kept in; only the editor of
 *   records uses it, as the other editors only hold a value
 *
 * Returns: (transfer floating): the editor for @question's kind, showing
 *   no answer.
 */
NrAnswerEditor *
nr_answer_editor_new_for (NrQuestion *question,
                          NrReport   *report)
{
  GType type;

  g_return_val_if_fail (NR_IS_QUESTION (question), NULL);

  type = editor_type (nr_question_get_kind (question));
  if (type == NR_TYPE_RECORDS_EDITOR)
    return g_object_new (type, "question", question, "report", report, NULL);
  return g_object_new (type, "question", question, NULL);
}
