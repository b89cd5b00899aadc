/* nr-test-region.h: submissions from several States, for the regional
 * overview's tests. */
#pragma once

#include "nr-core.h"

G_BEGIN_DECLS

/* What one State's submission says; NULL members are left unanswered.
 * Every answer is classified for workshops, except the points of contact,
 * which take contacts_classification. */
typedef struct
{
  const char *state;
  const char *year;
  const char *status_13a;
  const char *narrative_13a;
  const char *challenges_13a;
  const char *const *needs_13a;      /* capacity-needs areas */
  const char *needs;                 /* capacity.needs */
  const char *offers;                /* capacity.offers */
  const char *const *activities;     /* "direction|area|form|partner" each */
  const char *contact_name;
  const char *contact_email;
  NrClassification contacts_classification;
  const char *commitment_13c;
} NrTestRegionSubmission;

char *nr_test_write_region_submission (const char                   *dir,
                                       const NrTestRegionSubmission *submission);
char **nr_test_write_region (const char *dir);

G_END_DECLS
