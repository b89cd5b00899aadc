/* nr-test-cli.h: running norms-reporter-cli from a test, as a user runs it,
 * with standard input, a working folder and a deadline: as bytes
 * (NrTestRun, for PDFs and pipes) or as text (NrCliRun). */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct
{
  int status;
  GBytes *out;
  char *err;
} NrTestRun;

void        nr_test_run_clear       (NrTestRun   *run);
void        nr_test_run_cli         (NrTestRun   *run,
                                     const char  *cwd,
                                     GBytes      *input,
                                     const char  *first_arg,
                                     ...) G_GNUC_NULL_TERMINATED;
const char *nr_test_run_out         (NrTestRun   *run);
char       *nr_test_interchange_fixture (const char *name);
GBytes     *nr_test_file_bytes      (const char  *path);
void        nr_test_make_conflicting_contribution (const char  *dir,
                                                   char       **focal_path,
                                                   char       **sent,
                                                   char       **back);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (NrTestRun, nr_test_run_clear)

/* What a run of the command line gave: its exit status (-1 when it did not
 * exit normally) and everything it printed, as text. */
typedef struct
{
  int status;
  char *out;
  char *err;
} NrCliRun;

void nr_cli_run_clear      (NrCliRun           *run);
/* The arguments end with NULL; @first_arg may be that NULL. */
void nr_cli_run            (NrCliRun           *run,
                            const char         *first_arg,
                            ...);
void nr_cli_run_argv       (NrCliRun           *run,
                            const char * const *args);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (NrCliRun, nr_cli_run_clear)

G_END_DECLS
