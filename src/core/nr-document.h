/* nr-document.h: a report as it travels: the content of one interchange XML
 * file, independent of any report file. */
#pragma once

#include <gio/gio.h>

#include "nr-questionnaire.h"
#include "nr-types.h"

G_BEGIN_DECLS

/* The interchange format written, and the first, which is still read. */
#define NR_REPORT_NAMESPACE   "urn:normsreporter:report:2"
#define NR_REPORT_SCHEMA      "report-2.xsd"
#define NR_REPORT_NAMESPACE_1 "urn:normsreporter:report:1"
#define NR_REPORT_SCHEMA_1    "report-1.xsd"

/* The questionnaire asks 86 questions, each answered once; answers to
 * questions of older questionnaires come on top.  No report comes near
 * this many. */
#define NR_DOCUMENT_MAX_ANSWERS 1000
/* Records of all lists together: a thorough report has 200, each of them
 * 17 elements and attributes in the file, so that this many fit within
 * NR_XML_MAX_ELEMENTS. */
#define NR_DOCUMENT_MAX_RECORDS 2000

typedef struct
{
  char *id;
  double position;
  GVariant *fields;          /* a{sv} */
  NrProvenance provenance;
} NrDocumentRecord;

typedef struct
{
  char *question_id;
  NrClassification classification;
  gboolean orphaned;
  GVariant *value;           /* NULL for record lists and unanswered questions */
  GPtrArray *records;        /* of NrDocumentRecord, in order */
  NrProvenance provenance;
} NrDocumentAnswer;

typedef struct
{
  char *norm_id;
  NrReviewState state;
  char *cleared_by;
  NrProvenance provenance;
} NrDocumentReview;

typedef struct
{
  char *questionnaire_id;
  char *questionnaire_version;
  char *state;
  char *period_start;
  char *period_end;
  char *language;
  char *preparing_agency;

  char *report_id;
  char *revision_id;
  char *based_on;
  char *generator;
  char *generator_version;
  char *exported;
  NrExportProfile profile;
  /* A contribution covers only these; both NULL for a whole report. */
  GStrv scope_sections;
  GStrv scope_norms;

  GPtrArray *answers;        /* of NrDocumentAnswer, in canonical order */
  GPtrArray *reviews;        /* of NrDocumentReview, in norm order */
} NrDocument;

NrDocument       *nr_document_new            (void);
void              nr_document_free           (NrDocument       *self);
NrDocumentAnswer *nr_document_add_answer     (NrDocument       *self,
                                              const char       *question_id);
NrDocumentRecord *nr_document_answer_add_record (NrDocumentAnswer *answer,
                                              const char       *record_id);
NrDocumentReview *nr_document_add_review     (NrDocument       *self,
                                              const char       *norm_id);
gboolean          nr_document_covers         (NrDocument       *self,
                                              const char       *section_id,
                                              const char       *norm_id);
gboolean          nr_document_covers_question (NrDocument     *self,
                                              NrQuestionnaire *questionnaire,
                                              NrQuestion     *question);
void              nr_provenance_clear        (NrProvenance     *provenance);
void              nr_provenance_set          (NrProvenance     *provenance,
                                              const char       *author,
                                              const char       *agency,
                                              const char       *modified);

/* nr-document-writer.c and nr-document-reader.c */
char             *nr_document_to_xml         (NrDocument       *self,
                                              NrQuestionnaire  *questionnaire,
                                              gsize            *length);
NrDocument       *nr_document_parse          (GBytes           *bytes,
                                              const char       *display_name,
                                              GError          **error);
NrDocument       *nr_document_load           (GFile            *file,
                                              GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NrDocument, nr_document_free)

G_END_DECLS
