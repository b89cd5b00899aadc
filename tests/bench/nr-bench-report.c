/* nr-bench-report.c: reports filled for benchmarks, and how figures are
 * reported. */
#include "config.h"

#include <glib/gstdio.h>

#include "nr-bench-report.h"

static char *
text_of_size (guint seed,
              gsize size)
{
  GString *text = g_string_new (NULL);

  while (text->len < size)
    g_string_append_printf (text, "Paragraph %u: the national CSIRT and the sector regulators "
                                  "exercised the incident response plan together. ", seed++);
  return g_string_free (text, FALSE);
}

/* Runs one edit, timing it in milliseconds when @samples is given. */
#define TIMED(samples, call)                                           \
  G_STMT_START {                                                       \
    gint64 start_ = g_get_monotonic_time ();                           \
    gboolean ok_ = (call);                                             \
    double ms_ = (g_get_monotonic_time () - start_) / 1000.0;          \
    g_assert_true (ok_);                                               \
    if ((samples) != NULL)                                             \
      g_array_append_val ((samples), ms_);                             \
  } G_STMT_END

static GVariant *
record_fields (NrQuestion *question,
               guint       n)
{
  GListModel *fields = nr_question_get_fields (question);
  GVariantDict dict;

  g_variant_dict_init (&dict, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (fields); i++)
    {
      g_autoptr(NrQuestion) field = g_list_model_get_item (fields, i);
      g_autoptr(NrChoice) first = NULL;
      g_autofree char *text = g_strdup_printf ("Record %u, %s", n, nr_question_get_id (field));

      switch (nr_question_get_kind (field))
        {
        case NR_QUESTION_KIND_SINGLE_CHOICE:
          first = g_list_model_get_item (nr_question_get_choices (field), 0);
          g_variant_dict_insert (&dict, nr_question_get_id (field), "s", nr_choice_get_value (first));
          break;
        case NR_QUESTION_KIND_MULTIPLE_CHOICE:
          {
            const char *one[2] = { NULL, NULL };
            first = g_list_model_get_item (nr_question_get_choices (field), 0);
            one[0] = nr_choice_get_value (first);
            g_variant_dict_insert_value (&dict, nr_question_get_id (field), g_variant_new_strv (one, 1));
          }
          break;
        case NR_QUESTION_KIND_DATE:
          g_variant_dict_insert (&dict, nr_question_get_id (field), "s", "2025-03-31");
          break;
        case NR_QUESTION_KIND_TEXT_LIST:
        case NR_QUESTION_KIND_LINK_LIST:
          {
            g_autofree char *link = g_strdup_printf ("https://example.org/records/%u", n);
            const char *one[] = { nr_question_get_kind (field) == NR_QUESTION_KIND_LINK_LIST ? link : text,
                                  NULL };

            g_variant_dict_insert_value (&dict, nr_question_get_id (field), g_variant_new_strv (one, 1));
          }
          break;
        case NR_QUESTION_KIND_SHORT_TEXT:
        case NR_QUESTION_KIND_LONG_TEXT:
        case NR_QUESTION_KIND_URL:
        case NR_QUESTION_KIND_EMAIL:
        case NR_QUESTION_KIND_CHECKLIST:
        case NR_QUESTION_KIND_RECORDS:
        default:
          g_variant_dict_insert (&dict, nr_question_get_id (field), "s", text);
          break;
        }
    }
  return g_variant_dict_end (&dict);
}

/**
 * nr_bench_fill_report:
 * @text_size: the length of each long text
 * @n_records: how many records, spread over every list
 * @samples: (nullable): where to add the time of each committed edit, in ms
 *
 * Answers every question of the report's questionnaire.
 */
void
nr_bench_fill_report (NrReport *report,
                      gsize     text_size,
                      guint     n_records,
                      GArray   *samples)
{
  GListModel *questions = nr_questionnaire_get_questions (nr_report_get_questionnaire (report));
  g_autoptr(GPtrArray) record_questions = g_ptr_array_new ();
  guint n = g_list_model_get_n_items (questions);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NrQuestion) question = g_list_model_get_item (questions, i);
      const char *id = nr_question_get_id (question);
      GListModel *choices = nr_question_get_choices (question);
      GListModel *items = nr_question_get_items (question);
      g_autofree char *text = text_of_size (i, text_size);

      switch (nr_question_get_kind (question))
        {
        case NR_QUESTION_KIND_SINGLE_CHOICE:
          {
            g_autoptr(NrChoice) choice = g_list_model_get_item (choices, 0);
            TIMED (samples, nr_report_set_text (report, id, nr_choice_get_value (choice), NULL));
          }
          break;
        case NR_QUESTION_KIND_MULTIPLE_CHOICE:
          {
            g_autoptr(NrChoice) choice = g_list_model_get_item (choices, 0);
            const char *values[] = { nr_choice_get_value (choice), NULL };
            TIMED (samples, nr_report_set_choices (report, id, values, NULL));
          }
          break;
        case NR_QUESTION_KIND_CHECKLIST:
          for (guint j = 0; j < g_list_model_get_n_items (items); j++)
            {
              g_autoptr(NrChoice) item = g_list_model_get_item (items, j);
              TIMED (samples, nr_report_set_checklist_status (report, id, nr_choice_get_value (item),
                                                              "done", NULL));
            }
          break;
        case NR_QUESTION_KIND_LONG_TEXT:
          TIMED (samples, nr_report_set_text (report, id, text, NULL));
          break;
        case NR_QUESTION_KIND_DATE:
          TIMED (samples, nr_report_set_text (report, id, "2025-06-30", NULL));
          break;
        case NR_QUESTION_KIND_RECORDS:
          g_ptr_array_add (record_questions, (gpointer) question);
          break;
        case NR_QUESTION_KIND_SHORT_TEXT:
        case NR_QUESTION_KIND_URL:
        case NR_QUESTION_KIND_EMAIL:
        case NR_QUESTION_KIND_TEXT_LIST:
        case NR_QUESTION_KIND_LINK_LIST:
        default:
          TIMED (samples, nr_report_set_text (report, id, "https://example.org/answer", NULL));
          break;
        }
    }

  /* The records, spread over every list of the questionnaire. */
  for (guint r = 0; r < n_records; r++)
    {
      NrQuestion *question = record_questions->pdata[r % record_questions->len];
      g_autofree char *record_id = NULL;
      gint64 start = g_get_monotonic_time ();
      double ms;

      record_id = nr_report_add_record (report, nr_question_get_id (question),
                                        record_fields (question, r), NULL);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_assert_nonnull (record_id);
      if (samples != NULL)
        g_array_append_val (samples, ms);
    }
}


static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The sample at @fraction of the sorted samples: 0.5 for the median. */
double
nr_bench_percentile (GArray *samples,
                     double  fraction)
{
  g_array_sort (samples, compare_doubles);
  return g_array_index (samples, double, (guint) ((samples->len - 1) * fraction));
}

/* Prints a figure beside its target and says whether the target is met. */
gboolean
nr_bench_report_target (const char *what,
                        double      value,
                        double      target,
                        const char *unit)
{
  gboolean met = value < target;

  g_print ("  %-52s %9.3f %s   target < %g %s: %s\n", what, value, unit, target, unit,
           met ? "met" : "MISSED");
  return met;
}

char *
nr_bench_text (guint seed,
               gsize size)
{
  return text_of_size (seed, size);
}

/* A private folder for one benchmark's files, under NR_BENCH_DIR (the
 * build tree) or the temporary folder. */
char *
nr_bench_make_dir (void)
{
  const char *parent = g_getenv ("NR_BENCH_DIR");
  g_autofree char *template = g_build_filename (parent != NULL ? parent : g_get_tmp_dir (),
                                                "bench-XXXXXX", NULL);

  g_assert_nonnull (g_mkdtemp (template));
  return g_steal_pointer (&template);
}

/* Removes @dir and everything in it. */
void
nr_bench_remove_dir (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        nr_bench_remove_dir (child);
      else
        g_remove (child);
    }
  g_rmdir (dir);
}

/* A new report @name in @dir, filled by nr_bench_fill_report(). */
NrReport *
nr_bench_create_filled_report (const char *dir,
                               const char *name,
                               gsize       text_size,
                               guint       n_records)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrQuestionnaire) questionnaire = nr_questionnaire_load_builtin (NR_QUESTIONNAIRE_DEFAULT_ID,
                                                                            &error);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  NrReport *report = nr_report_create (file, questionnaire, &error);

  g_assert_no_error (error);
  nr_bench_fill_report (report, text_size, n_records, NULL);
  return report;
}
