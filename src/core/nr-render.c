/* nr-render.c: a report as printed pages: what is printed, and in what order.
 *
 * The renderer prints a document (what an export with a given profile lets
 * out), never a report file directly, so a printout can hold nothing that
 * the same export would keep back.  The document is laid out once into pages
 * (nr_document_lay_out ()), and any page is then drawn from them: the PDF
 * draws them all, printing draws the page GtkPrintOperation asks for.
 */
#include "config.h"

#include <cairo-pdf.h>

#include "nr-checklist.h"
#include "nr-document-summary.h"
#include "nr-render-private.h"
#include "nr-report-private.h"

/* How an answer reads on paper. */

static void
add_checklist (NrRenderer         *r,
               NrQuestion       *question,
               NrDocumentAnswer *answer)
{
  GListModel *items = nr_question_get_items (question);
  const double widths[] = { 0.7, 0.3 };
  const char *header[] = { _("Practical action"), _("Status"), NULL };
  NrTable table;

  nr_table_init (&table, 2, widths, TRUE);
  nr_table_add_row (&table, header);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(NrChoice) item = g_list_model_get_item (items, i);
      const char *status = "";
      const char *note = "";
      g_autofree char *action = NULL;
      const char *row[3] = { nr_choice_get_label (item), "", NULL };

      /* The note, under the action it explains. */
      if (nr_checklist_lookup (answer->value, nr_choice_get_value (item), &status, &note))
        {
          row[1] = nr_question_format_choice (question, status);
          if (*note != '\0')
            row[0] = action = g_strdup_printf ("%s\n%s", nr_choice_get_label (item), note);
        }
      nr_table_add_row (&table, row);
    }
  nr_table_finish (r, &table);
}

static void
add_records (NrRenderer         *r,
             NrQuestion       *question,
             NrDocumentAnswer *answer)
{
  for (guint i = 0; i < answer->records->len; i++)
    nr_render_add_record_block (r, question, answer->records->pdata[i]);
}

/* Whether there is anything to print: unlike completion, a checklist with
 * some of its actions given a status is printed. */
static gboolean
has_content (NrQuestion       *question,
             NrDocumentAnswer *answer)
{
  if (answer != NULL && answer->value != NULL &&
      nr_question_get_kind (question) == NR_QUESTION_KIND_CHECKLIST)
    return g_variant_n_children (answer->value) > 0;
  return nr_document_answer_is_given (question, answer);
}

/* The answer to @question, unless it is an orphaned answer: those are
 * printed apart, as what they hold, never as answers to their question. */
static NrDocumentAnswer *
answer_to (NrRenderer   *r,
           NrQuestion *question)
{
  NrDocumentAnswer *answer = g_hash_table_lookup (r->answers, nr_question_get_id (question));

  if (answer == NULL || nr_document_answer_is_orphaned (r->questionnaire, answer))
    return NULL;
  return answer;
}

static void
add_question (NrRenderer   *r,
              NrQuestion *question)
{
  NrDocumentAnswer *answer = answer_to (r, question);
  /* A list whose records carry their own classification prints it with
   * each record, not one for the list. */
  const char *note = answer != NULL && nr_question_get_classifying_field (question) == NULL
                     ? nr_document_classification_note (answer->classification) : NULL;
  g_autofree char *label = note != NULL ? g_strdup_printf ("%s  [%s]", nr_question_get_label (question), note)
                                        : g_strdup (nr_question_get_label (question));

  r->y += 6;
  /* A question's label stays with the first lines of its answer. */
  nr_render_ensure_space (r, 48);
  nr_render_add_text (r, label, NR_STYLE_QUESTION, 0, 3);

  if (!has_content (question, answer))
    {
      nr_render_add_text (r, _("Not answered"), NR_STYLE_MUTED, 12, 4);
      return;
    }

  switch (nr_question_get_kind (question))
    {
    case NR_QUESTION_KIND_CHECKLIST:
      add_checklist (r, question, answer);
      break;
    case NR_QUESTION_KIND_RECORDS:
      add_records (r, question, answer);
      break;
    case NR_QUESTION_KIND_URL:
    case NR_QUESTION_KIND_EMAIL:
    case NR_QUESTION_KIND_LINK_LIST:
      nr_render_add_links (r, question, answer->value, 12);
      r->y += 2;
      break;
    case NR_QUESTION_KIND_SINGLE_CHOICE:
    case NR_QUESTION_KIND_MULTIPLE_CHOICE:
    case NR_QUESTION_KIND_SHORT_TEXT:
    case NR_QUESTION_KIND_LONG_TEXT:
    case NR_QUESTION_KIND_DATE:
    case NR_QUESTION_KIND_TEXT_LIST:
    default:
      {
        g_autofree char *text = nr_question_format_value (question, answer->value);

        nr_render_add_text (r, text, NR_STYLE_BODY, 12, 4);
      }
      break;
    }
}

static void
add_questions (NrRenderer   *r,
               GListModel *questions)
{
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(NrQuestion) question = g_list_model_get_item (questions, i);

      /* A public printout names no people, as a public export does not. */
      if (r->document->profile == NR_EXPORT_PROFILE_PUBLIC && nr_question_is_personal (question))
        continue;
      add_question (r, question);
    }
}

static gboolean
has_orphans (NrRenderer *r)
{
  for (guint i = 0; i < r->document->answers->len; i++)
    if (nr_document_answer_is_orphaned (r->questionnaire, r->document->answers->pdata[i]))
      return TRUE;
  return FALSE;
}

/* Orphaned answers, which only full documents hold, after everything else:
 * each under its question's id, as what it holds. */
static void
add_orphans (NrRenderer *r,
             guint       part)
{
  nr_render_new_page (r);
  nr_render_add_part_heading (r, _("Orphaned answers"), part);
  nr_render_add_text (r, _("Answers to questions this questionnaire no longer has, or that no longer fit their question."),
                      NR_STYLE_MUTED, 0, 4);
  for (guint i = 0; i < r->document->answers->len; i++)
    {
      NrDocumentAnswer *answer = r->document->answers->pdata[i];
      const char *note = nr_document_classification_note (answer->classification);
      g_autofree char *label = NULL;
      g_autofree char *text = NULL;

      if (!nr_document_answer_is_orphaned (r->questionnaire, answer))
        continue;
      label = note != NULL ? g_strdup_printf ("%s  [%s]", answer->question_id, note) : g_strdup (answer->question_id);
      text = nr_document_answer_to_text (answer);
      r->y += 6;
      nr_render_add_text (r, label, NR_STYLE_QUESTION, 0, 3);
      nr_render_add_text (r, text, NR_STYLE_BODY, 12, 4);
    }
}

/* Norms and completion, shared by the summary table and the norm pages. */

static char *
completion_text (NrRenderer   *r,
                 GListModel *questions)
{
  /* Translators: how many of a norm's questions are answered. */
  return g_strdup_printf (_("%u of %u"), nr_document_count_answered (r->answers, questions),
                          g_list_model_get_n_items (questions));
}

static char *
status_text (NrRenderer *r,
             NrNorm   *norm)
{
  const char *status = nr_document_norm_status (r->answers, r->questionnaire, norm);

  if (status == NULL)
    return g_strdup (_("Not answered"));
  return g_strdup (nr_question_format_choice (nr_document_status_question (r->questionnaire, norm), status));
}

static gboolean
covers_norm (NrRenderer *r,
             NrNorm   *norm)
{
  return nr_document_covers (r->document, nr_norm_get_section_id (norm), nr_norm_get_id (norm));
}

static void
add_summary (NrRenderer *r)
{
  GListModel *norms = nr_questionnaire_get_norms (r->questionnaire);
  const double widths[] = { 0.5, 0.2, 0.12, 0.18 };
  const char *header[] = { _("Norm"), _("Status"), _("Answered"), _("Review"), NULL };
  NrTable table;

  nr_render_add_heading (r, _("Summary of the norms"), NR_STYLE_HEADING);
  nr_table_init (&table, 4, widths, TRUE);
  nr_table_add_row (&table, header);
  for (guint i = 0; i < g_list_model_get_n_items (norms); i++)
    {
      g_autoptr(NrNorm) norm = g_list_model_get_item (norms, i);
      g_autofree char *title = NULL;
      g_autofree char *status = NULL;
      g_autofree char *completion = NULL;
      const char *row[5];

      if (!covers_norm (r, norm))
        continue;
      title = nr_document_norm_heading (norm);
      status = status_text (r, norm);
      completion = completion_text (r, nr_norm_get_questions (norm));
      row[0] = title;
      row[1] = status;
      row[2] = completion;
      row[3] = nr_document_review_text (nr_document_find_review (r->document, nr_norm_get_id (norm)));
      row[4] = NULL;
      nr_table_add_row (&table, row);
    }
  nr_table_finish (r, &table);
}

/* Under each norm, the measures of the report's shared lists (the register)
 * that serve it, each by its title and what it is: the register itself
 * gives the rest once. */
static void
add_linked_measures (NrRenderer *r,
                     NrNorm   *norm)
{
  GListModel *sections = nr_questionnaire_get_sections (r->questionnaire);
  gboolean headed = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(NrSection) section = g_list_model_get_item (sections, i);
      GListModel *questions = nr_section_get_questions (section);

      for (guint q = 0; nr_section_is_shared (section) && q < g_list_model_get_n_items (questions); q++)
        {
          g_autoptr(NrQuestion) list = g_list_model_get_item (questions, q);
          NrDocumentAnswer *answer = answer_to (r, list);

          if (answer == NULL || nr_question_lookup_field (list, "norms") == NULL)
            continue;
          for (guint j = 0; j < answer->records->len; j++)
            {
              NrDocumentRecord *record = answer->records->pdata[j];
              g_autoptr(GVariant) norms = g_variant_lookup_value (record->fields, "norms",
                                                                  G_VARIANT_TYPE_STRING_ARRAY);
              g_autoptr(GVariant) title = g_variant_lookup_value (record->fields, "title", G_VARIANT_TYPE_STRING);
              g_autofree const char **served = norms != NULL ? g_variant_get_strv (norms, NULL) : NULL;
              g_autofree char *facts = NULL;

              if (served == NULL || !g_strv_contains (served, nr_norm_get_id (norm)))
                continue;
              if (!headed)
                {
                  r->y += 6;
                  /* Translators: the heading, under a norm, of the measures
                   * of the register that serve it. */
                  nr_render_add_text (r, _("Measures serving this norm"), NR_STYLE_QUESTION, 0, 3);
                  headed = TRUE;
                }
              nr_render_add_text (r, title != NULL ? g_variant_get_string (title, NULL) : _("Untitled measure"),
                        NR_STYLE_BODY, 12, 1);
              facts = nr_render_record_facts (list, record, nr_render_title_field (list));
              if (*facts != '\0')
                nr_render_add_text (r, facts, NR_STYLE_MUTED, 12, 4);
            }
        }
    }
}

static void
add_norm (NrRenderer *r,
          NrNorm   *norm)
{
  g_autofree char *heading = nr_document_norm_heading (norm);
  NrDocumentReview *review = nr_document_find_review (r->document, nr_norm_get_id (norm));
  g_autofree char *review_line = nr_document_review_line (review);

  nr_render_add_heading (r, heading, NR_STYLE_HEADING);
  if (nr_norm_get_summary (norm) != NULL)
    nr_render_add_text (r, nr_norm_get_summary (norm), NR_STYLE_MUTED, 0, 4);
  nr_render_add_text (r, review_line, NR_STYLE_SMALL, 0, 4);
  add_questions (r, nr_norm_get_questions (norm));
  add_linked_measures (r, norm);
}

/* A part of the report to print: a norm, or a section without norms. */
typedef struct
{
  NrSection *section;
  NrNorm *norm;             /* NULL for a section without norms */
  guint part;               /* its index in the outline */
} Piece;

static gboolean
prints_section (NrRenderer *r,
                NrSection  *section)
{
  /* A public printout leaves out the points of contact, as a public export
   * does; a contribution prints only what it covers. */
  if (!(nr_section_is_shared (section) || nr_document_covers (r->document, nr_section_get_id (section), NULL)))
    return FALSE;
  return !(r->document->profile == NR_EXPORT_PROFILE_PUBLIC && nr_section_is_separable (section));
}

static void
plan_norms (NrRenderer *r,
            NrSection  *section,
            GArray     *plan)
{
  GListModel *norms = nr_section_get_norms (section);
  gboolean any = FALSE;

  for (guint j = 0; j < g_list_model_get_n_items (norms); j++)
    {
      g_autoptr(NrNorm) norm = g_list_model_get_item (norms, j);
      g_autofree char *heading = NULL;
      Piece piece = { section, norm, 0 };

      if (!covers_norm (r, norm))
        continue;
      /* The section is in the outline above its norms, at the first. */
      if (!any)
        nr_render_add_part (r, nr_section_get_title (section), 0);
      any = TRUE;
      heading = nr_document_norm_heading (norm);
      piece.part = nr_render_add_part (r, heading, 1);
      g_array_append_val (plan, piece);
    }
}

/* What will be printed, in order, each piece with its part of the outline
 * and the table of contents. */
static GArray *
plan_pieces (NrRenderer *r)
{
  GListModel *sections = nr_questionnaire_get_sections (r->questionnaire);
  GArray *plan = g_array_new (FALSE, FALSE, sizeof (Piece));

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      /* The questionnaire holds its sections as long as the renderer runs. */
      g_autoptr(NrSection) section = g_list_model_get_item (sections, i);

      if (g_list_model_get_n_items (nr_section_get_norms (section)) > 0)
        plan_norms (r, section, plan);
      else if (prints_section (r, section))
        {
          Piece piece = { section, NULL, nr_render_add_part (r, nr_section_get_title (section), 0) };

          g_array_append_val (plan, piece);
        }
    }
  if (has_orphans (r))
    {
      Piece piece = { NULL, NULL, nr_render_add_part (r, _("Orphaned answers"), 0) };

      g_array_append_val (plan, piece);
    }
  return plan;
}

static void
report_progress (NrRenderer *r,
                 double      fraction)
{
  if (r->progress != NULL)
    r->progress (fraction, r->progress_data);
}

/* Lays out the pieces; %FALSE if cancelled on the way. */
static gboolean
add_pieces (NrRenderer *r,
            GArray     *plan)
{
  for (guint i = 0; i < plan->len; i++)
    {
      Piece *piece = &g_array_index (plan, Piece, i);

      if (g_cancellable_is_cancelled (r->cancellable))
        return FALSE;
      if (piece->norm != NULL)
        {
          nr_render_new_page (r);
          /* The section's part starts with its first norm. */
          if (piece->part > 0 && ((NrPart *) r->pages->parts->pdata[piece->part - 1])->level == 0)
            nr_render_place_part (r, piece->part - 1);
          nr_render_place_part (r, piece->part);
          add_norm (r, piece->norm);
        }
      else if (piece->section != NULL)
        {
          nr_render_add_part_heading (r, nr_section_get_title (piece->section), piece->part);
          add_questions (r, nr_section_get_questions (piece->section));
        }
      else
        add_orphans (r, piece->part);
      report_progress (r, (double) (i + 1) / (plan->len + 1));
    }
  return TRUE;
}

static NrPages *
lay_out (NrRenderer *r)
{
  g_autoptr(GHashTable) answers = nr_document_index_answers (r->document);
  g_autoptr(NrPages) pages = nr_pages_new ();
  g_autoptr(GArray) plan = NULL;

  r->pages = pages;
  r->answers = answers;
  nr_render_set_names (r);
  plan = plan_pieces (r);

  nr_render_add_title_page (r);
  nr_render_new_page (r);
  add_summary (r);
  nr_render_new_page (r);
  nr_render_add_contents (r);
  if (!add_pieces (r, plan))
    return NULL;
  nr_pages_finish (pages);
  report_progress (r, 1);
  r->answers = NULL;
  r->pages = NULL;
  return g_steal_pointer (&pages);
}

/**
 * nr_export_profile_marking:
 *
 * Returns: the marking printed on every page of a document with @profile.
 */
const char *
nr_export_profile_marking (NrExportProfile profile)
{
  switch (profile)
    {
    case NR_EXPORT_PROFILE_PUBLIC:
      return _("PUBLIC");
    case NR_EXPORT_PROFILE_WORKSHOP:
      return _("WORKSHOP ONLY — NOT FOR PUBLICATION");
    case NR_EXPORT_PROFILE_FULL:
    default:
      return _("INTERNAL — FULL REPORT, NOT FOR RELEASE");
    }
}

/* What the printout is worded with: @language's catalogue where the
 * program is translated into it (English, the program's own language,
 * needs none); %NULL to word it in the interface's language. */
NrCatalogue *
nr_render_catalogue_for (const char *language)
{
  if (language == NULL || !nr_language_tag_is_valid (language))
    return NULL;
  if (nr_catalogue_is_source_language (language))
    return nr_catalogue_new_source ();
  return nr_catalogue_load (nr_i18n_localedir (), GETTEXT_PACKAGE, language);
}

/* @questionnaire in the language of @catalogue, if it is one shipped with
 * the program; else @questionnaire as it is. */
NrQuestionnaire *
nr_render_questionnaire_in (NrQuestionnaire *questionnaire,
                  NrCatalogue     *catalogue)
{
  g_autoptr(NrQuestionnaire) translated = NULL;

  if (catalogue != NULL)
    translated = nr_questionnaire_load_builtin_in (nr_questionnaire_get_id (questionnaire), catalogue, NULL);
  if (translated == NULL ||
      g_strcmp0 (nr_questionnaire_get_version (translated), nr_questionnaire_get_version (questionnaire)) != 0)
    return g_object_ref (questionnaire);
  return g_steal_pointer (&translated);
}

/**
 * nr_document_lay_out:
 * @language: (nullable): the language of the headings and labels; %NULL
 *   for the language of the answers, where the program is translated into
 *   it, else the interface's
 * @cancellable: (nullable): to stop laying out
 * @progress: (nullable): told how far the layout is, in the calling thread
 *
 * Lays out @document into pages, once; any page is then drawn with
 * nr_pages_draw_page ().  Uses nothing of any thread but the caller's, so a
 * worker thread may lay out and another thread draw, one after the other.
 *
 * Returns: (transfer full) (nullable): the pages, or %NULL if cancelled.
 */
NrPages *
nr_document_lay_out (NrDocument       *document,
                     NrQuestionnaire  *questionnaire,
                     const char       *language,
                     GCancellable     *cancellable,
                     NrRenderProgress  progress,
                     gpointer          progress_data)
{
  const char *wording = language != NULL ? language : document->language;
  g_autoptr(NrCatalogue) catalogue = nr_render_catalogue_for (wording);
  g_autoptr(NrQuestionnaire) translated = nr_render_questionnaire_in (questionnaire, catalogue);
  NrRenderer r = { .document = document, .questionnaire = translated, .cancellable = cancellable,
                   .language = catalogue != NULL ? wording : NULL,
                   .progress = progress, .progress_data = progress_data };
  NrCatalogue *previous;
  NrPages *pages;

  g_return_val_if_fail (document != NULL, NULL);
  g_return_val_if_fail (NR_IS_QUESTIONNAIRE (questionnaire), NULL);

  previous = nr_i18n_swap_thread_catalogue (catalogue != NULL ? nr_catalogue_ref (catalogue) : NULL);
  pages = lay_out (&r);
  g_clear_pointer (&catalogue, nr_catalogue_unref);
  catalogue = nr_i18n_swap_thread_catalogue (previous);
  return pages;
}

static cairo_status_t
append_to_array (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* Draws every page of @pages into a PDF surface, with its outline and
 * metadata; returns the surface's status. */
static cairo_status_t
draw_pdf (NrPages         *pages,
          cairo_surface_t *surface)
{
  cairo_t *cr = cairo_create (surface);
  cairo_status_t status;

  cairo_pdf_surface_restrict_to_version (surface, CAIRO_PDF_VERSION_1_5);
  nr_pages_set_metadata (pages, surface);
  for (guint i = 0; i < nr_pages_get_n_pages (pages); i++)
    {
      nr_pages_draw_page (pages, cr, i);
      cairo_show_page (cr);
    }
  nr_pages_add_outline (pages, surface);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  return status;
}

/**
 * nr_document_render_pdf:
 *
 * Renders @document as a PDF, with the fonts embedded, an outline, and
 * links, its headings and labels in the language of the answers where the
 * program is translated into it.
 *
 * Returns: (transfer full): the PDF, or %NULL with @error set.
 */
GBytes *
nr_document_render_pdf (NrDocument       *document,
                        NrQuestionnaire  *questionnaire,
                        GError          **error)
{
  return nr_document_render_pdf_in (document, questionnaire, NULL, error);
}

/**
 * nr_document_render_pdf_in:
 * @language: (nullable): the language of the headings and labels, as for
 *   nr_document_lay_out ()
 *
 * Renders @document as a PDF with its headings and labels in @language.
 *
 * Returns: (transfer full): the PDF, or %NULL with @error set.
 */
GBytes *
nr_document_render_pdf_in (NrDocument       *document,
                           NrQuestionnaire  *questionnaire,
                           const char       *language,
                           GError          **error)
{
  g_autoptr(GByteArray) pdf = g_byte_array_new ();
  g_autoptr(NrPages) pages = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;

  g_return_val_if_fail (document != NULL, NULL);
  g_return_val_if_fail (NR_IS_QUESTIONNAIRE (questionnaire), NULL);

  pages = nr_document_lay_out (document, questionnaire, language, NULL, NULL, NULL);
  surface = cairo_pdf_surface_create_for_stream (append_to_array, pdf,
                                                 NR_RENDER_PAGE_WIDTH, NR_RENDER_PAGE_HEIGHT);
  status = draw_pdf (pages, surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not draw the report: %s"),
                   cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&pdf));
}

/**
 * nr_report_render_pdf:
 * @file: where to write; an existing file is replaced only once the new one
 *   is complete
 * @options: (nullable): what to print, as for export; %NULL for everything
 *
 * Prints the report to a PDF file, holding exactly what an export with the
 * same options would hold.  The file is written atomically with mode 0600.
 */
gboolean
nr_report_render_pdf (NrReport               *report,
                      GFile                  *file,
                      const NrExportOptions  *options,
                      GError                **error)
{
  g_autoptr(NrDocument) document = NULL;
  g_autoptr(GBytes) pdf = NULL;

  g_return_val_if_fail (NR_IS_REPORT (report), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  document = nr_report_to_document (report, options, error);
  if (document == NULL)
    return FALSE;
  pdf = nr_document_render_pdf (document, nr_report_get_questionnaire (report), error);
  if (pdf == NULL)
    return FALSE;
  return nr_write_file_privately (file, pdf, error);
}
