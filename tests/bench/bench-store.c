/* bench-store.c: how fast an edit is committed, and how fast a filled report
 * opens, measured beside a bare SQLite insert-and-commit in the same run.
 *
 * The report is filled the way a thorough state would fill it: every
 * question answered, 5 KB texts, 200 repeatable records.  Every edit is its
 * own durable transaction (WAL, synchronous=FULL), as in the application.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "nr-core.h"

#define N_RECORDS 200
#define N_OPENS 30

/* Targets from the foundation issue; the README lists the figures. */
#define EDIT_TARGET_MS 2.0
#define OPEN_TARGET_MS 20.0

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
percentile (GArray *samples,
            double  fraction)
{
  g_array_sort (samples, compare_doubles);
  return g_array_index (samples, double, (guint) ((samples->len - 1) * fraction));
}

static char *
text_of_5kb (guint seed)
{
  GString *text = g_string_new (NULL);

  while (text->len < 5 * 1024)
    g_string_append_printf (text, "Paragraph %u: the national CSIRT and the sector regulators "
                                  "exercised the incident response plan together. ", seed++);
  return g_string_free (text, FALSE);
}

/* Times one call in milliseconds. */
#define TIMED(samples, call)                                           \
  G_STMT_START {                                                       \
    gint64 start_ = g_get_monotonic_time ();                           \
    gboolean ok_ = (call);                                             \
    double ms_ = (g_get_monotonic_time () - start_) / 1000.0;          \
    g_assert_true (ok_);                                               \
    g_array_append_val ((samples), ms_);                               \
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

/* Answers every question, timing each committed edit. */
static void
fill_report (NrReport *report,
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
      g_autofree char *text = text_of_5kb (i);

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
        default:
          TIMED (samples, nr_report_set_text (report, id, "https://example.org/answer", NULL));
          break;
        }
    }

  /* The records, spread over every list of the questionnaire. */
  for (guint r = 0; r < N_RECORDS; r++)
    {
      NrQuestion *question = record_questions->pdata[r % record_questions->len];
      g_autofree char *record_id = NULL;
      gint64 start = g_get_monotonic_time ();
      double ms;

      record_id = nr_report_add_record (report, nr_question_get_id (question),
                                        record_fields (question, r), NULL);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_assert_nonnull (record_id);
      g_array_append_val (samples, ms);
    }
}

/* The floor: one row inserted and committed, with the same durability
 * settings and a 5 KB payload, in a file of its own. */
static void
bare_sqlite (const char *dir,
             guint       n_samples,
             GArray     *samples)
{
  g_autofree char *path = g_build_filename (dir, "bare.sqlite", NULL);
  g_autofree char *payload = text_of_5kb (0);
  sqlite3_stmt *insert = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
                                     "CREATE TABLE t (id INTEGER PRIMARY KEY, value TEXT)",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "INSERT INTO t (value) VALUES (?1)", -1, &insert, NULL),
                   ==, SQLITE_OK);

  for (guint i = 0; i < n_samples; i++)
    {
      gint64 start = g_get_monotonic_time ();
      double ms;

      g_assert_cmpint (sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
      sqlite3_bind_text (insert, 1, payload, -1, SQLITE_STATIC);
      g_assert_cmpint (sqlite3_step (insert), ==, SQLITE_DONE);
      sqlite3_reset (insert);
      g_assert_cmpint (sqlite3_exec (db, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (samples, ms);
    }

  sqlite3_finalize (insert);
  sqlite3_close (db);
}

static double
open_and_complete (GFile *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrReport) report = NULL;
  GListModel *norms;
  gint64 start = g_get_monotonic_time ();
  double overall;

  report = nr_report_open (file, NULL, NR_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  overall = nr_report_get_completion (report, NULL, NULL);
  norms = nr_questionnaire_get_norms (nr_report_get_questionnaire (report));
  for (guint i = 0; i < g_list_model_get_n_items (norms); i++)
    {
      g_autoptr(NrNorm) norm = g_list_model_get_item (norms, i);
      nr_report_get_norm_completion (report, nr_norm_get_id (norm), NULL, NULL);
    }
  g_assert_cmpfloat (overall, ==, 1.0);
  nr_report_close (report);

  return (g_get_monotonic_time () - start) / 1000.0;
}

static gboolean
report_target (const char *what,
               double      value,
               double      target)
{
  gboolean met = value < target;

  g_print ("  %-48s %8.3f ms   target < %.0f ms: %s\n", what, value, target, met ? "met" : "MISSED");
  return met;
}

int
main (int   argc,
      char *argv[])
{
  const char *parent = g_getenv ("NR_BENCH_DIR");
  g_autofree char *template = g_build_filename (parent != NULL ? parent : g_get_tmp_dir (),
                                                "bench-XXXXXX", NULL);
  g_autofree char *dir = g_mkdtemp (template) != NULL ? g_strdup (template) : NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(NrQuestionnaire) questionnaire = NULL;
  g_autoptr(NrReport) report = NULL;
  g_autoptr(GArray) edits = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) opens = g_array_new (FALSE, FALSE, sizeof (double));
  gint64 start;
  double load_ms;
  gboolean all_met = TRUE;

  g_assert_nonnull (dir);
  path = g_build_filename (dir, "filled.normsreport", NULL);
  file = g_file_new_for_path (path);

  start = g_get_monotonic_time ();
  questionnaire = nr_questionnaire_load_builtin (NR_QUESTIONNAIRE_DEFAULT_ID, &error);
  load_ms = (g_get_monotonic_time () - start) / 1000.0;
  g_assert_no_error (error);

  report = nr_report_create (file, questionnaire, &error);
  g_assert_no_error (error);
  fill_report (report, edits);
  nr_report_close (report);

  bare_sqlite (dir, edits->len, bare);

  /* The first open warms the page cache, as a user's second look would be. */
  open_and_complete (file);
  for (guint i = 0; i < N_OPENS; i++)
    {
      double ms = open_and_complete (file);
      g_array_append_val (opens, ms);
    }

  g_print ("Norms Reporter store benchmark (%s)\n", dir);
  g_print ("  %u committed edits (every question, 5 KB texts, %d records); %u opens\n",
           edits->len, N_RECORDS, opens->len);
  all_met &= report_target ("edit, median", percentile (edits, 0.5), EDIT_TARGET_MS);
  g_print ("  %-48s %8.3f ms\n", "edit, 95th percentile", percentile (edits, 0.95));
  g_print ("  %-48s %8.3f ms\n", "bare SQLite insert + commit, median (baseline)", percentile (bare, 0.5));
  g_print ("  %-48s %8.2f\n", "edit median / baseline median",
           percentile (edits, 0.5) / percentile (bare, 0.5));
  all_met &= report_target ("open filled report + completion, median", percentile (opens, 0.5),
                            OPEN_TARGET_MS);
  g_print ("  %-48s %8.3f ms\n", "loading the questionnaire (once per process)", load_ms);

  g_clear_object (&report);
  {
    g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
    const char *name;

    while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
      {
        g_autofree char *child = g_build_filename (dir, name, NULL);
        g_remove (child);
      }
    g_rmdir (dir);
  }

  return all_met ? 0 : 1;
}
