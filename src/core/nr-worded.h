/* nr-worded.h: the words of a document that leaves the ministry (a
 * printout, a Word or OpenDocument file) are in that document's language,
 * which the thread writing it holds (nr_i18n_swap_thread_catalogue()), and
 * which may not be the interface's.  Include after <glib/gi18n-lib.h>. */
#pragma once

#include <glib/gi18n-lib.h>

#include "nr-i18n.h"

#undef _
#define _(String) nr_i18n_gettext (String)
#undef C_
#define C_(Context, String) nr_i18n_pgettext (Context, String)
