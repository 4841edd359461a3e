#pragma once

#include <string_view>
#include <vector>

#include "core/error.h"
#include "ruleset/rule.h"

namespace santun {

/// Returns the shipped rule packs as compiled at build time by
/// tools/packc.cc (see rule_codec.h). Defined in a generated source.
std::string_view BuiltinRulesBlob();

/// Decodes the shipped rules and lexicons and appends them to *contents.
Errors LoadBuiltinRules(PackContents* contents);

}  // namespace santun
