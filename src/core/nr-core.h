/* nr-core.h: the core library: everything a user can do, without GTK. */
#pragma once

#include "nr-choice.h"
#include "nr-document.h"
#include "nr-enum-types.h"
#include "nr-history-entry.h"
#include "nr-merge.h"
#include "nr-norm.h"
#include "nr-question.h"
#include "nr-questionnaire.h"
#include "nr-record.h"
#include "nr-report.h"
#include "nr-report-export.h"
#include "nr-report-import.h"
#include "nr-render.h"
#include "nr-section.h"
#include "nr-store.h"
#include "nr-types.h"
