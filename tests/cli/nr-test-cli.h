/* nr-test-cli.h: running norms-reporter-cli from a test, as a user runs it,
 * with standard input, a working folder and a deadline. */
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

G_END_DECLS
