/* nr-overview-private.h: what the overview's files share: reading a
 * submission's parts and writing the HTML page's. */
#pragma once

#include "nr-overview.h"

G_BEGIN_DECLS

/* Reading, in a worker thread: each takes from @answers what its view
 * needs and nothing more. */
void  nr_submission_read_needs     (NrSubmission     *submission,
                                    GHashTable       *answers,
                                    NrQuestionnaire  *questionnaire);
void  nr_submission_read_contacts  (NrSubmission     *submission,
                                    GHashTable       *answers,
                                    NrQuestionnaire  *questionnaire);
void  nr_submission_read_long_rows (NrSubmission     *submission,
                                    NrDocument       *document,
                                    NrQuestionnaire  *questionnaire);
GPtrArray *nr_submission_take_records (GHashTable     *answers,
                                    NrQuestionnaire  *questionnaire,
                                    const char       *question_id);
void  nr_long_row_free             (NrLongRow        *row);

/* The HTML page's parts. */
void  nr_html_append_escaped       (GString          *html,
                                    const char       *text);
void  nr_html_append_element       (GString          *html,
                                    const char       *element,
                                    const char       *text);
void  nr_html_append_paragraphs    (GString          *html,
                                    const char       *text);
char *nr_overview_norm_short_name  (const char       *norm_id);
void  nr_overview_append_needs_html (NrOverview      *self,
                                    GString          *html);
void  nr_overview_append_narratives_html (NrOverview *self,
                                    GString          *html);
void  nr_overview_append_contacts_html (NrOverview   *self,
                                    GString          *html);

G_END_DECLS
