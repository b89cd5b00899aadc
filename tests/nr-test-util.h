/* nr-test-util.h: helpers shared by the test programs. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A file to be, in a private folder of its own: what most fixtures need. */
typedef struct
{
  char *dir;
  char *path;
  GFile *file;
} NrTestPlace;

char    *nr_test_make_tmpdir    (void);
void     nr_test_place_init     (NrTestPlace *place,
                                 const char  *name);
void     nr_test_place_clear    (NrTestPlace *place);
void     nr_test_remove_tree    (const char *path);
char    *nr_test_file_digest    (const char *path);
char    *nr_test_fixture_path   (const char *name);
void     nr_test_init           (int        *argc,
                                 char     ***argv);
void     nr_test_init_gui       (int        *argc,
                                 char     ***argv);

char    *nr_test_run_tool       (const char * const *argv);
char    *nr_test_pdf_text       (const char *pdf_path);

void     nr_test_write_format_1_report (const char *path,
                                        const char *extra_sql);
int      nr_test_user_version   (const char *path);

void     nr_test_assert_contains (const char *haystack,
                                  const char *needle);
void     nr_test_assert_lacks    (const char *haystack,
                                  const char *needle);

G_END_DECLS
