#include "ruleset/rule_set.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>


namespace santun {
namespace fs = std::filesystem;

Errors RuleSet::Build(std::vector<Rule> rules, RuleSet* out) {
  std::stable_sort(rules.begin(), rules.end(), [](const Rule& a, const Rule& b) {
    return a.id != b.id ? a.id < b.id : a.file < b.file;
  });
  Errors errors;
  for (size_t i = 0; i < rules.size(); ++i) {
    for (size_t j = i + 1; j < rules.size() && rules[j].id == rules[i].id; ++j) {
      const Rule& a = rules[i];
      const Rule& b = rules[j];
      const std::string where = " (also defined at " + a.file + ":" + std::to_string(a.line) + ")";
      bool overlap = false;
      for (const std::string& l : b.langs) overlap |= a.AppliesTo(l) || l == "*";
      if (overlap) {
        errors.push_back({b.file, b.line, "duplicate rule id '" + b.id + "'" + where});
      } else if (a.severity != b.severity) {
        errors.push_back({b.file, b.line,
                          "rule '" + b.id + "': severity differs from its other language variant" +
                              where});
      }
    }
  }
  if (!errors.empty()) return errors;
  out->rules_ = std::move(rules);
  out->ids_.clear();
  for (const Rule& r : out->rules_) {
    if (out->ids_.empty() || out->ids_.back() != r.id) out->ids_.push_back(r.id);
  }
  return errors;
}

std::vector<const Rule*> RuleSet::Variants(const std::string& id) const {
  std::vector<const Rule*> out;
  for (const Rule& r : rules_) {
    if (r.id == id) out.push_back(&r);
  }
  return out;
}

bool RuleSet::HasId(const std::string& id) const {
  return std::binary_search(ids_.begin(), ids_.end(), id);
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
