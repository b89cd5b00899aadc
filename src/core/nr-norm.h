/* nr-norm.h: one of the 11 norms (13a … 13k) and its questions. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define NR_TYPE_NORM (nr_norm_get_type ())
G_DECLARE_FINAL_TYPE (NrNorm, nr_norm, NR, NORM, GObject)

NrNorm     *nr_norm_new           (const char *id,
                                   const char *section_id,
                                   const char *title,
                                   const char *summary,
                                   const char *source);
const char *nr_norm_get_id         (NrNorm     *self);
const char *nr_norm_get_section_id (NrNorm     *self);
const char *nr_norm_get_title      (NrNorm     *self);
const char *nr_norm_get_summary    (NrNorm     *self);
const char *nr_norm_get_source     (NrNorm     *self);
GListModel *nr_norm_get_questions  (NrNorm     *self);

G_END_DECLS
