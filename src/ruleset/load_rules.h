#pragma once

#include <string>
#include <vector>

#include "core/error.h"
#include "ruleset/pack_loader.h"
#include "ruleset/rule.h"
#include "ruleset/rule_set.h"

namespace santun {

/// Where rule packs come from: the packs compiled into the binary and/or
/// folders of user packs (searched recursively for *.toml rule packs).
struct PackSources {
  bool builtin = true;
  std::vector<std::string> dirs;
};

/// Loads the built-in rules (when `sources.builtin`) and the packs of
/// `sources.dirs` into *out, then builds the registry (RuleSet::Build). All
/// errors of all packs are returned; on any error *out is left empty.
Errors LoadRuleSet(const PackSources& sources, RuleSet* out);

/// Decodes the shipped rules and lexicons (BuiltinRulesBlob) and appends
/// them to *contents; an error when the blob is damaged.
Errors LoadBuiltinRules(PackContents* contents);

/// Returns the rule pack files of `dir` (recursively, sorted; *.toml files
/// that look like packs), or an error when the folder or a file cannot be
/// read.
Errors ReadPackDir(const std::string& dir, std::vector<SourceFile>* files);

}  // namespace santun
