/* nr-questionnaire.h: a questionnaire definition, loaded from XML. */
#pragma once

#include <gio/gio.h>

#include "nr-catalogue.h"
#include "nr-norm.h"
#include "nr-question.h"
#include "nr-section.h"

G_BEGIN_DECLS

#define NR_QUESTIONNAIRE_ERROR (nr_questionnaire_error_quark ())

typedef enum
{
  NR_QUESTIONNAIRE_ERROR_INVALID,
  NR_QUESTIONNAIRE_ERROR_UNKNOWN,
} NrQuestionnaireError;

/* The questionnaire new reports use. */
#define NR_QUESTIONNAIRE_DEFAULT_ID "un-norms-2015"

#define NR_TYPE_QUESTIONNAIRE (nr_questionnaire_get_type ())
G_DECLARE_FINAL_TYPE (NrQuestionnaire, nr_questionnaire, NR, QUESTIONNAIRE, GObject)

GQuark           nr_questionnaire_error_quark      (void);

NrQuestionnaire *nr_questionnaire_new_from_bytes   (GBytes           *bytes,
                                                    const char       *display_name,
                                                    GError          **error);
NrQuestionnaire *nr_questionnaire_new_from_file    (GFile            *file,
                                                    GError          **error);
NrQuestionnaire *nr_questionnaire_new_from_resource (const char      *resource_path,
                                                    GError          **error);
NrQuestionnaire *nr_questionnaire_load_builtin_in  (const char       *id,
                                                    NrCatalogue      *catalogue,
                                                    GError          **error);
NrQuestionnaire *nr_questionnaire_load_builtin     (const char       *id,
                                                    GError          **error);

GStrv            nr_questionnaire_list_builtin     (void);
const char      *nr_questionnaire_get_id           (NrQuestionnaire  *self);
const char      *nr_questionnaire_get_version      (NrQuestionnaire  *self);
const char      *nr_questionnaire_get_title        (NrQuestionnaire  *self);
const char      *nr_questionnaire_get_description  (NrQuestionnaire  *self);
GListModel      *nr_questionnaire_get_sections     (NrQuestionnaire  *self);
GListModel      *nr_questionnaire_get_norms        (NrQuestionnaire  *self);
GListModel      *nr_questionnaire_get_questions    (NrQuestionnaire  *self);
NrSection       *nr_questionnaire_lookup_section   (NrQuestionnaire  *self,
                                                    const char       *id);
NrNorm          *nr_questionnaire_lookup_norm      (NrQuestionnaire  *self,
                                                    const char       *id);
NrQuestion      *nr_questionnaire_lookup_question  (NrQuestionnaire  *self,
                                                    const char       *id);

int              nr_questionnaire_compare_versions (const char       *a,
                                                    const char       *b);

G_END_DECLS
