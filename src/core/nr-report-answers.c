/* nr-report-answers.c: answers, their classification, and review states.
 *
 * An answer is a GVariant whose type follows the question's kind (see
 * nr_question_kind_value_type()).  Values are checked against the
 * questionnaire before they are written: a choice must be one of the
 * question's choices, a checklist may only tick its own items.  Texts are
 * stored as typed, even when half-finished: we never refuse a user's words,
 * only normalise what no export could carry (nr-text.c) and refuse a text
 * longer than an export can hold.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "nr-checklist.h"
#include "nr-report-private.h"
#include "nr-state.h"
#include "nr-text.h"

/**
 * nr_report_dup_value:
 * @question_id: any question id, including that of an orphaned answer
 *
 * Returns: (transfer full) (nullable): the answer, or %NULL if there is none.
 *   Repeatable records are read with nr_report_list_records() instead.
 */
GVariant *
nr_report_dup_value (NrReport   *self,
                     const char *question_id)
{
  g_autofree char *state = NULL;

  g_return_val_if_fail (NR_IS_REPORT (self), NULL);
  g_return_val_if_fail (question_id != NULL, NULL);

  if (!nr_report_read_state (self, NR_CHANGE_VALUE, question_id, NULL, &state, NULL) ||
      state == NULL)
    return NULL;

  return g_variant_parse (NULL, state, NULL, NULL, NULL);
}

static gboolean
invalid (GError     **error,
         const char  *format,
         ...) G_GNUC_PRINTF (2, 3);

static gboolean
invalid (GError     **error,
         const char  *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error_literal (error, NR_REPORT_ERROR, NR_REPORT_ERROR_INVALID_VALUE, message);

  return FALSE;
}

/* Whether @value has the shape of a choice id ("in-progress"), which an
 * error may quote; anything else may be an answer's words, which errors
 * never repeat: they can end up in mails and bug reports. */
static gboolean
looks_like_choice_id (const char *value)
{
  gsize length = 0;

  for (const char *p = value; *p != '\0'; p++, length++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;
  return length > 0 && length <= 40;
}

static gboolean
check_choice (NrQuestion  *question,
              const char  *value,
              GError     **error)
{
  if (nr_question_lookup_choice (question, value) != NULL)
    return TRUE;
  if (looks_like_choice_id (value))
    return invalid (error, _("“%s” is not one of the choices of question “%s”."),
                    value, nr_question_get_id (question));
  return invalid (error, _("the answer to question “%s” is not one of its choices."),
                  nr_question_get_id (question));
}

/* Whether @value, a multiple choice or a checklist, names a choice or an
 * item twice: it would be written twice, past what the schema allows. */
static gboolean
repeats_a_key (GVariant *value)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GVariantIter iter;
  const char *key;

  g_variant_iter_init (&iter, value);
  while (g_variant_iter_next (&iter, g_variant_is_of_type (value, G_VARIANT_TYPE_STRING_ARRAY) ? "&s" : "{&s*}",
                              &key, NULL))
    {
      if (!g_hash_table_add (seen, (gpointer) key))
        return TRUE;
    }
  return FALSE;
}

/* A list of names or links: each entry given once, each a name
 * (nr_name_is_valid()) or a link (nr_link_is_valid()).  Messages never
 * quote an entry: it may be any words. */
static gboolean
check_list (NrQuestion  *question,
            GVariant    *value,
            GError     **error)
{
  gboolean links = nr_question_get_kind (question) == NR_QUESTION_KIND_LINK_LIST;
  const char *id = nr_question_get_id (question);
  GVariantIter iter;
  const char *entry;
  guint position = 0;

  if (g_variant_n_children (value) > NR_LIST_MAX_ENTRIES)
    return invalid (error, _("The answer to question “%s” lists more than %d entries."),
                    id, NR_LIST_MAX_ENTRIES);
  if (repeats_a_key (value))
    return invalid (error, _("The answer to question “%s” gives the same entry twice."), id);

  g_variant_iter_init (&iter, value);
  while (g_variant_iter_next (&iter, "&s", &entry))
    {
      position++;
      if (links && !nr_link_is_valid (entry))
        return invalid (error, _("Entry %u of the answer to question “%s” is neither a web address (https://…) nor an e-mail address."),
                        position, id);
      if (!links && !nr_name_is_valid (entry))
        return invalid (error, _("Entry %u of the answer to question “%s” is empty, longer than %d characters or holds control characters."),
                        position, id, NR_NAME_MAX_LENGTH);
    }
  return TRUE;
}

/**
 * nr_report_check_value:
 * @question: a question or a record field
 * @value: a value for it
 *
 * Checks that @value has the type @question's kind needs and uses only the
 * question's own choices and items.
 */
gboolean
nr_report_check_value (NrQuestion  *question,
                       GVariant    *value,
                       GError     **error)
{
  const GVariantType *type = nr_question_kind_value_type (nr_question_get_kind (question));
  const char *id = nr_question_get_id (question);
  GVariantIter iter;
  const char *key;
  const char *item;
  const char *note;

  if (type == NULL)
    return invalid (error, _("Question “%s” is a list of records and has no single value."), id);

  if (!g_variant_is_of_type (value, type))
    return invalid (error, _("Question “%s” takes a value of type %s, not %s."),
                    id, g_variant_type_peek_string (type), g_variant_get_type_string (value));

  switch (nr_question_get_kind (question))
    {
    case NR_QUESTION_KIND_SINGLE_CHOICE:
      return check_choice (question, g_variant_get_string (value, NULL), error);

    case NR_QUESTION_KIND_MULTIPLE_CHOICE:
      if (repeats_a_key (value))
        return invalid (error, _("The answer to question “%s” gives the same choice twice."), id);
      g_variant_iter_init (&iter, value);
      while (g_variant_iter_next (&iter, "&s", &item))
        {
          if (!check_choice (question, item, error))
            return FALSE;
        }
      return TRUE;

    case NR_QUESTION_KIND_CHECKLIST:
      if (repeats_a_key (value))
        return invalid (error, _("The answer to checklist “%s” gives a practical action twice."), id);
      g_variant_iter_init (&iter, value);
      while (g_variant_iter_next (&iter, "{&s(&s&s)}", &key, &item, &note))
        {
          if (nr_question_lookup_item (question, key) == NULL)
            return invalid (error, _("Checklist “%s” has no item “%s”."), id, key);
          /* A note may come before the status; an action with neither is
           * left out of the answer. */
          if (*item == '\0' && *note == '\0')
            return invalid (error, _("The answer to checklist “%s” gives practical action “%s” neither a status nor a note."),
                            id, key);
          if (*item != '\0' && !check_choice (question, item, error))
            return FALSE;
          if (strlen (note) > NR_CHECKLIST_NOTE_MAX_LENGTH &&
              g_utf8_strlen (note, -1) > NR_CHECKLIST_NOTE_MAX_LENGTH)
            return invalid (error, _("The note on practical action “%s” of checklist “%s” is longer than %d characters."),
                            key, id, NR_CHECKLIST_NOTE_MAX_LENGTH);
        }
      return TRUE;

    case NR_QUESTION_KIND_TEXT_LIST:
    case NR_QUESTION_KIND_LINK_LIST:
      return check_list (question, value, error);

    case NR_QUESTION_KIND_DATE:
      /* The message never quotes the value: it may be any words. */
      if (!nr_partial_date_is_valid (g_variant_get_string (value, NULL), NULL))
        return invalid (error, _("The answer to question “%s” is not a date: write a year, a year and month, or a full date, such as 2017, 2017-10 or 2017-10-25."),
                        id);
      return TRUE;

    case NR_QUESTION_KIND_SHORT_TEXT:
    case NR_QUESTION_KIND_LONG_TEXT:
    case NR_QUESTION_KIND_URL:
    case NR_QUESTION_KIND_EMAIL:
      /* Counted only when it could be too long: a character is at most
       * four bytes. */
      if (g_variant_get_size (value) > NR_TEXT_MAX_LENGTH &&
          g_utf8_strlen (g_variant_get_string (value, NULL), -1) > NR_TEXT_MAX_LENGTH)
        return invalid (error, _("The answer to question “%s” is longer than %d characters, the most an export can carry."),
                        id, NR_TEXT_MAX_LENGTH);
      return TRUE;

    case NR_QUESTION_KIND_RECORDS:
    default:
      return TRUE;
    }
}

/**
 * nr_report_value_fits:
 * @question: a question or a record field
 *
 * Whether a stored @value still fits @question, as nr_report_check_value()
 * would accept it: a later questionnaire may have changed the question's
 * kind or dropped a choice, and a file may hold anything.  A value that
 * does not fit is an orphaned answer.
 */
gboolean
nr_report_value_fits (NrQuestion *question,
                      GVariant   *value)
{
  return nr_question_get_kind (question) != NR_QUESTION_KIND_RECORDS &&
         nr_report_check_value (question, value, NULL);
}

/**
 * nr_report_record_fits:
 * @fields: the fields of one record
 *
 * Whether a stored record still fits @question, a list of records: every
 * field one of the list's, with a value that fits it.
 */
gboolean
nr_report_record_fits (NrQuestion *question,
                       GVariant   *fields)
{
  return nr_question_get_kind (question) == NR_QUESTION_KIND_RECORDS &&
         nr_report_check_fields (question, fields, NULL);
}

/**
 * nr_report_set_value:
 * @value: (nullable): the new answer, or %NULL to clear it; a floating
 *   reference is sunk
 *
 * Saves an answer at once, recording the change in the history.
 */
gboolean
nr_report_set_value (NrReport    *self,
                     const char  *question_id,
                     GVariant    *value,
                     GError     **error)
{
  g_autoptr(GVariant) sunk = value != NULL ? g_variant_ref_sink (value) : NULL;
  g_autoptr(GVariant) owned = NULL;
  g_autofree char *state = NULL;
  NrQuestion *question;

  g_return_val_if_fail (NR_IS_REPORT (self), FALSE);
  g_return_val_if_fail (question_id != NULL, FALSE);

  question = nr_report_lookup_question (self, question_id, error);
  if (question == NULL)
    return FALSE;

  if (sunk != NULL)
    {
      /* Pasted text keeps its words, without what no export could carry. */
      owned = nr_text_normalise_value (sunk);
      if (!nr_report_check_value (question, owned, error))
        return FALSE;
      /* Typed, so that the answer keeps its meaning if its question is
       * dropped from a later questionnaire. */
      state = nr_state_print (owned);
    }

  return nr_report_apply_change (self, NR_CHANGE_VALUE, question_id, NULL, state, error);
}

/**
 * nr_report_dup_text:
 *
 * Returns: (transfer full) (nullable): the answer to a text, date, URL, e-mail
 *   or single-choice question.
 */
char *
nr_report_dup_text (NrReport   *self,
                    const char *question_id)
{
  g_autoptr(GVariant) value = nr_report_dup_value (self, question_id);

  if (value == NULL || !g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    return NULL;

  return g_variant_dup_string (value, NULL);
}

gboolean
nr_report_set_text (NrReport    *self,
                    const char  *question_id,
                    const char  *text,
                    GError     **error)
{
  return nr_report_set_value (self, question_id,
                              text != NULL ? g_variant_new_string (text) : NULL, error);
}

/**
 * nr_report_set_choices:
 * @values: (nullable) (array zero-terminated=1): the chosen values
 *
 * Sets the answer to a multiple-choice question; an empty or %NULL list
 * clears it.
 */
gboolean
nr_report_set_choices (NrReport           *self,
                       const char         *question_id,
                       const char * const *values,
                       GError            **error)
{
  if (values == NULL || values[0] == NULL)
    return nr_report_set_value (self, question_id, NULL, error);

  return nr_report_set_value (self, question_id, g_variant_new_strv (values, -1), error);
}

/**
 * nr_report_dup_checklist_status:
 *
 * Returns: (transfer full) (nullable): the status given to one practical
 *   action of a checklist.
 */
char *
nr_report_dup_checklist_status (NrReport   *self,
                                const char *question_id,
                                const char *item_id)
{
  g_autoptr(GVariant) value = nr_report_dup_value (self, question_id);
  const char *status = NULL;

  if (!nr_checklist_lookup (value, item_id, &status, NULL) || *status == '\0')
    return NULL;
  return g_strdup (status);
}

/**
 * nr_report_dup_checklist_note:
 *
 * Returns: (transfer full) (nullable): the note on one practical action of
 *   a checklist.
 */
char *
nr_report_dup_checklist_note (NrReport   *self,
                              const char *question_id,
                              const char *item_id)
{
  g_autoptr(GVariant) value = nr_report_dup_value (self, question_id);
  const char *note = NULL;

  if (!nr_checklist_lookup (value, item_id, NULL, &note) || *note == '\0')
    return NULL;
  return g_strdup (note);
}

/* Gives one action a new status or note, keeping the other. */
static gboolean
set_checklist_entry (NrReport    *self,
                     const char  *question_id,
                     const char  *item_id,
                     const char  *status,
                     const char  *note,
                     GError     **error)
{
  g_autoptr(GVariant) current = nr_report_dup_value (self, question_id);

  g_return_val_if_fail (item_id != NULL, FALSE);

  return nr_report_set_value (self, question_id, nr_checklist_set (current, item_id, status, note), error);
}

/**
 * nr_report_set_checklist_status:
 * @status: (nullable): a value of the checklist's status choices, or %NULL to
 *   clear the item's status (its note stays)
 */
gboolean
nr_report_set_checklist_status (NrReport    *self,
                                const char  *question_id,
                                const char  *item_id,
                                const char  *status,
                                GError     **error)
{
  return set_checklist_entry (self, question_id, item_id, status != NULL ? status : "", NULL, error);
}

/**
 * nr_report_set_checklist_note:
 * @note: (nullable): what lies behind the action's status, or %NULL to
 *   clear it (its status stays)
 */
gboolean
nr_report_set_checklist_note (NrReport    *self,
                              const char  *question_id,
                              const char  *item_id,
                              const char  *note,
                              GError     **error)
{
  /* Normalised with the rest of the answer as it is set. */
  return set_checklist_entry (self, question_id, item_id, NULL, note != NULL ? note : "", error);
}

/**
 * nr_report_get_classification:
 *
 * Returns: who may read the answer; %NR_CLASSIFICATION_INTERNAL unless it has
 *   been opened up, since nothing may leave the ministry by default.
 */
NrClassification
nr_report_get_classification (NrReport   *self,
                              const char *question_id)
{
  g_autofree char *state = NULL;
  NrClassification classification = NR_CLASSIFICATION_INTERNAL;

  g_return_val_if_fail (NR_IS_REPORT (self), NR_CLASSIFICATION_INTERNAL);

  if (nr_report_read_state (self, NR_CHANGE_CLASSIFICATION, question_id, NULL, &state, NULL) &&
      state != NULL)
    nr_classification_from_string (state, &classification);

  return classification;
}

gboolean
nr_report_set_classification (NrReport          *self,
                              const char        *question_id,
                              NrClassification   classification,
                              GError           **error)
{
  const char *nick = nr_classification_to_string (classification);

  g_return_val_if_fail (NR_IS_REPORT (self), FALSE);
  g_return_val_if_fail (nick != NULL, FALSE);

  if (nr_report_lookup_question (self, question_id, error) == NULL)
    return FALSE;

  return nr_report_apply_change (self, NR_CHANGE_CLASSIFICATION, question_id, NULL, nick, error);
}

/**
 * nr_report_get_review_state:
 * @cleared_by: (out) (optional) (transfer full): who cleared the norm, when
 *   it is cleared
 */
NrReviewState
nr_report_get_review_state (NrReport    *self,
                            const char  *norm_id,
                            char       **cleared_by)
{
  g_autofree char *state = NULL;
  g_autoptr(GVariant) parsed = NULL;
  const char *nick = NULL;
  const char *who = NULL;
  NrReviewState review = NR_REVIEW_STATE_DRAFT;

  g_return_val_if_fail (NR_IS_REPORT (self), NR_REVIEW_STATE_DRAFT);

  if (cleared_by != NULL)
    *cleared_by = NULL;

  if (!nr_report_read_state (self, NR_CHANGE_REVIEW, norm_id, NULL, &state, NULL) || state == NULL)
    return NR_REVIEW_STATE_DRAFT;

  parsed = g_variant_parse (G_VARIANT_TYPE ("(ss)"), state, NULL, NULL, NULL);
  if (parsed == NULL)
    return NR_REVIEW_STATE_DRAFT;

  g_variant_get (parsed, "(&s&s)", &nick, &who);
  nr_review_state_from_string (nick, &review);
  if (cleared_by != NULL && review == NR_REVIEW_STATE_CLEARED && *who != '\0')
    *cleared_by = g_strdup (who);

  return review;
}

/**
 * nr_report_set_review_state:
 *
 * Moves a norm through draft → ready for review → cleared.  Clearing records
 * the current author as the person who cleared it.
 */
gboolean
nr_report_set_review_state (NrReport       *self,
                            const char     *norm_id,
                            NrReviewState   state,
                            GError        **error)
{
  g_autofree char *text = NULL;
  const char *nick = nr_review_state_to_string (state);

  g_return_val_if_fail (NR_IS_REPORT (self), FALSE);
  g_return_val_if_fail (nick != NULL, FALSE);

  if (nr_questionnaire_lookup_norm (nr_report_get_questionnaire (self), norm_id) == NULL)
    {
      g_set_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_UNKNOWN_QUESTION,
                   _("The questionnaire has no norm “%s”."), norm_id);
      return FALSE;
    }

  text = nr_report_review_state (nick, state == NR_REVIEW_STATE_CLEARED
                                       ? nr_report_get_author (self) : "");
  return nr_report_apply_change (self, NR_CHANGE_REVIEW, norm_id, NULL, text, error);
}
