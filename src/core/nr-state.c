/* nr-state.c: the text form in which answers are stored and compared.
 *
 * Answers, records and review states are stored as GVariant text, which
 * g_variant_parse() reads back with its type.  Every state is printed here,
 * so that equal values always give equal text: the history, undo and merge
 * compare states as strings.  This printer writes the same text format as
 * g_variant_print() for the few types a report holds, an order of magnitude
 * faster for long texts, which matters when a whole report is imported.
 */
#include "config.h"

#include <string.h>

#include "nr-state.h"

static void
append_string (GString    *out,
               const char *text)
{
  const char *run = text;

  g_string_append_c (out, '\'');
  for (const char *p = text; *p != '\0'; p++)
    {
      const char *escape = NULL;
      char unicode[8];

      switch (*p)
        {
        case '\'': escape = "\\'"; break;
        case '\\': escape = "\\\\"; break;
        case '\n': escape = "\\n"; break;
        case '\r': escape = "\\r"; break;
        case '\t': escape = "\\t"; break;
        default:
          if ((guchar) *p < 0x20 || *p == 0x7f)
            {
              g_snprintf (unicode, sizeof unicode, "\\u%04x", (guint) (guchar) *p);
              escape = unicode;
            }
          break;
        }

      if (escape != NULL)
        {
          g_string_append_len (out, run, p - run);
          g_string_append (out, escape);
          run = p + 1;
        }
    }
  g_string_append (out, run);
  g_string_append_c (out, '\'');
}

static void append_value (GString  *out,
                          GVariant *value,
                          gboolean  annotate);

static void
append_container (GString    *out,
                  GVariant   *value,
                  const char  open,
                  const char  close)
{
  gsize n = g_variant_n_children (value);

  /* An empty container needs its type to be parsed back. */
  if (n == 0 && open != '(')
    g_string_append_printf (out, "@%s ", g_variant_get_type_string (value));

  g_string_append_c (out, open);
  for (gsize i = 0; i < n; i++)
    {
      g_autoptr(GVariant) child = g_variant_get_child_value (value, i);

      if (i > 0)
        g_string_append (out, ", ");
      append_value (out, child, FALSE);
    }
  g_string_append_c (out, close);
}

static void
append_value (GString  *out,
              GVariant *value,
              gboolean  annotate)
{
  /* Dispatch on the class, not on type comparisons: this runs for every
   * field of every record. */
  switch (g_variant_classify (value))
    {
    case G_VARIANT_CLASS_STRING:
      append_string (out, g_variant_get_string (value, NULL));
      break;

    case G_VARIANT_CLASS_DOUBLE:
      {
        char number[G_ASCII_DTOSTR_BUF_SIZE];

        g_ascii_dtostr (number, sizeof number, g_variant_get_double (value));
        g_string_append (out, number);
        /* Keep it a double when read back without a type. */
        if (strpbrk (number, ".eEn") == NULL)
          g_string_append (out, ".0");
      }
      break;

    case G_VARIANT_CLASS_VARIANT:
      {
        g_autoptr(GVariant) inner = g_variant_get_variant (value);

        g_string_append_c (out, '<');
        append_value (out, inner, TRUE);
        g_string_append_c (out, '>');
      }
      break;

    case G_VARIANT_CLASS_DICT_ENTRY:
      {
        g_autoptr(GVariant) key = g_variant_get_child_value (value, 0);
        g_autoptr(GVariant) item = g_variant_get_child_value (value, 1);

        append_value (out, key, FALSE);
        g_string_append (out, ": ");
        append_value (out, item, FALSE);
      }
      break;

    case G_VARIANT_CLASS_ARRAY:
      if (g_variant_get_type_string (value)[1] == '{')
        append_container (out, value, '{', '}');
      else
        append_container (out, value, '[', ']');
      break;

    case G_VARIANT_CLASS_TUPLE:
      append_container (out, value, '(', ')');
      break;

    case G_VARIANT_CLASS_BOOLEAN:
    case G_VARIANT_CLASS_BYTE:
    case G_VARIANT_CLASS_INT16:
    case G_VARIANT_CLASS_UINT16:
    case G_VARIANT_CLASS_INT32:
    case G_VARIANT_CLASS_UINT32:
    case G_VARIANT_CLASS_INT64:
    case G_VARIANT_CLASS_UINT64:
    case G_VARIANT_CLASS_HANDLE:
    case G_VARIANT_CLASS_OBJECT_PATH:
    case G_VARIANT_CLASS_SIGNATURE:
    case G_VARIANT_CLASS_MAYBE:
    default:
      {
        /* Not a type reports hold; print it the slow, general way. */
        g_autofree char *general = g_variant_print (value, annotate);
        g_string_append (out, general);
      }
      break;
    }
}

/**
 * nr_state_print:
 * @value: an answer, a record's state or a review state
 *
 * Returns: (transfer full): @value as GVariant text, with its type where
 *   g_variant_parse() needs it to read the text back.
 */
char *
nr_state_print (GVariant *value)
{
  GString *out = g_string_sized_new (64);

  append_value (out, value, TRUE);
  return g_string_free (out, FALSE);
}
