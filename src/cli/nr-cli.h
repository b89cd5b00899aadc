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
NrDocument *nr_cli_load_document (const char       *path,
                                  NrExportProfile   profile,
                                  NrQuestionnaire **questionnaire,
                                  GError          **error);

/* nr-cli-options.c: usage errors */
int      nr_cli_usage_error          (const char       *command,
                                      const char       *format,
                                      ...) G_GNUC_PRINTF (2, 3);
gboolean nr_cli_check_operands       (const char       *command,
                                      int               argc,
                                      char            **argv,
                                      int               min,
                                      int               max,
                                      const char       *usage);
gboolean nr_cli_check_report_operand (const char       *command,
                                      const char       *path);
gboolean nr_cli_check_country        (const char       *command,
                                      const char       *option,
                                      const char       *value);
gboolean nr_cli_check_language       (const char       *command,
                                      const char       *option,
                                      const char       *value);
gboolean nr_cli_check_date           (const char       *command,
                                      const char       *option,
                                      const char       *value);
gboolean nr_cli_check_period         (const char       *command,
                                      const char       *start_option,
                                      const char       *start,
                                      const char       *end_option,
                                      const char       *end);
gboolean nr_cli_check_name           (const char       *command,
                                      const char       *what,
                                      const char       *value);
gboolean nr_cli_parse_profile        (const char       *command,
                                      const char       *name,
                                      NrExportProfile  *profile);
gboolean nr_cli_parse_scope          (const char       *command,
                                      NrQuestionnaire  *questionnaire,
                                      const char       *norms_list,
                                      const char       *sections_list,
                                      GStrv            *norms,
                                      GStrv            *sections);

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
