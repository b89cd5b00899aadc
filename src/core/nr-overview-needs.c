/* nr-overview-needs.c: capacity-building needs and offers across States.
 *
 * A workshop organiser matches what States need with what others provide.
 * Each submission keeps the areas it ticked under each norm, its overall
 * needs and offers as written, and its capacity-building activities
 * (received, provided or needed); nothing else of the capacity-building
 * section.  Grouped by area, they show who needs what and who already
 * provides or received it.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "nr-document-summary.h"
#include "nr-overview-private.h"
#include "nr-questionnaire.h"

#define ACTIVITIES_ID "capacity.activities"

void
nr_submission_read_needs (NrSubmission    *submission,
                          GHashTable      *answers,
                          NrQuestionnaire *questionnaire)
{
  NrDocumentAnswer *needs = nr_document_lookup_given (answers, questionnaire, "capacity.needs");
  NrDocumentAnswer *offers = nr_document_lookup_given (answers, questionnaire, "capacity.offers");

  submission->needs = needs != NULL ? g_variant_dup_string (needs->value, NULL) : NULL;
  submission->offers = offers != NULL ? g_variant_dup_string (offers->value, NULL) : NULL;
  submission->activities = nr_submission_take_records (answers, questionnaire, ACTIVITIES_ID);
}

void
nr_area_match_free (NrAreaMatch *match)
{
  g_ptr_array_unref (match->needed);
  g_ptr_array_unref (match->provided);
  g_ptr_array_unref (match->received);
  g_free (match);
}

/* The capacity-needs areas, from the field of the activities that names
 * them: the same choices each norm's needs are ticked from. */
static NrQuestion *
area_field (NrOverview *self)
{
  NrQuestion *activities = nr_questionnaire_lookup_question (self->questionnaire, ACTIVITIES_ID);

  return activities != NULL ? nr_question_lookup_field (activities, "area") : NULL;
}

static gboolean
field_is (GVariant   *fields,
          const char *field_id,
          const char *value)
{
  const char *found = NULL;

  return g_variant_lookup (fields, field_id, "&s", &found) && g_strcmp0 (found, value) == 0;
}

/* What a State said it needs in @area: the norms it ticked it under, and
 * "overall" for an activity it still needs there. */
static char *
describe_need (NrOverview   *self,
               NrSubmission *submission,
               const char   *area)
{
  g_autoptr(GString) where = g_string_new (NULL);
  g_autofree char *title = NULL;

  for (guint j = 0; j < submission->norms->len; j++)
    {
      NrNormSummary *summary = submission->norms->pdata[j];

      if (summary->capacity_needs != NULL && g_strv_contains ((const char * const *) summary->capacity_needs, area))
        {
          g_autofree char *name = nr_overview_norm_short_name (summary->norm_id);

          g_string_append_printf (where, "%s%s", where->len > 0 ? ", " : "", name);
        }
    }
  for (guint i = 0; submission->activities != NULL && i < submission->activities->len; i++)
    {
      GVariant *fields = submission->activities->pdata[i];

      if (field_is (fields, "direction", "needed") && field_is (fields, "area", area))
        {
          /* Translators: a need stated in the capacity-building section,
           * not under one norm. */
          g_string_append_printf (where, "%s%s", where->len > 0 ? ", " : "", _("overall"));
          break;
        }
    }
  if (where->len == 0)
    return NULL;
  title = nr_submission_get_title (submission);
  /* Translators: who needs capacity-building in an area, and where: "Indonesia 2025: 13 (a), overall". */
  return g_strdup_printf (_("%s: %s"), title, where->str);
}

/* An activity as one line: the State, then its form, partner and status. */
static char *
describe_activity (NrOverview   *self,
                   NrSubmission *submission,
                   GVariant     *fields)
{
  g_autoptr(GPtrArray) texts = nr_overview_record_fields (self, ACTIVITIES_ID, fields);
  g_autoptr(GString) details = g_string_new (NULL);
  g_autofree char *title = nr_submission_get_title (submission);
  const char *shown[] = { "form", "partner", "amount", "status" };

  for (guint k = 0; k < G_N_ELEMENTS (shown); k++)
    for (guint i = 0; i < texts->len; i++)
      {
        NrFieldText *text = texts->pdata[i];

        if (g_str_equal (nr_question_get_id (text->field), shown[k]))
          g_string_append_printf (details, "%s%s", details->len > 0 ? ", " : "", text->text);
      }
  if (details->len == 0)
    return g_steal_pointer (&title);
  /* Translators: a capacity-building activity: the State, then its form,
   * partner, amount and status, as "Singapore 2025: Training, Viet Nam, Ongoing". */
  return g_strdup_printf (_("%s: %s"), title, details->str);
}

/**
 * nr_overview_match_needs:
 *
 * Returns: (transfer container) (element-type NrAreaMatch): for each area
 *   of capacity-building, in the questionnaire's order, the States that
 *   need it, that provide it and that received it.
 */
GPtrArray *
nr_overview_match_needs (NrOverview *self)
{
  GPtrArray *matches = g_ptr_array_new_with_free_func ((GDestroyNotify) nr_area_match_free);
  NrQuestion *field = area_field (self);
  GListModel *areas = field != NULL ? nr_question_get_choices (field) : NULL;

  for (guint a = 0; areas != NULL && a < g_list_model_get_n_items (areas); a++)
    {
      g_autoptr(NrChoice) area = g_list_model_get_item (areas, a);
      NrAreaMatch *match = g_new0 (NrAreaMatch, 1);

      match->area = nr_choice_get_value (area);
      match->label = nr_choice_get_label (area);
      match->needed = g_ptr_array_new_with_free_func (g_free);
      match->provided = g_ptr_array_new_with_free_func (g_free);
      match->received = g_ptr_array_new_with_free_func (g_free);
      for (guint s = 0; s < self->submissions->len; s++)
        {
          NrSubmission *submission = self->submissions->pdata[s];
          char *need = describe_need (self, submission, match->area);

          if (need != NULL)
            g_ptr_array_add (match->needed, need);
          for (guint i = 0; submission->activities != NULL && i < submission->activities->len; i++)
            {
              GVariant *fields = submission->activities->pdata[i];

              if (!field_is (fields, "area", match->area))
                continue;
              if (field_is (fields, "direction", "provided"))
                g_ptr_array_add (match->provided, describe_activity (self, submission, fields));
              else if (field_is (fields, "direction", "received"))
                g_ptr_array_add (match->received, describe_activity (self, submission, fields));
            }
        }
      g_ptr_array_add (matches, match);
    }
  return matches;
}

static void
append_list_cell (GString   *html,
                  GPtrArray *entries)
{
  g_string_append (html, "<td>");
  if (entries->len == 0)
    g_string_append (html, "<span class=\"none\">—</span>");
  else
    {
      g_string_append (html, "<ul>");
      for (guint i = 0; i < entries->len; i++)
        nr_html_append_element (html, "li", entries->pdata[i]);
      g_string_append (html, "</ul>");
    }
  g_string_append (html, "</td>");
}

static void
append_match_table (NrOverview *self,
                    GString    *html)
{
  g_autoptr(GPtrArray) matches = nr_overview_match_needs (self);

  g_string_append (html, "<table class=\"needs\">\n<thead><tr>");
  nr_html_append_element (html, "th", _("Area"));
  nr_html_append_element (html, "th", _("Needed by"));
  nr_html_append_element (html, "th", _("Provided by"));
  nr_html_append_element (html, "th", _("Received by"));
  g_string_append (html, "</tr></thead>\n<tbody>\n");
  for (guint i = 0; i < matches->len; i++)
    {
      NrAreaMatch *match = matches->pdata[i];

      g_string_append (html, "<tr>");
      g_string_append (html, "<th scope=\"row\">");
      nr_html_append_escaped (html, match->label);
      g_string_append (html, "</th>");
      append_list_cell (html, match->needed);
      append_list_cell (html, match->provided);
      append_list_cell (html, match->received);
      g_string_append (html, "</tr>\n");
    }
  g_string_append (html, "</tbody>\n</table>\n");
}

/* Every activity, a row each, with the State that reported it. */
static void
append_activities_table (NrOverview *self,
                         GString    *html)
{
  NrQuestion *question = nr_questionnaire_lookup_question (self->questionnaire, ACTIVITIES_ID);
  GListModel *fields = question != NULL ? nr_question_get_fields (question) : NULL;
  guint n_fields = fields != NULL ? g_list_model_get_n_items (fields) : 0;

  g_string_append (html, "<table class=\"records\">\n<thead><tr>");
  nr_html_append_element (html, "th", _("State"));
  for (guint f = 0; f < n_fields; f++)
    {
      g_autoptr(NrQuestion) field = g_list_model_get_item (fields, f);

      nr_html_append_element (html, "th", nr_question_get_label (field));
    }
  g_string_append (html, "</tr></thead>\n<tbody>\n");
  for (guint s = 0; s < self->submissions->len; s++)
    {
      NrSubmission *submission = self->submissions->pdata[s];
      g_autofree char *title = nr_submission_get_title (submission);

      for (guint i = 0; submission->activities != NULL && i < submission->activities->len; i++)
        {
          GVariant *record = submission->activities->pdata[i];

          g_string_append (html, "<tr>");
          nr_html_append_element (html, "th", title);
          for (guint f = 0; f < n_fields; f++)
            {
              g_autoptr(NrQuestion) field = g_list_model_get_item (fields, f);
              g_autoptr(GVariant) value = g_variant_lookup_value (record, nr_question_get_id (field), NULL);
              g_autofree char *text = value != NULL ? nr_question_format_value (field, value) : NULL;

              nr_html_append_element (html, "td", text);
            }
          g_string_append (html, "</tr>\n");
        }
    }
  g_string_append (html, "</tbody>\n</table>\n");
}

/* What each State wrote of its needs and offers overall. */
static void
append_statements (NrOverview *self,
                   GString    *html)
{
  g_string_append (html, "<div class=\"cards\">\n");
  for (guint s = 0; s < self->submissions->len; s++)
    {
      NrSubmission *submission = self->submissions->pdata[s];
      g_autofree char *title = NULL;

      if (submission->needs == NULL && submission->offers == NULL)
        continue;
      title = nr_submission_get_title (submission);
      g_string_append (html, "<article class=\"card\">\n");
      nr_html_append_element (html, "h4", title);
      if (submission->needs != NULL)
        {
          nr_html_append_element (html, "h5", _("Needs"));
          nr_html_append_paragraphs (html, submission->needs);
        }
      if (submission->offers != NULL)
        {
          nr_html_append_element (html, "h5", _("Can offer"));
          nr_html_append_paragraphs (html, submission->offers);
        }
      g_string_append (html, "</article>\n");
    }
  g_string_append (html, "</div>\n");
}

/* The page's section on capacity-building: needs and offers matched by
 * area, every activity, and what each State wrote. */
void
nr_overview_append_needs_html (NrOverview *self,
                               GString    *html)
{
  g_string_append (html, "<section id=\"capacity\">\n");
  nr_html_append_element (html, "h2", _("Capacity-building: needs and offers"));
  nr_html_append_element (html, "p", _("For each area, the States that need support (under which norms, or overall), "
                                       "the States that provide it and those that received it."));
  append_match_table (self, html);
  nr_html_append_element (html, "h3", _("Activities received, provided or needed"));
  append_activities_table (self, html);
  nr_html_append_element (html, "h3", _("Needs and offers in the States' words"));
  append_statements (self, html);
  g_string_append (html, "</section>\n");
}
