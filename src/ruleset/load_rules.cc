#include "ruleset/load_rules.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "ruleset/builtin_rules.h"
#include "ruleset/rule_codec.h"

namespace santun {
namespace fs = std::filesystem;

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

Errors ReadPackDir(const std::string& dir, std::vector<SourceFile>* files) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    return {{dir, 0, "cannot read rule folder: not a directory"}};
  }
  std::vector<std::string> paths;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file(ec) && it->path().extension() == ".toml") {
      paths.push_back(it->path().lexically_normal().string());
    }
  }
  if (ec) return {{dir, 0, "cannot read rule folder: " + ec.message()}};
  std::sort(paths.begin(), paths.end());
  Errors errors;
  for (const std::string& p : paths) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    if (!in.good() && !in.eof()) {
      errors.push_back({p, 0, "cannot read rule pack"});
      continue;
    }
    std::string text = content.str();
    if (LooksLikeRulePack(text)) files->push_back({p, std::move(text)});
  }
  return errors;
}

}  // namespace santun
