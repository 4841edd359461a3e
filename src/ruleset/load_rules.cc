#include "ruleset/load_rules.h"

#include <re2/re2.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/suggest.h"
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

namespace {

// A .toml file that is no pack but whose top-level tables are near misses
// of a pack's ("[pck]", "[[rules]]"): a mistyped pack, not a calendar or
// santun.toml. Returns the error, or "".
std::string MistypedPack(const std::string& content) {
  static const RE2 table("(?m)^\\s*\\[\\[?\\s*([A-Za-z0-9_-]+)");
  static const std::vector<std::string> pack_tables = {"pack", "rule", "lexicon"};
  re2::StringPiece input(content);
  std::string name;
  while (RE2::FindAndConsume(&input, table, &name)) {
    const std::string suggestion = DidYouMean(name, pack_tables);
    if (!suggestion.empty()) {
      return "not a rule pack: unknown table '" + name + "'" + suggestion +
             " (a pack needs [pack], [[rule]] or [[lexicon]])";
    }
  }
  return "";
}

}  // namespace

Errors ReadPackDir(const std::string& dir, std::vector<SourceFile>* files) {
  std::error_code ec;
  if (!fs::exists(fs::symlink_status(dir, ec))) return {{dir, 0, "cannot read rule folder: does not exist"}};
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
  size_t packs = 0;
  for (const std::string& p : paths) {
    std::ifstream in(p, std::ios::binary);
    const int open_errno = in ? 0 : errno;
    std::ostringstream content;
    content << in.rdbuf();
    if (open_errno != 0 || (!in.good() && !in.eof())) {
      errors.push_back({p, 0, std::string("cannot read rule pack: ") + std::strerror(open_errno ? open_errno : EIO)});
      continue;
    }
    std::string text = content.str();
    if (LooksLikeRulePack(text)) {
      files->push_back({p, std::move(text)});
      ++packs;
    } else if (std::string mistyped = MistypedPack(text); !mistyped.empty()) {
      errors.push_back({p, 0, mistyped});
    }
  }
  if (packs == 0 && errors.empty()) {
    errors.push_back({dir, 0, "no rule packs in this folder (*.toml files with [pack], [[rule]] or [[lexicon]])"});
  }
  return errors;
}

}  // namespace santun
