/* test-export-formats.c: the export dialog writes Word and OpenDocument
 * files, in a thread, under the profile chosen, as it writes a PDF. */
#include "config.h"

#include <glib/gstdio.h>
#include <gsf/gsf-infile-zip.h>
#include <gsf/gsf-infile.h>
#include <gsf/gsf-input-memory.h>

#include "nr-export-dialog.h"
#include "nr-gui-test-fixture.h"
#include "nr-gui-test-util.h"
#include "nr-test-report.h"
#include "nr-test-util.h"

/* The text of one part of the package at @path, unpacked with libgsf. */
static char *
read_part (const char *path,
           const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GMappedFile) mapped = g_mapped_file_new (path, FALSE, &error);
  GsfInput *input;
  GsfInfile *zip;
  g_auto(GStrv) names = g_strsplit (name, "/", -1);
  GsfInput *child;
  char *text;

  g_assert_no_error (error);
  input = gsf_input_memory_new ((const guint8 *) g_mapped_file_get_contents (mapped),
                                (gsf_off_t) g_mapped_file_get_length (mapped), FALSE);
  zip = gsf_infile_zip_new (input, &error);
  g_assert_no_error (error);
  child = gsf_infile_child_by_aname (zip, (const char **) names);
  g_assert_nonnull (child);
  text = g_strndup ((const char *) gsf_input_read (child, (size_t) gsf_input_size (child), NULL),
                    (gsize) gsf_input_size (child));
  g_object_unref (child);
  g_object_unref (zip);
  g_object_unref (input);
  return text;
}

/* Exports with the dialog to @name in @format and @profile, waiting for the
 * thread to write the file and the dialog to close. */
static char *
export_with_dialog (NrGuiTestFixture *f,
                    const char       *name,
                    NrDocumentFormat  format,
                    NrExportProfile   profile)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  NrExportDialog *dialog = nr_export_dialog_new (f->window, f->report);
  gint64 give_up = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  GStatBuf st;

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  nr_export_dialog_set_printed_format (dialog, format);
  nr_export_dialog_set_profile (dialog, profile);
  g_assert_true (nr_export_dialog_export_to (dialog, file, &error));
  g_assert_no_error (error);
  while (dialog != NULL && g_get_monotonic_time () < give_up)
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (dialog);

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  return path;
}

static void
test_word_and_opendocument (NrGuiTestFixture *f,
                            gconstpointer     data)
{
  g_autofree char *docx = NULL;
  g_autofree char *odt = NULL;
  g_autofree char *document = NULL;
  g_autofree char *content = NULL;
  g_autofree char *mimetype = NULL;

  nr_test_fill_report (f->report);

  docx = export_with_dialog (f, "ID-public.docx", NR_DOCUMENT_FORMAT_DOCX, NR_EXPORT_PROFILE_PUBLIC);
  document = read_part (docx, "word/document.xml");
  nr_test_assert_contains (document, "PUBLIC-strategy");
  nr_test_assert_lacks (document, "WORKSHOP-");
  nr_test_assert_lacks (document, "INTERNAL-");
  nr_test_assert_lacks (document, "CONTACT-duty officer");

  odt = export_with_dialog (f, "ID-workshop.odt", NR_DOCUMENT_FORMAT_ODT, NR_EXPORT_PROFILE_WORKSHOP);
  mimetype = read_part (odt, "mimetype");
  g_assert_cmpstr (mimetype, ==, "application/vnd.oasis.opendocument.text");
  content = read_part (odt, "content.xml");
  nr_test_assert_contains (content, "WORKSHOP-challenges: few staff.");
  nr_test_assert_lacks (content, "INTERNAL-");
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(NrApplication) app = NULL;

  nr_test_init_gui (&argc, &argv);
  /* The application brings the dialog's resources. */
  app = nr_gui_test_new_application ();

  nr_gui_test_add ("/export-formats/word-and-opendocument", test_word_and_opendocument);
  return g_test_run ();
}
