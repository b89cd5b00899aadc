/* test-cli-input.c: norms-reporter-cli reading what it is given: nothing
 * hangs it, crashes it or makes libxml2 print, a bad file among many is
 * named and left out, standard input stands in for a file as README says,
 * and reading the largest file accepted stays under 64 MB. */
#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "nr-core.h"
#include "nr-xml.h"
#include "nr-test-cli.h"
#include "nr-test-report.h"
#include "nr-test-util.h"

/* A device, a FIFO, a folder and a file far too large are each named and
 * left out; the good file is still aggregated. */
static void
test_aggregate_leaves_out_what_it_cannot_read (void)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *good = nr_test_write_submission (dir, "VN", "2025", "planned", "Few staff.");
  g_autofree char *fifo = g_build_filename (dir, "mailbox.xml", NULL);
  g_autofree char *folder = g_build_filename (dir, "attachments.xml", NULL);
  g_autofree char *huge = g_build_filename (dir, "huge.xml", NULL);
  g_autofree char *csv = g_build_filename (dir, "overview.csv", NULL);
  g_auto(NrTestRun) run = { 0 };
  int fd;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  fd = g_open (huge, O_WRONLY | O_CREAT, 0600);
  g_assert_cmpint (ftruncate (fd, (goffset) 64 * 1024 * 1024), ==, 0);
  close (fd);

  nr_test_run_cli (&run, NULL, NULL, "aggregate", good, "/dev/zero", fifo, folder, huge, "--csv", csv, NULL);
  g_assert_cmpint (run.status, ==, 1);
  nr_test_assert_contains (run.err, "“/dev/zero”: it is not a regular file");
  nr_test_assert_contains (run.err, "mailbox.xml”: it is not a regular file");
  nr_test_assert_contains (run.err, "attachments.xml”: it is a folder");
  nr_test_assert_contains (run.err, "huge.xml” is too large to read");
  nr_test_assert_contains (nr_test_run_out (&run), "1 submission aggregated, 4 files left out.");
  g_assert_true (g_file_test (csv, G_FILE_TEST_IS_REGULAR));

  nr_test_remove_tree (dir);
}

/* merge REPORT - takes the contribution from standard input. */
static void
test_merge_from_standard_input (void)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autofree char *focal_path = NULL;
  g_autofree char *sent = NULL;
  g_autofree char *back = NULL;
  g_autoptr(GBytes) contribution = NULL;
  g_auto(NrTestRun) conflicts = { 0 };
  g_auto(NrTestRun) merged = { 0 };

  nr_test_make_conflicting_contribution (dir, &focal_path, &sent, &back);
  contribution = nr_test_file_bytes (back);

  nr_test_run_cli (&conflicts, NULL, contribution, "merge", focal_path, "-", NULL);
  g_assert_cmpint (conflicts.status, ==, 3);
  nr_test_assert_contains (conflicts.err, "and “standard input”");
  nr_test_assert_contains (conflicts.err, "13h.challenges (value)");

  nr_test_run_cli (&merged, NULL, contribution, "merge", focal_path, "-", "--prefer", "theirs", NULL);
  g_assert_cmpint (merged.status, ==, 0);
  nr_test_assert_contains (nr_test_run_out (&merged), "from “standard input”");

  nr_test_remove_tree (dir);
}

static char *
write_file_in (const char *dir,
               const char *name,
               const char *contents)
{
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  return path;
}

/* Every line on standard error is one of ours, naming the file: libxml2
 * prints nothing of its own, whatever the file declares or holds. */
static void
test_only_our_messages (void)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autoptr(GString) attributes = g_string_new ("<?xml version=\"1.0\"?>\n<r");
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  const char *fixtures[] = { "truncated.xml", "invalid-utf8.xml", "xxe-local-file.xml",
                             "billion-laughs.xml", "deep-nesting.xml", "schema-invalid.xml" };
  g_auto(GStrv) lines = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    g_ptr_array_add (files, nr_test_interchange_fixture (fixtures[i]));
  for (guint i = 0; i < 40000; i++)
    g_string_append_printf (attributes, " a%u=''", i);
  g_string_append (attributes, "/>\n");
  g_ptr_array_add (files, write_file_in (dir, "attributes.xml", attributes->str));
  g_ptr_array_add (files, write_file_in (dir, "declared-utf16.xml",
                                         "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<r/>\n"));
  g_ptr_array_add (files, write_file_in (dir, "declared-unknown.xml",
                                         "<?xml version=\"1.0\" encoding=\"x-unknown\"?>\n<r>\xc3\xa9</r>\n"));
  g_ptr_array_add (files, write_file_in (dir, "declared-ebcdic.xml",
                                         "<?xml version=\"1.0\" encoding=\"EBCDIC-US\"?>\n<r a='1' a='2'/>\n"));
  g_ptr_array_add (files, write_file_in (dir, "undeclared-prefix.xml", "<x:r><y:s z:a='1'/></x:r>\n"));
  g_ptr_array_add (files, write_file_in (dir, "bad-reference.xml", "<r>&#0; &nosuch; &#x110000;</r>\n"));

  {
    g_autoptr(GPtrArray) argv = g_ptr_array_new ();
    g_autoptr(GSubprocess) process = NULL;
    g_autoptr(GError) error = NULL;
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;

    g_ptr_array_add (argv, (gpointer) g_getenv ("NR_CLI"));
    g_ptr_array_add (argv, "validate");
    for (guint i = 0; i < files->len; i++)
      g_ptr_array_add (argv, files->pdata[i]);
    g_ptr_array_add (argv, NULL);
    process = g_subprocess_newv ((const char * const *) argv->pdata,
                                 G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
    g_assert_no_error (error);
    g_assert_true (g_subprocess_communicate_utf8 (process, NULL, NULL, &out, &err, &error));
    g_assert_no_error (error);
    g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 1);
    lines = g_strsplit (err, "\n", -1);
  }

  g_assert_cmpuint (g_strv_length (lines), ==, files->len + 1);
  for (guint i = 0; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      g_autofree char *basename = g_path_get_basename (files->pdata[i]);
      g_autofree char *named = g_strdup_printf ("%s”", basename);

      if (!g_str_has_prefix (lines[i], "“") || strstr (lines[i], named) == NULL)
        g_error ("not one of our messages about %s: %s", basename, lines[i]);
    }
  nr_test_remove_tree (dir);
}

/* Files at every bound at once: as large as accepted, with as many
 * elements and attributes, records or long texts as accepted. */
static char *
write_largest (const char *dir,
               const char *shape)
{
  g_autofree char *minimal_path = nr_test_interchange_fixture ("valid-minimal.xml");
  g_autofree char *minimal = NULL;
  g_auto(GStrv) halves = NULL;
  g_autoptr(GString) xml = NULL;
  gsize room;
  char *path;

  g_assert_true (g_file_get_contents (minimal_path, &minimal, NULL, NULL));
  halves = g_strsplit (minimal, "  </answers>", 2);
  xml = g_string_new (halves[0]);
  room = NR_XML_MAX_SIZE - strlen (minimal) - 1024;

  if (g_str_equal (shape, "elements"))
    {
      /* Elements of the most attributes each; the rest one long text. */
      const char *element = "<x a='' b='' c='' d='' e='' f='' g='' h='' i='' j='' k='' l='' m='' n='' o='' p=''/>";
      guint n = (NR_XML_MAX_ELEMENTS - 100) / (NR_XML_MAX_ATTRIBUTES + 1);
      g_autofree char *text = NULL;

      for (guint i = 0; i < n; i++)
        g_string_append (xml, element);
      text = g_strnfill (room - xml->len, 'x');
      g_string_append_printf (xml, "<t>%s</t>", text);
    }
  else if (g_str_equal (shape, "records"))
    {
      /* The most records, each with as many fields as the element bound
       * leaves room for, the fields' texts filling the file. */
      guint n_fields = ((NR_XML_MAX_ELEMENTS - 100) / NR_DOCUMENT_MAX_RECORDS - 5) / 3;
      gsize text_size = (room - NR_DOCUMENT_MAX_RECORDS * (120 + n_fields * 40)) /
                        (NR_DOCUMENT_MAX_RECORDS * n_fields);
      g_autofree char *text = g_strnfill (text_size, 'y');

      g_string_append (xml, "<answer question=\"13a.measures\" classification=\"public\" agency=\"B\" modified=\"2025-11-30T09:00:00Z\">");
      for (guint i = 0; i < NR_DOCUMENT_MAX_RECORDS; i++)
        {
          g_string_append_printf (xml, "<record id=\"00000000-0000-4000-8000-%012u\" position=\"%u\" agency=\"B\" modified=\"2025-11-30T09:00:00Z\">",
                                  i, i);
          for (guint f = 0; f < n_fields; f++)
            g_string_append_printf (xml, "<field id=\"f%u\"><text>%s</text></field>", f, text);
          g_string_append (xml, "</record>");
        }
      g_string_append (xml, "</answer>");
    }
  else
    {
      /* Orphaned answers of the longest text the schema allows. */
      g_autofree char *text = g_strnfill (900000, 'z');

      for (guint i = 0; xml->len + strlen (text) + 200 < NR_XML_MAX_SIZE - 1024; i++)
        g_string_append_printf (xml, "<answer question=\"old.q%u\" classification=\"public\" agency=\"B\" modified=\"2025-11-30T09:00:00Z\" orphaned=\"true\"><text>%s</text></answer>",
                                i, text);
    }

  g_string_append (xml, "  </answers>");
  g_string_append (xml, halves[1]);
  g_assert_cmpuint (xml->len, <=, NR_XML_MAX_SIZE);
  g_assert_cmpuint (xml->len, >, NR_XML_MAX_SIZE * 3 / 4);
  path = g_strdup_printf ("%s/largest-%s.xml", dir, shape);
  g_assert_true (g_file_set_contents (path, xml->str, xml->len, NULL));
  return path;
}

/* Peak memory of a validate run, in KiB, and what it said. */
static glong
peak_memory_of_validate (const char  *path,
                         char       **err)
{
  const char *argv[] = { g_getenv ("NR_CLI"), "validate", path, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) said = g_string_new (NULL);
  struct rusage usage;
  GPid pid;
  int err_fd;
  int status;
  char buffer[4096];
  gssize n;

  /* Waited for here, not by GLib, to have this run's usage alone. */
  g_spawn_async_with_pipes (NULL, (char **) argv, NULL,
                            G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                            &pid, NULL, NULL, &err_fd, &error);
  g_assert_no_error (error);
  while ((n = read (err_fd, buffer, sizeof buffer)) > 0)
    g_string_append_len (said, buffer, n);
  close (err_fd);
  g_assert_cmpint (wait4 (pid, &status, 0, &usage), ==, pid);
  *err = g_strdup (said->str);
  return usage.ru_maxrss;
}

/* However a file fills the bounds, reading it peaks under 64 MB (the
 * whole program: the questionnaire, the schema, the file, the parsed tree
 * and the document read from it).  Measured on the program as built; a
 * sanitizer's own memory would say nothing of it. */
static gboolean
built_with_address_sanitizer (void)
{
#if defined(__SANITIZE_ADDRESS__)
  return TRUE;
#else
  return FALSE;
#endif
}

/* Under valgrind a child is forked from valgrind's own large process, and
 * the memory it had before it became the program counts in its peak.
 * Valgrind's preloaded libraries say it is there. */
static gboolean
running_under_valgrind (void)
{
  const char *preload = g_getenv ("LD_PRELOAD");

  return preload != NULL && strstr (preload, "vgpreload") != NULL;
}

static void
test_largest_read_under_64_mb (void)
{
  const char *shapes[] = { "elements", "records", "texts" };
  g_autofree char *dir = NULL;

  if (built_with_address_sanitizer () || running_under_valgrind ())
    {
      /* The plain build's run of this test measures it; here the peak
       * would be the tool's memory as much as the program's. */
      g_test_skip ("peak memory is measured in the plain build: under AddressSanitizer or valgrind it counts the tool's own memory");
      return;
    }

  dir = nr_test_make_tmpdir ();

  for (guint i = 0; i < G_N_ELEMENTS (shapes); i++)
    {
      g_autofree char *path = write_largest (dir, shapes[i]);
      g_autofree char *err = NULL;
      glong peak_kib = peak_memory_of_validate (path, &err);

      /* Read whole, not refused on the way. */
      g_assert_null (strstr (err, "too large"));
      g_assert_null (strstr (err, "more than"));
      g_test_message ("%s: %ld KiB", shapes[i], peak_kib);
      if (peak_kib * 1024 >= 64 * 1000 * 1000)
        g_error ("validating %s peaked at %ld KiB", path, peak_kib);
    }
  nr_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  nr_test_init (&argc, &argv);

  g_test_add_func ("/cli-input/aggregate-leaves-out-what-it-cannot-read",
                   test_aggregate_leaves_out_what_it_cannot_read);
  g_test_add_func ("/cli-input/merge-from-standard-input", test_merge_from_standard_input);
  g_test_add_func ("/cli-input/only-our-messages", test_only_our_messages);
  g_test_add_func ("/cli-input/largest-read-under-64-mb", test_largest_read_under_64_mb);

  return g_test_run ();
}
