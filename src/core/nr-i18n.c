/* nr-i18n.c: setting up translations for every program of the project.
 *
 * The interface follows LANGUAGE, as GNOME programs do, even where the
 * system has no locale for that language: Filipino, Tetum and Brunei Malay
 * have none on Debian.  GNU gettext ignores LANGUAGE under the "C" locale, so
 * that case falls back to C.UTF-8, which is not "C" to gettext and exists on
 * every Debian system.  NR_LOCALEDIR points at uninstalled translations, for
 * the build tree and the tests.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "nr-i18n.h"

static gboolean
is_plain_c (const char *locale)
{
  return locale == NULL || g_str_equal (locale, "C") || g_str_equal (locale, "POSIX");
}

void
nr_i18n_init (void)
{
  const char *locale = setlocale (LC_ALL, "");
  const char *localedir = g_getenv ("NR_LOCALEDIR");

  if (is_plain_c (locale) || is_plain_c (setlocale (LC_MESSAGES, NULL)))
    setlocale (LC_ALL, "C.UTF-8");

  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
