/* nr-office-private.h: what the Word and OpenDocument writers share: the
 * walk over a document, the XML text helper and the package. */
#pragma once

#include "nr-document.h"

G_BEGIN_DECLS

/* The paragraph styles of a word-processing document, each a named style in
 * the file, so that a reader restyles a whole kind of paragraph at once and
 * the navigator shows the headings. */
typedef enum
{
  NR_OFFICE_TITLE,
  NR_OFFICE_HEADING_1,      /* a section, the summary, the orphaned answers */
  NR_OFFICE_HEADING_2,      /* a norm */
  NR_OFFICE_HEADING_3,      /* a question */
  NR_OFFICE_BODY,           /* an answer, a field of a record */
  NR_OFFICE_NOTE,           /* what the report says of itself: "Not answered" */
  NR_OFFICE_RECORD_TITLE,   /* the first line of a record's block */
  NR_OFFICE_N_STYLES
} NrOfficeStyle;

#define NR_OFFICE_MAX_COLUMNS 4

/* A table: the first row is the header, repeated on each page. */
typedef struct
{
  guint n_columns;
  double widths[NR_OFFICE_MAX_COLUMNS];   /* shares of the text's width */
  GPtrArray *rows;                        /* of GStrv */
} NrOfficeTable;

typedef struct _NrOfficeSink NrOfficeSink;

/* Where the walk writes: a format appends each paragraph and table to
 * @body as its XML. */
struct _NrOfficeSink
{
  GString *body;
  guint n_tables;
  /* @label, if given, is printed bold before @text; @text holds no line
   * breaks (the walk makes a paragraph of each line). */
  void (*paragraph) (NrOfficeSink *sink,
                     NrOfficeStyle style,
                     gboolean      page_break,
                     const char   *label,
                     const char   *text);
  void (*table)     (NrOfficeSink        *sink,
                     const NrOfficeTable *table);
};

/* What every page and the document's properties say. */
typedef struct
{
  char *title;
  const char *marking;
  char *author;             /* the preparing agency */
  char *language;           /* BCP 47, or NULL */
  char *created;            /* ISO 8601, or NULL */
  /* "Page N of M" around its two numbers, which are fields in the file. */
  char *page_parts[3];
} NrOfficeFacts;

/* nr-office-writer.c */
void     nr_office_write_document (NrOfficeSink    *sink,
                                   NrDocument      *document,
                                   NrQuestionnaire *questionnaire);
void     nr_office_facts_init     (NrOfficeFacts   *facts,
                                   NrDocument      *document,
                                   NrQuestionnaire *questionnaire);
void     nr_office_facts_clear    (NrOfficeFacts   *facts);

/* Which of a word processor's three language settings a language's text
 * falls under: Thai, Khmer, Lao and Burmese are complex scripts to Word and
 * LibreOffice alike, Chinese, Japanese and Korean Asian ones. */
typedef enum
{
  NR_OFFICE_SCRIPTS_WESTERN,
  NR_OFFICE_SCRIPTS_ASIAN,
  NR_OFFICE_SCRIPTS_COMPLEX,
} NrOfficeScripts;

/* nr-office-xml.c */
NrOfficeScripts nr_office_language_scripts (const char *tag);
void     nr_office_append_text    (GString    *xml,
                                   const char *text);
void     nr_office_split_language (const char *tag,
                                   char      **language,
                                   char      **script,
                                   char      **country);

/* nr-office-package.c */
typedef struct
{
  const char *name;
  GString *contents;
  gboolean stored;          /* uncompressed, as ODF's mimetype must be */
} NrOfficePart;

GBytes  *nr_office_package        (const NrOfficePart *parts,
                                   guint               n_parts,
                                   const char         *modified,
                                   GError            **error);

/* nr-docx.c and nr-odt.c */
GBytes  *nr_docx_write            (NrDocument       *document,
                                   NrQuestionnaire  *questionnaire,
                                   GError          **error);
GBytes  *nr_odt_write             (NrDocument       *document,
                                   NrQuestionnaire  *questionnaire,
                                   GError          **error);

G_END_DECLS
