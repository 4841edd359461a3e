#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "ruleset/rule.h"

namespace santun {

/// A structural check's parameters (`params = { … }` of its rule), with the
/// fallback when the rule does not set one. The pack loader has checked each
/// value against the check's spec (ruleset/check_specs.cc), so a parameter
/// of another type only happens for an unset one.
int64_t ParamInt(const Rule& rule, const std::string& name, int64_t fallback);
bool ParamBool(const Rule& rule, const std::string& name, bool fallback);
std::string ParamString(const Rule& rule, const std::string& name, const std::string& fallback);
/// Returns the list, or an empty one.
std::vector<std::string> ParamStrings(const Rule& rule, const std::string& name);

}  // namespace santun
