/* nr-office-xml.c: text as the XML of a word-processing file holds it.
 *
 * Every text that goes into a .docx or .odt, whether an answer, a label or
 * a marking, goes through nr_office_append_text (): the five characters XML
 * reserves are escaped, and characters XML 1.0 cannot hold (control
 * characters, U+FFFE and U+FFFF, invalid UTF-8) never reach the file.  Line
 * breaks are the walk's business: it makes a paragraph of each line, so a
 * line break, a tab or a carriage return that reaches this point is
 * written as a space.
 */
#include "config.h"

#include <pango/pango.h>

#include "nr-office-private.h"

static gboolean
xml_allows (gunichar c)
{
  if (c < 0x20)
    return FALSE;
  /* C1 controls are allowed by XML 1.0 but are never text. */
  if (c >= 0x7f && c <= 0x9f)
    return FALSE;
  if (c >= 0xd800 && c <= 0xdfff)
    return FALSE;
  return c != 0xfffe && c != 0xffff && c <= 0x10ffff;
}

/**
 * nr_office_append_text:
 * @text: (nullable): any text; %NULL appends nothing
 *
 * Appends @text to @xml, escaped for element content and attribute values
 * alike.
 */
void
nr_office_append_text (GString    *xml,
                       const char *text)
{
  g_autofree char *valid = NULL;

  if (text == NULL)
    return;
  valid = g_utf8_make_valid (text, -1);
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (c)
        {
        case '&':
          g_string_append (xml, "&amp;");
          break;
        case '<':
          g_string_append (xml, "&lt;");
          break;
        case '>':
          g_string_append (xml, "&gt;");
          break;
        case '"':
          g_string_append (xml, "&quot;");
          break;
        case '\'':
          g_string_append (xml, "&apos;");
          break;
        case '\t':
        case '\n':
        case '\r':
          g_string_append_c (xml, ' ');
          break;
        default:
          if (xml_allows (c))
            g_string_append_unichar (xml, c);
          break;
        }
    }
}

static gboolean
all_of (const char *subtag,
        gboolean  (*is_class) (char c))
{
  for (const char *p = subtag; *p != '\0'; p++)
    {
      if (!is_class (*p))
        return FALSE;
    }
  return TRUE;
}

static gboolean
is_alpha (char c)
{
  return g_ascii_isalpha (c);
}

static gboolean
is_digit (char c)
{
  return g_ascii_isdigit (c);
}

/**
 * nr_office_split_language:
 * @tag: (nullable): a BCP 47 language tag ("id", "pt-BR", "zh-Hant-TW")
 * @language: (out): its language ("id"), or %NULL
 * @script: (out): its script ("Hant"), or %NULL
 * @country: (out): its region ("BR"), or %NULL
 *
 * Splits a tag as ODF's fo:language, fo:script and fo:country want it.
 */
void
nr_office_split_language (const char *tag,
                          char      **language,
                          char      **script,
                          char      **country)
{
  g_auto(GStrv) subtags = tag != NULL ? g_strsplit (tag, "-", -1) : NULL;

  *language = *script = *country = NULL;
  if (subtags == NULL || subtags[0] == NULL || *subtags[0] == '\0')
    return;
  *language = g_ascii_strdown (subtags[0], -1);
  for (guint i = 1; subtags[i] != NULL; i++)
    {
      gsize length = strlen (subtags[i]);

      if (length == 4 && *script == NULL && *country == NULL && all_of (subtags[i], is_alpha))
        *script = g_strdup (subtags[i]);
      else if (*country == NULL && ((length == 2 && all_of (subtags[i], is_alpha)) ||
                                    (length == 3 && all_of (subtags[i], is_digit))))
        *country = g_ascii_strup (subtags[i], -1);
    }
}

/**
 * nr_office_language_scripts:
 * @tag: (nullable): a BCP 47 language tag
 *
 * Returns: which language setting of a word processor the text of @tag's
 *   language falls under, by the script pango knows it to be written in:
 *   Latin, Cyrillic and Greek are Western, Han, kana and Hangul Asian,
 *   any other script complex.  A language pango does not know is taken to
 *   be Western.
 */
NrOfficeScripts
nr_office_language_scripts (const char *tag)
{
  g_auto(GStrv) subtags = g_strsplit (tag != NULL ? tag : "", "-", 2);
  int n_scripts = 0;
  const PangoScript *scripts = tag != NULL ? pango_language_get_scripts (pango_language_from_string (tag), &n_scripts)
                                           : NULL;

  const PangoScript western[] = { PANGO_SCRIPT_LATIN, PANGO_SCRIPT_CYRILLIC, PANGO_SCRIPT_GREEK,
                                  PANGO_SCRIPT_ARMENIAN, PANGO_SCRIPT_GEORGIAN };
  const PangoScript asian[] = { PANGO_SCRIPT_HAN, PANGO_SCRIPT_HIRAGANA, PANGO_SCRIPT_KATAKANA,
                                PANGO_SCRIPT_HANGUL, PANGO_SCRIPT_BOPOMOFO };

  const char *chinese_japanese_korean[] = { "zh", "ja", "ko", NULL };

  /* Pango knows "zh-tw" but not "zh" or "zh-Hant-TW", and no other language
   * is an Asian one to a word processor. */
  if (subtags[0] != NULL && g_strv_contains (chinese_japanese_korean, subtags[0]))
    return NR_OFFICE_SCRIPTS_ASIAN;
  if ((scripts == NULL || n_scripts == 0) && subtags[0] != NULL && *subtags[0] != '\0')
    scripts = pango_language_get_scripts (pango_language_from_string (subtags[0]), &n_scripts);
  if (scripts == NULL || n_scripts == 0)
    return NR_OFFICE_SCRIPTS_WESTERN;
  for (guint i = 0; i < G_N_ELEMENTS (western); i++)
    {
      if (scripts[0] == western[i])
        return NR_OFFICE_SCRIPTS_WESTERN;
    }
  for (guint i = 0; i < G_N_ELEMENTS (asian); i++)
    {
      if (scripts[0] == asian[i])
        return NR_OFFICE_SCRIPTS_ASIAN;
    }
  return NR_OFFICE_SCRIPTS_COMPLEX;
}
