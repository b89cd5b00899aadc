/* nr-report-assignments.c: which agency answers which norms and sections.
 *
 * The focal point assigns parts of the report to contributing agencies; an
 * agency's contribution then covers exactly its assignment.  Assignments are
 * report metadata under "assignment:AGENCY", so they are saved, recorded in
 * the history and undone like any other change.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "nr-report-private.h"
#include "nr-state.h"

#define ASSIGNMENT_PREFIX "assignment:"

static gboolean
check_parts (NrReport           *self,
             const char * const *sections,
             const char * const *norms,
             GError            **error)
{
  NrQuestionnaire *questionnaire = nr_report_get_questionnaire (self);

  for (guint i = 0; sections != NULL && sections[i] != NULL; i++)
    {
      if (nr_questionnaire_lookup_section (questionnaire, sections[i]) == NULL)
        {
          g_set_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_UNKNOWN_QUESTION,
                       _("The questionnaire has no section “%s”."), sections[i]);
          return FALSE;
        }
    }
  for (guint i = 0; norms != NULL && norms[i] != NULL; i++)
    {
      if (nr_questionnaire_lookup_norm (questionnaire, norms[i]) == NULL)
        {
          g_set_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_UNKNOWN_QUESTION,
                       _("The questionnaire has no norm “%s”."), norms[i]);
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * nr_report_set_assignment:
 * @agency: the contributing agency, as its contributions name it
 * @sections: (nullable) (array zero-terminated=1): the sections it answers
 * @norms: (nullable) (array zero-terminated=1): the norms it answers
 *
 * Assigns parts of the report to an agency; with neither sections nor norms,
 * removes its assignment.
 */
gboolean
nr_report_set_assignment (NrReport           *self,
                          const char         *agency,
                          const char * const *sections,
                          const char * const *norms,
                          GError            **error)
{
  g_autofree char *target = NULL;
  g_autofree char *state = NULL;
  gboolean empty;

  g_return_val_if_fail (NR_IS_REPORT (self), FALSE);
  g_return_val_if_fail (agency != NULL, FALSE);

  if (*agency == '\0')
    {
      g_set_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_INVALID_VALUE,
                   _("Name the agency the parts are assigned to."));
      return FALSE;
    }
  if (!check_parts (self, sections, norms, error))
    return FALSE;

  empty = (sections == NULL || sections[0] == NULL) && (norms == NULL || norms[0] == NULL);
  if (!empty)
    {
      g_autoptr(GVariant) value = g_variant_ref_sink (
        g_variant_new ("(@as@as)",
                       g_variant_new_strv (sections != NULL ? sections : (const char * const[]) { NULL }, -1),
                       g_variant_new_strv (norms != NULL ? norms : (const char * const[]) { NULL }, -1)));
      state = nr_state_print (value);
    }

  target = g_strconcat ("meta:" ASSIGNMENT_PREFIX, agency, NULL);
  return nr_report_apply_change (self, NR_CHANGE_METADATA, target, NULL, state, error);
}

/**
 * nr_report_get_assignment:
 * @sections: (out) (optional) (transfer full): the sections assigned
 * @norms: (out) (optional) (transfer full): the norms assigned
 *
 * Returns: whether @agency has an assignment
 */
gboolean
nr_report_get_assignment (NrReport    *self,
                          const char  *agency,
                          GStrv       *sections,
                          GStrv       *norms)
{
  g_autofree char *key = g_strconcat (ASSIGNMENT_PREFIX, agency, NULL);
  const char *state;
  g_autoptr(GVariant) value = NULL;

  g_return_val_if_fail (NR_IS_REPORT (self), FALSE);

  state = nr_report_get_metadata (self, key);
  if (state != NULL)
    value = g_variant_parse (G_VARIANT_TYPE ("(asas)"), state, NULL, NULL, NULL);
  if (value == NULL)
    return FALSE;

  if (sections != NULL)
    g_variant_get_child (value, 0, "^as", sections);
  if (norms != NULL)
    g_variant_get_child (value, 1, "^as", norms);
  return TRUE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

/**
 * nr_report_list_assigned_agencies:
 *
 * Returns: (transfer full): the agencies with an assignment, sorted.
 */
GStrv
nr_report_list_assigned_agencies (NrReport *self)
{
  g_autoptr(GPtrArray) agencies = g_ptr_array_new ();
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char **keys = NULL;

  g_return_val_if_fail (NR_IS_REPORT (self), NULL);

  keys = nr_report_list_metadata_keys (self);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      if (g_str_has_prefix (keys[i], ASSIGNMENT_PREFIX))
        g_ptr_array_add (agencies, keys[i] + strlen (ASSIGNMENT_PREFIX));
    }
  g_ptr_array_sort (agencies, compare_names);
  for (guint i = 0; i < agencies->len; i++)
    g_strv_builder_add (builder, agencies->pdata[i]);

  return g_strv_builder_end (builder);
}
