#pragma once

#include <string>
#include <vector>

#include "core/error.h"
#include "ruleset/rule.h"

namespace santun {

/// A file's name (as shown in messages) and its text.
struct SourceFile {
  std::string path;
  std::string content;
};

/// Returns true when `content` looks like a rule pack (has [pack], [[rule]]
/// or [[lexicon]]) rather than a calendar or another TOML file.
bool LooksLikeRulePack(const std::string& content);

/// Decodes one rule pack into typed rules, compiling their matchers. Every
/// problem is returned as an Error with the pack's path and line: TOML
/// syntax, unknown keys (with "did you mean"), wrong types, bad ids,
/// severities or languages, invalid RE2 patterns, malformed examples and
/// rules without a positive example. Rules and lexicons are appended to
/// *contents only when the pack has no error at all.
Errors LoadPack(const SourceFile& file, PackContents* contents);

}  // namespace santun
