/* test-cli-usage.c: a command line used wrongly exits with status 2, says
 * what is wrong naming the option, and writes nothing; what a command
 * accepts, an export holds and validate accepts. */
#include "config.h"

#include <glib/gstdio.h>

#include "nr-test-cli.h"
#include "nr-test-util.h"

/* Up to this many words on a command line below. */
#define MAX_ARGS 10

typedef struct
{
  /* "@R" stands for the fixture report, "@D/NAME" for NAME in the test's
   * folder, "@LONG" for a name one character too long. */
  const char *args[MAX_ARGS];
  int status;
  const char *message;
} UsageCase;

/* new: every detail is checked before the file is created. */
static const UsageCase new_cases[] = {
  { { "new", "@D/n.normsreport", "--state" }, 2, "Missing argument for --state" },
  { { "new", "@D/n.normsreport", "--state", "" }, 2, "--state takes the two capital letters" },
  { { "new", "@D/n.normsreport", "--state", "id" }, 2, "--state takes the two capital letters" },
  { { "new", "@D/n.normsreport", "--state", "IDN" }, 2, "not “IDN”" },
  { { "new", "@D/n.normsreport", "--language", "EN" }, 2, "--language takes a language code" },
  { { "new", "@D/n.normsreport", "--language", "english" }, 2, "not “english”" },
  { { "new", "@D/n.normsreport", "--language", "en\n" }, 2, "--language takes a language code" },
  { { "new", "@D/n.normsreport", "--period-start", "2025-02-30" }, 2, "--period-start takes a date" },
  { { "new", "@D/n.normsreport", "--period-end", "2025-6-30" }, 2, "--period-end takes a date" },
  { { "new", "@D/n.normsreport", "--period-start", " 202-01-01" }, 2, "--period-start takes a date" },
  { { "new", "@D/n.normsreport", "--period-start", "2025-12-31", "--period-end", "2025-01-01" }, 2,
    "--period-end (2025-01-01) is before --period-start (2025-12-31)" },
  { { "new", "@D/n.normsreport", "--agency", "" }, 2, "--agency takes a name of 1 to 256 characters" },
  { { "new", "@D/n.normsreport", "--agency", "   " }, 2, "--agency takes a name" },
  { { "new", "@D/n.normsreport", "--agency", "@LONG" }, 2, "--agency takes a name" },
  { { "new", "@D/n.normsreport", "--agency", "BSSN\x01" }, 2, "without control characters" },
  { { "new", "@D/n.normsreport", "--questionnaire", "un-norms-2099" }, 2,
    "--questionnaire takes one of un-norms-2015, not “un-norms-2099”" },
  { { "new" }, 2, "name exactly one file to create" },
  { { "new", "@D/n.normsreport", "@D/m.normsreport" }, 2, "name exactly one file to create" },
  { { "new", "" }, 2, "argument 1 is empty" },
  { { "new", "-" }, 2, "a report file cannot be standard input or output" },
  { { NULL } },
};

/* export: a contribution names parts the questionnaire has. */
static const UsageCase export_cases[] = {
  { { "export", "@R", "@D/o.xml", "--norms", "13z" }, 2, "--norms: the questionnaire has no norm “13z”; its norms are 13a," },
  { { "export", "@R", "@D/o.xml", "--norms", "," }, 2, "--norms names no norm" },
  { { "export", "@R", "@D/o.xml", "--norms", "" }, 2, "--norms names no norm" },
  { { "export", "@R", "@D/o.xml", "--sections", "nope" }, 2, "--sections: the questionnaire has no section “nope”" },
  { { "export", "@R", "@D/o.xml", "--sections", " , " }, 2, "--sections names no section" },
  { { "export", "@R", "@D/o.xml", "--norms", "13a", "--sections", "" }, 2, "--sections names no section" },
  { { "export", "@R", "@D/o.xml", "--for", "" }, 2, "--for takes a name" },
  { { "export", "@R", "@D/o.xml", "--for", "Polri", "--norms", "13d" }, 2, "use --for, or --norms and --sections, not both" },
  { { "export", "@R", "@D/o.xml", "--profile", "secret" }, 2, "--profile takes full, workshop or public, not “secret”" },
  { { "export" }, 2, "name one report, and optionally where to write" },
  { { "export", "@R", "@D/o.xml", "@D/p.xml" }, 2, "name one report, and optionally where to write" },
  { { "export", "-" }, 2, "a report file cannot be standard input or output" },
  /* The command line is right; the report has nothing assigned to them. */
  { { "export", "@R", "@D/o.xml", "--for", "Kominfo" }, 1, "nothing in “" },
  { { NULL } },
};

/* assign: an empty list would remove the assignment. */
static const UsageCase assign_cases[] = {
  { { "assign", "@R", "Polri", "--norms", "13z" }, 2, "--norms: the questionnaire has no norm “13z”" },
  { { "assign", "@R", "Polri", "--norms", "" }, 2, "--norms names no norm" },
  { { "assign", "@R", "Polri", "--sections", "," }, 2, "--sections names no section" },
  { { "assign", "@R", "Polri", "--sections", "cbms,nope" }, 2, "no section “nope”" },
  { { "assign", "@R", "", "--norms", "13a" }, 2, "argument 2 is empty" },
  { { "assign", "@R", "@LONG", "--norms", "13a" }, 2, "AGENCY takes a name of 1 to 256 characters" },
  { { "assign", "@R" }, 2, "name the report and the agency" },
  { { "assign", "@R", "Polri", "Kominfo" }, 2, "name the report and the agency" },
  { { "assign", "-", "Polri", "--norms", "13a" }, 2, "a report file cannot be standard input or output" },
  { { NULL } },
};

/* Every other command counts its files the same way. */
static const UsageCase operand_cases[] = {
  { { "import" }, 2, "name the XML file and the report to create" },
  { { "import", "@D/in.xml" }, 2, "name the XML file and the report to create" },
  { { "import", "@D/in.xml", "-" }, 2, "a report file cannot be standard input or output" },
  { { "import", "", "@D/i.normsreport" }, 2, "argument 1 is empty" },
  { { "validate" }, 2, "name at least one file" },
  { { "validate", "" }, 2, "argument 1 is empty" },
  { { "render", "@R" }, 2, "name one report or submission, and the file to write (.pdf, .docx or .odt)" },
  { { "render", "@R", "@D/o.pdf", "--profile", "secret" }, 2, "--profile takes full, workshop or public" },
  { { "aggregate", "@D/in.xml" }, 2, "--csv, --long-csv or --html" },
  { { "aggregate", "--csv", "@D/o.csv" }, 2, "name at least one submission" },
  { { "aggregate", "@D/in.xml", "--csv", "" }, 2, "--csv, --long-csv and --html take a file name" },
  { { "merge", "@R" }, 2, "name the report and the contribution" },
  { { "merge", "@R", "@D/in.xml", "--prefer", "mine" }, 2, "--prefer takes ours or theirs, not “mine”" },
  { { "merge", "-", "@D/in.xml" }, 2, "a report file cannot be standard input or output" },
  { { "info" }, 2, "name exactly one report" },
  { { "info", "@R", "@R" }, 2, "name exactly one report" },
  { { "diff", "@R" }, 2, "name the older and the newer report" },
  { { "diff", "@R", "" }, 2, "argument 2 is empty" },
  /* An option before the command would be lost. */
  { { "--quiet", "validate", "@D/in.xml" }, 2, "“--quiet” goes after the command" },
  { { NULL } },
};

typedef struct
{
  char *dir;
  char *report;
  char *long_name;
} Fixture;

/* Fails the test, showing what the command said, unless it succeeded. */
static void
assert_succeeded (const NrCliRun *run,
                  const char     *what)
{
  if (run->status != 0)
    g_error ("%s exited with %d: %s", what, run->status, run->err);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_auto(NrCliRun) created = { 0 };
  g_auto(NrCliRun) assigned = { 0 };

  fixture->dir = nr_test_make_tmpdir ();
  fixture->report = g_build_filename (fixture->dir, "id-2025.normsreport", NULL);
  fixture->long_name = g_strnfill (257, 'x');
  nr_cli_run (&created, "new", fixture->report, "--state", "ID", "--language", "id", "--agency", "BSSN",
              "--period-start", "2025-01-01", "--period-end", "2025-12-31", NULL);
  assert_succeeded (&created, "new");
  nr_cli_run (&assigned, "assign", fixture->report, "Polri", "--norms", "13d", NULL);
  assert_succeeded (&assigned, "assign");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  nr_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->report);
  g_free (fixture->long_name);
}

/* The names in @dir, sorted and joined, to see that nothing was added. */
static char *
list_folder (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static char *
expand (const Fixture *fixture,
        const char    *arg)
{
  if (g_str_equal (arg, "@R"))
    return g_strdup (fixture->report);
  if (g_str_equal (arg, "@LONG"))
    return g_strdup (fixture->long_name);
  if (g_str_has_prefix (arg, "@D/"))
    return g_build_filename (fixture->dir, arg + 3, NULL);
  return g_strdup (arg);
}

/* Runs each command line of the table @data, which ends with an empty one. */
static void
test_usage_errors (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *before = list_folder (fixture->dir);
  g_autofree char *report_digest = nr_test_file_digest (fixture->report);

  for (const UsageCase *usage = data; usage->args[0] != NULL; usage++)
    {
      g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
      g_auto(NrCliRun) run = { 0 };
      g_autofree char *after = NULL;
      g_autofree char *digest = NULL;
      g_autofree char *joined = NULL;

      for (guint a = 0; a < MAX_ARGS && usage->args[a] != NULL; a++)
        g_ptr_array_add (args, expand (fixture, usage->args[a]));
      g_ptr_array_add (args, NULL);
      joined = g_strjoinv (" ", (char **) args->pdata);
      g_test_message ("norms-reporter-cli %s", joined);

      nr_cli_run_argv (&run, (const char * const *) args->pdata);
      if (run.status != usage->status)
        g_error ("“%s” exited with %d, not %d: %s", joined, run.status, usage->status, run.err);
      nr_test_assert_contains (run.err, usage->message);
      g_assert_cmpstr (run.out, ==, "");

      /* Nothing was written: no file appeared and the report is as it was. */
      after = list_folder (fixture->dir);
      g_assert_cmpstr (after, ==, before);
      digest = nr_test_file_digest (fixture->report);
      g_assert_cmpstr (digest, ==, report_digest);
    }
}

/* Exports @report (with @option and its @value, or neither) and fails the
 * test unless validate accepts the export. */
static void
assert_export_validates (const Fixture *fixture,
                         const char    *report,
                         const char    *option,
                         const char    *value)
{
  g_autofree char *xml = g_build_filename (fixture->dir, "export.xml", NULL);
  g_auto(NrCliRun) exported = { 0 };
  g_auto(NrCliRun) validated = { 0 };

  g_remove (xml);
  nr_cli_run (&exported, "export", report, xml, option, value, NULL);
  assert_succeeded (&exported, "export");
  nr_cli_run (&validated, "validate", xml, NULL);
  assert_succeeded (&validated, "validate");
}

/* The extremes new and assign accept still make a valid export. */
static void
test_accepted_edges_export_valid (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "edges.normsreport", NULL);
  g_autoptr(GString) agency = g_string_new (NULL);
  g_auto(NrCliRun) created = { 0 };
  g_auto(NrCliRun) assigned = { 0 };
  g_auto(NrCliRun) info = { 0 };

  /* 256 characters, 512 bytes. */
  for (guint i = 0; i < 256; i++)
    g_string_append (agency, "é");
  nr_cli_run (&created, "new", path, "--state", "XK", "--language", "zh-Hans-SG", "--agency", agency->str,
              "--period-start", "2024-02-29", "--period-end", "2024-02-29", NULL);
  assert_succeeded (&created, "new");
  assert_export_validates (fixture, path, NULL, NULL);
  nr_cli_run (&info, "info", path, NULL);
  g_assert_cmpint (info.status, ==, 0);
  nr_test_assert_contains (info.out, "2024-02-29");
  nr_test_assert_contains (info.out, "zh-Hans-SG");

  /* Every norm, and one of them twice: the contribution names each once. */
  nr_cli_run (&assigned, "assign", path, agency->str, "--norms", "13a,13b,13c,13d,13e,13f,13g,13h,13i,13j,13k,13a",
              "--sections", "cbms, cbms", NULL);
  assert_succeeded (&assigned, "assign");
  assert_export_validates (fixture, path, "--for", agency->str);
  assert_export_validates (fixture, path, "--norms", "13a,13b,13c,13d,13e,13f,13g,13h,13i,13j,13k,13a");

  /* A file whose name begins with "-" follows "--", which is not taken for
   * a file itself. */
  {
    g_auto(NrTestRun) exported = { 0 };
    g_auto(NrTestRun) validated = { 0 };
    g_autofree char *dashed = g_build_filename (fixture->dir, "-edges.xml", NULL);

    nr_test_run_cli (&exported, fixture->dir, NULL, "export", path, "--", "-edges.xml", NULL);
    g_assert_cmpint (exported.status, ==, 0);
    g_assert_true (g_file_test (dashed, G_FILE_TEST_IS_REGULAR));
    nr_test_run_cli (&validated, fixture->dir, NULL, "validate", "--", "-edges.xml", NULL);
    if (validated.status != 0)
      g_error ("validate -- -edges.xml: %s", validated.err);
  }
}

int
main (int   argc,
      char *argv[])
{
  nr_test_init (&argc, &argv);

  /* Each table is a test of its own in meson, so that each has the time a
   * few dozen runs take under a sanitizer. */
  g_test_add ("/cli-usage/new", Fixture, new_cases, fixture_set_up, test_usage_errors, fixture_tear_down);
  g_test_add ("/cli-usage/export", Fixture, export_cases, fixture_set_up, test_usage_errors, fixture_tear_down);
  g_test_add ("/cli-usage/assign", Fixture, assign_cases, fixture_set_up, test_usage_errors, fixture_tear_down);
  g_test_add ("/cli-usage/operands", Fixture, operand_cases, fixture_set_up, test_usage_errors,
              fixture_tear_down);
  g_test_add ("/cli-usage/accepted-edges", Fixture, NULL, fixture_set_up, test_accepted_edges_export_valid,
              fixture_tear_down);

  return g_test_run ();
}
