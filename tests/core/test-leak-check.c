/* test-leak-check.c: the sanitized run still finds our leaks.
 *
 * The sanitized tests record where memory was allocated with ASan's fast
 * unwinder, which stops at the first system library, so tests/lsan.supp
 * can only name libraries, and GLib's slice allocator is turned off so that
 * a leaked object is a block of its own (tests/meson.build).  These tests
 * check that together they still report what we leak, a plain string or a
 * pango object that holds fonts, and nothing else: fontconfig's own
 * configuration, which it keeps for the life of the process, is not
 * reported.
 *
 * Each case runs in a subprocess, which LeakSanitizer checks as it exits.
 * Built only with AddressSanitizer (tests/core/meson.build).
 */
#include "config.h"

#include <pango/pangocairo.h>

#include "nr-test-util.h"

/* Lays out a line with the fonts fontconfig finds, which loads its
 * configuration the first time. */
static PangoLayout *
lay_out_text (void)
{
  g_autoptr(PangoFontMap) font_map = pango_cairo_font_map_new ();
  PangoContext *context = pango_font_map_create_context (font_map);
  PangoLayout *layout = pango_layout_new (context);
  int width = 0;

  /* The layout keeps the context, and the context the font map. */
  g_object_unref (context);

  pango_layout_set_text (layout, "Chiến lược an ninh mạng", -1);
  pango_layout_get_pixel_size (layout, &width, NULL);
  g_assert_cmpint (width, >, 0);
  return layout;
}

/* The leaks are made in a thread that has ended before the check, so that
 * no stack or register of a running thread still points at them. */
static gpointer
leak_a_string (gpointer data)
{
  char *lost = g_strdup ("a string nobody frees");

  g_assert_nonnull (lost);
  return NULL;
}

static gpointer
leak_a_layout (gpointer data)
{
  PangoLayout *lost = lay_out_text ();

  g_assert_nonnull (lost);
  return NULL;
}

static gpointer
free_a_layout (gpointer data)
{
  g_object_unref (lay_out_text ());
  return NULL;
}

/* Runs @func in a thread of a subprocess, and checks what LeakSanitizer
 * said as the subprocess exited. */
static void
check_in_subprocess (GThreadFunc func,
                     gboolean    leak_expected)
{
  if (g_test_subprocess ())
    {
      g_thread_join (g_thread_new ("leak-check", func, NULL));
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  if (leak_expected)
    {
      g_test_trap_assert_failed ();
      g_test_trap_assert_stderr ("*LeakSanitizer: detected memory leaks*");
    }
  else
    {
      g_test_trap_assert_passed ();
      g_test_trap_assert_stderr_unmatched ("*LeakSanitizer*");
    }
}

static void
test_string_reported (void)
{
  check_in_subprocess (leak_a_string, TRUE);
}

/* The layout holds fonts, which hold fontconfig's memory: suppressing
 * fontconfig hides none of the layout's own.  (Its lines point back at it,
 * so LeakSanitizer calls every block of it an indirect leak.) */
static void
test_layout_reported (void)
{
  check_in_subprocess (leak_a_layout, TRUE);
}

static void
test_fontconfig_not_reported (void)
{
  check_in_subprocess (free_a_layout, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  nr_test_init (&argc, &argv);

  g_test_add_func ("/leak-check/string-reported", test_string_reported);
  g_test_add_func ("/leak-check/layout-reported", test_layout_reported);
  g_test_add_func ("/leak-check/fontconfig-not-reported", test_fontconfig_not_reported);

  return g_test_run ();
}
