/* nr-report-private.h: what the parts of NrReport share with each other. */
#pragma once

#include "nr-document.h"
#include "nr-report.h"
#include "nr-store-private.h"

G_BEGIN_DECLS

NrStore  *nr_report_get_store     (NrReport     *self);
NrReport *nr_report_create_in_store (NrStore        *store,
                                     NrQuestionnaire *questionnaire,
                                     GError        **error);
gboolean  nr_report_check_writable (NrReport    *self,
                                   GError      **error);
gboolean  nr_report_apply_change  (NrReport     *self,
                                   const char   *aspect,
                                   const char   *target,
                                   const char   *record_id,
                                   const char   *new_state,
                                   GError      **error);
gboolean  nr_report_apply_change_as (NrReport          *self,
                                     const char        *aspect,
                                     const char        *target,
                                     const char        *record_id,
                                     const char        *new_state,
                                     const NrProvenance *provenance,
                                     GError           **error);
gboolean  nr_report_write_initial (NrReport          *self,
                                   const char        *aspect,
                                   const char        *target,
                                   const char        *record_id,
                                   const char        *state,
                                   const NrProvenance *provenance,
                                   GError           **error);
gboolean  nr_report_write_initial_answer (NrReport       *self,
                                          const char     *question_id,
                                          const char     *value_state,
                                          const char     *classification,
                                          const NrProvenance *provenance,
                                          GError        **error);
gboolean  nr_report_write_initial_record (NrReport       *self,
                                          const char     *question_id,
                                          const char     *record_id,
                                          double          position,
                                          GVariant       *fields,
                                          const NrProvenance *provenance,
                                          GError        **error);
gboolean  nr_report_read_state    (NrReport     *self,
                                   const char   *aspect,
                                   const char   *target,
                                   const char   *record_id,
                                   char        **state,
                                   GError      **error);
void      nr_report_state_changed (NrReport     *self,
                                   const char   *aspect,
                                   const char   *target,
                                   const char   *new_state);
char     *nr_report_now           (void);
char     *nr_report_record_state  (double        position,
                                   GVariant     *fields);
char     *nr_report_review_state  (const char   *state,
                                   const char   *cleared_by);
gboolean  nr_report_check_value   (NrQuestion   *question,
                                   GVariant     *value,
                                   GError      **error);
gboolean  nr_report_value_fits    (NrQuestion   *question,
                                   GVariant     *value);
gboolean  nr_report_record_fits   (NrQuestion   *question,
                                   GVariant     *fields);
GVariant *nr_report_normalise_value (NrQuestion *question,
                                     GVariant   *value);
GVariant *nr_report_canonical_fields (GVariant    *fields);
gboolean  nr_report_check_fields  (NrQuestion   *question,
                                   GVariant     *fields,
                                   GError      **error);
char    **nr_report_list_metadata_keys (NrReport *self);
gint64    nr_report_get_last_change (NrReport   *self);
void      nr_report_set_temporary_folder (NrReport *self,
                                          const char *folder);
gboolean  nr_report_collect_stored (NrReport    *self,
                                    NrDocument  *document,
                                    GError     **error);
gboolean  nr_report_upgrade_answers (NrReport   *self,
                                     GError    **error);
NrQuestion *nr_report_lookup_question (NrReport   *self,
                                   const char   *question_id,
                                   GError      **error);

G_END_DECLS
