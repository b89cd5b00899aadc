/* bench-gui.c: how fast the application starts, opens a filled report and
 * answers typing, under Xvfb, each beside a baseline measured in the same
 * run.
 *
 * - Cold start: launching norms-reporter until its library view's first
 *   frame, beside the smallest GTK 4 application showing a window, launched
 *   the same way.
 * - Opening a filled report (every question, 5 KB texts, 200 records) in a
 *   window, until the report's first frame is painted.
 * - Typing a burst of 300 characters into a long answer: the longest time
 *   the main loop is busy at once, saves included.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "nr-answer-editor.h"
#include "nr-bench-report.h"
#include "nr-question-widget.h"
#include "nr-report-view.h"
#include "nr-window.h"

#define N_LAUNCHES 7

#define COLD_START_TARGET_MS 400.0
#define OPEN_TARGET_MS 300.0
#define KEYSTROKE_TARGET_MS 16.0

static double
time_launch (const char * const *argv,
             char              **envp)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  int wait_status = 0;

  g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, NULL, NULL, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
  return (g_get_monotonic_time () - start) / 1000.0;
}

static double
median_launch (const char * const *argv,
               char              **envp)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));

  /* The first launch warms the disk cache, as any second start would be. */
  time_launch (argv, envp);
  for (guint i = 0; i < N_LAUNCHES; i++)
    {
      double ms = time_launch (argv, envp);
      g_array_append_val (samples, ms);
    }
  return nr_bench_percentile (samples, 0.5);
}

static void
count_paint (GdkFrameClock *clock,
             gpointer       user_data)
{
  (*(guint *) user_data)++;
}

static void
wait_for_paint (GtkWidget *widget)
{
  guint painted = 0;
  GdkFrameClock *clock;
  gulong handler;

  while (!gtk_widget_get_mapped (widget))
    g_main_context_iteration (NULL, TRUE);
  clock = gtk_widget_get_frame_clock (widget);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (count_paint), &painted);
  while (painted == 0)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);
}

static void
opened_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  int *opened = user_data;

  *opened = nr_window_open_file_finish (NR_WINDOW (source), result, NULL) ? 1 : 0;
}

/* Opens @file in @window, which reads it in a worker thread, and waits
 * until the window shows it. */
static void
open_and_wait (NrWindow *window,
               GFile    *file)
{
  int opened = -1;

  nr_window_open_file (window, file, opened_cb, &opened);
  while (opened < 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (opened, ==, 1);
}

/* Runs the main loop until it has nothing to do, returning the longest
 * single dispatch in milliseconds. */
static double
drain (void)
{
  double longest = 0;
  gboolean busy = TRUE;

  while (busy)
    {
      gint64 start = g_get_monotonic_time ();

      busy = g_main_context_iteration (NULL, FALSE);
      longest = MAX (longest, (g_get_monotonic_time () - start) / 1000.0);
    }
  return longest;
}

int
main (int   argc,
      char *argv[])
{
  const char *app_path = g_getenv ("NR_APP");
  const char *baseline_path = g_getenv ("NR_BASELINE_APP");
  g_autofree char *dir = g_dir_make_tmp ("norms-reporter-bench-XXXXXX", NULL);
  g_autofree char *config = g_build_filename (dir, "config", "glib-2.0", "settings", NULL);
  g_autofree char *keyfile = g_build_filename (config, "keyfile", NULL);
  g_autofree char *report_path = g_build_filename (dir, "filled.normsreport", NULL);
  g_autoptr(GFile) report_file = g_file_new_for_path (report_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(NrQuestionnaire) questionnaire = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  double cold_ms, baseline_ms, open_ms, keystroke_max = 0, keystroke_p95, save_max = 0;
  g_autoptr(GArray) keystrokes = g_array_new (FALSE, FALSE, sizeof (double));
  gboolean all_met = TRUE;

  g_assert_nonnull (app_path);
  g_assert_nonnull (baseline_path);

  /* A user who has said who they are, with an empty library. */
  g_assert_cmpint (g_mkdir_with_parents (config, 0700), ==, 0);
  g_assert_true (g_file_set_contents (keyfile,
                                      "[io/github/normsreporter/NormsReporter]\n"
                                      "author-name='Benchmark'\nauthor-agency='Bench'\n", -1, NULL));
  envp = g_environ_setenv (envp, "XDG_CONFIG_HOME", g_build_filename (dir, "config", NULL), TRUE);
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", g_build_filename (dir, "data", NULL), TRUE);
  envp = g_environ_setenv (envp, "GSETTINGS_BACKEND", "keyfile", TRUE);
  envp = g_environ_setenv (envp, "NR_QUIT_AFTER_FIRST_FRAME", "1", TRUE);

  {
    const char *app_argv[] = { app_path, NULL };
    const char *baseline_argv[] = { baseline_path, NULL };

    cold_ms = median_launch (app_argv, envp);
    baseline_ms = median_launch (baseline_argv, envp);
  }

  /* In process from here on. */
  questionnaire = nr_questionnaire_load_builtin (NR_QUESTIONNAIRE_DEFAULT_ID, &error);
  g_assert_no_error (error);
  {
    g_autoptr(NrReport) filled = nr_report_create (report_file, questionnaire, &error);

    g_assert_no_error (error);
    nr_bench_fill_report (filled, 5 * 1024, 200, NULL);
    nr_report_close (filled);
  }

  /* The in-process part keeps its settings in memory. */
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  gtk_init ();
  adw_init ();
  {
    g_autoptr(GtkApplication) app = GTK_APPLICATION (nr_application_new ());
    g_autoptr(GArray) opens = g_array_new (FALSE, FALSE, sizeof (double));
    NrWindow *window;
    NrReportView *view;
    GtkTextBuffer *buffer;

    g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
    g_application_register (G_APPLICATION (app), NULL, &error);
    g_assert_no_error (error);
    g_settings_set_string (nr_application_get_settings (NR_APPLICATION (app)), "author-name", "Benchmark");

    window = nr_window_new (NR_APPLICATION (app));
    gtk_window_present (GTK_WINDOW (window));
    wait_for_paint (GTK_WIDGET (window));

    for (guint i = 0; i < N_LAUNCHES; i++)
      {
        gint64 start = g_get_monotonic_time ();
        double ms;

        open_and_wait (window, report_file);
        wait_for_paint (GTK_WIDGET (window));
        ms = (g_get_monotonic_time () - start) / 1000.0;
        g_array_append_val (opens, ms);
        gtk_widget_activate_action (GTK_WIDGET (window), "win.show-library", NULL);
        drain ();
      }
    open_ms = nr_bench_percentile (opens, 0.5);

    /* A burst of typing into a long answer, with pauses for it to be saved. */
    open_and_wait (window, report_file);
    view = NR_REPORT_VIEW (nr_window_get_visible_view (window));
    nr_report_view_show_part (view, "13a");
    wait_for_paint (GTK_WIDGET (window));
    drain ();
    buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (nr_answer_editor_get_input (NR_ANSWER_EDITOR (
      nr_question_widget_get_editor (NR_QUESTION_WIDGET (nr_report_view_find_question (view, "13a.challenges")))))));
    {
      GtkTextIter end;
      gtk_text_buffer_get_end_iter (buffer, &end);
      gtk_text_buffer_place_cursor (buffer, &end);
    }
    for (guint i = 0; i < 300; i++)
      {
        gint64 start = g_get_monotonic_time ();
        double ms;

        gtk_text_buffer_begin_user_action (buffer);
        gtk_text_buffer_insert_at_cursor (buffer, i % 7 == 6 ? " " : "x", 1);
        gtk_text_buffer_end_user_action (buffer);
        ms = (g_get_monotonic_time () - start) / 1000.0;
        ms = MAX (ms, drain ());
        g_array_append_val (keystrokes, ms);
        keystroke_max = MAX (keystroke_max, ms);

        if (i % 100 == 99)
          {
            gint64 until = g_get_monotonic_time () + 700 * 1000;

            while (g_get_monotonic_time () < until)
              save_max = MAX (save_max, drain ());
          }
      }
    keystroke_p95 = nr_bench_percentile (keystrokes, 0.95);
    gtk_window_destroy (GTK_WINDOW (window));
    drain ();
  }

  g_print ("Norms Reporter window benchmark (Xvfb)\n");
  all_met &= nr_bench_report_target ("cold start to the library's first frame, median", cold_ms,
                                     COLD_START_TARGET_MS, "ms");
  g_print ("  %-52s %9.3f ms\n", "minimal GTK 4 window, same launch (baseline)", baseline_ms);
  all_met &= nr_bench_report_target ("open a filled report to its first frame, median", open_ms,
                                     OPEN_TARGET_MS, "ms");
  all_met &= nr_bench_report_target ("longest main-loop block per keystroke", keystroke_max,
                                     KEYSTROKE_TARGET_MS, "ms");
  g_print ("  %-52s %9.3f ms\n", "keystroke, 95th percentile", keystroke_p95);
  all_met &= nr_bench_report_target ("longest main-loop block while saving", save_max,
                                     KEYSTROKE_TARGET_MS, "ms");

  return all_met ? 0 : 1;
}
