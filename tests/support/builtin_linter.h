#pragma once

#include "engine/linter.h"
#include "ruleset/rule_set.h"

namespace santun::testing {

/// The shipped rule packs, loaded once for the whole test binary (loading
/// fails the test that first asks), and a Linter over them.
const RuleSet& BuiltinRules();
const Linter& BuiltinLinter();

}  // namespace santun::testing
