/* nr-document-format.c: a document printed to the file format asked for.
 *
 * The PDF, the Word file and the OpenDocument text are drawn from the same
 * document, what an export with the same profile holds, so none can hold
 * an answer the others keep back.
 */
#include "config.h"

#include "nr-document-format.h"
#include "nr-office-private.h"
#include "nr-render.h"
#include "nr-render-private.h"

static const char *extensions[] = {
  [NR_DOCUMENT_FORMAT_PDF] = "pdf",
  [NR_DOCUMENT_FORMAT_DOCX] = "docx",
  [NR_DOCUMENT_FORMAT_ODT] = "odt",
};

/**
 * nr_document_format_for_name:
 * @filename: a file's name or path
 * @format: (out): the format its extension names
 *
 * Returns: whether the name ends in .pdf, .docx or .odt, in any case.
 */
gboolean
nr_document_format_for_name (const char       *filename,
                             NrDocumentFormat *format)
{
  const char *dot = strrchr (filename, '.');

  if (dot == NULL || strchr (dot, G_DIR_SEPARATOR) != NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
    {
      if (g_ascii_strcasecmp (dot + 1, extensions[i]) == 0)
        {
          *format = (NrDocumentFormat) i;
          return TRUE;
        }
    }
  return FALSE;
}

const char *
nr_document_format_get_extension (NrDocumentFormat format)
{
  g_return_val_if_fail ((guint) format < G_N_ELEMENTS (extensions), NULL);
  return extensions[format];
}

/**
 * nr_document_render:
 *
 * Returns: (transfer full): @document in @format, or %NULL with @error set.
 */
GBytes *
nr_document_render (NrDocument        *document,
                    NrQuestionnaire   *questionnaire,
                    NrDocumentFormat   format,
                    GError           **error)
{
  return nr_document_render_in (document, questionnaire, format, NULL, error);
}

/* A Word or OpenDocument file worded as its PDF would be: in @language, or
 * the answers' language where the program is translated into it, in this
 * thread only. */
static GBytes *
write_office_in (NrDocument        *document,
                 NrQuestionnaire   *questionnaire,
                 NrDocumentFormat   format,
                 const char        *language,
                 GError           **error)
{
  g_autoptr(NrCatalogue) catalogue = nr_render_catalogue_for (language != NULL ? language : document->language);
  g_autoptr(NrQuestionnaire) worded = nr_render_questionnaire_in (questionnaire, catalogue);
  NrCatalogue *previous = nr_i18n_swap_thread_catalogue (catalogue != NULL ? nr_catalogue_ref (catalogue) : NULL);
  GBytes *bytes = format == NR_DOCUMENT_FORMAT_DOCX ? nr_docx_write (document, worded, error)
                                                    : nr_odt_write (document, worded, error);

  previous = nr_i18n_swap_thread_catalogue (previous);
  g_clear_pointer (&previous, nr_catalogue_unref);
  return bytes;
}

/**
 * nr_document_render_in:
 * @language: (nullable): the language of a PDF's headings and labels, as
 *   for nr_document_render_pdf_in(); %NULL for the answers' own
 *
 * Like nr_document_render(), every format worded alike.
 */
GBytes *
nr_document_render_in (NrDocument        *document,
                       NrQuestionnaire   *questionnaire,
                       NrDocumentFormat   format,
                       const char        *language,
                       GError           **error)
{
  g_return_val_if_fail (document != NULL, NULL);
  g_return_val_if_fail (NR_IS_QUESTIONNAIRE (questionnaire), NULL);

  switch (format)
    {
    case NR_DOCUMENT_FORMAT_DOCX:
    case NR_DOCUMENT_FORMAT_ODT:
      return write_office_in (document, questionnaire, format, language, error);
    case NR_DOCUMENT_FORMAT_PDF:
    default:
      return nr_document_render_pdf_in (document, questionnaire, language, error);
    }
}

/**
 * nr_report_render:
 * @file: where to write; an existing file is replaced only once the new one
 *   is complete
 * @options: (nullable): what to print, as for export; %NULL for everything
 *
 * Prints the report to a file of @format, holding exactly what an export
 * with the same options would hold.  The file is written atomically with
 * mode 0600.
 */
gboolean
nr_report_render (NrReport               *report,
                  GFile                  *file,
                  NrDocumentFormat        format,
                  const NrExportOptions  *options,
                  GError                **error)
{
  g_autoptr(NrDocument) document = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (NR_IS_REPORT (report), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  document = nr_report_to_document (report, options, error);
  if (document == NULL)
    return FALSE;
  bytes = nr_document_render (document, nr_report_get_questionnaire (report), format, error);
  if (bytes == NULL)
    return FALSE;
  return nr_write_file_privately (file, bytes, error);
}
