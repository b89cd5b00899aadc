/* nr-cli.h: what the subcommands of norms-reporter-cli share. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses, documented in --help. */
#define NR_CLI_EXIT_OK      0
#define NR_CLI_EXIT_FAILED  1
#define NR_CLI_EXIT_USAGE   2

typedef int (*NrCliRunFunc) (int    argc,
                             char **argv);

typedef struct
{
  const char *name;
  const char *summary;
  NrCliRunFunc run;
} NrCliCommand;

int  nr_cli_parse_options (GOptionContext  *context,
                           int             *argc,
                           char          ***argv);
int  nr_cli_new           (int    argc,
                           char **argv);
int  nr_cli_info          (int    argc,
                           char **argv);

G_END_DECLS
