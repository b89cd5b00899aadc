/* nr-cli-merge.c: "norms-reporter-cli merge": a contribution into a report. */
#include "config.h"

#include <glib/gi18n.h>

#include "nr-cli.h"
#include "nr-core.h"

/* A state as a reader sees it: the text of an answer, on one line, or
 * "(none)". */
static char *
describe_state (const char *state)
{
  if (state == NULL)
    return g_strdup (_("(none)"));
  if (!g_utf8_validate (state, -1, NULL))
    return nr_cli_printable (state);
  if (g_utf8_strlen (state, -1) > 60)
    {
      g_autofree char *start = g_utf8_substring (state, 0, 57);
      g_autofree char *shown = nr_cli_printable (start);

      return g_strconcat (shown, "…", NULL);
    }
  return nr_cli_printable (state);
}

/* Who changed something and when, from a file: "—" where it does not say. */
static char *
describe_provenance (const NrProvenance *provenance)
{
  g_autofree char *author = nr_cli_printable (provenance->author);
  g_autofree char *agency = nr_cli_printable (provenance->agency);
  g_autofree char *modified = nr_cli_printable (provenance->modified);

  return g_strdup_printf ("%s, %s, %s", author != NULL ? author : "—", agency != NULL ? agency : "—",
                          modified != NULL ? modified : "—");
}

static void
list_conflicts (NrMerge    *merge,
                const char *report_name,
                const char *contribution_name)
{
  GListModel *items = nr_merge_get_items (merge);

  g_printerr (g_dngettext (GETTEXT_PACKAGE,
                           "norms-reporter-cli merge: %u conflict between “%s” and “%s”; nothing was merged.\n",
                           "norms-reporter-cli merge: %u conflicts between “%s” and “%s”; nothing was merged.\n",
                           nr_merge_get_n_conflicts (merge)),
              nr_merge_get_n_conflicts (merge), report_name, contribution_name);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(NrMergeItem) item = g_list_model_get_item (items, i);
      const NrProvenance *ours = nr_merge_item_get_our_provenance (item);
      const NrProvenance *theirs = nr_merge_item_get_their_provenance (item);
      g_autofree char *our_state = NULL;
      g_autofree char *their_state = NULL;
      g_autofree char *our_provenance = NULL;
      g_autofree char *their_provenance = NULL;
      g_autofree char *target = NULL;
      g_autofree char *record_id = NULL;

      if (!nr_merge_item_is_conflict (item))
        continue;

      our_state = describe_state (nr_merge_item_get_ours (item));
      their_state = describe_state (nr_merge_item_get_theirs (item));
      our_provenance = describe_provenance (ours);
      their_provenance = describe_provenance (theirs);
      target = nr_cli_printable (nr_merge_item_get_target (item));
      record_id = nr_cli_printable (nr_merge_item_get_record_id (item));
      g_printerr ("  %s (%s)%s%s\n", target, nr_merge_item_get_aspect (item),
                  record_id != NULL ? " " : "", record_id != NULL ? record_id : "");
      g_printerr (_("    ours:   %s — %s\n"), our_state, our_provenance);
      g_printerr (_("    theirs: %s — %s\n"), their_state, their_provenance);
    }

  g_printerr (_("Choose with --prefer ours or --prefer theirs, or resolve them one by one in the application.\n"));
}

static char *
printable_name (GFile *file)
{
  g_autofree char *name = g_file_get_parse_name (file);

  return nr_cli_printable (name);
}

/* The merge of a contribution from a file, or from standard input ("-"),
 * which can only be XML: a report file has to be opened where it is. */
static NrMerge *
open_contribution (NrReport    *report,
                   const char  *path,
                   char       **display_name,
                   GError     **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(NrDocument) document = NULL;
  g_autofree char *name = NULL;

  if (!g_str_equal (path, "-"))
    {
      file = g_file_new_for_commandline_arg (path);
      *display_name = printable_name (file);
      return nr_merge_new_from_file (report, file, error);
    }

  bytes = nr_cli_read_input (path, &name, error);
  *display_name = g_strdup (name);
  if (bytes == NULL)
    return NULL;
  document = nr_document_parse (bytes, name, error);
  if (document == NULL)
    return NULL;
  return nr_merge_new (report, document, name, error);
}

int
nr_cli_merge (int    argc,
              char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("merge REPORT.normsreport CONTRIBUTION|-"));
  g_autoptr(NrReport) report = NULL;
  g_autoptr(NrMerge) merge = NULL;
  g_autoptr(GFile) report_file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *prefer = NULL;
  g_autofree char *report_name = NULL;
  g_autofree char *contribution_name = NULL;
  NrMergeResolution resolution = NR_MERGE_RESOLUTION_NONE;
  guint n_changes;
  int status;
  const GOptionEntry entries[] = {
    { "prefer", 0, 0, G_OPTION_ARG_STRING, &prefer,
      N_("Resolve every conflict with ours or theirs; without it, conflicts are listed and nothing is merged"),
      N_("ours|theirs") },
    { NULL }
  };

  g_option_context_set_summary (context, _("Merge a contribution (an interchange XML file, or another .normsreport of the same report) into a report. Answers changed on one side only are taken; answers changed on both sides are conflicts. Exit status 3: conflicts were found and nothing was merged."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = nr_cli_parse_options (context, &argc, &argv);
  if (status != NR_CLI_EXIT_OK)
    return status;

  if (!nr_cli_check_operands ("merge", argc, argv, 2, 2, _("name the report and the contribution.")) ||
      !nr_cli_check_report_operand ("merge", argv[1]))
    return NR_CLI_EXIT_USAGE;
  if (prefer != NULL)
    {
      if (g_str_equal (prefer, "ours"))
        resolution = NR_MERGE_RESOLUTION_OURS;
      else if (g_str_equal (prefer, "theirs"))
        resolution = NR_MERGE_RESOLUTION_THEIRS;
      else
        return nr_cli_usage_error ("merge", _("--prefer takes ours or theirs, not “%s”."), prefer);
    }

  report_file = g_file_new_for_commandline_arg (argv[1]);
  report_name = printable_name (report_file);

  report = nr_report_open (report_file, NULL, NR_STORE_OPEN_DEFAULT, &error);
  if (report == NULL)
    return nr_cli_fail ("merge", error);
  merge = open_contribution (report, argv[2], &contribution_name, &error);
  if (merge == NULL)
    return nr_cli_fail ("merge", error);

  if (nr_merge_is_already_merged (merge))
    {
      g_print (_("“%s” was already merged into “%s”; nothing changed.\n"), contribution_name, report_name);
      return NR_CLI_EXIT_OK;
    }

  if (nr_merge_get_n_conflicts (merge) > 0 && resolution == NR_MERGE_RESOLUTION_NONE)
    {
      list_conflicts (merge, report_name, contribution_name);
      return NR_CLI_EXIT_CONFLICTS;
    }

  nr_merge_resolve_all (merge, resolution);
  if (!nr_merge_apply (merge, &error))
    return nr_cli_fail ("merge", error);

  n_changes = g_list_model_get_n_items (nr_merge_get_items (merge));
  if (n_changes == 0)
    g_print (_("“%s” holds nothing new for “%s”; nothing changed.\n"), contribution_name, report_name);
  else
    g_print (g_dngettext (GETTEXT_PACKAGE, "Merged %u change from “%s” into “%s” (%u conflicts resolved).\n",
                          "Merged %u changes from “%s” into “%s” (%u conflicts resolved).\n", n_changes),
             n_changes, contribution_name, report_name, nr_merge_get_n_conflicts (merge));
  return NR_CLI_EXIT_OK;
}
