#pragma once

#include <ostream>

#include "eval/metrics.h"

namespace santun {

struct EvalReportOptions {
  bool show = false;  // list misses and false alarms
};

/// Writes the precision/recall/F1 table per category and per rule, then
/// (with show) every disagreement as "file:line: id: missed category …".
void RenderEvalHuman(const EvalResult& result, const EvalReportOptions& options, std::ostream& out);

/// The same as one JSON document.
void RenderEvalJson(const EvalResult& result, const EvalReportOptions& options, std::ostream& out);

}  // namespace santun
