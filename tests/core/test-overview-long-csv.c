/* test-overview-long-csv.c: the long CSV read back as an analyst's tool
 * reads it: RFC 4180, UTF-8, one row per State, question and value, no
 * cell a spreadsheet would take for a formula. */
#include "config.h"

#include <string.h>

#include "nr-test-region.h"
#include "nr-test-report.h"
#include "nr-test-util.h"

#define N_COLUMNS 13

/* A strict RFC 4180 reader: every field quoted, quotes doubled inside,
 * rows ending in CRLF; anything else fails the test. */
static GPtrArray *
parse_csv (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  const char *p = text;

  while (*p != '\0')
    {
      GPtrArray *fields = g_ptr_array_new ();

      for (;;)
        {
          GString *field = g_string_new (NULL);

          g_assert_cmpint (*p, ==, '"');
          for (p++; !(p[0] == '"' && p[1] != '"'); p++)
            {
              g_assert_cmpint (*p, !=, '\0');
              if (p[0] == '"')
                p++;
              g_string_append_c (field, *p);
            }
          p++;
          g_ptr_array_add (fields, g_string_free (field, FALSE));
          if (*p == ',')
            {
              p++;
              continue;
            }
          g_assert_true (p[0] == '\r' && p[1] == '\n');
          p += 2;
          break;
        }
      g_ptr_array_add (fields, NULL);
      g_ptr_array_add (rows, g_ptr_array_free (fields, FALSE));
    }
  return rows;
}

static GPtrArray *
region_long_csv (NrExportProfile profile)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_auto(GStrv) paths = nr_test_write_region (dir);
  g_autoptr(NrQuestionnaire) questionnaire = nr_test_load_builtin ();
  g_autoptr(NrOverview) overview = nr_overview_new (questionnaire);
  g_autoptr(GBytes) bytes = NULL;
  const char *text;

  nr_overview_set_profile (overview, profile);
  nr_overview_set_keep_long_rows (overview, TRUE);
  nr_overview_add_files (overview, (const char * const *) paths, NULL);
  nr_overview_sort (overview);
  bytes = nr_overview_to_long_csv (overview);
  text = g_bytes_get_data (bytes, NULL);
  g_assert_true (g_utf8_validate (text, g_bytes_get_size (bytes), NULL));
  g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBF"));
  nr_test_remove_tree (dir);
  return parse_csv (text + 3);
}

/* The rows of @state for @question_id, in order. */
static GPtrArray *
rows_for (GPtrArray  *rows,
          const char *state,
          const char *question_id)
{
  GPtrArray *found = g_ptr_array_new ();

  for (guint i = 1; i < rows->len; i++)
    {
      char **row = rows->pdata[i];

      if (g_str_equal (row[0], state) && g_str_equal (row[5], question_id))
        g_ptr_array_add (found, row);
    }
  return found;
}

static void
test_long_csv_reads_back (void)
{
  g_autoptr(GPtrArray) rows = region_long_csv (NR_EXPORT_PROFILE_WORKSHOP);
  const char *header[] = { "State code", "State", "Period start", "Period end", "Norm or section",
                           "Question id", "Question", "Record", "Field id", "Field", "Value", "Code",
                           "Classification", NULL };
  g_autoptr(GPtrArray) needs = NULL;
  g_autoptr(GPtrArray) narrative = NULL;
  g_autoptr(GPtrArray) activities = NULL;
  char **row;

  g_assert_cmpstrv (rows->pdata[0], header);
  for (guint i = 0; i < rows->len; i++)
    g_assert_cmpuint (g_strv_length (rows->pdata[i]), ==, N_COLUMNS);

  /* A multiple choice gives a row per choice, label and code. */
  needs = rows_for (rows, "ID", "13a.capacity-needs");
  g_assert_cmpuint (needs->len, ==, 2);
  row = needs->pdata[0];
  g_assert_cmpstr (row[1], ==, "Indonesia");
  g_assert_cmpstr (row[2], ==, "2025-01-01");
  g_assert_cmpstr (row[4], ==, "13a");
  g_assert_cmpstr (row[6], ==, "Capacity-building needs for this norm");
  g_assert_cmpstr (row[7], ==, "");
  g_assert_cmpstr (row[10], ==, "Incident response and CERT capacity");
  g_assert_cmpstr (row[11], ==, "incident-response");
  g_assert_cmpstr (row[12], ==, "workshop");
  g_assert_cmpstr (((char **) needs->pdata[1])[11], ==, "legal-policy-frameworks");

  /* Text keeps its line breaks, inside its quotes. */
  narrative = rows_for (rows, "VN", "13a.narrative");
  g_assert_cmpuint (narrative->len, ==, 1);
  g_assert_cmpstr (((char **) narrative->pdata[0])[10], ==,
                   "Viet Nam's national CERT (VNCERT/CC) coordinates.\n\nA second paragraph <b>& \"quoted\"</b>.");

  /* A record gives a row per field, numbered, with the field's label. */
  activities = rows_for (rows, "SG", "capacity.activities");
  g_assert_cmpuint (activities->len, ==, 6);
  row = activities->pdata[0];
  g_assert_cmpstr (row[4], ==, "capacity-building");
  g_assert_cmpstr (row[7], ==, "1");
  g_assert_cmpstr (row[8], ==, "direction");
  g_assert_cmpstr (row[9], ==, "Direction");
  g_assert_cmpstr (row[10], ==, "Provided");
  g_assert_cmpstr (row[11], ==, "provided");
  /* Dates as the file gives them, which every tool reads. */
  row = activities->pdata[4];
  g_assert_cmpstr (row[8], ==, "start");
  g_assert_cmpstr (row[10], ==, "2025-03");
}

/* A value beginning like a formula is text in a spreadsheet. */
static void
test_long_csv_neutralises_formulas (void)
{
  g_autoptr(GPtrArray) rows = region_long_csv (NR_EXPORT_PROFILE_WORKSHOP);
  g_autoptr(GPtrArray) narrative = rows_for (rows, "SG", "13a.challenges");

  g_assert_cmpuint (narrative->len, ==, 1);
  g_assert_true (g_str_has_prefix (((char **) narrative->pdata[0])[10], "'=HYPERLINK("));
  for (guint i = 0; i < rows->len; i++)
    for (char **field = rows->pdata[i]; *field != NULL; field++)
      g_assert_null (strchr ("=+-@\t\r", (*field)[0] != '\0' ? (*field)[0] : 'x'));
}

/* The long CSV holds what the profile lets out, and nothing else. */
static void
test_long_csv_follows_the_profile (void)
{
  g_autoptr(GPtrArray) workshop = region_long_csv (NR_EXPORT_PROFILE_WORKSHOP);
  g_autoptr(GPtrArray) full = region_long_csv (NR_EXPORT_PROFILE_FULL);
  g_autoptr(GPtrArray) vn_workshop = rows_for (workshop, "VN", "contacts.list");
  g_autoptr(GPtrArray) vn_full = rows_for (full, "VN", "contacts.list");

  g_assert_cmpuint (vn_workshop->len, ==, 0);
  g_assert_cmpuint (vn_full->len, ==, 3);
  g_assert_cmpstr (((char **) vn_full->pdata[0])[12], ==, "internal");
}

/* A measure of the register carries its own classification, row by row. */
static void
test_long_csv_classifies_measures (void)
{
  g_autofree char *dir = nr_test_make_tmpdir ();
  g_autoptr(NrReport) report = nr_test_create_report (dir, "filled.normsreport");
  g_autoptr(NrQuestionnaire) questionnaire = nr_test_load_builtin ();
  g_autoptr(NrOverview) overview = nr_overview_new (questionnaire);
  g_autoptr(GBytes) xml = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) titles = NULL;
  g_autofree char *text = NULL;

  nr_test_fill_report (report);
  text = nr_test_export_text (report, NR_EXPORT_PROFILE_FULL);
  xml = g_bytes_new (text, strlen (text));
  nr_overview_set_profile (overview, NR_EXPORT_PROFILE_FULL);
  nr_overview_set_keep_long_rows (overview, TRUE);
  g_assert_true (nr_overview_add_bytes (overview, xml, "filled.xml"));
  bytes = nr_overview_to_long_csv (overview);
  rows = parse_csv ((const char *) g_bytes_get_data (bytes, NULL) + 3);
  titles = rows_for (rows, "ID", "measures.register");
  for (guint i = 0; i < titles->len; i++)
    {
      char **row = titles->pdata[i];

      if (!g_str_equal (row[8], "title"))
        continue;
      g_assert_cmpstr (row[12], ==, g_str_has_prefix (row[10], "INTERNAL-") ? "internal" : "public");
    }
  g_assert_cmpuint (titles->len, >, 3);
  nr_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  nr_test_init (&argc, &argv);

  g_test_add_func ("/overview-long-csv/reads-back", test_long_csv_reads_back);
  g_test_add_func ("/overview-long-csv/neutralises-formulas", test_long_csv_neutralises_formulas);
  g_test_add_func ("/overview-long-csv/follows-the-profile", test_long_csv_follows_the_profile);
  g_test_add_func ("/overview-long-csv/classifies-measures", test_long_csv_classifies_measures);

  return g_test_run ();
}
