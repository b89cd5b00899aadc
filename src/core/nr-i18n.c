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

/* Where the project's catalogues are. */
const char *
nr_i18n_localedir (void)
{
  const char *localedir = g_getenv ("NR_LOCALEDIR");

  return localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR;
}

void
nr_i18n_init (void)
{
  const char *locale = setlocale (LC_ALL, "");

  if (is_plain_c (locale) || is_plain_c (setlocale (LC_MESSAGES, NULL)))
    setlocale (LC_ALL, "C.UTF-8");

  bindtextdomain (GETTEXT_PACKAGE, nr_i18n_localedir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

/* A thread may translate into a language of its own, from a catalogue it
 * holds (a printout in the language of the answers); every other thread
 * goes on in the interface's. */
static GPrivate thread_catalogue;

/**
 * nr_i18n_swap_thread_catalogue:
 * @catalogue: (nullable) (transfer full): what this thread translates with
 *   from now on; %NULL for the interface's language
 *
 * Returns: (transfer full) (nullable): what it translated with until now,
 *   to give back when done.
 */
NrCatalogue *
nr_i18n_swap_thread_catalogue (NrCatalogue *catalogue)
{
  NrCatalogue *previous = g_private_get (&thread_catalogue);

  g_private_set (&thread_catalogue, catalogue);
  return previous;
}

/* @msgid in this thread's language. */
const char *
nr_i18n_gettext (const char *msgid)
{
  NrCatalogue *catalogue = g_private_get (&thread_catalogue);

  if (catalogue != NULL)
    return nr_catalogue_translate (catalogue, NULL, msgid);
  return g_dgettext (GETTEXT_PACKAGE, msgid);
}

/* @msgid of @context in this thread's language. */
const char *
nr_i18n_pgettext (const char *context,
                  const char *msgid)
{
  NrCatalogue *catalogue = g_private_get (&thread_catalogue);

  if (catalogue != NULL)
    return nr_catalogue_translate (catalogue, context, msgid);
  return g_dpgettext2 (GETTEXT_PACKAGE, context, msgid);
}
