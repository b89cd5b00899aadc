/* nr-overview-contacts.c: a directory of the points of contact the
 * submissions let out.
 *
 * The points of contact are a separable section: a public export leaves
 * them out, and the overview's profile has already narrowed each
 * submission, so the directory holds only what that profile lets out (a
 * workshop overview, what workshop submissions hold).  Each State's
 * contacts are listed under its name, one card per contact, each field the
 * contact gives with its label; an email address is a link.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "nr-overview-private.h"
#include "nr-questionnaire.h"

#define CONTACTS_ID "contacts.list"

void
nr_submission_read_contacts (NrSubmission    *submission,
                             GHashTable      *answers,
                             NrQuestionnaire *questionnaire)
{
  submission->contacts = nr_submission_take_records (answers, questionnaire, CONTACTS_ID);
}

static void
append_contact (NrOverview *self,
                GString    *html,
                GVariant   *record)
{
  g_autoptr(GPtrArray) texts = nr_overview_record_fields (self, CONTACTS_ID, record);

  g_string_append (html, "<dl class=\"card contact\">\n");
  for (guint i = 0; i < texts->len; i++)
    {
      NrFieldText *text = texts->pdata[i];

      nr_html_append_element (html, "dt", nr_question_get_label (text->field));
      if (nr_question_get_kind (text->field) == NR_QUESTION_KIND_EMAIL)
        {
          g_string_append (html, "<dd><a href=\"mailto:");
          nr_html_append_escaped (html, text->text);
          g_string_append (html, "\">");
          nr_html_append_escaped (html, text->text);
          g_string_append (html, "</a></dd>\n");
        }
      else
        nr_html_append_element (html, "dd", text->text);
    }
  g_string_append (html, "</dl>\n");
}

/* The page's directory: for each submission with contacts, its State's
 * name and a card per contact. */
void
nr_overview_append_contacts_html (NrOverview *self,
                                  GString    *html)
{
  guint listed = 0;

  g_string_append (html, "<section id=\"contacts\">\n");
  nr_html_append_element (html, "h2", _("Points of contact"));
  for (guint s = 0; s < self->submissions->len; s++)
    {
      NrSubmission *submission = self->submissions->pdata[s];
      g_autofree char *title = NULL;

      if (submission->contacts == NULL || submission->contacts->len == 0)
        continue;
      title = nr_submission_get_title (submission);
      nr_html_append_element (html, "h3", title);
      g_string_append (html, "<div class=\"cards\">\n");
      for (guint i = 0; i < submission->contacts->len; i++)
        append_contact (self, html, submission->contacts->pdata[i]);
      g_string_append (html, "</div>\n");
      listed++;
    }
  if (listed == 0)
    nr_html_append_element (html, "p", _("No submission lets out a point of contact."));
  g_string_append (html, "</section>\n");
}
