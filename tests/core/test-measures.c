/* test-measures.c: a measure of the register is linked to the norms it
 * serves and unlinked from them without being lost, and found by its words. */
#include "config.h"

#include "nr-test-report.h"
#include "nr-test-util.h"

/* A filled report, with a national CERT added to its register. */
typedef struct
{
  NrTestFilled filled;
  NrReport *report;
  char *cert;
} Fixture;

/* A national CERT, serving 13h and 13k, with agencies and partners. */
static GVariant *
cert_measure (void)
{
  const char *norms[] = { "13h", "13k", NULL };
  const char *agencies[] = { "National Cyber Agency", NULL };
  const char *partners[] = { "APCERT", "FIRST", NULL };
  GVariantDict dict;

  g_variant_dict_init (&dict, NULL);
  g_variant_dict_insert (&dict, "title", "s", "National CERT");
  g_variant_dict_insert (&dict, "kind", "s", "institution");
  g_variant_dict_insert (&dict, "description", "s", "Handles incidents around the clock.");
  g_variant_dict_insert_value (&dict, "agencies", g_variant_new_strv (agencies, -1));
  g_variant_dict_insert_value (&dict, "partners", g_variant_new_strv (partners, -1));
  g_variant_dict_insert_value (&dict, "norms", g_variant_new_strv (norms, -1));
  g_variant_dict_insert (&dict, "classification", "s", "workshop");
  return g_variant_dict_end (&dict);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  nr_test_filled_set_up (&f->filled, data);
  f->report = f->filled.report;
  f->cert = nr_report_add_record (f->report, NR_MEASURES_QUESTION, cert_measure (), &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  nr_test_filled_tear_down (&f->filled, data);
  g_free (f->cert);
}

static NrRecord *
the_measure (Fixture *f)
{
  g_autoptr(GListModel) records = nr_report_list_records (f->report, NR_MEASURES_QUESTION);

  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(NrRecord) record = g_list_model_get_item (records, i);

      if (g_str_equal (nr_record_get_id (record), f->cert))
        return g_steal_pointer (&record);
    }
  g_assert_not_reached ();
}

static void
assert_norms (Fixture    *f,
              const char *expected)
{
  g_autoptr(NrRecord) measure = the_measure (f);
  g_autoptr(GVariant) norms = g_variant_lookup_value (nr_record_get_fields (measure), "norms", NULL);
  g_autofree const char **ids = norms != NULL ? g_variant_get_strv (norms, NULL) : NULL;
  g_autofree char *joined = ids != NULL ? g_strjoinv (" ", (char **) ids) : g_strdup ("");

  g_assert_cmpstr (joined, ==, expected);
}

static void
test_link_unlink (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NrRecord) measure = NULL;

  measure = the_measure (f);
  g_assert_true (nr_measure_serves_norm (measure, "13h"));
  g_assert_true (nr_measure_serves_norm (measure, "13k"));
  g_assert_false (nr_measure_serves_norm (measure, "13a"));

  /* A norm linked goes in the questionnaire's order, once. */
  g_assert_true (nr_report_link_measure (f->report, f->cert, "13a", &error));
  g_assert_no_error (error);
  assert_norms (f, "13a 13h 13k");
  g_assert_true (nr_report_link_measure (f->report, f->cert, "13a", &error));
  assert_norms (f, "13a 13h 13k");

  /* Unlinking keeps the measure and every other field, even without norms. */
  g_assert_true (nr_report_unlink_measure (f->report, f->cert, "13h", &error));
  g_assert_true (nr_report_unlink_measure (f->report, f->cert, "13a", &error));
  assert_norms (f, "13k");
  g_assert_true (nr_report_unlink_measure (f->report, f->cert, "13k", &error));
  g_assert_no_error (error);
  assert_norms (f, "");
  g_clear_object (&measure);
  measure = the_measure (f);
  g_assert_cmpstr (nr_record_get_text (measure, "title"), ==, "National CERT");
  g_assert_cmpstr (nr_record_get_text (measure, "classification"), ==, "workshop");

  /* A measure that is not in the register is an error, not a new one. */
  g_assert_false (nr_report_link_measure (f->report, "no-such-measure", "13a", &error));
  g_assert_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_UNKNOWN_RECORD);
}

static void
test_matches_text (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(NrRecord) measure = the_measure (f);

  g_assert_true (nr_measure_matches_text (measure, ""));
  g_assert_true (nr_measure_matches_text (measure, "national cert"));
  g_assert_true (nr_measure_matches_text (measure, "CLOCK"));
  g_assert_true (nr_measure_matches_text (measure, "cyber agency"));
  g_assert_true (nr_measure_matches_text (measure, "first"));
  /* The kind is a filter of its own, not a word of the measure. */
  g_assert_false (nr_measure_matches_text (measure, "institution"));
  g_assert_false (nr_measure_matches_text (measure, "UNODC"));
}

/* Newest first reads "2019-05" before "2019" (the year alone comes first
 * going forward), and an undated measure comes last either way. */
static void
test_order_by_start (void)
{
  const char *starts[] = { "2019", "2019-05", NULL, "2000" };
  g_autoptr(GPtrArray) measures = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < G_N_ELEMENTS (starts); i++)
    {
      GVariantDict fields;
      g_autofree char *id = g_strdup_printf ("00000000-0000-4000-8000-00000000000%u", i);

      g_variant_dict_init (&fields, NULL);
      if (starts[i] != NULL)
        g_variant_dict_insert (&fields, "start", "s", starts[i]);
      g_ptr_array_add (measures, nr_record_new (id, "measures.register", i, g_variant_dict_end (&fields)));
    }
  g_assert_cmpint (nr_measure_compare (measures->pdata[1], measures->pdata[0], NR_MEASURE_ORDER_NEWEST), <, 0);
  g_assert_cmpint (nr_measure_compare (measures->pdata[0], measures->pdata[1], NR_MEASURE_ORDER_OLDEST), <, 0);
  g_assert_cmpint (nr_measure_compare (measures->pdata[3], measures->pdata[2], NR_MEASURE_ORDER_NEWEST), <, 0);
  g_assert_cmpint (nr_measure_compare (measures->pdata[3], measures->pdata[2], NR_MEASURE_ORDER_OLDEST), <, 0);
  g_assert_cmpint (nr_measure_compare (measures->pdata[0], measures->pdata[3], NR_MEASURE_ORDER_ENTERED), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  nr_test_init (&argc, &argv);

  g_test_add ("/measures/link-unlink", Fixture, NULL, fixture_set_up, test_link_unlink, fixture_tear_down);
  g_test_add ("/measures/matches-text", Fixture, NULL, fixture_set_up, test_matches_text, fixture_tear_down);
  g_test_add_func ("/measures/order-by-start", test_order_by_start);
  return g_test_run ();
}
