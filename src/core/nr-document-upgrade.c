/* nr-document-upgrade.c: moving a document's answers by the upgrade map of
 * a newer version of its questionnaire.
 *
 * A report answering an earlier version keeps every answer: most follow
 * their question id, and the map (nr-upgrade-map.h, read from the
 * questionnaire's <upgrade> elements) says where the others go.  The same
 * code upgrades an interchange document as it is read and a report file as
 * it is opened (nr-report-upgrade.c compares the document before and after).
 */
#include "config.h"

#include "nr-checklist.h"
#include "nr-document-upgrade.h"
#include "nr-questionnaire-private.h"
#include "nr-report-private.h"

/* The record fields @dict holds, sorted by id as every stored record's
 * are, so that equal records have equal text. */
static GVariant *
end_fields (GVariantDict *dict)
{
  g_autoptr(GVariant) fields = g_variant_ref_sink (g_variant_dict_end (dict));

  return nr_report_canonical_fields (fields);
}

static NrDocumentAnswer *
find_answer (NrDocument *document,
             const char *question_id,
             guint      *index)
{
  for (guint i = 0; i < document->answers->len; i++)
    {
      NrDocumentAnswer *answer = document->answers->pdata[i];

      if (g_str_equal (answer->question_id, question_id))
        {
          if (index != NULL)
            *index = i;
          return answer;
        }
    }
  return NULL;
}

static NrDocumentAnswer *
find_or_add_answer (NrDocument       *document,
                    const char       *question_id,
                    NrDocumentAnswer *like)
{
  NrDocumentAnswer *answer = find_answer (document, question_id, NULL);

  if (answer == NULL)
    {
      answer = nr_document_add_answer (document, question_id);
      answer->classification = like->classification;
      nr_provenance_set (&answer->provenance, like->provenance.author, like->provenance.agency,
                         like->provenance.modified);
    }
  return answer;
}

/* The choices of @field among @a and @b, in the order the field offers
 * them, each once; choices it does not offer come last, as they came. */
static GVariant *
union_of_choices (NrQuestion *field,
                  GVariant   *a,
                  GVariant   *b)
{
  g_autoptr(GHashTable) chosen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GListModel *choices = nr_question_get_choices (field);
  GVariant *values[] = { a, b };
  g_auto(GStrv) result = NULL;

  for (guint v = 0; v < G_N_ELEMENTS (values); v++)
    {
      GVariantIter iter;
      const char *choice;

      if (values[v] == NULL || !g_variant_is_of_type (values[v], G_VARIANT_TYPE_STRING_ARRAY))
        continue;
      g_variant_iter_init (&iter, values[v]);
      while (g_variant_iter_next (&iter, "&s", &choice))
        g_hash_table_add (chosen, (gpointer) choice);
    }

  for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
    {
      g_autoptr(NrChoice) choice = g_list_model_get_item (choices, i);

      if (g_hash_table_remove (chosen, nr_choice_get_value (choice)))
        g_strv_builder_add (builder, nr_choice_get_value (choice));
    }
  for (guint v = 0; v < G_N_ELEMENTS (values); v++)
    {
      GVariantIter iter;
      const char *choice;

      if (values[v] == NULL || !g_variant_is_of_type (values[v], G_VARIANT_TYPE_STRING_ARRAY))
        continue;
      g_variant_iter_init (&iter, values[v]);
      while (g_variant_iter_next (&iter, "&s", &choice))
        {
          if (g_hash_table_remove (chosen, choice))
            g_strv_builder_add (builder, choice);
        }
    }

  result = g_strv_builder_end (builder);
  return g_variant_ref_sink (g_variant_new_strv ((const char * const *) result, -1));
}

/* A field's value as the field moved to stores it: a text moved into a
 * list of names or links is its one entry, and an empty one none. */
static GVariant *
reshape_value (NrQuestion *field,
               GVariant   *value)
{
  NrQuestionKind kind = field != NULL ? nr_question_get_kind (field) : NR_QUESTION_KIND_SHORT_TEXT;

  if ((kind == NR_QUESTION_KIND_TEXT_LIST || kind == NR_QUESTION_KIND_LINK_LIST) &&
      g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    {
      const char *one[] = { g_variant_get_string (value, NULL), NULL };

      return g_variant_ref_sink (g_variant_new_strv (one, one[0][0] != '\0' ? 1 : 0));
    }
  return g_variant_ref (value);
}

static int
classification_of (GVariant *value)
{
  NrClassification classification = NR_CLASSIFICATION_INTERNAL;

  if (value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    nr_classification_from_string (g_variant_get_string (value, NULL), &classification);
  return classification;
}

/* The fields of a record moved by @step from a list classified
 * @list_classification into @target. */
static GVariant *
moved_fields (NrUpgradeStep    *step,
              NrQuestion       *target,
              GVariant         *fields,
              NrClassification  list_classification)
{
  NrQuestion *classifying = nr_question_get_classifying_field (target);
  GVariantDict dict;
  GVariantIter iter;
  const char *field_id;
  GVariant *value;

  g_variant_dict_init (&dict, NULL);
  g_variant_iter_init (&iter, fields);
  while (g_variant_iter_loop (&iter, "{&sv}", &field_id, &value))
    {
      const char *new_id = nr_upgrade_step_field_name (step, field_id);
      g_autoptr(GVariant) reshaped = reshape_value (nr_question_lookup_field (target, new_id), value);

      /* An empty reference becomes no list at all, not an empty one. */
      if (g_variant_is_of_type (reshaped, G_VARIANT_TYPE_STRING_ARRAY) &&
          g_variant_n_children (reshaped) == 0)
        continue;
      g_variant_dict_insert_value (&dict, new_id, reshaped);
    }

  for (guint i = 0; i < step->added_choices->len; i++)
    {
      NrUpgradeChoice *choice = step->added_choices->pdata[i];
      NrQuestion *field = nr_question_lookup_field (target, choice->field);
      const char *one[] = { choice->value, NULL };
      g_autoptr(GVariant) added = NULL;
      g_autoptr(GVariant) before = NULL;
      g_autoptr(GVariant) after = NULL;

      /* A single choice is set where the record gives none: the kind of
       * measure an exercise is. */
      if (nr_question_get_kind (field) == NR_QUESTION_KIND_SINGLE_CHOICE)
        {
          if (!g_variant_dict_contains (&dict, choice->field))
            g_variant_dict_insert (&dict, choice->field, "s", choice->value);
          continue;
        }
      added = g_variant_ref_sink (g_variant_new_strv (one, 1));
      before = g_variant_dict_lookup_value (&dict, choice->field, NULL);
      after = union_of_choices (field, before, added);
      g_variant_dict_insert_value (&dict, choice->field, after);
    }

  /* The list's classification becomes the record's own, so that a measure
   * that was internal under its norm stays internal in the register. */
  if (classifying != NULL && !g_variant_dict_contains (&dict, nr_question_get_id (classifying)))
    g_variant_dict_insert (&dict, nr_question_get_id (classifying), "s",
                           nr_classification_to_string (list_classification));

  return end_fields (&dict);
}

/* Whether @field is one the step adds choices to, or the classifying one:
 * the fields two copies of one measure under two norms differ in. */
static gboolean
differs_between_copies (NrUpgradeStep *step,
                        NrQuestion    *target,
                        const char    *field_id)
{
  NrQuestion *classifying = nr_question_get_classifying_field (target);
  NrQuestion *field = nr_question_lookup_field (target, field_id);

  if (field == NULL)
    return FALSE;
  if (field == classifying)
    return TRUE;
  for (guint i = 0; i < step->added_choices->len; i++)
    {
      NrUpgradeChoice *choice = step->added_choices->pdata[i];

      if (g_str_equal (choice->field, field_id) &&
          nr_question_get_kind (field) == NR_QUESTION_KIND_MULTIPLE_CHOICE)
        return TRUE;
    }
  return FALSE;
}

static gboolean
same_measure (NrUpgradeStep *step,
              NrQuestion    *target,
              GVariant      *a,
              GVariant      *b)
{
  GVariant *pair[] = { a, b };

  for (guint p = 0; p < 2; p++)
    {
      GVariantIter iter;
      const char *field_id;
      GVariant *value;

      g_variant_iter_init (&iter, pair[p]);
      while (g_variant_iter_loop (&iter, "{&sv}", &field_id, &value))
        {
          g_autoptr(GVariant) other = NULL;

          if (differs_between_copies (step, target, field_id))
            continue;
          other = g_variant_lookup_value (pair[1 - p], field_id, NULL);
          if (other == NULL || !g_variant_equal (value, other))
            {
              g_variant_unref (value);
              return FALSE;
            }
        }
    }
  return TRUE;
}

/* Folds @fields into the record @into holds: the choices of both, and the
 * narrower classification, so that nothing is shown wider than it was. */
static void
fold_into (NrDocumentRecord *into,
           NrUpgradeStep    *step,
           NrQuestion       *target,
           GVariant         *fields)
{
  NrQuestion *classifying = nr_question_get_classifying_field (target);
  GVariantDict dict;

  g_variant_dict_init (&dict, into->fields);
  for (guint i = 0; i < step->added_choices->len; i++)
    {
      NrUpgradeChoice *choice = step->added_choices->pdata[i];
      NrQuestion *field = nr_question_lookup_field (target, choice->field);
      g_autoptr(GVariant) mine = g_variant_dict_lookup_value (&dict, choice->field, NULL);
      g_autoptr(GVariant) theirs = g_variant_lookup_value (fields, choice->field, NULL);
      g_autoptr(GVariant) both = NULL;

      if (nr_question_get_kind (field) != NR_QUESTION_KIND_MULTIPLE_CHOICE)
        continue;
      both = union_of_choices (field, mine, theirs);
      g_variant_dict_insert_value (&dict, choice->field, both);
    }
  if (classifying != NULL)
    {
      const char *id = nr_question_get_id (classifying);
      g_autoptr(GVariant) mine = g_variant_dict_lookup_value (&dict, id, NULL);
      g_autoptr(GVariant) theirs = g_variant_lookup_value (fields, id, NULL);

      g_variant_dict_insert (&dict, id, "s",
                             nr_classification_to_string (MAX (classification_of (mine),
                                                               classification_of (theirs))));
    }

  g_variant_unref (into->fields);
  into->fields = end_fields (&dict);
}

static double
last_position (NrDocumentAnswer *answer)
{
  double last = 0;

  for (guint i = 0; i < answer->records->len; i++)
    last = MAX (last, ((NrDocumentRecord *) answer->records->pdata[i])->position);
  return last;
}

static void
move_records (NrDocument      *document,
              NrQuestionnaire *questionnaire,
              NrUpgradeStep   *step)
{
  NrQuestion *target_question = nr_questionnaire_lookup_question (questionnaire, step->to);
  NrDocumentAnswer *source;
  NrDocumentAnswer *target;
  guint index;
  double position;

  source = find_answer (document, step->from, &index);
  if (source == NULL)
    return;

  target = find_or_add_answer (document, step->to, source);
  position = last_position (target);
  for (guint i = 0; i < source->records->len; i++)
    {
      NrDocumentRecord *record = source->records->pdata[i];
      g_autoptr(GVariant) fields = moved_fields (step, target_question, record->fields,
                                                 source->classification);
      NrDocumentRecord *copy = NULL;

      for (guint t = 0; t < target->records->len && copy == NULL; t++)
        {
          NrDocumentRecord *other = target->records->pdata[t];

          if (same_measure (step, target_question, other->fields, fields))
            copy = other;
        }

      if (copy != NULL)
        {
          fold_into (copy, step, target_question, fields);
          continue;
        }

      copy = nr_document_answer_add_record (target, record->id);
      copy->position = ++position;
      copy->fields = g_steal_pointer (&fields);
      nr_provenance_set (&copy->provenance, record->provenance.author, record->provenance.agency,
                         record->provenance.modified);
    }

  g_ptr_array_set_size (source->records, 0);
  if (source->value == NULL)
    g_ptr_array_remove_index (document->answers, index);
}

static void
move_item (NrDocument    *document,
           NrUpgradeStep *step)
{
  NrDocumentAnswer *checklist = find_answer (document, step->from, NULL);
  NrDocumentAnswer *moved;
  const char *status = NULL;
  GVariant *rest;

  /* Normalised first: a checklist's answer has its notes. */
  if (checklist == NULL || !nr_checklist_lookup (checklist->value, step->item, &status, NULL) ||
      *status == '\0')
    return;

  moved = find_or_add_answer (document, step->to, checklist);
  g_clear_pointer (&moved->value, g_variant_unref);
  moved->value = g_variant_ref_sink (g_variant_new_string (status));

  rest = g_variant_ref_sink (nr_checklist_without (checklist->value, step->item));
  g_variant_unref (checklist->value);
  checklist->value = rest;
}

/**
 * nr_document_upgrade:
 * @questionnaire: the questionnaire, of the document's id, to answer
 *
 * Applies every upgrade map of @questionnaire that leads past the version
 * @document answers, in order, and makes the document answer the last
 * version mapped to.  Answers the maps do not name are left as they are.
 *
 * Returns: whether any map applied
 */
gboolean
nr_document_upgrade (NrDocument      *document,
                     NrQuestionnaire *questionnaire)
{
  GPtrArray *maps = nr_questionnaire_get_upgrade_maps (questionnaire);
  gboolean applied = FALSE;

  for (guint m = 0; m < maps->len; m++)
    {
      NrUpgradeMap *map = maps->pdata[m];

      if (nr_questionnaire_compare_versions (document->questionnaire_version, map->to_version) >= 0)
        continue;

      for (guint s = 0; s < map->steps->len; s++)
        {
          NrUpgradeStep *step = map->steps->pdata[s];

          switch (step->kind)
            {
            case NR_UPGRADE_MOVE_RECORDS:
              move_records (document, questionnaire, step);
              break;
            case NR_UPGRADE_MOVE_ITEM:
              move_item (document, step);
              break;
            default:
              g_assert_not_reached ();
            }
        }
      g_free (document->questionnaire_version);
      document->questionnaire_version = g_strdup (map->to_version);
      applied = TRUE;
    }
  return applied;
}
