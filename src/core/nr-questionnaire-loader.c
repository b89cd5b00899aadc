/* nr-questionnaire-loader.c: building an NrQuestionnaire from its XML.
 *
 * The XML is validated against questionnaire-1.xsd before it is walked, so the
 * walk can rely on the structure; what the schema cannot say (choice values
 * unique within a question, a choice question having choices at all) is
 * checked here.  Texts are translated through gettext as they are read, so the
 * rest of the program only ever sees the user's language, or the language of
 * the catalogue the loading thread holds (nr_questionnaire_load_builtin_in ()).
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "nr-i18n.h"
#include "nr-input.h"
#include "nr-questionnaire-private.h"
#include "nr-question-private.h"
#include "nr-xml.h"

#define QUESTIONNAIRE_NS "urn:normsreporter:questionnaire:1"
#define QUESTIONNAIRE_SCHEMA "questionnaire-1.xsd"

typedef struct
{
  NrQuestionnaire *questionnaire;
  const char *display_name;
  /* Choice-set id → its <choice-set> element. */
  GHashTable *choice_sets;
  /* Fields whose choices are the practical actions of every norm, filled
   * once every checklist is loaded. */
  GPtrArray *action_fields;
} Loader;

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE && g_str_equal ((const char *) node->name, name);
}

/* The translated, white-space-folded text of the child element @name.
 * Its message context is the id (or, for a choice or item, the value) of
 * @parent, as the ITS rules in po/its/ give it to xgettext: translators see
 * which question, choice or norm a text belongs to, and a short text such
 * as "Planned" can be translated differently where it means something else. */
static char *
translated_child_text (xmlNode    *parent,
                       const char *name)
{
  g_autofree char *text = nr_xml_node_text (nr_xml_first_child (parent, name));
  g_autofree xmlChar *context = NULL;

  if (text == NULL || *text == '\0')
    return NULL;

  context = xmlGetProp (parent, BAD_CAST "id");
  if (context == NULL)
    context = xmlGetProp (parent, BAD_CAST "value");
  if (context == NULL)
    return g_strdup (nr_i18n_gettext (text));
  return g_strdup (nr_i18n_pgettext ((const char *) context, text));
}

static gboolean
fail (Loader      *loader,
      xmlNode     *node,
      GError     **error,
      const char  *format,
      ...) G_GNUC_PRINTF (4, 5);

static gboolean
fail (Loader      *loader,
      xmlNode     *node,
      GError     **error,
      const char  *format,
      ...)
{
  g_autofree char *reason = NULL;
  va_list args;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, NR_QUESTIONNAIRE_ERROR, NR_QUESTIONNAIRE_ERROR_INVALID,
               _("“%s”, line %ld: %s"), loader->display_name, xmlGetLineNo (node), reason);
  return FALSE;
}

typedef void (*AddChoiceFunc) (NrQuestion *question,
                               NrChoice   *choice);

/* Adds every child element @element_name of @parent (<choice> or <item>) to
 * @question through @add, refusing duplicate values. */
static gboolean
load_choices (Loader         *loader,
              NrQuestion     *question,
              xmlNode        *parent,
              const char     *element_name,
              AddChoiceFunc   add,
              GError        **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (xmlNode *child = parent->children; child != NULL; child = child->next)
    {
      g_autofree char *value = NULL;
      g_autofree char *label = NULL;
      g_autofree char *help = NULL;
      g_autofree char *rests_on = NULL;
      g_autoptr(NrChoice) choice = NULL;

      if (!is_element (child, element_name))
        continue;

      value = nr_xml_get_attr (child, "value");
      if (!g_hash_table_add (seen, g_strdup (value)))
        return fail (loader, child, error, _("question “%s” lists “%s” twice."),
                     nr_question_get_id (question), value);

      label = translated_child_text (child, "label");
      help = translated_child_text (child, "help");
      /* A citation by document symbol: the same in every language, so not
       * looked up in the catalogue (po/its/ leaves attributes out). */
      rests_on = nr_xml_get_attr (child, "rests-on");
      choice = nr_choice_new (value, label, help, rests_on,
                              nr_xml_get_bool_attr (child, "non-answer"));
      add (question, choice);
    }

  return TRUE;
}

static gboolean
load_choice_set (Loader      *loader,
                 NrQuestion  *question,
                 xmlNode     *node,
                 GError     **error)
{
  g_autofree char *set_id = nr_xml_get_attr (node, "choice-set");
  xmlNode *set;

  if (set_id == NULL)
    return TRUE;

  set = g_hash_table_lookup (loader->choice_sets, set_id);
  if (set == NULL)
    return fail (loader, node, error, _("question “%s” uses the unknown choice set “%s”."),
                 nr_question_get_id (question), set_id);

  return load_choices (loader, question, set, "choice", nr_question_add_choice, error);
}

static NrQuestion *load_question (Loader      *loader,
                                  xmlNode     *node,
                                  const char  *default_source,
                                  GError     **error);

/* A field giving a record's classification offers exactly the three
 * classifications, so every value it holds is one an export can judge. */
static gboolean
is_classification_field (NrQuestion *field)
{
  GListModel *choices = nr_question_get_choices (field);
  guint n = g_list_model_get_n_items (choices);

  if (nr_question_get_kind (field) != NR_QUESTION_KIND_SINGLE_CHOICE || n != 3)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NrChoice) choice = g_list_model_get_item (choices, i);
      NrClassification classification;

      if (!nr_classification_from_string (nr_choice_get_value (choice), &classification))
        return FALSE;
    }
  return TRUE;
}

static gboolean
load_fields (Loader      *loader,
             NrQuestion  *question,
             xmlNode     *node,
             GError     **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      g_autoptr(NrQuestion) field = NULL;

      if (!is_element (child, "field"))
        continue;

      field = load_question (loader, child, NULL, error);
      if (field == NULL)
        return FALSE;

      if (!g_hash_table_add (seen, (gpointer) nr_question_get_id (field)))
        return fail (loader, child, error, _("question “%s” has two fields named “%s”."),
                     nr_question_get_id (question), nr_question_get_id (field));

      if (nr_xml_get_bool_attr (child, "classifies"))
        {
          if (!is_classification_field (field))
            return fail (loader, child, error,
                         _("field “%s” of “%s” gives its record's classification, so it must be a single choice of exactly public, workshop and internal."),
                         nr_question_get_id (field), nr_question_get_id (question));
          if (nr_question_get_classifying_field (question) != NULL)
            return fail (loader, child, error,
                         _("question “%s” has two fields that give its records' classification."),
                         nr_question_get_id (question));
          nr_question_set_classifies (field, TRUE);
        }

      nr_question_add_field (question, field);
    }

  return TRUE;
}

static gboolean
check_complete (Loader      *loader,
                NrQuestion  *question,
                xmlNode     *node,
                GError     **error)
{
  guint n_choices = g_list_model_get_n_items (nr_question_get_choices (question));
  const char *id = nr_question_get_id (question);

  switch (nr_question_get_kind (question))
    {
    case NR_QUESTION_KIND_SINGLE_CHOICE:
    case NR_QUESTION_KIND_MULTIPLE_CHOICE:
      if (n_choices == 0)
        return fail (loader, node, error, _("choice question “%s” has no choices."), id);
      break;
    case NR_QUESTION_KIND_CHECKLIST:
      if (g_list_model_get_n_items (nr_question_get_items (question)) == 0)
        return fail (loader, node, error, _("checklist “%s” has no items."), id);
      if (n_choices == 0)
        return fail (loader, node, error,
                     _("checklist “%s” names no choice set for the status of its items."), id);
      break;
    case NR_QUESTION_KIND_RECORDS:
      if (g_list_model_get_n_items (nr_question_get_fields (question)) == 0)
        return fail (loader, node, error, _("record list “%s” has no fields."), id);
      break;
    case NR_QUESTION_KIND_SHORT_TEXT:
    case NR_QUESTION_KIND_LONG_TEXT:
    case NR_QUESTION_KIND_DATE:
    case NR_QUESTION_KIND_URL:
    case NR_QUESTION_KIND_EMAIL:
    case NR_QUESTION_KIND_TEXT_LIST:
    case NR_QUESTION_KIND_LINK_LIST:
    default:
      break;
    }

  return TRUE;
}

/* Loads a <question> or a record's <field>.  A question of a norm without a
 * source of its own cites the norm's. */
static NrQuestion *
load_question (Loader      *loader,
               xmlNode     *node,
               const char  *default_source,
               GError     **error)
{
  g_autofree char *id = nr_xml_get_attr (node, "id");
  g_autofree char *kind_name = nr_xml_get_attr (node, "kind");
  g_autofree char *label = translated_child_text (node, "label");
  g_autofree char *help = translated_child_text (node, "help");
  g_autofree char *source = nr_xml_node_text (nr_xml_first_child (node, "source"));
  g_autofree char *unidir_part = nr_xml_get_attr (node, "unidir-part");
  g_autoptr(NrQuestion) question = NULL;
  NrQuestionKind kind;

  if (!nr_question_kind_from_string (kind_name, &kind))
    {
      fail (loader, node, error, _("question “%s” has the unknown kind “%s”."), id, kind_name);
      return NULL;
    }

  /* Document symbols ("A/70/174, para. 13 (a)") are not translated. */
  question = nr_question_new (id, kind, label, help, source != NULL ? source : default_source);
  nr_question_set_personal (question, nr_xml_get_bool_attr (node, "personal"));
  /* A code of UNIDIR's National Survey ("I" to "IV"), not translated; the
   * schema admits only those four. */
  nr_question_set_unidir_part (question, unidir_part);

  if (!load_choice_set (loader, question, node, error) ||
      !load_choices (loader, question, node, "choice", nr_question_add_choice, error) ||
      !load_choices (loader, question, node, "item", nr_question_add_item, error) ||
      !load_fields (loader, question, node, error))
    return NULL;

  /* Its choices come once every checklist is loaded (add_action_choices()). */
  if (xmlHasProp (node, (const xmlChar *) "choices-from") != NULL)
    {
      if (kind != NR_QUESTION_KIND_MULTIPLE_CHOICE)
        {
          fail (loader, node, error, _("“%s” takes its choices from the practical actions, so it must be a multiple choice."),
                id);
          return NULL;
        }
      nr_question_set_choices_are_actions (question, TRUE);
      g_ptr_array_add (loader->action_fields, g_object_ref (question));
    }
  else if (!check_complete (loader, question, node, error))
    return NULL;

  return g_steal_pointer (&question);
}

static gboolean
load_questions_of (Loader     *loader,
                   xmlNode    *parent,
                   NrSection  *section,
                   NrNorm     *norm,
                   GError    **error)
{
  for (xmlNode *child = parent->children; child != NULL; child = child->next)
    {
      g_autoptr(NrQuestion) question = NULL;

      if (!is_element (child, "question"))
        continue;

      question = load_question (loader, child,
                                norm != NULL ? nr_norm_get_source (norm) : NULL, error);
      if (question == NULL)
        return FALSE;

      nr_question_set_location (question, nr_section_get_id (section),
                                norm != NULL ? nr_norm_get_id (norm) : NULL);
      if (!nr_questionnaire_add_question (loader->questionnaire, section, norm, question))
        return fail (loader, child, error, _("the question id “%s” is used twice."),
                     nr_question_get_id (question));
    }

  return TRUE;
}

static gboolean
load_section (Loader   *loader,
              xmlNode  *node,
              GError  **error)
{
  g_autofree char *id = nr_xml_get_attr (node, "id");
  g_autofree char *title = translated_child_text (node, "title");
  g_autofree char *help = translated_child_text (node, "help");
  g_autoptr(NrSection) section = nr_section_new (id, title, help,
                                                 nr_xml_get_bool_attr (node, "separable"));

  nr_section_set_shared (section, nr_xml_get_bool_attr (node, "shared"));

  nr_questionnaire_add_section (loader->questionnaire, section);

  if (!load_questions_of (loader, node, section, NULL, error))
    return FALSE;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      g_autofree char *norm_id = NULL;
      g_autofree char *norm_title = NULL;
      g_autofree char *summary = NULL;
      g_autofree char *source = NULL;
      g_autoptr(NrNorm) norm = NULL;

      if (!is_element (child, "norm"))
        continue;

      norm_id = nr_xml_get_attr (child, "id");
      norm_title = translated_child_text (child, "title");
      summary = translated_child_text (child, "summary");
      source = nr_xml_node_text (nr_xml_first_child (child, "source"));
      norm = nr_norm_new (norm_id, id, norm_title, summary, source);

      nr_questionnaire_add_norm (loader->questionnaire, section, norm);
      if (!load_questions_of (loader, child, section, norm, error))
        return FALSE;
    }

  return TRUE;
}

/* Gives @field a choice for each practical action of each norm, in the
 * questionnaire's order: its value the norm and the action ("13a-national-
 * strategy", a token as interchange choices are), its label the norm and
 * the action's label, both translated already.  A measure names the
 * actions it serves by them. */
static void
add_action_choices (NrQuestionnaire *questionnaire,
                    NrQuestion      *field)
{
  GListModel *norms = nr_questionnaire_get_norms (questionnaire);

  for (guint n = 0; n < g_list_model_get_n_items (norms); n++)
    {
      g_autoptr(NrNorm) norm = g_list_model_get_item (norms, n);
      GListModel *questions = nr_norm_get_questions (norm);

      for (guint q = 0; q < g_list_model_get_n_items (questions); q++)
        {
          g_autoptr(NrQuestion) checklist = g_list_model_get_item (questions, q);
          GListModel *items = nr_question_get_items (checklist);

          for (guint i = 0; i < g_list_model_get_n_items (items); i++)
            {
              g_autoptr(NrChoice) item = g_list_model_get_item (items, i);
              g_autofree char *value = g_strdup_printf ("%s-%s", nr_norm_get_id (norm), nr_choice_get_value (item));
              /* Translators: a norm's paragraph and a text of it, such as
               * "13 (a) Cooperate…" or a practical action of the norm. */
              g_autofree char *label = g_strdup_printf (nr_i18n_gettext (N_("13 (%c) %s")), nr_norm_get_id (norm)[2],
                                                        nr_choice_get_label (item));
              g_autoptr(NrChoice) choice = nr_choice_new (value, label, nr_choice_get_help (item),
                                                          nr_choice_get_rests_on (item), FALSE);

              nr_question_add_choice (field, choice);
            }
        }
    }
}

/* A <move-records>: both lists must be lists of records, and the one moved
 * from no longer asked, or its answers would be in two places. */
static gboolean
load_move_records (Loader        *loader,
                   NrUpgradeMap  *map,
                   xmlNode       *node,
                   GError       **error)
{
  g_autofree char *from = nr_xml_get_attr (node, "from");
  g_autofree char *to = nr_xml_get_attr (node, "to");
  NrQuestion *target = nr_questionnaire_lookup_question (loader->questionnaire, to);
  NrUpgradeStep *step;

  if (nr_questionnaire_lookup_question (loader->questionnaire, from) != NULL)
    return fail (loader, node, error, _("the upgrade map moves the records of “%s”, which is still asked."), from);
  if (target == NULL || nr_question_get_kind (target) != NR_QUESTION_KIND_RECORDS)
    return fail (loader, node, error, _("the upgrade map moves records into “%s”, which is not a list of records."), to);

  step = nr_upgrade_map_add_step (map, NR_UPGRADE_MOVE_RECORDS, from, to);
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      g_autofree char *field_from = NULL;
      g_autofree char *field_to = NULL;
      g_autofree char *value = NULL;
      NrQuestion *field;

      if (is_element (child, "rename-field"))
        {
          field_from = nr_xml_get_attr (child, "from");
          field_to = nr_xml_get_attr (child, "to");
          if (nr_question_lookup_field (target, field_to) == NULL)
            return fail (loader, child, error, _("“%s” has no field “%s”."), to, field_to);
          nr_upgrade_step_rename_field (step, field_from, field_to);
        }
      else if (is_element (child, "add-choice"))
        {
          field_to = nr_xml_get_attr (child, "field");
          value = nr_xml_get_attr (child, "value");
          field = nr_question_lookup_field (target, field_to);
          if (field == NULL ||
              (nr_question_get_kind (field) != NR_QUESTION_KIND_MULTIPLE_CHOICE &&
               nr_question_get_kind (field) != NR_QUESTION_KIND_SINGLE_CHOICE) ||
              nr_question_lookup_choice (field, value) == NULL)
            return fail (loader, child, error, _("field “%s” of “%s” is not a choice offering “%s”."),
                         field_to, to, value);
          nr_upgrade_step_add_choice (step, field_to, value);
        }
    }
  return TRUE;
}

/* A <move-item>: the checklist no longer has the item, and the answer it
 * goes to is not asked, so it stays an orphaned answer. */
static gboolean
load_move_item (Loader        *loader,
                NrUpgradeMap  *map,
                xmlNode       *node,
                GError       **error)
{
  g_autofree char *question_id = nr_xml_get_attr (node, "question");
  g_autofree char *item = nr_xml_get_attr (node, "item");
  g_autofree char *to = nr_xml_get_attr (node, "to");
  NrQuestion *checklist = nr_questionnaire_lookup_question (loader->questionnaire, question_id);

  if (checklist == NULL || nr_question_get_kind (checklist) != NR_QUESTION_KIND_CHECKLIST ||
      nr_question_lookup_item (checklist, item) != NULL)
    return fail (loader, node, error, _("the upgrade map takes “%s” out of “%s”, which is not a checklist without it."),
                 item, question_id);
  if (nr_questionnaire_lookup_question (loader->questionnaire, to) != NULL)
    return fail (loader, node, error, _("the upgrade map moves an action to “%s”, which is a question."), to);

  nr_upgrade_map_add_step (map, NR_UPGRADE_MOVE_ITEM, question_id, to)->item = g_steal_pointer (&item);
  return TRUE;
}

static gboolean
load_upgrade_map (Loader   *loader,
                  xmlNode  *node,
                  GError  **error)
{
  g_autofree char *to_version = nr_xml_get_attr (node, "to");
  g_autoptr(NrUpgradeMap) map = NULL;

  if (nr_questionnaire_compare_versions (to_version, nr_questionnaire_get_version (loader->questionnaire)) > 0)
    return fail (loader, node, error, _("the upgrade map leads to version %s, after this questionnaire's own."),
                 to_version);

  map = nr_upgrade_map_new (to_version);
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if ((is_element (child, "move-records") && !load_move_records (loader, map, child, error)) ||
          (is_element (child, "move-item") && !load_move_item (loader, map, child, error)))
        return FALSE;
    }
  nr_questionnaire_add_upgrade_map (loader->questionnaire, g_steal_pointer (&map));
  return TRUE;
}

static NrQuestionnaire *
build (xmlNode     *root,
       const char  *display_name,
       GError     **error)
{
  g_autofree char *id = nr_xml_get_attr (root, "id");
  g_autofree char *version = nr_xml_get_attr (root, "version");
  g_autofree char *title = translated_child_text (root, "title");
  g_autofree char *description = translated_child_text (root, "description");
  g_autoptr(NrQuestionnaire) questionnaire = NULL;
  g_autoptr(GHashTable) choice_sets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Loader loader;

  g_autoptr(GPtrArray) action_fields = g_ptr_array_new_with_free_func (g_object_unref);

  questionnaire = nr_questionnaire_new_empty (id, version, title, description);
  loader.questionnaire = questionnaire;
  loader.display_name = display_name;
  loader.choice_sets = choice_sets;
  loader.action_fields = action_fields;

  for (xmlNode *child = root->children; child != NULL; child = child->next)
    {
      if (is_element (child, "choice-set"))
        g_hash_table_insert (choice_sets, nr_xml_get_attr (child, "id"), child);
    }

  for (xmlNode *child = root->children; child != NULL; child = child->next)
    {
      if (is_element (child, "section") && !load_section (&loader, child, error))
        return NULL;
    }

  for (guint i = 0; i < action_fields->len; i++)
    {
      add_action_choices (questionnaire, action_fields->pdata[i]);
      if (g_list_model_get_n_items (nr_question_get_choices (action_fields->pdata[i])) == 0)
        {
          g_set_error (error, NR_QUESTIONNAIRE_ERROR, NR_QUESTIONNAIRE_ERROR_INVALID,
                       _("“%s”: “%s” takes its choices from the practical actions, but no norm has any."),
                       display_name, nr_question_get_id (action_fields->pdata[i]));
          return NULL;
        }
    }

  /* After the sections: the map names the questions they ask. */
  for (xmlNode *child = root->children; child != NULL; child = child->next)
    {
      if (is_element (child, "upgrade") && !load_upgrade_map (&loader, child, error))
        return NULL;
    }

  return g_steal_pointer (&questionnaire);
}

/**
 * nr_questionnaire_new_from_bytes:
 * @display_name: how to name the source in error messages, usually its path
 *
 * Parses, validates and loads a questionnaire.  On failure @error names the
 * source, the line and the problem.
 */
NrQuestionnaire *
nr_questionnaire_new_from_bytes (GBytes      *bytes,
                                 const char  *display_name,
                                 GError     **error)
{
  g_autoptr(xmlDoc) doc = NULL;
  xmlSchema *schema;
  xmlNode *root;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  doc = nr_xml_parse (bytes, display_name, error);
  if (doc == NULL)
    return NULL;

  /* Say plainly when the file is something else altogether, before the schema
   * would complain about its first element. */
  root = xmlDocGetRootElement (doc);
  if (root == NULL || root->ns == NULL ||
      !g_str_equal ((const char *) root->ns->href, QUESTIONNAIRE_NS) ||
      !g_str_equal ((const char *) root->name, "questionnaire"))
    {
      g_set_error (error, NR_QUESTIONNAIRE_ERROR, NR_QUESTIONNAIRE_ERROR_INVALID,
                   _("“%s” is not a Norms Reporter questionnaire (it has no <questionnaire> element in the namespace %s)."),
                   display_name, QUESTIONNAIRE_NS);
      return NULL;
    }

  schema = nr_xml_get_schema (QUESTIONNAIRE_SCHEMA, error);
  if (schema == NULL || !nr_xml_validate (doc, schema, display_name, error))
    return NULL;

  return build (root, display_name, error);
}

NrQuestionnaire *
nr_questionnaire_new_from_file (GFile   *file,
                                GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_parse_name (file);
  bytes = nr_input_read_file (file, NR_XML_MAX_SIZE, error);
  if (bytes == NULL)
    return NULL;

  return nr_questionnaire_new_from_bytes (bytes, name, error);
}

NrQuestionnaire *
nr_questionnaire_new_from_resource (const char  *resource_path,
                                    GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (resource_path != NULL, NULL);

  bytes = g_resources_lookup_data (resource_path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  return nr_questionnaire_new_from_bytes (bytes, resource_path, error);
}

static GMutex builtin_lock;
static GHashTable *builtin_cache;

static int
compare_ids (const char * const *a,
             const char * const *b)
{
  return g_strcmp0 (*a, *b);
}

/* The XML of the questionnaire @id shipped with the program, and in
 * @name, the name it is known by. */
static GBytes *
builtin_bytes (const char  *id,
               char       **name,
               GError     **error)
{
  GBytes *bytes;

  *name = g_strdup_printf ("questionnaires/%s.xml", id);
  bytes = nr_core_lookup_data (*name, NULL);
  if (bytes == NULL)
    g_set_error (error, NR_QUESTIONNAIRE_ERROR, NR_QUESTIONNAIRE_ERROR_UNKNOWN,
                 _("This version of Norms Reporter does not know the questionnaire “%s”."), id);
  return bytes;
}

/**
 * nr_questionnaire_load_builtin:
 * @id: a questionnaire id, such as %NR_QUESTIONNAIRE_DEFAULT_ID
 *
 * Loads one of the questionnaires shipped with the program.  Each is loaded
 * once per process and shared, since questionnaires never change once built.
 *
 * Returns: (transfer full): the questionnaire
 */
NrQuestionnaire *
nr_questionnaire_load_builtin (const char  *id,
                               GError     **error)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&builtin_lock);
  g_autofree char *name = NULL;
  g_autoptr(GBytes) bytes = NULL;
  NrQuestionnaire *questionnaire;

  g_return_val_if_fail (id != NULL, NULL);

  if (builtin_cache == NULL)
    builtin_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  questionnaire = g_hash_table_lookup (builtin_cache, id);
  if (questionnaire != NULL)
    return g_object_ref (questionnaire);

  bytes = builtin_bytes (id, &name, error);
  if (bytes == NULL)
    return NULL;

  questionnaire = nr_questionnaire_new_from_bytes (bytes, name, error);
  if (questionnaire == NULL)
    return NULL;

  g_hash_table_insert (builtin_cache, g_strdup (id), g_object_ref (questionnaire));
  return questionnaire;
}

/**
 * nr_questionnaire_load_builtin_in:
 * @catalogue: the language to load it in
 *
 * Loads a questionnaire shipped with the program in the language of
 * @catalogue, whatever the interface's; safe in any thread, alongside
 * loads in other languages.  Not cached: a printout loads it once.
 *
 * Returns: (transfer full): the questionnaire, or %NULL with @error set.
 */
NrQuestionnaire *
nr_questionnaire_load_builtin_in (const char   *id,
                                  NrCatalogue  *catalogue,
                                  GError      **error)
{
  g_autofree char *name = NULL;
  g_autoptr(GBytes) bytes = builtin_bytes (id, &name, error);
  NrCatalogue *previous;
  NrQuestionnaire *questionnaire;

  g_return_val_if_fail (catalogue != NULL, NULL);

  if (bytes == NULL)
    return NULL;
  previous = nr_i18n_swap_thread_catalogue (nr_catalogue_ref (catalogue));
  questionnaire = nr_questionnaire_new_from_bytes (bytes, name, error);
  nr_catalogue_unref (nr_i18n_swap_thread_catalogue (previous));
  return questionnaire;
}

/**
 * nr_questionnaire_list_builtin:
 *
 * Returns: (transfer full): the ids of the questionnaires shipped with the
 *   program, sorted, %NR_QUESTIONNAIRE_DEFAULT_ID among them.
 */
GStrv
nr_questionnaire_list_builtin (void)
{
  g_auto(GStrv) names = g_resources_enumerate_children (RESOURCE_PREFIX "/questionnaires",
                                                        G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  GStrv result;

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      if (g_str_has_suffix (names[i], ".xml"))
        {
          g_autofree char *id = g_strndup (names[i], strlen (names[i]) - strlen (".xml"));

          g_strv_builder_add (ids, id);
        }
    }
  result = g_strv_builder_end (ids);
  qsort (result, g_strv_length (result), sizeof (char *), (GCompareFunc) compare_ids);
  return result;
}
