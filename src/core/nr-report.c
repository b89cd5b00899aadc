/* nr-report.c: a national report: the file, its metadata and provenance.
 *
 * NrReport is the model every window and command works on.  It joins a store
 * (the SQLite file) to the questionnaire the report answers, and writes every
 * change at once, in its own transaction, with a history row saying who made
 * it.  The other parts of the class live beside this file:
 * nr-report-answers.c, nr-report-records.c, nr-report-history.c and
 * nr-report-completion.c.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "nr-questionnaire-private.h"
#include "nr-report-private.h"
#include "nr-text.h"

struct _NrReport
{
  GObject parent_instance;

  NrStore *store;
  NrQuestionnaire *questionnaire;
  /* A copy of the meta table: small, read often, written only through us. */
  GHashTable *metadata;
  char *author;
  char *agency;
  /* A private folder holding this report alone, removed with it: set for
   * reports opened only to view an interchange file. */
  char *temporary_folder;
  NrClassification default_classification;
  /* Opened read-only, but read from a private copy that opening upgraded:
   * the copy may be written, the report may not. */
  gboolean view_only;
  /* The file the user opened, where that is not the one read. */
  GFile *opened_file;
};

G_DEFINE_FINAL_TYPE (NrReport, nr_report, G_TYPE_OBJECT)
G_DEFINE_QUARK (nr-report-error-quark, nr_report_error)

enum {
  PROP_0,
  PROP_FILE,
  PROP_QUESTIONNAIRE,
  PROP_READ_ONLY,
  PROP_AUTHOR,
  PROP_AGENCY,
  PROP_STATE,
  PROP_PERIOD_START,
  PROP_PERIOD_END,
  PROP_LANGUAGE,
  PROP_PREPARING_AGENCY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The metadata that users edit, and the property each one is mirrored in. */
static const struct {
  const char *key;
  guint prop_id;
} editable_metadata[] = {
  { NR_META_STATE, PROP_STATE },
  { NR_META_PERIOD_START, PROP_PERIOD_START },
  { NR_META_PERIOD_END, PROP_PERIOD_END },
  { NR_META_LANGUAGE, PROP_LANGUAGE },
  { NR_META_PREPARING_AGENCY, PROP_PREPARING_AGENCY },
};

static void
nr_report_dispose (GObject *object)
{
  NrReport *self = NR_REPORT (object);

  if (self->store != NULL)
    nr_store_close (self->store);
  g_clear_object (&self->store);
  g_clear_object (&self->questionnaire);
  g_clear_object (&self->opened_file);

  if (self->temporary_folder != NULL)
    {
      g_autoptr(GDir) dir = g_dir_open (self->temporary_folder, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (self->temporary_folder, name, NULL);
          g_unlink (path);
        }
      g_rmdir (self->temporary_folder);
      g_clear_pointer (&self->temporary_folder, g_free);
    }

  G_OBJECT_CLASS (nr_report_parent_class)->dispose (object);
}

static void
nr_report_finalize (GObject *object)
{
  NrReport *self = NR_REPORT (object);

  g_clear_pointer (&self->metadata, g_hash_table_unref);
  g_free (self->author);
  g_free (self->agency);

  G_OBJECT_CLASS (nr_report_parent_class)->finalize (object);
}

static void
nr_report_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  NrReport *self = NR_REPORT (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, nr_report_get_file (self));
      break;
    case PROP_QUESTIONNAIRE:
      g_value_set_object (value, self->questionnaire);
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, nr_report_is_read_only (self));
      break;
    case PROP_AUTHOR:
      g_value_set_string (value, self->author);
      break;
    case PROP_AGENCY:
      g_value_set_string (value, self->agency);
      break;
    default:
      for (guint i = 0; i < G_N_ELEMENTS (editable_metadata); i++)
        {
          if (editable_metadata[i].prop_id == prop_id)
            {
              g_value_set_string (value, nr_report_get_metadata (self, editable_metadata[i].key));
              return;
            }
        }
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nr_report_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  NrReport *self = NR_REPORT (object);

  switch (prop_id)
    {
    case PROP_AUTHOR:
      nr_report_set_author (self, g_value_get_string (value));
      break;
    case PROP_AGENCY:
      nr_report_set_agency (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nr_report_class_init (NrReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = nr_report_dispose;
  object_class->finalize = nr_report_finalize;
  object_class->get_property = nr_report_get_property;
  object_class->set_property = nr_report_set_property;

  properties[PROP_FILE] = g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE, ro);
  properties[PROP_QUESTIONNAIRE] = g_param_spec_object ("questionnaire", NULL, NULL,
                                                        NR_TYPE_QUESTIONNAIRE, ro);
  properties[PROP_READ_ONLY] = g_param_spec_boolean ("read-only", NULL, NULL, FALSE, ro);
  /* Who is editing now: recorded with every change this object makes. */
  properties[PROP_AUTHOR] = g_param_spec_string ("author", NULL, NULL, NULL, rw);
  properties[PROP_AGENCY] = g_param_spec_string ("agency", NULL, NULL, NULL, rw);
  properties[PROP_STATE] = g_param_spec_string ("state", NULL, NULL, NULL, ro);
  properties[PROP_PERIOD_START] = g_param_spec_string ("period-start", NULL, NULL, NULL, ro);
  properties[PROP_PERIOD_END] = g_param_spec_string ("period-end", NULL, NULL, NULL, ro);
  properties[PROP_LANGUAGE] = g_param_spec_string ("language", NULL, NULL, NULL, ro);
  properties[PROP_PREPARING_AGENCY] = g_param_spec_string ("preparing-agency", NULL, NULL,
                                                           NULL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * NrReport::changed:
   * @target: the question id, norm id or "meta:KEY" that changed
   *
   * Emitted after a change has been committed to disk, with @target as detail.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static char *
default_author (void)
{
  const char *real_name = g_get_real_name ();

  /* GLib says "Unknown" when the account has no full name. */
  if (real_name != NULL && *real_name != '\0' && g_strcmp0 (real_name, "Unknown") != 0)
    return nr_text_normalise_name (real_name);

  return nr_text_normalise_name (g_get_user_name ());
}

static void
nr_report_init (NrReport *self)
{
  self->metadata = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->author = default_author ();
  self->agency = g_strdup ("");
  /* Nothing leaves the ministry unless someone says it may. */
  self->default_classification = NR_CLASSIFICATION_INTERNAL;
}

char *
nr_report_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format_iso8601 (now);
}

static gboolean
load_metadata (NrReport  *self,
               GError   **error)
{
  sqlite3_stmt *stmt = nr_store_prepare (self->store, "SELECT key, value FROM meta", error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  g_hash_table_remove_all (self->metadata);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (self->metadata,
                         g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                         g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return nr_store_set_sqlite_error (self->store, rc, error);

  return TRUE;
}

/**
 * nr_report_create:
 * @file: where to create the report; it must not exist
 * @questionnaire: the questionnaire the report answers
 *
 * Creates a new, empty report with a fresh report id.
 */
NrReport *
nr_report_create (GFile            *file,
                  NrQuestionnaire  *questionnaire,
                  GError          **error)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (NR_IS_QUESTIONNAIRE (questionnaire), NULL);

  return nr_report_create_in_store (nr_store_create (file, error), questionnaire, error);
}

/* Makes a new report of a freshly created store, which it takes. */
NrReport *
nr_report_create_in_store (NrStore          *store,
                           NrQuestionnaire  *questionnaire,
                           GError          **error)
{
  g_autoptr(NrReport) self = NULL;
  g_autofree char *report_id = g_uuid_string_random ();
  g_autofree char *now = nr_report_now ();

  if (store == NULL)
    return NULL;

  self = g_object_new (NR_TYPE_REPORT, NULL);
  self->store = store;
  self->questionnaire = g_object_ref (questionnaire);

  if (!nr_store_begin (store, error))
    return NULL;
  if (!nr_store_set_meta (store, NR_META_REPORT_ID, report_id, error) ||
      !nr_store_set_meta (store, NR_META_CREATED, now, error) ||
      !nr_store_set_meta (store, NR_META_QUESTIONNAIRE_ID,
                          nr_questionnaire_get_id (questionnaire), error) ||
      !nr_store_set_meta (store, NR_META_QUESTIONNAIRE_VERSION,
                          nr_questionnaire_get_version (questionnaire), error) ||
      !nr_store_commit (store, error))
    {
      nr_store_rollback (store);
      return NULL;
    }

  if (!load_metadata (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/* A report opens against the questionnaire it was written for or a newer
 * version of it; answers are keyed by question id, so they follow their
 * questions, and answers to removed questions become orphaned answers. */
static gboolean
attach_questionnaire (NrReport         *self,
                      NrQuestionnaire  *questionnaire,
                      GError          **error)
{
  const char *display_name = nr_store_get_display_name (self->store);
  const char *id = nr_report_get_metadata (self, NR_META_QUESTIONNAIRE_ID);
  const char *version = nr_report_get_metadata (self, NR_META_QUESTIONNAIRE_VERSION);

  if (id == NULL || version == NULL || nr_report_get_metadata (self, NR_META_REPORT_ID) == NULL)
    {
      g_set_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_DAMAGED,
                   _("“%s” is damaged: it does not say which questionnaire it answers."),
                   display_name);
      return FALSE;
    }

  if (questionnaire != NULL)
    self->questionnaire = g_object_ref (questionnaire);
  else
    {
      g_autoptr(GError) local_error = NULL;

      self->questionnaire = nr_questionnaire_load_builtin (id, &local_error);
      if (self->questionnaire == NULL)
        {
          g_set_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_QUESTIONNAIRE_MISMATCH,
                       _("Could not open “%s”: %s"), display_name, local_error->message);
          return FALSE;
        }
    }

  if (!g_str_equal (id, nr_questionnaire_get_id (self->questionnaire)))
    {
      g_set_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_QUESTIONNAIRE_MISMATCH,
                   _("“%s” answers the questionnaire “%s”, not “%s”."),
                   display_name, id, nr_questionnaire_get_id (self->questionnaire));
      return FALSE;
    }

  if (nr_questionnaire_compare_versions (version,
                                         nr_questionnaire_get_version (self->questionnaire)) > 0)
    {
      g_set_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_QUESTIONNAIRE_TOO_NEW,
                   _("“%s” answers version %s of its questionnaire, but this version of Norms Reporter knows only version %s. Update Norms Reporter to open it."),
                   display_name, version, nr_questionnaire_get_version (self->questionnaire));
      return FALSE;
    }

  return TRUE;
}

/* Moves answers by the questionnaire's upgrade map, if the report answers
 * an earlier version, and records the upgrade, so the history says when
 * the report moved on. */
static gboolean
upgrade_answers (NrReport  *self,
                 GError   **error)
{
  const char *current = nr_questionnaire_get_version (self->questionnaire);

  if (nr_store_is_read_only (self->store))
    return TRUE;
  if (nr_questionnaire_needs_upgrade_map (self->questionnaire,
                                          nr_report_get_metadata (self, NR_META_QUESTIONNAIRE_VERSION)) &&
      !nr_report_upgrade_answers (self, error))
    return FALSE;
  if (g_str_equal (nr_report_get_metadata (self, NR_META_QUESTIONNAIRE_VERSION), current))
    return TRUE;
  return nr_report_apply_change (self, NR_CHANGE_METADATA, "meta:" NR_META_QUESTIONNAIRE_VERSION,
                                 NULL, current, error);
}

/* A report opened read-only whose answers must move to fit the questionnaire
 * is read from a private copy, upgraded there: the file stays as it was, and
 * the report shows every answer where the questionnaire asks for it. */
static NrReport *
open_upgraded_copy (NrReport          *read_only,
                    NrQuestionnaire   *questionnaire,
                    GError           **error)
{
  g_autofree char *copy = nr_store_copy_privately (nr_store_get_path (read_only->store),
                                                   nr_store_get_display_name (read_only->store),
                                                   error);
  g_autoptr(GFile) copy_file = NULL;
  g_autoptr(NrReport) self = NULL;
  g_autofree char *folder = NULL;

  if (copy == NULL)
    return NULL;
  folder = g_path_get_dirname (copy);
  copy_file = g_file_new_for_path (copy);
  nr_report_close (read_only);

  self = g_object_new (NR_TYPE_REPORT, NULL);
  /* Removed with the copy when the report is closed, whatever happens. */
  nr_report_set_temporary_folder (self, folder);
  self->opened_file = g_object_ref (nr_store_get_file (read_only->store));
  self->store = nr_store_open (copy_file, NR_STORE_OPEN_DEFAULT, error);
  if (self->store == NULL || !load_metadata (self, error) ||
      !attach_questionnaire (self, questionnaire, error) || !upgrade_answers (self, error))
    return NULL;
  self->view_only = TRUE;
  return g_steal_pointer (&self);
}

/**
 * nr_report_open:
 * @file: an existing report
 * @questionnaire: (nullable): the questionnaire to read it with, or %NULL for
 *   the built-in questionnaire the report names
 * @flags: %NR_STORE_OPEN_READ_ONLY to view without changing
 *
 * Opens a report.  Every way a file can be wrong gives an error naming the
 * file, and leaves it as it was.
 */
NrReport *
nr_report_open (GFile             *file,
                NrQuestionnaire   *questionnaire,
                NrStoreOpenFlags   flags,
                GError           **error)
{
  g_autoptr(NrReport) self = NULL;
  NrStore *store;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (questionnaire == NULL || NR_IS_QUESTIONNAIRE (questionnaire), NULL);

  store = nr_store_open (file, flags, error);
  if (store == NULL)
    return NULL;

  self = g_object_new (NR_TYPE_REPORT, NULL);
  self->store = store;

  if (!load_metadata (self, error) || !attach_questionnaire (self, questionnaire, error))
    return NULL;

  if (nr_store_is_read_only (store) &&
      nr_questionnaire_needs_upgrade_map (self->questionnaire,
                                          nr_report_get_metadata (self, NR_META_QUESTIONNAIRE_VERSION)))
    return open_upgraded_copy (self, questionnaire, error);

  if (!upgrade_answers (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * nr_report_close:
 *
 * Closes the file.  Every change is already on disk; closing only releases
 * the file so that it is one self-contained file again.
 */
void
nr_report_close (NrReport *self)
{
  g_return_if_fail (NR_IS_REPORT (self));
  nr_store_close (self->store);
}

NrStore *
nr_report_get_store (NrReport *self)
{
  return self->store;
}

GFile *
nr_report_get_file (NrReport *self)
{
  g_return_val_if_fail (NR_IS_REPORT (self), NULL);
  return self->opened_file != NULL ? self->opened_file : nr_store_get_file (self->store);
}

NrQuestionnaire *
nr_report_get_questionnaire (NrReport *self)
{
  g_return_val_if_fail (NR_IS_REPORT (self), NULL);
  return self->questionnaire;
}

gboolean
nr_report_is_read_only (NrReport *self)
{
  g_return_val_if_fail (NR_IS_REPORT (self), TRUE);
  return self->view_only || nr_store_is_read_only (self->store);
}

/**
 * nr_report_get_backup_path:
 *
 * Returns: (transfer full) (nullable): the copy of the file taken before it
 *   was upgraded to the current file format, if opening it did that.
 */
char *
nr_report_get_backup_path (NrReport *self)
{
  g_return_val_if_fail (NR_IS_REPORT (self), NULL);
  return nr_store_get_backup_path (self->store);
}

gboolean
nr_report_check_writable (NrReport  *self,
                          GError   **error)
{
  if (nr_report_is_read_only (self))
    {
      g_set_error (error, NR_STORE_ERROR, NR_STORE_ERROR_READ_ONLY,
                   _("“%s” is open read-only: changes cannot be saved."),
                   nr_store_get_display_name (self->store));
      return FALSE;
    }
  return TRUE;
}

/**
 * nr_report_get_metadata:
 * @key: one of the NR_META_* keys
 *
 * Returns: (nullable): the value, or %NULL when it has not been set.
 */
const char *
nr_report_get_metadata (NrReport   *self,
                        const char *key)
{
  g_return_val_if_fail (NR_IS_REPORT (self), NULL);
  return g_hash_table_lookup (self->metadata, key);
}

/* How a report detail is named in messages. */
static const char *
metadata_name (const char *key)
{
  if (g_str_equal (key, NR_META_STATE))
    return _("state");
  if (g_str_equal (key, NR_META_PERIOD_START))
    return _("start of the reporting period");
  if (g_str_equal (key, NR_META_PERIOD_END))
    return _("end of the reporting period");
  if (g_str_equal (key, NR_META_LANGUAGE))
    return _("language of the answers");
  return _("preparing agency");
}

static gboolean
invalid_metadata (NrReport    *self,
                  const char  *key,
                  const char  *problem,
                  GError     **error)
{
  g_set_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_INVALID_VALUE,
               /* Translators: a report file, a report detail ("state",
                * "start of the reporting period" …) and what is wrong. */
               _("“%s”: the %s cannot be set: %s"),
               nr_store_get_display_name (self->store), metadata_name (key), problem);
  return FALSE;
}

/* Whether the period would end before it starts once @key is @value. */
static gboolean
period_runs_backwards (NrReport   *self,
                       const char *key,
                       const char *value)
{
  const char *start = g_str_equal (key, NR_META_PERIOD_START)
                      ? value : nr_report_get_metadata (self, NR_META_PERIOD_START);
  const char *end = g_str_equal (key, NR_META_PERIOD_END)
                    ? value : nr_report_get_metadata (self, NR_META_PERIOD_END);

  /* Dates written YYYY-MM-DD sort as text. */
  return start != NULL && end != NULL && strcmp (end, start) < 0;
}

/* Each detail by the interchange schema's rules, so that every report that
 * can be saved can be exported. */
static gboolean
validate_metadata (NrReport    *self,
                   const char  *key,
                   const char  *value,
                   GError     **error)
{
  g_autofree char *problem = NULL;
  gboolean editable = FALSE;
  gboolean is_period;

  for (guint i = 0; i < G_N_ELEMENTS (editable_metadata); i++)
    editable |= g_str_equal (editable_metadata[i].key, key);

  if (!editable)
    {
      g_set_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_INVALID_VALUE,
                   _("The report detail “%s” cannot be changed."), key);
      return FALSE;
    }

  if (value == NULL)
    return TRUE;

  if (g_str_equal (key, NR_META_PREPARING_AGENCY))
    {
      if (g_utf8_strlen (value, -1) > NR_NAME_MAX_LENGTH)
        problem = g_strdup_printf (_("it is longer than %d characters."), NR_NAME_MAX_LENGTH);
      return problem == NULL || invalid_metadata (self, key, problem, error);
    }

  if (g_str_equal (key, NR_META_STATE) && !nr_country_code_is_valid (value))
    problem = g_strdup_printf (_("“%s” is not a country code: use the two capital letters of ISO 3166-1, such as ID for Indonesia."),
                               value);

  is_period = g_str_equal (key, NR_META_PERIOD_START) || g_str_equal (key, NR_META_PERIOD_END);
  if (is_period && !nr_date_is_valid (value))
    problem = g_strdup_printf (_("“%s” is not a date: write a date that exists as year-month-day, such as 2025-06-30."),
                               value);
  else if (is_period && period_runs_backwards (self, key, value))
    problem = g_strdup (_("the period would end before it starts."));

  if (g_str_equal (key, NR_META_LANGUAGE) && !nr_language_tag_is_valid (value))
    problem = g_strdup_printf (_("“%s” is not a language code: use a code such as en, id, fil or pt-TL."),
                               value);

  if (problem != NULL)
    return invalid_metadata (self, key, problem, error);

  return TRUE;
}

/**
 * nr_report_set_metadata:
 * @key: one of the editable NR_META_* keys
 * @value: (nullable): the new value, or %NULL to clear it
 *
 * Changes a report detail: the state (ISO 3166-1 alpha-2), the reporting
 * period (ISO dates), the language of the answers (BCP 47) or the preparing
 * agency.  The change is saved and recorded in the history at once.
 */
gboolean
nr_report_set_metadata (NrReport    *self,
                        const char  *key,
                        const char  *value,
                        GError     **error)
{
  g_autofree char *target = NULL;
  g_autofree char *normal = NULL;

  g_return_val_if_fail (NR_IS_REPORT (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  normal = value != NULL ? nr_text_normalise (value) : NULL;
  if (!validate_metadata (self, key, normal, error))
    return FALSE;

  target = g_strconcat ("meta:", key, NULL);
  return nr_report_apply_change (self, NR_CHANGE_METADATA, target, NULL, normal, error);
}

/* Called by nr_report_apply_change() after every committed change, so that
 * the cached metadata, property notifications and the changed signal follow
 * undo as well as direct edits. */
void
nr_report_state_changed (NrReport   *self,
                         const char *aspect,
                         const char *target,
                         const char *new_state)
{
  if (g_str_equal (aspect, NR_CHANGE_METADATA) && g_str_has_prefix (target, "meta:"))
    {
      const char *key = target + strlen ("meta:");

      if (new_state != NULL)
        g_hash_table_insert (self->metadata, g_strdup (key), g_strdup (new_state));
      else
        g_hash_table_remove (self->metadata, key);

      for (guint i = 0; i < G_N_ELEMENTS (editable_metadata); i++)
        {
          if (g_str_equal (editable_metadata[i].key, key))
            g_object_notify_by_pspec (G_OBJECT (self), properties[editable_metadata[i].prop_id]);
        }
    }

  g_signal_emit (self, signals[CHANGED], g_quark_from_string (target), target);
}

const char *
nr_report_get_author (NrReport *self)
{
  g_return_val_if_fail (NR_IS_REPORT (self), NULL);
  return self->author;
}

/* Sets one of the provenance strings, notifying only on change.  They are
 * written with every change and export, so they are held as the schema can
 * carry a name: normalised, and cut to its length. */
static void
set_provenance (NrReport   *self,
                char      **field,
                const char *value,
                guint       prop_id)
{
  g_autofree char *name = nr_text_normalise_name (value != NULL ? value : "");

  if (g_strcmp0 (*field, name) == 0)
    return;

  g_free (*field);
  *field = g_steal_pointer (&name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/**
 * nr_report_set_author:
 *
 * Names the person editing: every change from now on is recorded as theirs.
 */
void
nr_report_set_author (NrReport   *self,
                      const char *author)
{
  g_return_if_fail (NR_IS_REPORT (self));
  set_provenance (self, &self->author, author, PROP_AUTHOR);
}

const char *
nr_report_get_agency (NrReport *self)
{
  g_return_val_if_fail (NR_IS_REPORT (self), NULL);
  return self->agency;
}

void
nr_report_set_agency (NrReport   *self,
                      const char *agency)
{
  g_return_if_fail (NR_IS_REPORT (self));
  set_provenance (self, &self->agency, agency, PROP_AGENCY);
}

/**
 * nr_report_lookup_question:
 *
 * Returns: (transfer none): the question, or %NULL with @error set.
 */
NrQuestion *
nr_report_lookup_question (NrReport    *self,
                           const char  *question_id,
                           GError     **error)
{
  NrQuestion *question = nr_questionnaire_lookup_question (self->questionnaire, question_id);

  if (question == NULL)
    g_set_error (error, NR_REPORT_ERROR, NR_REPORT_ERROR_UNKNOWN_QUESTION,
                 _("The questionnaire has no question “%s”."), question_id);

  return question;
}

/* Makes the report remove @folder, and everything in it, when it goes. */
void
nr_report_set_temporary_folder (NrReport   *self,
                                const char *folder)
{
  g_free (self->temporary_folder);
  self->temporary_folder = g_strdup (folder);
}

/* The keys of the metadata, borrowed: free only the array. */
char **
nr_report_list_metadata_keys (NrReport *self)
{
  guint n = 0;

  return (char **) g_hash_table_get_keys_as_array (self->metadata, &n);
}

/**
 * nr_report_set_default_classification:
 *
 * Sets the classification new answers get: the author's preference.
 */
void
nr_report_set_default_classification (NrReport         *self,
                                      NrClassification  classification)
{
  g_return_if_fail (NR_IS_REPORT (self));
  self->default_classification = classification;
}

NrClassification
nr_report_get_default_classification (NrReport *self)
{
  g_return_val_if_fail (NR_IS_REPORT (self), NR_CLASSIFICATION_INTERNAL);
  return self->default_classification;
}
