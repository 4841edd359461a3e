#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ruleset/rule.h"

namespace santun {

/// A compact binary form of decoded rules. The build compiles the shipped
/// TOML packs once (tools/packc.cc, which also validates them) and embeds
/// the result, so that start-up decodes bytes instead of parsing TOML.

/// Returns the encoding of rules and lexicons.
std::string EncodeRules(const std::vector<Rule>& rules, const std::vector<Lexicon>& lexicons);

/// Decodes what EncodeRules wrote, appending to *contents. Returns false
/// (and appends nothing) on a truncated or inconsistent blob.
bool DecodeRules(std::string_view blob, PackContents* contents);

}  // namespace santun
