#pragma once

#include <string>
#include <vector>

#include "ruleset/rule.h"
#include "text/span.h"

namespace santun {

// The fix model sits below the engine (docs/architecture.md): checks and
// rules attach fixes to diagnostics with fix/build.h, and fix/apply.h
// applies them; what lints again after applying (the --fix loop, diffs,
// rewrites) is above the engine, in rewrite/.

/// Replace the original bytes `span` with `replacement` (empty = delete; an
/// empty span inserts).
struct Edit {
  Span span;
  std::string replacement;
  friend bool operator==(const Edit&, const Edit&) = default;
};

/// A suggested change: a title, its edits (non-overlapping, sorted, applied
/// all together or not at all) and how safe it is to apply without review.
struct Fix {
  std::string title;
  std::vector<Edit> edits;
  Applicability applicability = Applicability::kSafe;
  /// For a fix that replaces a sentence with a stock phrase (a threat with
  /// the offer of a payment plan): the edits that only remove the sentence.
  /// ApplyFixes uses them when the phrase is already in the text, so that
  /// it is said once.
  std::vector<Edit> alternative;
};

/// Returns true when a fix of applicability `a` may be applied at `level`:
/// kSafe applies safe fixes, kUnsafe safe and unsafe ones, kDisplayOnly all.
inline bool Permits(Applicability level, Applicability a) { return static_cast<int>(a) <= static_cast<int>(level); }

}  // namespace santun
