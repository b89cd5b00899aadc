/* nr-overview.h: many states' submissions side by side, for a workshop. */
#pragma once

#include "nr-document.h"

G_BEGIN_DECLS

/* What one submission says of one norm. */
typedef struct
{
  char *norm_id;
  char *status;              /* the status choice's value; NULL: not answered */
  guint answered;
  guint total;
  NrReviewState review;
  char *narrative;           /* the norm's narrative; NULL: not let out or not answered */
  GStrv capacity_needs;      /* the capacity-needs areas ticked; NULL: none */
} NrNormSummary;

/* One value of one answer, a row of the long CSV. */
typedef struct
{
  char *question_id;
  guint record;              /* counted from 1; 0: not in a record */
  char *field_id;            /* a record's field or a checklist's item; NULL: the question itself */
  const char *field_label;   /* the questionnaire's; NULL with field_id */
  gboolean note;             /* the note on a checklist's item, not its status */
  char *value;               /* as text, in the overview's language */
  char *code;                /* a choice's value; NULL for text */
  NrClassification classification;
} NrLongRow;

/* One submission: a state's report for one period, in a row of the matrix. */
typedef struct
{
  char *file;                /* as the user named it */
  char *state;
  char *period_start;
  char *period_end;
  char *report_id;
  GPtrArray *norms;          /* of NrNormSummary, in the questionnaire's order */
  char *needs;               /* the overall capacity-building needs, as written */
  char *offers;              /* the capacity-building the State can offer, as written */
  GPtrArray *activities;     /* of GVariant a{sv}: capacity.activities records */
  GPtrArray *contacts;       /* of GVariant a{sv}: contacts.list records */
  GPtrArray *long_rows;      /* of NrLongRow; NULL unless the overview keeps them */
} NrSubmission;

/* Who needs, provides and received capacity-building in one area, each
 * entry a State with what it said, ready to be shown. */
typedef struct
{
  const char *area;          /* the capacity-needs choice's value */
  const char *label;
  GPtrArray *needed;         /* of char * */
  GPtrArray *provided;       /* of char * */
  GPtrArray *received;       /* of char * */
} NrAreaMatch;

/* The regional overview: the submissions read, ordered by state and
 * period, and the files that could not be read, each with the reason.
 * Each submission is summarised as the profile lets it out: a workshop's
 * slides show no internal answer.
 * Not safe to change from two threads at once; nr_overview_add_files()
 * uses threads of its own. */
typedef struct
{
  NrQuestionnaire *questionnaire;
  /* What of each submission is summarised; workshop unless set. */
  NrExportProfile profile;
  GPtrArray *submissions;    /* of NrSubmission */
  GPtrArray *problems;       /* of char *, each naming its file */
  /* Whether each answer's values are kept for the long CSV; off unless
   * asked, since they are most of a submission. */
  gboolean keep_long_rows;
} NrOverview;

NrOverview   *nr_overview_new        (NrQuestionnaire  *questionnaire);
void          nr_overview_free       (NrOverview       *self);
void          nr_overview_set_profile (NrOverview      *self,
                                      NrExportProfile   profile);
gboolean      nr_overview_add_bytes  (NrOverview       *self,
                                      GBytes           *bytes,
                                      const char       *display_name);
gboolean      nr_overview_add_file   (NrOverview       *self,
                                      const char       *path);
void          nr_overview_add_files  (NrOverview         *self,
                                      const char * const *paths,
                                      gint               *files_read);
void          nr_overview_set_keep_long_rows (NrOverview *self,
                                      gboolean          keep);
void          nr_overview_sort       (NrOverview       *self);
NrSubmission *nr_submission_new_from_document (NrDocument      *document,
                                      NrQuestionnaire  *questionnaire,
                                      const char       *display_name,
                                      gboolean          keep_long_rows);
const char   *nr_overview_state_name (const char       *code);
char         *nr_submission_get_title (NrSubmission    *submission);
void          nr_submission_free     (NrSubmission     *submission);
const char   *nr_overview_status_label (NrOverview     *self,
                                      NrNormSummary    *summary);
GPtrArray    *nr_overview_norm_scale (NrOverview       *self,
                                      NrNorm           *norm);
double        nr_overview_status_fraction (NrOverview  *self,
                                      NrNormSummary    *summary);
gboolean      nr_overview_norm_asks_commitment (NrOverview    *self,
                                                const char    *norm_id);
GBytes       *nr_overview_to_csv     (NrOverview       *self);
GBytes       *nr_overview_to_long_csv (NrOverview      *self);
GBytes       *nr_overview_to_html    (NrOverview       *self);

/* nr-overview-needs.c */
GPtrArray    *nr_overview_match_needs (NrOverview      *self);
void          nr_area_match_free     (NrAreaMatch      *match);

/* One field of a record, as the overview shows it. */
typedef struct
{
  NrQuestion *field;         /* the questionnaire's */
  char *text;                /* never empty */
} NrFieldText;

/* nr-overview-records.c */
GPtrArray    *nr_overview_record_fields (NrOverview    *self,
                                      const char       *question_id,
                                      GVariant         *fields);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NrOverview, nr_overview_free)

G_END_DECLS
