/* test-value-shapes.c: the shapes of the report details the core, the
 * command line and the windows all check the same way, as the interchange
 * schema requires them. */
#include "config.h"

#include "nr-core.h"
#include "nr-test-util.h"

static void
test_country_codes (void)
{
  g_assert_true (nr_country_code_is_valid ("ID"));
  g_assert_true (nr_country_code_is_valid ("XK"));
  g_assert_false (nr_country_code_is_valid ("id"));
  g_assert_false (nr_country_code_is_valid ("IDN"));
  g_assert_false (nr_country_code_is_valid ("I"));
  g_assert_false (nr_country_code_is_valid (""));
  g_assert_false (nr_country_code_is_valid (NULL));
}

static void
test_dates (void)
{
  g_assert_true (nr_date_is_valid ("2025-06-30"));
  g_assert_true (nr_date_is_valid ("2024-02-29"));
  g_assert_true (nr_date_is_valid ("0001-01-01"));
  g_assert_false (nr_date_is_valid ("2025-02-29"));
  g_assert_false (nr_date_is_valid ("2025-02-30"));
  g_assert_false (nr_date_is_valid ("2025-13-01"));
  g_assert_false (nr_date_is_valid ("0000-01-01"));
  /* Shapes sscanf("%4u-%2u-%2u") would let through, and the schema not. */
  g_assert_false (nr_date_is_valid ("2025-6-301"));
  g_assert_false (nr_date_is_valid (" 202-01-01"));
  g_assert_false (nr_date_is_valid ("+202-01-01"));
  g_assert_false (nr_date_is_valid ("2025-06-30T00"));
  g_assert_false (nr_date_is_valid (""));
  g_assert_false (nr_date_is_valid (NULL));
}

static void
test_language_tags (void)
{
  g_assert_true (nr_language_tag_is_valid ("en"));
  g_assert_true (nr_language_tag_is_valid ("fil"));
  g_assert_true (nr_language_tag_is_valid ("pt-TL"));
  g_assert_true (nr_language_tag_is_valid ("zh-Hans-SG"));
  g_assert_true (nr_language_tag_is_valid ("es-419"));
  g_assert_false (nr_language_tag_is_valid ("EN"));
  g_assert_false (nr_language_tag_is_valid ("english"));
  g_assert_false (nr_language_tag_is_valid ("pt_TL"));
  g_assert_false (nr_language_tag_is_valid ("en\n"));
  g_assert_false (nr_language_tag_is_valid (NULL));
}

static void
test_names (void)
{
  g_autofree char *longest = g_strnfill (NR_NAME_MAX_LENGTH, 'x');
  g_autofree char *too_long = g_strnfill (NR_NAME_MAX_LENGTH + 1, 'x');
  g_autoptr(GString) longest_thai = g_string_new (NULL);

  /* Characters, not bytes, as the schema counts them. */
  for (guint i = 0; i < NR_NAME_MAX_LENGTH; i++)
    g_string_append (longest_thai, "ก");

  g_assert_true (nr_name_is_valid ("Polri"));
  g_assert_true (nr_name_is_valid ("Badan Siber dan Sandi Negara"));
  g_assert_true (nr_name_is_valid (longest));
  g_assert_true (nr_name_is_valid (longest_thai->str));
  g_assert_false (nr_name_is_valid (too_long));
  g_assert_false (nr_name_is_valid (""));
  g_assert_false (nr_name_is_valid ("  \t"));
  g_assert_false (nr_name_is_valid ("BSSN\x01"));
  g_assert_false (nr_name_is_valid ("BSSN\n"));
  g_assert_false (nr_name_is_valid ("BSSN\xc2\x85"));       /* U+0085, a C1 control */
  g_assert_false (nr_name_is_valid ("BSSN\xef\xbf\xbf"));   /* U+FFFF */
  g_assert_false (nr_name_is_valid ("BSSN\xff"));           /* not UTF-8 */
  g_assert_false (nr_name_is_valid (NULL));
}

int
main (int   argc,
      char *argv[])
{
  nr_test_init (&argc, &argv);

  g_test_add_func ("/value-shapes/country-codes", test_country_codes);
  g_test_add_func ("/value-shapes/dates", test_dates);
  g_test_add_func ("/value-shapes/language-tags", test_language_tags);
  g_test_add_func ("/value-shapes/names", test_names);

  return g_test_run ();
}
