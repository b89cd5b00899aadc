/* nr-document-writer.c: a document as canonical interchange XML.
 *
 * Canonical means the same document always gives the same bytes: a fixed
 * element and attribute order, two-space indentation, one element per line,
 * numbers in their shortest exact form and text escaped one way only.  That
 * is what makes export → import → export give identical files.
 */
#include "config.h"

#include "nr-checklist.h"
#include "nr-document.h"
#include "nr-text.h"

/* Escapes text for XML, normalised first (nr-text.c): a report may hold
 * text from before normalising, or from another program, with characters
 * XML cannot carry.  In attributes, tabs and line breaks are written as
 * references, because a parser would otherwise normalise them away and the
 * text would not survive a round trip. */
static void
append_escaped (GString    *out,
                const char *text,
                gboolean    in_attribute)
{
  g_autofree char *normal = nr_text_is_normal (text) ? NULL : nr_text_normalise (text);

  if (normal != NULL)
    text = normal;
  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '&':
          g_string_append (out, "&amp;");
          break;
        case '<':
          g_string_append (out, "&lt;");
          break;
        case '>':
          g_string_append (out, "&gt;");
          break;
        case '"':
          g_string_append (out, in_attribute ? "&quot;" : "\"");
          break;
        case '\n':
          g_string_append (out, in_attribute ? "&#10;" : "\n");
          break;
        case '\t':
          g_string_append (out, in_attribute ? "&#9;" : "\t");
          break;
        default:
          g_string_append_c (out, *p);
          break;
        }
    }
}

static void
append_attribute (GString    *out,
                  const char *name,
                  const char *value)
{
  if (value == NULL)
    return;

  g_string_append_printf (out, " %s=\"", name);
  append_escaped (out, value, TRUE);
  g_string_append_c (out, '"');
}

static void
append_element (GString    *out,
                guint       indent,
                const char *name,
                const char *text)
{
  if (text == NULL)
    return;

  g_string_append_printf (out, "%*s<%s>", indent, "", name);
  append_escaped (out, text, FALSE);
  g_string_append_printf (out, "</%s>\n", name);
}

static void
append_provenance (GString            *out,
                   const NrProvenance *provenance)
{
  append_attribute (out, "author", provenance->author);
  append_attribute (out, "agency", provenance->agency != NULL ? provenance->agency : "");
  append_attribute (out, "modified", provenance->modified);
}

/* Writes a value as <text>, <choice>s, <entry>s or <item>s.  A single
 * choice of a known single-choice question is a <choice>; any other string
 * is text.  The strings of a known list of names or links are entries. */
static void
append_value (GString        *out,
              guint           indent,
              GVariant       *value,
              NrQuestionKind  kind,
              gboolean        kind_known)
{
  GVariantIter iter;
  const char *key;
  const char *item;

  if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    {
      append_element (out, indent,
                      kind_known && kind == NR_QUESTION_KIND_SINGLE_CHOICE ? "choice" : "text",
                      g_variant_get_string (value, NULL));
    }
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING_ARRAY))
    {
      gboolean entries = kind_known && (kind == NR_QUESTION_KIND_TEXT_LIST ||
                                        kind == NR_QUESTION_KIND_LINK_LIST);

      g_variant_iter_init (&iter, value);
      while (g_variant_iter_next (&iter, "&s", &item))
        append_element (out, indent, entries ? "entry" : "choice", item);
    }
  else if (g_variant_is_of_type (value, NR_CHECKLIST_TYPE))
    {
      const char *note;

      g_variant_iter_init (&iter, value);
      while (g_variant_iter_next (&iter, "{&s(&s&s)}", &key, &item, &note))
        {
          g_string_append_printf (out, "%*s<item", indent, "");
          append_attribute (out, "id", key);
          if (*item != '\0')
            append_attribute (out, "status", item);
          if (*note == '\0')
            {
              g_string_append (out, "/>\n");
              continue;
            }
          g_string_append (out, ">\n");
          append_element (out, indent + 2, "note", note);
          g_string_append_printf (out, "%*s</item>\n", indent, "");
        }
    }
}

static void
append_record (GString          *out,
               NrDocumentRecord *record,
               NrQuestion       *question)
{
  char position[G_ASCII_DTOSTR_BUF_SIZE];
  GVariantIter iter;
  const char *field_id;
  GVariant *value;

  g_string_append (out, "      <record");
  append_attribute (out, "id", record->id);
  append_attribute (out, "position", g_ascii_dtostr (position, sizeof position, record->position));
  append_provenance (out, &record->provenance);
  g_string_append (out, ">\n");

  /* Fields are sorted by id in every record we hold. */
  g_variant_iter_init (&iter, record->fields);
  while (g_variant_iter_loop (&iter, "{&sv}", &field_id, &value))
    {
      NrQuestion *field = question != NULL ? nr_question_lookup_field (question, field_id) : NULL;

      g_string_append (out, "        <field");
      append_attribute (out, "id", field_id);
      g_string_append (out, ">\n");
      append_value (out, 10, value, field != NULL ? nr_question_get_kind (field) : 0,
                    field != NULL);
      g_string_append (out, "        </field>\n");
    }

  g_string_append (out, "      </record>\n");
}

static void
append_answer (GString          *out,
               NrDocumentAnswer *answer,
               NrQuestionnaire  *questionnaire)
{
  /* An orphaned answer is written as what it holds, not as an answer to
   * its question: its strings as text, never as choices. */
  NrQuestion *question = questionnaire != NULL && !answer->orphaned
                         ? nr_questionnaire_lookup_question (questionnaire, answer->question_id)
                         : NULL;

  g_string_append (out, "    <answer");
  append_attribute (out, "question", answer->question_id);
  append_attribute (out, "classification", nr_classification_to_string (answer->classification));
  if (answer->orphaned)
    append_attribute (out, "orphaned", "true");
  append_provenance (out, &answer->provenance);

  if (answer->value == NULL && answer->records->len == 0)
    {
      g_string_append (out, "/>\n");
      return;
    }

  g_string_append (out, ">\n");
  if (answer->value != NULL)
    append_value (out, 6, answer->value,
                  question != NULL ? nr_question_get_kind (question) : 0, question != NULL);
  for (guint i = 0; i < answer->records->len; i++)
    append_record (out, answer->records->pdata[i], question);
  g_string_append (out, "    </answer>\n");
}

/**
 * nr_document_to_xml:
 * @questionnaire: (nullable): the questionnaire the answers belong to, to
 *   tell single choices from texts
 *
 * Returns: (transfer full): the canonical XML of the document, in UTF-8.
 */
char *
nr_document_to_xml (NrDocument      *self,
                    NrQuestionnaire *questionnaire,
                    gsize           *length)
{
  GString *out = g_string_sized_new (64 * 1024);

  g_string_append (out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<report");
  append_attribute (out, "xmlns", NR_REPORT_NAMESPACE);
  append_attribute (out, "questionnaire", self->questionnaire_id);
  append_attribute (out, "questionnaire-version", self->questionnaire_version);
  append_attribute (out, "state", self->state);
  append_attribute (out, "period-start", self->period_start);
  append_attribute (out, "period-end", self->period_end);
  append_attribute (out, "xml:lang", self->language);
  g_string_append (out, ">\n  <meta>\n");

  append_element (out, 4, "report-id", self->report_id);
  append_element (out, 4, "revision-id", self->revision_id);
  append_element (out, 4, "based-on", self->based_on);
  g_string_append (out, "    <generator");
  append_attribute (out, "version", self->generator_version);
  g_string_append_c (out, '>');
  append_escaped (out, self->generator, FALSE);
  g_string_append (out, "</generator>\n");
  append_element (out, 4, "exported", self->exported);
  append_element (out, 4, "profile", nr_export_profile_to_string (self->profile));
  append_element (out, 4, "preparing-agency", self->preparing_agency);
  if (self->scope_sections != NULL || self->scope_norms != NULL)
    {
      g_string_append (out, "    <scope>\n");
      for (guint i = 0; self->scope_sections != NULL && self->scope_sections[i] != NULL; i++)
        append_element (out, 6, "section", self->scope_sections[i]);
      for (guint i = 0; self->scope_norms != NULL && self->scope_norms[i] != NULL; i++)
        append_element (out, 6, "norm", self->scope_norms[i]);
      g_string_append (out, "    </scope>\n");
    }
  g_string_append (out, "  </meta>\n");

  g_string_append (out, "  <answers>\n");
  for (guint i = 0; i < self->answers->len; i++)
    append_answer (out, self->answers->pdata[i], questionnaire);
  g_string_append (out, "  </answers>\n");

  g_string_append (out, "  <reviews>\n");
  for (guint i = 0; i < self->reviews->len; i++)
    {
      NrDocumentReview *review = self->reviews->pdata[i];

      g_string_append (out, "    <review");
      append_attribute (out, "norm", review->norm_id);
      append_attribute (out, "state", nr_review_state_to_string (review->state));
      append_attribute (out, "cleared-by", review->cleared_by);
      append_provenance (out, &review->provenance);
      g_string_append (out, "/>\n");
    }
  g_string_append (out, "  </reviews>\n</report>\n");

  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}
