/* nr-office-package.c: the ZIP package of a .docx or .odt, through libgsf.
 *
 * Both formats are ZIP archives of XML parts.  libgsf is GNOME's library
 * for office files (Gnumeric and AbiWord write their OOXML and ODF with it),
 * packaged in Debian as libgsf-1, and its GsfOutfileZip writes an archive
 * into memory entry by entry, in the order given, each one deflated or
 * stored as asked: what ODF needs for its `mimetype`, which must come first
 * and uncompressed so that a program can tell the format from the file's
 * first bytes.  libarchive's ZIP writer, the other choice, puts extra fields
 * (a timestamp, Unix owner ids) and a trailing data descriptor on every
 * entry, which ODF asks the `mimetype` entry not to have.  The finished
 * bytes are then written like every export.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <gsf/gsf-outfile-zip.h>
#include <gsf/gsf-output-memory.h>

#include "nr-office-private.h"

/* The time each entry says it was modified: the export's, so that the
 * same document packs into the same bytes. */
static GDateTime *
entry_time (const char *modified)
{
  GDateTime *time = modified != NULL ? g_date_time_new_from_iso8601 (modified, NULL) : NULL;

  /* ZIP cannot say a time before 1980. */
  if (time == NULL || g_date_time_get_year (time) < 1980)
    {
      g_clear_pointer (&time, g_date_time_unref);
      time = g_date_time_new_utc (1980, 1, 1, 0, 0, 0);
    }
  return time;
}

static gboolean
write_part (GsfOutfile         *zip,
            const NrOfficePart *part,
            GDateTime          *time)
{
  GsfOutput *child = gsf_outfile_new_child_full (zip, part->name, FALSE,
                                                "compression-level",
                                                part->stored ? GSF_ZIP_STORED : GSF_ZIP_DEFLATED,
                                                "modtime", time,
                                                NULL);
  gboolean written;

  if (child == NULL)
    return FALSE;
  written = gsf_output_write (child, part->contents->len, (const guint8 *) part->contents->str);
  written = gsf_output_close (child) && written;
  g_object_unref (child);
  return written;
}

static void
set_package_error (GError     **error,
                   GsfOutput   *output)
{
  const GError *cause = gsf_output_error (output);

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not pack the document: %s"),
               cause != NULL ? cause->message : _("the archive could not be written"));
}

/**
 * nr_office_package:
 * @parts: the entries, in the order they go into the archive
 * @modified: (nullable): when the document was made, ISO 8601
 *
 * Returns: (transfer full): the ZIP archive, or %NULL with @error set.
 */
static gboolean
write_archive (GsfOutfile         *zip,
               const NrOfficePart *parts,
               guint               n_parts,
               const char         *modified)
{
  g_autoptr(GDateTime) time = entry_time (modified);

  for (guint i = 0; i < n_parts; i++)
    {
      if (!write_part (zip, &parts[i], time))
        return FALSE;
    }
  return gsf_output_close (GSF_OUTPUT (zip));
}

/* libgsf registers each of its types the first time it is asked for, without
 * a lock, and exports run in worker threads: the types are registered
 * once, whichever thread comes first, before any is used. */
static void
ensure_types (void)
{
  static gsize ready;

  if (g_once_init_enter (&ready))
    {
      g_type_ensure (GSF_OUTPUT_MEMORY_TYPE);
      g_type_ensure (GSF_OUTFILE_ZIP_TYPE);
      g_once_init_leave (&ready, 1);
    }
}

GBytes *
nr_office_package (const NrOfficePart *parts,
                   guint               n_parts,
                   const char         *modified,
                   GError            **error)
{
  GsfOutput *memory;
  GsfOutfile *zip;
  GBytes *bytes = NULL;

  ensure_types ();
  memory = gsf_output_memory_new ();
  zip = gsf_outfile_zip_new (memory, error);

  if (zip != NULL && write_archive (zip, parts, n_parts, modified))
    bytes = g_bytes_new (gsf_output_memory_get_bytes (GSF_OUTPUT_MEMORY (memory)),
                         (gsize) gsf_output_size (memory));
  else if (zip != NULL)
    set_package_error (error, GSF_OUTPUT (zip));
  g_clear_object (&zip);
  g_object_unref (memory);
  return bytes;
}
