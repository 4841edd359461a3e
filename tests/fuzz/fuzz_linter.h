#pragma once

#include "engine/linter.h"
#include "ruleset/load_rules.h"
#include "ruleset/rule_set.h"

namespace santun::fuzz {

/// The shipped rules and a Linter over them, built on first use and kept
/// for the whole fuzzing process (never freed: a fuzz target runs until it
/// is killed).
inline const Linter& BuiltinLinter() {
  static const Linter* linter = [] {
    auto* rules = new RuleSet;
    LoadRuleSet(PackSources{}, rules);
    return new Linter(*rules);
  }();
  return *linter;
}

}  // namespace santun::fuzz
