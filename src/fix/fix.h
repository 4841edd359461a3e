#pragma once

#include <string>
#include <vector>

#include "ruleset/rule.h"
#include "text/span.h"

namespace santun {

/// Replace the original bytes `span` with `replacement` (empty = delete).
struct Edit {
  Span span;
  std::string replacement;
  friend bool operator==(const Edit&, const Edit&) = default;
};

/// A suggested change: a title, its edits (non-overlapping, sorted) and how
/// safe it is to apply without review.
struct Fix {
  std::string title;
  std::vector<Edit> edits;
  Applicability applicability = Applicability::kSafe;
};

}  // namespace santun
