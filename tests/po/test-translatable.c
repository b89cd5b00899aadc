/* test-translatable.c: every string a user reads reaches the translators.
 *
 * Three ways a string escapes translation, each checked here against the
 * source tree (G_TEST_SRCDIR is the top of the project):
 *   - a source file with marked strings that po/POTFILES.in does not list,
 *     so xgettext never sees it;
 *   - a text property in a UI file without translatable="yes";
 *   - a C call that sets a visible text from a bare string literal.
 */
#include "config.h"

#include <glib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "nr-test-util.h"

/* UI properties and menu attributes whose values are shown to the user. */
static const char * const visible_properties[] = {
  "label", "title", "subtitle", "tooltip-text", "tooltip-markup",
  "placeholder-text", "text", "description", "heading", "body",
  "secondary-text", "message", NULL,
};

static char *
source_path (const char *relative)
{
  return g_test_build_filename (G_TEST_DIST, relative, NULL);
}

/* A value with no letters (a separator, a number) needs no translation. */
static gboolean
has_letters (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalpha (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

static GPtrArray *
files_under (const char *relative_dir,
             const char *suffix)
{
  GPtrArray *files = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *pending = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (pending, g_strdup (relative_dir));
  while (pending->len > 0)
    {
      g_autofree char *dir_relative = g_ptr_array_steal_index (pending, pending->len - 1);
      g_autofree char *dir_path = source_path (dir_relative);
      g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
      const char *name;

      g_assert_nonnull (dir);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (dir_relative, name, NULL);
          g_autofree char *child_path = source_path (child);

          if (g_file_test (child_path, G_FILE_TEST_IS_DIR))
            g_ptr_array_add (pending, g_steal_pointer (&child));
          else if (g_str_has_suffix (name, suffix))
            g_ptr_array_add (files, g_steal_pointer (&child));
        }
    }
  g_ptr_array_unref (pending);
  return files;
}

static char *
read_source (const char *relative)
{
  g_autofree char *path = source_path (relative);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static GHashTable *
read_potfiles (void)
{
  g_autofree char *contents = read_source ("po/POTFILES.in");
  g_auto(GStrv) lines = g_strsplit (contents, "\n", -1);
  GHashTable *listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (lines[i][0] != '\0' && lines[i][0] != '#')
        g_hash_table_add (listed, g_strdup (lines[i]));
    }
  return listed;
}

static void
test_potfiles_lists_marked_sources (void)
{
  g_autoptr(GHashTable) listed = read_potfiles ();
  g_autoptr(GRegex) marked = g_regex_new ("\\b(_|N_|C_|NC_|ngettext|g_dngettext)\\s*\\(\\s*\"",
                                          0, 0, NULL);
  g_autoptr(GPtrArray) sources = files_under ("src", ".c");
  g_autoptr(GPtrArray) ui_files = files_under ("ui", ".ui");
  GHashTableIter iter;
  gpointer key;

  for (guint i = 0; i < sources->len; i++)
    {
      const char *relative = sources->pdata[i];
      g_autofree char *contents = read_source (relative);

      if (g_regex_match (marked, contents, 0, NULL) && !g_hash_table_contains (listed, relative))
        g_error ("%s has strings marked for translation but po/POTFILES.in does not list it",
                 relative);
    }

  for (guint i = 0; i < ui_files->len; i++)
    if (!g_hash_table_contains (listed, ui_files->pdata[i]))
      g_error ("po/POTFILES.in does not list %s", (char *) ui_files->pdata[i]);

  /* And nothing listed is gone: xgettext would stop at a missing file. */
  g_hash_table_iter_init (&iter, listed);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_autofree char *path = source_path (key);

      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_error ("po/POTFILES.in lists %s, which does not exist", (char *) key);
    }
}

static void
check_ui_node (const char *file,
               xmlNode    *node,
               guint      *checked)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;

      if (xmlStrEqual (child->name, BAD_CAST "property") ||
          xmlStrEqual (child->name, BAD_CAST "attribute"))
        {
          g_autofree char *name = (char *) xmlGetProp (child, BAD_CAST "name");
          g_autofree char *translatable = (char *) xmlGetProp (child, BAD_CAST "translatable");
          g_autofree char *value = (char *) xmlNodeGetContent (child);

          if (name != NULL && g_strv_contains (visible_properties, name) &&
              value != NULL && has_letters (value))
            {
              (*checked)++;
              if (g_strcmp0 (translatable, "yes") != 0)
                g_error ("%s, line %ld: the %s “%s” is not marked translatable=\"yes\"",
                         file, xmlGetLineNo (child), name, value);
            }
        }
      /* Items of a GtkStringList or GtkComboBoxText. */
      else if (xmlStrEqual (child->name, BAD_CAST "item"))
        {
          g_autofree char *translatable = (char *) xmlGetProp (child, BAD_CAST "translatable");
          g_autofree char *value = (char *) xmlNodeGetContent (child);

          if (value != NULL && has_letters (value) && child->children != NULL &&
              child->children->type == XML_TEXT_NODE)
            {
              (*checked)++;
              if (g_strcmp0 (translatable, "yes") != 0)
                g_error ("%s, line %ld: the item “%s” is not marked translatable=\"yes\"",
                         file, xmlGetLineNo (child), value);
            }
        }
      check_ui_node (file, child, checked);
    }
}

static void
test_ui_texts_are_translatable (void)
{
  g_autoptr(GPtrArray) ui_files = files_under ("ui", ".ui");
  guint checked = 0;

  g_assert_cmpuint (ui_files->len, >, 0);
  for (guint i = 0; i < ui_files->len; i++)
    {
      g_autofree char *path = source_path (ui_files->pdata[i]);
      xmlDoc *doc = xmlReadFile (path, NULL, XML_PARSE_NONET | XML_PARSE_NOBLANKS);

      g_assert_nonnull (doc);
      check_ui_node (ui_files->pdata[i], xmlDocGetRootElement (doc), &checked);
      xmlFreeDoc (doc);
    }
  /* The walk found the texts it is meant to check. */
  g_assert_cmpuint (checked, >, 50);
}

/* Calls that put a string on screen, with a bare literal as their text:
 * gtk_label_set_text (label, "Saved") instead of _("Saved"). */
static void
test_gui_code_sets_no_bare_literals (void)
{
  g_autoptr(GPtrArray) sources = files_under ("src/gui", ".c");
  g_autoptr(GRegex) setter = g_regex_new (
    "\\b(?:(\\w+_set_(?:label|text|title|subtitle|tooltip_text|tooltip_markup|placeholder_text|"
    "description|heading|body|markup|message)|adw_toast_new|gtk_label_new|"
    "gtk_button_new_with_label|gtk_button_new_with_mnemonic|gtk_check_button_new_with_label)"
    "\\s*\\((?:[^;\"()]*,\\s*)?"
    "|(GTK_ACCESSIBLE_PROPERTY_(?:LABEL|DESCRIPTION))\\s*,\\s*)\"([^\"]*)\"",
    0, 0, NULL);

  g_assert_cmpuint (sources->len, >, 0);
  for (guint i = 0; i < sources->len; i++)
    {
      g_autofree char *contents = read_source (sources->pdata[i]);
      g_autoptr(GMatchInfo) match = NULL;

      g_regex_match (setter, contents, 0, &match);
      while (g_match_info_matches (match))
        {
          g_autofree char *call = g_match_info_fetch (match, 1);
          g_autofree char *property = g_match_info_fetch (match, 2);
          g_autofree char *literal = g_match_info_fetch (match, 3);

          if (has_letters (literal))
            g_error ("%s: %s is given the untranslated text “%s”; mark it with _()",
                     (char *) sources->pdata[i], *call != '\0' ? call : property, literal);
          g_match_info_next (match, NULL);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  nr_test_init (&argc, &argv);

  g_test_add_func ("/translatable/potfiles", test_potfiles_lists_marked_sources);
  g_test_add_func ("/translatable/ui-files", test_ui_texts_are_translatable);
  g_test_add_func ("/translatable/gui-code", test_gui_code_sets_no_bare_literals);

  return g_test_run ();
}
