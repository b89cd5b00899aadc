/* fuzz-questionnaire.c: libFuzzer target for the questionnaire loader.
 * Whatever the bytes, the loader returns a questionnaire or an error, and
 * neither crashes nor leaks. */
#include "config.h"

#include "nr-core.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(NrQuestionnaire) questionnaire = nr_questionnaire_new_from_bytes (bytes, "fuzz.xml", &error);

  g_assert ((questionnaire == NULL) != (error == NULL));
  return 0;
}
