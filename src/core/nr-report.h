/* nr-report.h: a national report: its metadata, answers, records, review
 * states and history, kept in a .normsreport file. */
#pragma once

#include <gio/gio.h>

#include "nr-history-entry.h"
#include "nr-questionnaire.h"
#include "nr-record.h"
#include "nr-store.h"
#include "nr-types.h"

G_BEGIN_DECLS

#define NR_REPORT_ERROR (nr_report_error_quark ())

typedef enum
{
  NR_REPORT_ERROR_UNKNOWN_QUESTION,
  NR_REPORT_ERROR_INVALID_VALUE,
  NR_REPORT_ERROR_UNKNOWN_RECORD,
  NR_REPORT_ERROR_QUESTIONNAIRE_MISMATCH,
  NR_REPORT_ERROR_QUESTIONNAIRE_TOO_NEW,
  NR_REPORT_ERROR_NOTHING_TO_UNDO,
  NR_REPORT_ERROR_DAMAGED,
} NrReportError;

/* Metadata keys.  The first four are set when the report is created and never
 * change; the others are edited through nr_report_set_metadata(). */
#define NR_META_REPORT_ID             "report-id"
#define NR_META_CREATED               "created"
#define NR_META_QUESTIONNAIRE_ID      "questionnaire-id"
#define NR_META_QUESTIONNAIRE_VERSION "questionnaire-version"
#define NR_META_STATE                 "state"
#define NR_META_PERIOD_START          "period-start"
#define NR_META_PERIOD_END            "period-end"
#define NR_META_LANGUAGE              "language"
#define NR_META_PREPARING_AGENCY      "preparing-agency"
/* The report of the last cycle, when this one was started from it. */
#define NR_META_PREVIOUS_REPORT       "previous-report"

#define NR_TYPE_REPORT (nr_report_get_type ())
G_DECLARE_FINAL_TYPE (NrReport, nr_report, NR, REPORT, GObject)

GQuark           nr_report_error_quark          (void);

/* nr-report.c: files, metadata and provenance */
NrReport        *nr_report_create               (GFile            *file,
                                                 NrQuestionnaire  *questionnaire,
                                                 GError          **error);
NrReport        *nr_report_open                 (GFile            *file,
                                                 NrQuestionnaire  *questionnaire,
                                                 NrStoreOpenFlags  flags,
                                                 GError          **error);
void             nr_report_close                (NrReport         *self);
GFile           *nr_report_get_file             (NrReport         *self);
NrQuestionnaire *nr_report_get_questionnaire    (NrReport         *self);
gboolean         nr_report_is_read_only         (NrReport         *self);
char            *nr_report_get_backup_path      (NrReport         *self);
const char      *nr_report_get_metadata         (NrReport         *self,
                                                 const char       *key);
gboolean         nr_report_set_metadata         (NrReport         *self,
                                                 const char       *key,
                                                 const char       *value,
                                                 GError          **error);
const char      *nr_report_get_author           (NrReport         *self);
void             nr_report_set_author           (NrReport         *self,
                                                 const char       *author);
void             nr_report_set_default_classification (NrReport   *self,
                                                 NrClassification  classification);
NrClassification nr_report_get_default_classification (NrReport   *self);
const char      *nr_report_get_agency           (NrReport         *self);
void             nr_report_set_agency           (NrReport         *self,
                                                 const char       *agency);

/* nr-report-assignments.c: which agency answers which parts */
gboolean         nr_report_set_assignment       (NrReport           *self,
                                                 const char         *agency,
                                                 const char * const *sections,
                                                 const char * const *norms,
                                                 GError            **error);
gboolean         nr_report_get_assignment       (NrReport         *self,
                                                 const char       *agency,
                                                 GStrv            *sections,
                                                 GStrv            *norms);
GStrv            nr_report_list_assigned_agencies (NrReport       *self);

/* nr-report-cycle.c: the next reporting cycle */
NrReport        *nr_report_create_next_cycle    (NrReport         *previous,
                                                 GFile            *file,
                                                 GError          **error);
gboolean         nr_report_needs_reconfirm      (NrReport         *self,
                                                 const char       *question_id);
gboolean         nr_report_reconfirm            (NrReport         *self,
                                                 const char       *question_id,
                                                 GError          **error);

/* nr-report-answers.c: answers, classifications, review states */
GVariant        *nr_report_dup_value            (NrReport         *self,
                                                 const char       *question_id);
gboolean         nr_report_set_value            (NrReport         *self,
                                                 const char       *question_id,
                                                 GVariant         *value,
                                                 GError          **error);
char            *nr_report_dup_text             (NrReport         *self,
                                                 const char       *question_id);
gboolean         nr_report_set_text             (NrReport         *self,
                                                 const char       *question_id,
                                                 const char       *text,
                                                 GError          **error);
gboolean         nr_report_set_choices          (NrReport         *self,
                                                 const char       *question_id,
                                                 const char *const *values,
                                                 GError          **error);
char            *nr_report_dup_checklist_status (NrReport         *self,
                                                 const char       *question_id,
                                                 const char       *item_id);
char            *nr_report_dup_checklist_note   (NrReport         *self,
                                                 const char       *question_id,
                                                 const char       *item_id);
gboolean         nr_report_set_checklist_note   (NrReport         *self,
                                                 const char       *question_id,
                                                 const char       *item_id,
                                                 const char       *note,
                                                 GError          **error);
gboolean         nr_report_set_checklist_status (NrReport         *self,
                                                 const char       *question_id,
                                                 const char       *item_id,
                                                 const char       *status,
                                                 GError          **error);
NrClassification nr_report_get_classification   (NrReport         *self,
                                                 const char       *question_id);
gboolean         nr_report_set_classification   (NrReport         *self,
                                                 const char       *question_id,
                                                 NrClassification  classification,
                                                 GError          **error);
NrReviewState    nr_report_get_review_state     (NrReport         *self,
                                                 const char       *norm_id,
                                                 char            **cleared_by);
gboolean         nr_report_set_review_state     (NrReport         *self,
                                                 const char       *norm_id,
                                                 NrReviewState     state,
                                                 GError          **error);

/* nr-report-records.c: repeatable records */
GListModel      *nr_report_list_records         (NrReport         *self,
                                                 const char       *question_id);
char            *nr_report_add_record           (NrReport         *self,
                                                 const char       *question_id,
                                                 GVariant         *fields,
                                                 GError          **error);
gboolean         nr_report_update_record        (NrReport         *self,
                                                 const char       *question_id,
                                                 const char       *record_id,
                                                 GVariant         *fields,
                                                 GError          **error);
gboolean         nr_report_move_record          (NrReport         *self,
                                                 const char       *question_id,
                                                 const char       *record_id,
                                                 guint             new_index,
                                                 GError          **error);
gboolean         nr_report_delete_record        (NrReport         *self,
                                                 const char       *question_id,
                                                 const char       *record_id,
                                                 GError          **error);

/* nr-report-history.c: history and undo */
GListModel      *nr_report_list_history         (NrReport         *self,
                                                 const char       *target);
gboolean         nr_report_can_undo             (NrReport         *self,
                                                 const char       *target);
gboolean         nr_report_restore              (NrReport         *self,
                                                 NrHistoryEntry   *entry,
                                                 GError          **error);
gboolean         nr_report_undo                 (NrReport         *self,
                                                 const char       *target,
                                                 GError          **error);

/* nr-report-completion.c: completion and orphaned answers */
gboolean         nr_report_is_answered          (NrReport         *self,
                                                 NrQuestion       *question);
double           nr_report_get_completion       (NrReport         *self,
                                                 guint            *answered,
                                                 guint            *total);
double           nr_report_get_norm_completion  (NrReport         *self,
                                                 const char       *norm_id,
                                                 guint            *answered,
                                                 guint            *total);
double           nr_report_get_section_completion (NrReport       *self,
                                                 const char       *section_id,
                                                 guint            *answered,
                                                 guint            *total);
GStrv            nr_report_list_orphaned_answers (NrReport        *self);

G_END_DECLS
