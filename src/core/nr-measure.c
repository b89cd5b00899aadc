/* nr-measure.c: the measures of the register.
 *
 * A measure is entered once, as a record of measures.register, and names
 * the norms it serves in its "norms" field.  Linking a measure to a norm, or
 * unlinking it, changes only that field: the measure itself stays.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "nr-measure.h"
#include "nr-report-private.h"

#define NORMS_FIELD "norms"

/**
 * nr_measure_serves_norm:
 *
 * Returns: whether the measure's "norms" field names @norm_id.
 */
gboolean
nr_measure_serves_norm (NrRecord   *measure,
                        const char *norm_id)
{
  g_autoptr(GVariant) norms = NULL;
  g_autofree const char **ids = NULL;

  g_return_val_if_fail (NR_IS_RECORD (measure), FALSE);
  g_return_val_if_fail (norm_id != NULL, FALSE);

  norms = g_variant_lookup_value (nr_record_get_fields (measure), NORMS_FIELD, G_VARIANT_TYPE_STRING_ARRAY);
  if (norms == NULL)
    return FALSE;
  ids = g_variant_get_strv (norms, NULL);
  return g_strv_contains (ids, norm_id);
}

static gboolean
text_contains (const char *text,
               const char *folded_query)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);

  return strstr (folded, folded_query) != NULL;
}

/* Whether a text field, or any entry of a list field, contains the query. */
static gboolean
field_contains (NrRecord   *measure,
                const char *field_id,
                const char *folded_query)
{
  g_autoptr(GVariant) value = g_variant_lookup_value (nr_record_get_fields (measure), field_id, NULL);
  g_autofree const char **entries = NULL;

  if (value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    return text_contains (g_variant_get_string (value, NULL), folded_query);
  if (value == NULL || !g_variant_is_of_type (value, G_VARIANT_TYPE_STRING_ARRAY))
    return FALSE;

  entries = g_variant_get_strv (value, NULL);
  for (guint i = 0; entries[i] != NULL; i++)
    {
      if (text_contains (entries[i], folded_query))
        return TRUE;
    }
  return FALSE;
}

/**
 * nr_measure_matches_text:
 * @query: what a user typed; an empty query matches every measure
 *
 * Returns: whether the measure's title, description, agencies or partners
 *   contain @query, whatever the case.
 */
gboolean
nr_measure_matches_text (NrRecord   *measure,
                         const char *query)
{
  const char *fields[] = { "title", "description", "agencies", "partners" };
  g_autofree char *folded = NULL;

  g_return_val_if_fail (NR_IS_RECORD (measure), FALSE);

  if (query == NULL || *query == '\0')
    return TRUE;

  folded = g_utf8_casefold (query, -1);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      if (field_contains (measure, fields[i], folded))
        return TRUE;
    }
  return FALSE;
}

static NrRecord *
lookup_measure (NrReport    *report,
                const char  *record_id,
                GError     **error)
{
  g_autoptr(GListModel) records = nr_report_list_records (report, NR_MEASURES_QUESTION);

  for (guint i = 0; records != NULL && i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(NrRecord) record = g_list_model_get_item (records, i);

      if (g_str_equal (nr_record_get_id (record), record_id))
        return g_steal_pointer (&record);
    }

  g_set_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_UNKNOWN_RECORD,
               _("The report “%s” has no such measure in its register."),
               g_file_peek_path (nr_report_get_file (report)));
  return NULL;
}

/* The measure's fields with its norms set to those it served, with @norm_id
 * added or taken away, in the order of the questionnaire's choices, so that
 * a measure linked and unlinked again reads as before. */
static GVariant *
fields_with_norm (NrReport   *report,
                  NrRecord   *measure,
                  const char *norm_id,
                  gboolean    serves)
{
  NrQuestion *question = nr_questionnaire_lookup_question (nr_report_get_questionnaire (report),
                                                           NR_MEASURES_QUESTION);
  GListModel *choices = nr_question_get_choices (nr_question_lookup_field (question, NORMS_FIELD));
  g_autoptr(GStrvBuilder) norms = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;
  GVariantDict dict;

  for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
    {
      g_autoptr(NrChoice) choice = g_list_model_get_item (choices, i);
      const char *id = nr_choice_get_value (choice);
      gboolean linked = g_str_equal (id, norm_id) ? serves : nr_measure_serves_norm (measure, id);

      if (linked)
        g_strv_builder_add (norms, id);
    }
  ids = g_strv_builder_end (norms);

  g_variant_dict_init (&dict, nr_record_get_fields (measure));
  if (ids[0] != NULL)
    g_variant_dict_insert_value (&dict, NORMS_FIELD, g_variant_new_strv ((const char * const *) ids, -1));
  else
    g_variant_dict_remove (&dict, NORMS_FIELD);
  return g_variant_dict_end (&dict);
}

static gboolean
set_serves_norm (NrReport    *report,
                 const char  *record_id,
                 const char  *norm_id,
                 gboolean     serves,
                 GError     **error)
{
  g_autoptr(NrRecord) measure = NULL;

  g_return_val_if_fail (NR_IS_REPORT (report), FALSE);
  g_return_val_if_fail (record_id != NULL && norm_id != NULL, FALSE);

  measure = lookup_measure (report, record_id, error);
  if (measure == NULL)
    return FALSE;
  if (nr_measure_serves_norm (measure, norm_id) == serves)
    return TRUE;
  return nr_report_update_record (report, NR_MEASURES_QUESTION, record_id,
                                  fields_with_norm (report, measure, norm_id, serves), error);
}

/**
 * nr_report_link_measure:
 *
 * Adds @norm_id to the norms the measure @record_id of the register serves.
 */
gboolean
nr_report_link_measure (NrReport    *report,
                        const char  *record_id,
                        const char  *norm_id,
                        GError     **error)
{
  return set_serves_norm (report, record_id, norm_id, TRUE, error);
}

/**
 * nr_report_unlink_measure:
 *
 * Takes @norm_id out of the norms the measure @record_id serves; the
 * measure stays in the register, even when it serves no norm any more.
 */
gboolean
nr_report_unlink_measure (NrReport    *report,
                          const char  *record_id,
                          const char  *norm_id,
                          GError      **error)
{
  return set_serves_norm (report, record_id, norm_id, FALSE, error);
}

/* A measure without a date of its own comes after every dated one, in
 * either direction. */
static int
compare_start (NrRecord *a,
               NrRecord *b,
               gboolean  newest_first)
{
  const char *a_start = nr_record_get_text (a, "start");
  const char *b_start = nr_record_get_text (b, "start");

  if (a_start == NULL || b_start == NULL)
    return (a_start == NULL) - (b_start == NULL);
  /* Dates as precise as their sources: 2017 before 2017-10
   * (nr_partial_date_compare()). */
  return newest_first ? nr_partial_date_compare (b_start, a_start) : nr_partial_date_compare (a_start, b_start);
}

/**
 * nr_measure_compare:
 *
 * Orders two measures of the register by @order: by their start date,
 * newest or oldest first, or by title in the user's language; measures
 * that tie keep the order they were entered in (the sort must be stable).
 *
 * Returns: a negative number when @a comes first, 0 when they tie, a
 *   positive number when @b comes first
 */
int
nr_measure_compare (NrRecord       *a,
                    NrRecord       *b,
                    NrMeasureOrder  order)
{
  switch (order)
    {
    case NR_MEASURE_ORDER_NEWEST:
    case NR_MEASURE_ORDER_OLDEST:
      return compare_start (a, b, order == NR_MEASURE_ORDER_NEWEST);
    case NR_MEASURE_ORDER_TITLE:
      {
        g_autofree char *a_key = g_utf8_collate_key (nr_record_get_text (a, "title") != NULL
                                                     ? nr_record_get_text (a, "title") : "", -1);
        g_autofree char *b_key = g_utf8_collate_key (nr_record_get_text (b, "title") != NULL
                                                     ? nr_record_get_text (b, "title") : "", -1);

        return strcmp (a_key, b_key);
      }
    case NR_MEASURE_ORDER_ENTERED:
    default:
      return 0;
    }
}
