/* nr-document-text.c: how the parts of a document read on paper.
 *
 * The word-processing files say of a norm, a review, a classification and
 * a measure what the printout says, in the same words, so that a reader
 * finds the same report whichever file reaches them.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "nr-document-text.h"
#include "nr-worded.h"

/**
 * nr_document_norm_heading:
 *
 * Returns: (transfer full): a norm's paragraph letter and title.
 */
char *
nr_document_norm_heading (NrNorm *norm)
{
  /* Translators: a norm's paragraph letter and its title, as in
   * "13 (a) Cooperate to increase stability…". */
  return g_strdup_printf (_("13 (%c) %s"), nr_norm_get_id (norm)[2], nr_norm_get_title (norm));
}

/**
 * nr_document_review_text:
 * @review: (nullable): a norm's review, %NULL for none
 */
const char *
nr_document_review_text (NrDocumentReview *review)
{
  switch (review != NULL ? review->state : NR_REVIEW_STATE_DRAFT)
    {
    case NR_REVIEW_STATE_READY:
      return _("Ready for review");
    case NR_REVIEW_STATE_CLEARED:
      return _("Cleared");
    case NR_REVIEW_STATE_DRAFT:
    default:
      return _("Draft");
    }
}

/**
 * nr_document_review_line:
 * @review: (nullable): a norm's review
 *
 * Returns: (transfer full): what a norm's page says of its review, with
 *   who cleared it where the document names them.
 */
char *
nr_document_review_line (NrDocumentReview *review)
{
  if (review != NULL && review->state == NR_REVIEW_STATE_CLEARED && review->cleared_by != NULL)
    return g_strdup_printf (_("Review: cleared by %s"), review->cleared_by);
  return g_strdup_printf (_("Review: %s"), nr_document_review_text (review));
}

/**
 * nr_document_classification_note:
 *
 * Returns: (nullable): how an answer's classification is noted beside it;
 *   %NULL for public answers, which need no note.
 */
const char *
nr_document_classification_note (NrClassification classification)
{
  switch (classification)
    {
    case NR_CLASSIFICATION_WORKSHOP:
      return _("Workshop only");
    case NR_CLASSIFICATION_INTERNAL:
      return _("Internal");
    case NR_CLASSIFICATION_PUBLIC:
    default:
      return NULL;
    }
}

/**
 * nr_document_measure_facts:
 * @list: a list of records, such as the register of measures
 *
 * Returns: (transfer full): one line of what a record is: its kind,
 *   status and dates, as far as the list has them and they are given
 *   ("Legislation or regulation · In force · since 2019"); "" for none.
 */
char *
nr_document_measure_facts (NrQuestion       *list,
                           NrDocumentRecord *record)
{
  const char *ids[] = { "kind", "status", "start", "end" };
  g_autoptr(GPtrArray) facts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      NrQuestion *field = nr_question_lookup_field (list, ids[i]);
      g_autoptr(GVariant) value = field != NULL ? g_variant_lookup_value (record->fields, ids[i], NULL) : NULL;
      g_autofree char *text = value != NULL ? nr_question_format_value (field, value) : NULL;

      if (text == NULL || *text == '\0')
        continue;
      if (g_str_equal (ids[i], "start"))
        /* Translators: when a measure began, a date as "2019" or "October 2019". */
        g_ptr_array_add (facts, g_strdup_printf (_("since %s"), text));
      else if (g_str_equal (ids[i], "end"))
        /* Translators: when a measure ended or ends. */
        g_ptr_array_add (facts, g_strdup_printf (_("until %s"), text));
      else
        g_ptr_array_add (facts, g_steal_pointer (&text));
    }
  g_ptr_array_add (facts, NULL);
  return g_strjoinv (" · ", (char **) facts->pdata);
}
