#pragma once

#include <string_view>

namespace santun {

/// Returns the shipped rule packs as compiled at build time by
/// tools/packc.cc (see rule_codec.h). Defined in a generated source.
std::string_view BuiltinRulesBlob();

}  // namespace santun
