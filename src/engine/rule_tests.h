#pragma once

#include <string>
#include <vector>

#include "engine/linter.h"
#include "ruleset/rule_set.h"

namespace santun {

/// The day rule examples resolve relative dates against unless they set
/// `today`, so that they hold on any day the tests run.
inline constexpr const char* kExampleToday = "2026-11-25";

/// One example that did not behave as its rule says.
struct ExampleFailure {
  std::string file;
  int line = 0;
  std::string rule_id;
  int index = 0;        // 1-based among the rule's examples
  std::string message;  // "expected …, got …"

  /// "file:line: example N of rule X: expected …, got …"
  std::string ToString() const;
};

struct RuleTestReport {
  int rules = 0;
  int examples = 0;
  int known_gaps = 0;
  std::vector<ExampleFailure> failures;
};

/// Lints one example with every rule and checks this rule's diagnostics: a positive example must be
/// flagged at exactly its marked spans, a negative one not at all, and its
/// `fixed` text (when given) must be what the rule's fixes produce. A
/// `known` gap must still fail. Returns "" when the example holds, else the
/// failure text.
std::string RunExample(const Linter& linter, const Rule& rule, const RuleExample& example);

/// Runs every example of every rule in the linter's RuleSet.
RuleTestReport RunAllExamples(const Linter& linter);

}  // namespace santun
