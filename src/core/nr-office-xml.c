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
