#pragma once

#include <ostream>

#include "report/run_result.h"

namespace santun {

/// Writes `check --statistics`: one line per rule with at least one
/// diagnostic, as ruff does, most frequent first (then by id):
///   "  12  threat.violence  [*]  summary of the rule"
/// The count is right-aligned and the ids padded to one width; "[*]" marks a
/// rule whose diagnostics here all have a safe fix (fixable with --fix), and
/// a legend line says so. Then the summary line of the human format.
void RenderStatistics(const RunResult& run, std::ostream& out);

}  // namespace santun
