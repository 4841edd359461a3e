#pragma once

#include <string>
#include <vector>

#include "fix/fix.h"
#include "ruleset/rule.h"
#include "text/span.h"

namespace santun {

/// One finding: which rule, where in the ORIGINAL text, what to say and how
/// to fix it. `rule` points into the RuleSet, which outlives diagnostics.
struct Diagnostic {
  const Rule* rule = nullptr;
  Severity severity = Severity::kWarning;
  Span span;
  std::string message;
  std::string matched;  // the original text of span (masked for personal data)
  std::vector<Fix> fixes;
};

/// Orders diagnostics by position, then rule id: the order of every output.
bool DiagnosticLess(const Diagnostic& a, const Diagnostic& b);

}  // namespace santun
