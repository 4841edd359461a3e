#pragma once

#include <string>
#include <vector>

namespace santun {

/// Returns the rule categories of the SPEC, in documentation order:
/// threat, abuse, pressure, amount, due-date, privacy, identity, timing,
/// template, plus "santun" for the linter's own diagnostics.
const std::vector<std::string>& Categories();

bool IsCategory(const std::string& name);

}  // namespace santun
