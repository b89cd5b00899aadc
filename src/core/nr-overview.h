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
} NrNormSummary;

/* One submission: a state's report for one period, in a row of the matrix. */
typedef struct
{
  char *file;                /* as the user named it */
  char *state;
  char *period_start;
  char *period_end;
  char *report_id;
  GPtrArray *norms;          /* of NrNormSummary, in the questionnaire's order */
} NrSubmission;

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
void          nr_overview_sort       (NrOverview       *self);
NrSubmission *nr_submission_new_from_document (NrDocument      *document,
                                      NrQuestionnaire  *questionnaire,
                                      const char       *display_name);
void          nr_submission_free     (NrSubmission     *submission);
const char   *nr_overview_status_label (NrOverview     *self,
                                      NrNormSummary    *summary);
GBytes       *nr_overview_to_csv     (NrOverview       *self);
GBytes       *nr_overview_to_html    (NrOverview       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NrOverview, nr_overview_free)

G_END_DECLS
