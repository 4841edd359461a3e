#pragma once

#include <ostream>

#include "report/run_result.h"

namespace santun {

struct HumanOptions {
  bool color = false;  // ANSI colours (the CLI enables them on a TTY only)
};

/// Writes diagnostics as "path:line:col: severity[rule]: message", the
/// source line with a caret underline under the exact range (columns count
/// characters), "help:" and fix lines, then one summary line and the run's note, if any.
void RenderHuman(const RunResult& run, const HumanOptions& options, std::ostream& out);

/// Returns the summary line, e.g. "Found 2 problems (1 error, 1 warning) in
/// 1 file." or "No problems found in 3 files."
std::string SummaryLine(const Summary& summary);

}  // namespace santun
