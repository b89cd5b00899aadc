/* fuzz-import.c: libFuzzer target for reading interchange XML, as import,
 * validate and aggregate read it: parse, then check against the
 * questionnaire, then summarise. */
#include "config.h"

#include "nr-core.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static NrQuestionnaire *questionnaire;
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(NrDocument) document = NULL;

  if (questionnaire == NULL)
    questionnaire = nr_questionnaire_load_builtin (NR_QUESTIONNAIRE_DEFAULT_ID, NULL);

  document = nr_document_parse (bytes, "fuzz.xml", &error);
  if (document == NULL)
    return 0;
  if (nr_document_check (document, "fuzz.xml", &error))
    {
      NrSubmission *submission = nr_submission_new_from_document (document, questionnaire, "fuzz.xml", TRUE);

      nr_submission_free (submission);
    }
  return 0;
}
