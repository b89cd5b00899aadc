/* test-catalogues.c: each language's catalogue is sound.
 *
 * For every language of po/LINGUAS, msgfmt --check must accept its PO file:
 * no syntax errors, a valid plural header, and printf formats that match
 * the English ones, whose mismatch would crash the program at the first
 * message shown.  The statistics are logged for whoever reads the test log.
 */
#include "config.h"

#include <glib.h>

#include "nr-test-util.h"

static void
check_catalogue (gconstpointer data)
{
  const char *language = data;
  g_autofree char *file_name = g_strconcat (language, ".po", NULL);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "po", file_name, NULL);
  const char *argv[] = { "msgfmt", "--check", "--statistics", "--output-file=/dev/null", path, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  g_autofree char *errors = NULL;
  int wait_status = 0;

  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &output, &errors, &wait_status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (wait_status, NULL))
    g_error ("msgfmt rejects po/%s:\n%s", file_name, errors);
  g_test_message ("%s: %s", language, g_strstrip (errors));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *linguas_path = NULL;
  g_autofree char *linguas = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  guint n_languages = 0;

  nr_test_init (&argc, &argv);

  linguas_path = g_test_build_filename (G_TEST_DIST, "po", "LINGUAS", NULL);
  g_file_get_contents (linguas_path, &linguas, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (linguas, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *test_path = NULL;

      g_strstrip (lines[i]);
      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;
      test_path = g_strdup_printf ("/catalogues/%s", lines[i]);
      g_test_add_data_func (test_path, lines[i], check_catalogue);
      n_languages++;
    }
  g_assert_cmpuint (n_languages, >, 0);

  return g_test_run ();
}
