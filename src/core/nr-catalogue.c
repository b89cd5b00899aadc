/* nr-catalogue.c: a translation catalogue read from its .mo file.
 *
 * gettext translates into one language per process, the interface's, set
 * by LANGUAGE and the locale, and Debian often has no locale for the
 * language of the answers anyway.  A printout in the language of the
 * answers reads that language's catalogue itself: the GNU .mo format is a
 * table of original strings and one of translations, which are put in a
 * hash table once and only read after, so that any thread may translate
 * with it.
 */
#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "nr-catalogue.h"

#define MO_MAGIC         0x950412deu
#define MO_MAGIC_SWAPPED 0xde120495u

struct _NrCatalogue
{
  gatomicrefcount ref_count;
  GBytes *bytes;
  GHashTable *messages;     /* "context\004msgid" or msgid → msgstr, in bytes */
};

static guint32
read_word (const guint8 *data,
           gsize         offset,
           gboolean      swapped)
{
  guint32 word;

  memcpy (&word, data + offset, sizeof word);
  return swapped ? GUINT32_SWAP_LE_BE (word) : word;
}

/* The string the table entry at @entry describes, or NULL if it does not
 * lie within the file or is not terminated. */
static const char *
table_string (const guint8 *data,
              gsize         size,
              gsize         entry,
              gboolean      swapped)
{
  guint32 length;
  guint32 offset;

  if (entry > size - 8)
    return NULL;
  length = read_word (data, entry, swapped);
  offset = read_word (data, entry + 4, swapped);
  if (offset >= size || length >= size - offset || data[offset + length] != '\0')
    return NULL;
  return (const char *) data + offset;
}

static gboolean
read_messages (NrCatalogue *self)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (self->bytes, &size);
  guint32 magic;
  gboolean swapped;
  guint32 n, originals, translations;

  if (size < 20)
    return FALSE;
  memcpy (&magic, data, sizeof magic);
  if (magic != MO_MAGIC && magic != MO_MAGIC_SWAPPED)
    return FALSE;
  swapped = magic == MO_MAGIC_SWAPPED;
  n = read_word (data, 8, swapped);
  originals = read_word (data, 12, swapped);
  translations = read_word (data, 16, swapped);
  if (originals > size || translations > size || n > (size - MAX (originals, translations)) / 8)
    return FALSE;
  for (guint32 i = 0; i < n; i++)
    {
      const char *msgid = table_string (data, size, originals + (gsize) i * 8, swapped);
      const char *msgstr = table_string (data, size, translations + (gsize) i * 8, swapped);

      /* The header has an empty msgid; an untranslated message, an empty
       * msgstr.  A plural's first form stands for the message. */
      if (msgid != NULL && msgstr != NULL && *msgid != '\0' && *msgstr != '\0')
        g_hash_table_insert (self->messages, (gpointer) msgid, (gpointer) msgstr);
    }
  return TRUE;
}

/* The folders a language's catalogue may be in, most precise first:
 * "pt-TL" is pt_TL, then pt. */
static GStrv
language_folders (const char *language)
{
  g_autoptr(GStrvBuilder) folders = g_strv_builder_new ();
  g_autofree char *full = g_strdelimit (g_strdup (language), "-", '_');
  char *region = strchr (full, '_');

  g_strv_builder_add (folders, full);
  if (region != NULL)
    {
      *region = '\0';
      g_strv_builder_add (folders, full);
    }
  return g_strv_builder_end (folders);
}

/**
 * nr_catalogue_load:
 * @localedir: where catalogues are, as for bindtextdomain()
 * @language: a language tag, such as id or pt-TL
 *
 * Returns: (transfer full) (nullable): @domain's catalogue for @language,
 *   or %NULL if there is none.
 */
NrCatalogue *
nr_catalogue_load (const char *localedir,
                   const char *domain,
                   const char *language)
{
  g_auto(GStrv) folders = NULL;
  g_autofree char *file_name = g_strconcat (domain, ".mo", NULL);

  g_return_val_if_fail (localedir != NULL && domain != NULL, NULL);

  if (language == NULL || *language == '\0' || strchr (language, '/') != NULL)
    return NULL;
  folders = language_folders (language);
  for (guint i = 0; folders[i] != NULL; i++)
    {
      g_autofree char *path = g_build_filename (localedir, folders[i], "LC_MESSAGES", file_name, NULL);
      g_autoptr(GMappedFile) mapped = g_mapped_file_new (path, FALSE, NULL);
      NrCatalogue *self;

      if (mapped == NULL)
        continue;
      self = nr_catalogue_new_source ();
      self->bytes = g_mapped_file_get_bytes (mapped);
      if (read_messages (self))
        return self;
      g_warning ("“%s” is not a translation catalogue", path);
      nr_catalogue_unref (self);
    }
  return NULL;
}

/**
 * nr_catalogue_is_source_language:
 *
 * Returns: whether @language is English, the language Norms Reporter and
 *   iso-codes are written in, which needs no catalogue.
 */
gboolean
nr_catalogue_is_source_language (const char *language)
{
  return language != NULL && (g_str_equal (language, "en") || g_str_has_prefix (language, "en-"));
}

/**
 * nr_catalogue_new_source:
 *
 * Returns: (transfer full): a catalogue that translates nothing, for the
 *   language the program is written in.
 */
NrCatalogue *
nr_catalogue_new_source (void)
{
  NrCatalogue *self = g_new0 (NrCatalogue, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->messages = g_hash_table_new (g_str_hash, g_str_equal);
  return self;
}

/**
 * nr_catalogue_translate:
 * @context: (nullable): the message's context
 *
 * Returns: (transfer none): @msgid translated, or @msgid itself.
 */
const char *
nr_catalogue_translate (NrCatalogue *self,
                        const char  *context,
                        const char  *msgid)
{
  g_autofree char *key = context != NULL ? g_strconcat (context, "\004", msgid, NULL) : NULL;
  const char *msgstr = g_hash_table_lookup (self->messages, key != NULL ? key : msgid);

  return msgstr != NULL ? msgstr : msgid;
}

NrCatalogue *
nr_catalogue_ref (NrCatalogue *self)
{
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
nr_catalogue_unref (NrCatalogue *self)
{
  if (self == NULL || !g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_hash_table_unref (self->messages);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_free (self);
}
