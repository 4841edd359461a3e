#include "support/builtin_linter.h"

#include <gtest/gtest.h>

#include "ruleset/load_rules.h"
#include "ruleset/rule_set.h"

namespace santun::testing {

const RuleSet& BuiltinRules() {
  static const RuleSet* rules = [] {
    auto* r = new RuleSet;  // lives as long as the test binary
    const auto errors = LoadRuleSet(PackSources{}, r);
    EXPECT_TRUE(errors.empty()) << "the built-in packs did not load";
    return r;
  }();
  return *rules;
}

const Linter& BuiltinLinter() {
  static const Linter* linter = new Linter(BuiltinRules());
  return *linter;
}

}  // namespace santun::testing
