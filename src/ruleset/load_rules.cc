#include "ruleset/builtin_rules.h"
#include "ruleset/rule_codec.h"
#include "ruleset/rule_set.h"

namespace santun {

Errors LoadBuiltinRules(PackContents* contents) {
  if (!DecodeRules(BuiltinRulesBlob(), contents)) {
    return {{"santun", 0, "the built-in rules are damaged; rebuild santun"}};
  }
  return {};
}

Errors LoadRuleSet(const PackSources& sources, RuleSet* out) {
  PackContents contents;
  Errors errors;
  if (sources.builtin) errors = LoadBuiltinRules(&contents);
  std::vector<SourceFile> files;
  for (const std::string& dir : sources.dirs) {
    Errors e = ReadPackDir(dir, &files);
    errors.insert(errors.end(), e.begin(), e.end());
  }
  for (const SourceFile& f : files) {
    Errors e = LoadPack(f, &contents);
    errors.insert(errors.end(), e.begin(), e.end());
  }
  if (!errors.empty()) return errors;
  return RuleSet::Build(std::move(contents), out);
}

}  // namespace santun
