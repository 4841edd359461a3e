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

/// Returns a diagnostic of `rule` at `span` of `text`: the matched text and
/// the rule's message with {match} replaced by it (on one line, invisible
/// characters shown, at most 60 characters) and {detail} by `detail` (what
/// a structural check adds: the real weekday, the local send time). No fixes.
Diagnostic MakeDiagnostic(const Rule& rule, std::string_view text, Span span, std::string_view detail = "");

/// Orders diagnostics by position, then rule id: the order of every output.
bool DiagnosticLess(const Diagnostic& a, const Diagnostic& b);

}  // namespace santun
