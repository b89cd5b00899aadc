/* nr-country.c: the UN member states, named in the user's language.
 *
 * Names come from Debian's iso-codes, translated through its own gettext
 * domain, so that every language iso-codes knows is covered without work of
 * ours.  ISO 3166-1 also lists territories and observers; the 56 codes that
 * are not UN member states are left out, which leaves the 193 members.
 * ASEAN's members come first, since they are the first users.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "nr-catalogue.h"
#include "nr-country.h"

#define ISO_CODES_JSON "/usr/share/iso-codes/json/iso_3166-1.json"
#define ISO_CODES_DOMAIN "iso_3166-1"

struct _NrCountry
{
  GObject parent_instance;

  char *code;
  char *name;
  char *english_name;       /* as iso-codes has it, to translate it with */
  gboolean asean;
};

G_DEFINE_FINAL_TYPE (NrCountry, nr_country, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CODE,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* In ISO 3166-1 but not UN member states: territories, Antarctica, the two
 * observer states. */
static const char *const not_members[] = {
  "AS", "AI", "AQ", "AW", "AX", "BL", "BM", "BQ", "BV", "CC", "CK", "CW", "CX", "EH",
  "FK", "FO", "GF", "GG", "GI", "GL", "GP", "GS", "GU", "HK", "HM", "IM", "IO", "JE",
  "KY", "MF", "MO", "MP", "MQ", "MS", "NC", "NF", "NU", "PF", "PM", "PN", "PR", "PS",
  "RE", "SH", "SJ", "SX", "TC", "TF", "TK", "TW", "UM", "VA", "VG", "VI", "WF", "YT",
  NULL
};

static const char *const asean_members[] = {
  "BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL", NULL
};

static void
nr_country_finalize (GObject *object)
{
  NrCountry *self = NR_COUNTRY (object);

  g_free (self->code);
  g_free (self->name);
  g_free (self->english_name);

  G_OBJECT_CLASS (nr_country_parent_class)->finalize (object);
}

static void
nr_country_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  NrCountry *self = NR_COUNTRY (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nr_country_class_init (NrCountryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = nr_country_finalize;
  object_class->get_property = nr_country_get_property;

  properties[PROP_CODE] = g_param_spec_string ("code", NULL, NULL, NULL,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nr_country_init (NrCountry *self)
{
}

const char *
nr_country_get_code (NrCountry *self)
{
  g_return_val_if_fail (NR_IS_COUNTRY (self), NULL);
  return self->code;
}

const char *
nr_country_get_name (NrCountry *self)
{
  g_return_val_if_fail (NR_IS_COUNTRY (self), NULL);
  return self->name;
}

gboolean
nr_country_is_asean (NrCountry *self)
{
  g_return_val_if_fail (NR_IS_COUNTRY (self), FALSE);
  return self->asean;
}

static int
compare_countries (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  NrCountry *x = NR_COUNTRY ((gpointer) a);
  NrCountry *y = NR_COUNTRY ((gpointer) b);

  if (x->asean != y->asean)
    return x->asean ? -1 : 1;
  return g_utf8_collate (x->name, y->name);
}

/* The name people use (the common name, "Vietnam", where iso-codes gives
 * one) in the user's language; where a language translates only the
 * formal name ("Viet Nam" into Vietnamese "Việt Nam"), that translation,
 * so that no State is named in English in a translated overview. */
static const char *
translated_name (const char *name,
                 const char *common)
{
  const char *translated = g_dgettext (ISO_CODES_DOMAIN, name);

  if (common == NULL)
    return translated;
  if (g_dgettext (ISO_CODES_DOMAIN, common) == common && translated != name)
    return translated;
  return g_dgettext (ISO_CODES_DOMAIN, common);
}

static GListStore *
load_countries (void)
{
  GListStore *store = g_list_store_new (NR_TYPE_COUNTRY);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *entries;

  bind_textdomain_codeset (ISO_CODES_DOMAIN, "UTF-8");

  if (!json_parser_load_from_file (parser, ISO_CODES_JSON, &error))
    {
      g_warning ("Could not read the list of countries from %s: %s", ISO_CODES_JSON,
                 error->message);
      return store;
    }

  entries = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                          "3166-1");
  for (guint i = 0; i < json_array_get_length (entries); i++)
    {
      JsonObject *entry = json_array_get_object_element (entries, i);
      const char *code = json_object_get_string_member (entry, "alpha_2");
      const char *name = json_object_get_string_member_with_default (entry, "name", NULL);
      const char *common = json_object_get_string_member_with_default (entry, "common_name", NULL);
      NrCountry *country;

      if (code == NULL || name == NULL || g_strv_contains (not_members, code))
        continue;

      country = g_object_new (NR_TYPE_COUNTRY, NULL);
      country->code = g_strdup (code);
      country->name = g_strdup (translated_name (name, common));
      country->english_name = g_strdup (common != NULL ? common : name);
      country->asean = g_strv_contains (asean_members, code);
      g_list_store_append (store, country);
      g_object_unref (country);
    }

  g_list_store_sort (store, compare_countries, NULL);
  return store;
}

/**
 * nr_countries_get_default:
 *
 * Returns: (transfer none): the UN member states (#NrCountry), ASEAN first,
 *   then by name in the user's language.
 */
GListModel *
nr_countries_get_default (void)
{
  static GListStore *countries;

  /* The printout names the State from a worker thread. */
  if (g_once_init_enter (&countries))
    g_once_init_leave (&countries, load_countries ());
  return G_LIST_MODEL (countries);
}

/* Code → NrCountry, built once and only read after: a list store is no
 * good to threads, as reading it moves its cursor. */
static GHashTable *
countries_by_code (void)
{
  static GHashTable *by_code;

  if (g_once_init_enter (&by_code))
    {
      GListModel *countries = nr_countries_get_default ();
      GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < g_list_model_get_n_items (countries); i++)
        {
          g_autoptr(NrCountry) country = g_list_model_get_item (countries, i);

          /* The list holds the country as long as the program runs. */
          g_hash_table_insert (table, country->code, country);
        }
      g_once_init_leave (&by_code, table);
    }
  return by_code;
}

/**
 * nr_countries_lookup_name:
 *
 * Safe to call from any thread.
 *
 * Returns: (transfer none) (nullable): the name of the state with that ISO
 *   3166-1 code, in the user's language.
 */
const char *
nr_countries_lookup_name (const char *code)
{
  NrCountry *country = code != NULL ? g_hash_table_lookup (countries_by_code (), code) : NULL;

  return country != NULL ? country->name : NULL;
}

/**
 * nr_countries_lookup_name_in:
 * @language: (nullable): a language tag, such as id; %NULL for the
 *   user's language
 *
 * Safe to call from any thread.
 *
 * Returns: (transfer full) (nullable): the name of the state with that ISO
 *   3166-1 code in @language, or in the user's language if iso-codes has
 *   none in @language.
 */
char *
nr_countries_lookup_name_in (const char *code,
                             const char *language)
{
  static GMutex lock;
  NrCountry *country = code != NULL ? g_hash_table_lookup (countries_by_code (), code) : NULL;
  g_autoptr(NrCatalogue) catalogue = NULL;

  if (country == NULL)
    return NULL;
  /* Where the catalogues are, asked of gettext one thread at a time. */
  g_mutex_lock (&lock);
  if (language != NULL)
    catalogue = nr_catalogue_load (bindtextdomain (ISO_CODES_DOMAIN, NULL), ISO_CODES_DOMAIN, language);
  g_mutex_unlock (&lock);
  /* iso-codes names the states in English, and has no catalogue for it. */
  if (catalogue == NULL && nr_catalogue_is_source_language (language))
    return g_strdup (country->english_name);
  if (catalogue == NULL)
    return g_strdup (country->name);
  return g_strdup (nr_catalogue_translate (catalogue, NULL, country->english_name));
}
