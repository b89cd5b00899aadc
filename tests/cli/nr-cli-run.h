/* nr-cli-run.h: running norms-reporter-cli from the tests, as a user would. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What a run of the command line gave: its exit status (-1 when it did not
 * exit normally) and everything it printed. */
typedef struct
{
  int status;
  char *out;
  char *err;
} NrCliRun;

void nr_cli_run_clear      (NrCliRun           *run);
void nr_cli_run            (NrCliRun           *run,
                            const char         *first_arg,
                            ...);
void nr_cli_run_argv       (NrCliRun           *run,
                            const char * const *args);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (NrCliRun, nr_cli_run_clear)

G_END_DECLS
