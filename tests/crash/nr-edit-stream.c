/* nr-edit-stream.c: a child for the crash tests, killed at random points.
 *
 *   nr-edit-stream edits REPORT     edits long answers in turn, for ever
 *   nr-edit-stream big-edits REPORT the same with 64 KB answers, to fill a disk
 *   nr-edit-stream export REPORT OUT exports REPORT to OUT, for ever
 *   nr-edit-stream open REPORT      opens REPORT (migrating an older one)
 *   nr-edit-stream write-export REPORT OUT
 *                                    writes REPORT's export to OUT once,
 *                                    the report opened read-only
 *
 * After each edit or export the core says is done, it prints its number on
 * a line of its own and flushes: an acknowledgement the parent holds the
 * core to after killing it.
 */
#include "config.h"

#include <stdio.h>

#include "nr-core.h"

/* The long-text questions, which the edits go round. */
static GPtrArray *
long_text_questions (NrQuestionnaire *questionnaire)
{
  GListModel *questions = nr_questionnaire_get_questions (questionnaire);
  GPtrArray *ids = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(NrQuestion) question = g_list_model_get_item (questions, i);

      if (nr_question_get_kind (question) == NR_QUESTION_KIND_LONG_TEXT)
        g_ptr_array_add (ids, (gpointer) nr_question_get_id (question));
    }
  return ids;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(NrReport) report = NULL;

  if (argc < 3)
    return 2;
  file = g_file_new_for_path (argv[2]);
  /* Started: the parent times its kill from here, so that it falls inside
   * the opening, not inside the start of the process. */
  if (g_str_equal (argv[1], "open"))
    {
      printf ("0\n");
      fflush (stdout);
    }
  report = nr_report_open (file, NULL, g_str_equal (argv[1], "write-export") ? NR_STORE_OPEN_READ_ONLY
                                                                            : NR_STORE_OPEN_DEFAULT, &error);
  if (report == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  if (g_str_equal (argv[1], "open"))
    {
      printf ("1\n");
      return 0;
    }
  if (g_str_equal (argv[1], "edits") || g_str_equal (argv[1], "big-edits"))
    {
      g_autoptr(GPtrArray) ids = long_text_questions (nr_report_get_questionnaire (report));
      gsize padding = g_str_equal (argv[1], "big-edits") ? 64 * 1024 : 0;

      for (guint64 i = 1;; i++)
        {
          g_autofree char *filler = g_strnfill (padding, 'x');
          g_autofree char *text = g_strdup_printf ("edit %" G_GUINT64_FORMAT " %s", i, filler);

          if (!nr_report_set_text (report, ids->pdata[i % ids->len], text, &error))
            {
              g_printerr ("%s\n", error->message);
              return 1;
            }
          printf ("%" G_GUINT64_FORMAT "\n", i);
          fflush (stdout);
        }
    }
  else if (g_str_equal (argv[1], "export") && argc == 4)
    {
      g_autoptr(GFile) out = g_file_new_for_path (argv[3]);

      for (guint64 i = 1;; i++)
        {
          if (!nr_report_export (report, out, NULL, &error))
            {
              g_printerr ("%s\n", error->message);
              return 1;
            }
          printf ("%" G_GUINT64_FORMAT "\n", i);
          fflush (stdout);
        }
    }
  else if (g_str_equal (argv[1], "write-export") && argc == 4)
    {
      g_autoptr(GFile) out = g_file_new_for_path (argv[3]);
      g_autoptr(GBytes) xml = nr_report_export_xml (report, NULL, NULL, NULL, &error);

      if (xml == NULL || !nr_write_file_privately (out, xml, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      printf ("1\n");
      return 0;
    }
  return 2;
}
