/* nr-preferences-window.c: who the user is, and what new answers default to.
 * Every row is bound to GSettings: there is nothing to apply or save. */
#include "config.h"

#include "nr-preferences-window.h"

struct _NrPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  AdwEntryRow *author_row;
  AdwEntryRow *agency_row;
  AdwComboRow *classification_row;
};

G_DEFINE_FINAL_TYPE (NrPreferencesWindow, nr_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static const char *const classifications[] = { "public", "workshop", "internal" };

static gboolean
classification_to_index (GValue   *value,
                         GVariant *variant,
                         gpointer  user_data)
{
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (classifications); i++)
    {
      if (g_str_equal (nick, classifications[i]))
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }
  return FALSE;
}

static GVariant *
index_to_classification (const GValue       *value,
                         const GVariantType *expected_type,
                         gpointer            user_data)
{
  guint index = g_value_get_uint (value);

  if (index >= G_N_ELEMENTS (classifications))
    return NULL;
  return g_variant_new_string (classifications[index]);
}

static void
nr_preferences_window_class_init (NrPreferencesWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/nr-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, NrPreferencesWindow, author_row);
  gtk_widget_class_bind_template_child (widget_class, NrPreferencesWindow, agency_row);
  gtk_widget_class_bind_template_child (widget_class, NrPreferencesWindow, classification_row);
}

static void
nr_preferences_window_init (NrPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

NrPreferencesWindow *
nr_preferences_window_new (GtkWindow *parent,
                           GSettings *settings)
{
  NrPreferencesWindow *self = g_object_new (NR_TYPE_PREFERENCES_WINDOW,
                                            "transient-for", parent, NULL);

  g_settings_bind (settings, "author-name", self->author_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "author-agency", self->agency_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (settings, "default-classification", self->classification_row,
                                "selected", G_SETTINGS_BIND_DEFAULT, classification_to_index,
                                index_to_classification, NULL, NULL);
  return self;
}
