#pragma once

#include <vector>

#include "ruleset/rule.h"

namespace santun {

struct CheckContext;  // engine/checks/check.h
struct CheckHit;      // engine/checks/check.h

/// A structural check: reads the message and the rule's params, appends
/// hits. Declared apart from check.h so that the Linter can hold check
/// functions without including every check's context.
using CheckFn = void (*)(const CheckContext& context, const Rule& rule, std::vector<CheckHit>* hits);

}  // namespace santun
