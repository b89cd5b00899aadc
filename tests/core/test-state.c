/* test-state.c: the text form of stored answers reads back to the same
 * value, whatever the text holds. */
#include "config.h"

#include "nr-report-private.h"
#include "nr-checklist.h"
#include "nr-state.h"
#include "nr-test-util.h"

static void
assert_round_trip (GVariant *value)
{
  g_autoptr(GVariant) owned = g_variant_ref_sink (value);
  g_autofree char *text = nr_state_print (owned);
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) parsed = g_variant_parse (NULL, text, NULL, NULL, &error);

  g_assert_no_error (error);
  if (!g_variant_equal (owned, parsed))
    {
      g_autofree char *expected = g_variant_print (owned, TRUE);
      g_error ("“%s” read back differently from %s", text, expected);
    }
}

static void
test_strings (void)
{
  const char *texts[] = {
    "",
    "plain",
    "it's \"quoted\" and \\backslashed\\",
    "lines\nand\r\nreturns\tand tabs",
    "control \x01 \x1f \x7f characters",
    "Chiến lược an ninh mạng; ยุทธศาสตร์; ယုံကြည်မှု; ភាពជឿជាក់",
    "<xml> & 'both' \"quotes\"",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    assert_round_trip (g_variant_new_string (texts[i]));
}

static void
test_containers (void)
{
  const char *choices[] = { "incident-response", "it's", NULL };
  GVariantBuilder checklist;
  GVariantDict fields;

  assert_round_trip (g_variant_new_strv (choices, -1));
  assert_round_trip (g_variant_new_strv (NULL, 0));

  g_variant_builder_init (&checklist, NR_CHECKLIST_TYPE);
  g_variant_builder_add (&checklist, "{s(ss)}", "national-strategy", "done", "");
  g_variant_builder_add (&checklist, "{s(ss)}", "crisis-management", "", "Drafted with 'care'.");
  assert_round_trip (g_variant_builder_end (&checklist));
  assert_round_trip (g_variant_new_array (G_VARIANT_TYPE ("{s(ss)}"), NULL, 0));
  /* As reports before questionnaire version 2 stored them. */
  g_variant_builder_init (&checklist, G_VARIANT_TYPE ("a{ss}"));
  g_variant_builder_add (&checklist, "{ss}", "national-strategy", "done");
  assert_round_trip (g_variant_builder_end (&checklist));

  g_variant_dict_init (&fields, NULL);
  g_variant_dict_insert (&fields, "title", "s", "Act 854 'Cyber Security'");
  g_variant_dict_insert_value (&fields, "norms", g_variant_new_strv (choices, -1));
  g_variant_dict_insert_value (&fields, "empty", g_variant_new_strv (NULL, 0));
  assert_round_trip (g_variant_new ("(d@a{sv})", 1.0, g_variant_dict_end (&fields)));
  assert_round_trip (g_variant_new ("(d@a{sv})", -0.3125,
                                    g_variant_new_array (G_VARIANT_TYPE ("{sv}"), NULL, 0)));
  assert_round_trip (g_variant_new ("(ss)", "cleared", "O'Brien"));
}

static void
test_doubles_stay_doubles (void)
{
  g_autoptr(GVariant) value = g_variant_ref_sink (g_variant_new_double (2.0));
  g_autofree char *text = nr_state_print (value);

  g_assert_cmpstr (text, ==, "2.0");
}

/* A record's state is its position and fields, as imports assemble it. */
static void
test_record_state (void)
{
  GVariantDict dict;
  g_autoptr(GVariant) fields = NULL;
  g_autofree char *printed = NULL;
  g_autofree char *state = NULL;
  g_autofree char *assembled = NULL;

  g_variant_dict_init (&dict, NULL);
  g_variant_dict_insert (&dict, "title", "s", "Decree");
  fields = g_variant_ref_sink (g_variant_dict_end (&dict));
  printed = nr_state_print (fields);
  state = nr_report_record_state (2.5, fields);
  assembled = g_strdup_printf ("(2.5, %s)", printed);
  g_assert_cmpstr (state, ==, assembled);
}

int
main (int   argc,
      char *argv[])
{
  nr_test_init (&argc, &argv);

  g_test_add_func ("/state/strings", test_strings);
  g_test_add_func ("/state/containers", test_containers);
  g_test_add_func ("/state/doubles", test_doubles_stay_doubles);
  g_test_add_func ("/state/record", test_record_state);

  return g_test_run ();
}
