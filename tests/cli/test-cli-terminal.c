/* test-cli-terminal.c: no text from a report file acts on the terminal
 * that info, diff or merge print it to. */
#include "config.h"

#include <sqlite3.h>

#include "nr-core.h"
#include "nr-test-cli.h"
#include "nr-test-util.h"

/* Changes a report file the way a file from elsewhere may come: with
 * anything in its texts. */
static void
plant (const char *report_path,
       const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (report_path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

static void
assert_no_control (const char *what,
                   const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\033' || *p == '\007')
        g_error ("%s lets a control character through:\n%s", what, text);
    }
  g_assert_null (strstr (text, "\xc2\x9b"));
  g_assert_null (strstr (text, "\xe2\x80\xae"));
}

/* Texts from a report file never reach the terminal with the escape
 * sequences in them: no new window title, no cleared screen. */
static void
test_terminal_escapes_shown_not_obeyed (void)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *focal_path = NULL;
  g_autofree char *sent = NULL;
  g_autofree char *back = NULL;
  g_auto(NrTestRun) info = { 0 };
  g_auto(NrTestRun) diff = { 0 };
  g_auto(NrTestRun) merge = { 0 };

  nr_test_make_conflicting_contribution (dir, &focal_path, &sent, &back);
  plant (focal_path,
         "INSERT OR REPLACE INTO meta (key, value)"
         "  VALUES ('preparing-agency', 'BSSN' || char(27) || ']0;pwned' || char(7));"
         "UPDATE answer SET value = '''Ours' || char(27) || '[2J' || char(8238) || char(155) || '''',"
         "  author = 'Maria' || char(27) || '[2J', agency = 'DICT' || char(8238)"
         "  WHERE question_id = '13h.challenges';"
         "UPDATE history SET author = 'Maria' || char(27) || '[2J' WHERE target = '13h.challenges';"
         "INSERT INTO answer (question_id, value, classification, modified)"
         "  VALUES ('old.question' || char(27) || '[2J', '''Gone' || char(27) || ']0;pwned' || char(7) || '''',"
         "          'internal', '2025-11-30T09:00:00Z');");

  nr_test_run_cli (&info, NULL, NULL, "info", focal_path, NULL);
  g_assert_cmpint (info.status, ==, 0);
  nr_test_assert_contains (nr_test_run_out (&info), "BSSN\\x1b]0;pwned\\x07");
  nr_test_assert_contains (nr_test_run_out (&info), "old.question\\x1b[2J");
  assert_no_control ("info", nr_test_run_out (&info));

  nr_test_run_cli (&diff, NULL, NULL, "diff", sent, focal_path, NULL);
  g_assert_cmpint (diff.status, ==, 0);
  nr_test_assert_contains (nr_test_run_out (&diff), "Ours\\x1b[2J\\u202e\\x9b");
  assert_no_control ("diff", nr_test_run_out (&diff));

  nr_test_run_cli (&merge, NULL, NULL, "merge", focal_path, back, NULL);
  g_assert_cmpint (merge.status, ==, 3);
  nr_test_assert_contains (merge.err, "Maria\\x1b[2J");
  assert_no_control ("merge", merge.err);
  assert_no_control ("merge", nr_test_run_out (&merge));

  nr_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  nr_test_init (&argc, &argv);

  g_test_add_func ("/cli-terminal/escapes-shown-not-obeyed", test_terminal_escapes_shown_not_obeyed);

  return g_test_run ();
}
