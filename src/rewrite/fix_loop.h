#pragma once

#include <string>

#include "engine/linter.h"

namespace santun {

// rewrite/ holds what runs the Linter to change a message: this loop,
// unified_diff.h and rewrite.h. The fixes themselves come from fix/.

/// How FixUntilStable applies fixes.
struct FixLoopOptions {
  Applicability level = Applicability::kSafe;  // kSafe: --fix; kUnsafe: --unsafe-fixes; kDisplayOnly: all
  int max_passes = 10;
};

/// What FixUntilStable did.
struct FixLoopResult {
  std::string text;      // the message after the fixes
  int passes = 0;        // passes that changed the text
  int applied = 0;       // fixes applied over all passes
  LintResult remaining;  // the lint of `text`
};

/// Lints `text`, applies the fixes that `options.level` permits (ApplyFixes:
/// sorted, overlapping ones left for the next pass), lints again and
/// repeats until no permitted fix is left, the text stops changing or
/// `max_passes` passes have run. A message without diagnostics is returned
/// unchanged.
FixLoopResult FixUntilStable(const Linter& linter, const std::string& name, std::string text,
                             const MessageOptions& message, const FixLoopOptions& options = {});

/// Returns the fixes of `diagnostics` that `level` permits: the first
/// permitted fix of each diagnostic.
std::vector<const Fix*> PermittedFixes(const std::vector<Diagnostic>& diagnostics, Applicability level);

}  // namespace santun
