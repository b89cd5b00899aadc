/* nr-cli.h: what the subcommands of norms-reporter-cli share. */
#pragma once

#include <gio/gio.h>

#include "nr-core.h"

G_BEGIN_DECLS

/* Exit statuses, documented in --help. */
#define NR_CLI_EXIT_OK      0
#define NR_CLI_EXIT_FAILED  1
#define NR_CLI_EXIT_USAGE   2
#define NR_CLI_EXIT_CONFLICTS 3

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
int  nr_cli_fail          (const char      *command,
                           const GError    *error);
GBytes *nr_cli_read_input (const char      *path,
                           char           **display_name,
                           GError         **error);
gboolean nr_cli_write_output (const char    *path,
                              GBytes        *contents,
                              GError       **error);
char *nr_cli_printable    (const char      *text);
GStrv nr_cli_split_list   (const char      *list);
NrDocument *nr_cli_load_document (const char       *path,
                                  NrExportProfile   profile,
                                  NrQuestionnaire **questionnaire,
                                  GError          **error);
int  nr_cli_aggregate     (int    argc,
                           char **argv);
int  nr_cli_diff          (int    argc,
                           char **argv);
int  nr_cli_new           (int    argc,
                           char **argv);
int  nr_cli_export        (int    argc,
                           char **argv);
int  nr_cli_import        (int    argc,
                           char **argv);
int  nr_cli_validate      (int    argc,
                           char **argv);
int  nr_cli_merge         (int    argc,
                           char **argv);
int  nr_cli_assign        (int    argc,
                           char **argv);
int  nr_cli_render        (int    argc,
                           char **argv);
int  nr_cli_info          (int    argc,
                           char **argv);

G_END_DECLS
