/* nr-text.c: text as the interchange format can hold it.
 *
 * Answers arrive pasted from word processors and mail, with characters XML
 * 1.0 cannot carry: a vertical tab is Word's manual line break, a form feed
 * its page break, and other controls and U+FFFE/U+FFFF come along with
 * them.  An answer holding one could never be exported, so text is
 * normalised where it enters a report and again where it is written, the
 * same way at both places: line breaks become "\n", what XML cannot hold
 * becomes U+FFFD, and bytes that are not UTF-8 become U+FFFD too.  Tabs and
 * line breaks stay; every script stays as it is.
 */
#include "config.h"

#include "nr-text.h"

#define REPLACEMENT "\xEF\xBF\xBD"

/* Whether the byte at @p starts U+FFFE or U+FFFF (EF BF BE, EF BF BF). */
static gboolean
is_xml_nonchar (const guchar *p)
{
  return p[0] == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF);
}

/**
 * nr_text_is_normal:
 *
 * Whether @text is valid UTF-8 that normalising would leave as it is.
 */
gboolean
nr_text_is_normal (const char *text)
{
  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    {
      if ((*p < 0x20 && *p != '\t' && *p != '\n') || is_xml_nonchar (p))
        return FALSE;
    }
  return g_utf8_validate (text, -1, NULL);
}

/**
 * nr_text_normalise:
 *
 * Returns: (transfer full): @text with every kind of line break as "\n",
 *   and U+FFFD for the controls, non-characters and invalid bytes XML
 *   cannot hold.
 */
char *
nr_text_normalise (const char *text)
{
  g_autofree char *valid = NULL;
  GString *out;

  if (nr_text_is_normal (text))
    return g_strdup (text);

  valid = g_utf8_make_valid (text, -1);
  out = g_string_sized_new (strlen (valid));
  for (const guchar *p = (const guchar *) valid; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\r':
          /* "\r\n" is one line break. */
          if (p[1] != '\n')
            g_string_append_c (out, '\n');
          break;
        case '\v':
        case '\f':
          g_string_append_c (out, '\n');
          break;
        default:
          if (*p < 0x20 && *p != '\t' && *p != '\n')
            g_string_append (out, REPLACEMENT);
          else if (is_xml_nonchar (p))
            {
              g_string_append (out, REPLACEMENT);
              p += 2;
            }
          else
            g_string_append_c (out, (char) *p);
          break;
        }
    }
  return g_string_free (out, FALSE);
}

/**
 * nr_text_normalise_name:
 *
 * Returns: (transfer full): @text normalised and cut to the length the
 *   schema allows a name, at a character boundary.
 */
char *
nr_text_normalise_name (const char *text)
{
  char *normal = nr_text_normalise (text);

  if (g_utf8_strlen (normal, -1) > NR_NAME_MAX_LENGTH)
    *g_utf8_offset_to_pointer (normal, NR_NAME_MAX_LENGTH) = '\0';
  return normal;
}

/**
 * nr_text_normalise_value:
 * @value: an answer or the fields of a record
 *
 * Returns: (transfer full): @value with every string in it normalised; the
 *   same value when nothing needed to change.
 */
GVariant *
nr_text_normalise_value (GVariant *value)
{
  g_autoptr(GPtrArray) children = NULL;
  gboolean changed = FALSE;
  gsize n;

  if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    {
      const char *text = g_variant_get_string (value, NULL);

      if (nr_text_is_normal (text))
        return g_variant_ref (value);
      return g_variant_ref_sink (g_variant_new_take_string (nr_text_normalise (text)));
    }
  if (!g_variant_is_container (value))
    return g_variant_ref (value);

  /* A container: rebuilt only when a string in it changed. */
  n = g_variant_n_children (value);
  children = g_ptr_array_new_full (n, (GDestroyNotify) g_variant_unref);
  for (gsize i = 0; i < n; i++)
    {
      g_autoptr(GVariant) child = g_variant_get_child_value (value, i);
      GVariant *normal = nr_text_normalise_value (child);

      changed |= normal != child;
      g_ptr_array_add (children, normal);
    }
  if (!changed)
    return g_variant_ref (value);

  if (g_variant_is_of_type (value, G_VARIANT_TYPE_VARIANT))
    return g_variant_ref_sink (g_variant_new_variant (children->pdata[0]));
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_DICT_ENTRY))
    return g_variant_ref_sink (g_variant_new_dict_entry (children->pdata[0], children->pdata[1]));
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_MAYBE))
    return g_variant_ref_sink (g_variant_new_maybe (NULL, children->pdata[0]));
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_TUPLE))
    return g_variant_ref_sink (g_variant_new_tuple ((GVariant **) children->pdata, n));
  return g_variant_ref_sink (g_variant_new_array (g_variant_type_element (g_variant_get_type (value)),
                                                  (GVariant **) children->pdata, n));
}

/**
 * nr_text_split_paragraphs:
 *
 * Returns: (transfer full): @text's paragraphs as its writer broke them:
 *   the runs of lines between blank lines, without the blank ones, each
 *   stripped of surrounding white space; single line breaks stay.
 */
GStrv
nr_text_split_paragraphs (const char *text)
{
  g_auto(GStrv) parts = g_regex_split_simple ("\\n[ \\t]*\\n\\s*", text != NULL ? text : "", 0, 0);
  GPtrArray *paragraphs = g_ptr_array_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    if (*g_strstrip (parts[i]) != '\0')
      g_ptr_array_add (paragraphs, g_strdup (parts[i]));
  g_ptr_array_add (paragraphs, NULL);
  return (GStrv) g_ptr_array_free (paragraphs, FALSE);
}
