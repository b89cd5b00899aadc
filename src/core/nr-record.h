/* nr-record.h: one entry of a repeatable list (a measure, a point of contact). */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define NR_TYPE_RECORD (nr_record_get_type ())
G_DECLARE_FINAL_TYPE (NrRecord, nr_record, NR, RECORD, GObject)

NrRecord   *nr_record_new             (const char *id,
                                       const char *question_id,
                                       double      position,
                                       GVariant   *fields);
const char *nr_record_get_id          (NrRecord   *self);
const char *nr_record_get_question_id (NrRecord   *self);
double      nr_record_get_position    (NrRecord   *self);
GVariant   *nr_record_get_fields      (NrRecord   *self);
const char *nr_record_get_text        (NrRecord   *self,
                                       const char *field_id);

G_END_DECLS
