#include "ruleset/rule_set.h"

#include <algorithm>

#include "ruleset/check_specs.h"

namespace santun {
namespace {

bool LangsOverlap(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  for (const std::string& x : a) {
    for (const std::string& y : b) {
      if (x == "*" || y == "*" || x == y) return true;
    }
  }
  return false;
}

// Lexicon names are unique per language; every lexicon parameter of a check
// and every unless_rules id must exist.
void CheckReferences(const std::vector<Rule>& rules, const std::vector<Lexicon>& lexicons, Errors* errors) {
  for (size_t i = 0; i < lexicons.size(); ++i) {
    for (size_t j = i + 1; j < lexicons.size(); ++j) {
      const Lexicon& a = lexicons[i];
      const Lexicon& b = lexicons[j];
      if (a.name == b.name && LangsOverlap(a.langs, b.langs)) {
        errors->push_back(
            {b.file, b.line,
             "duplicate lexicon '" + b.name + "' (also defined at " + a.file + ":" + std::to_string(a.line) + ")"});
      }
    }
  }
  for (const Rule& r : rules) {
    const CheckSpec* spec = r.check.empty() ? nullptr : FindCheck(r.check);
    for (const auto& [name, value] : r.params) {
      const ParamSpec* param = nullptr;
      if (spec) {
        for (const ParamSpec& p : spec->params) {
          if (p.name == name) param = &p;
        }
      }
      if (!param || param->type != ParamSpec::Type::kLexicon) continue;
      const std::string& lexicon = std::get<std::string>(value);
      for (const std::string& lang : r.langs) {
        bool found = false;
        for (const Lexicon& l : lexicons) found |= l.name == lexicon && (lang == "*" || l.AppliesTo(lang));
        if (!found) {
          errors->push_back(
              {r.file, r.line, "rule '" + r.id + "': no lexicon '" + lexicon + "' for language '" + lang + "'"});
        }
      }
    }
    for (const std::string& other : r.unless_rules) {
      bool found = false;
      for (const Rule& x : rules) found |= x.id == other;
      if (!found)
        errors->push_back({r.file, r.line, "rule '" + r.id + "': unless_rules names unknown rule '" + other + "'"});
    }
  }
}

}  // namespace

const Lexicon* RuleSet::FindLexicon(std::string_view name, std::string_view lang) const {
  auto it = lexicon_index_.find(name);
  if (it == lexicon_index_.end()) return nullptr;
  for (size_t i : it->second) {
    if (lexicons_[i].AppliesTo(lang)) return &lexicons_[i];
  }
  return nullptr;
}

Errors RuleSet::Build(PackContents contents, RuleSet* out) {
  std::vector<Rule>& rules = contents.rules;
  std::stable_sort(rules.begin(), rules.end(),
                   [](const Rule& a, const Rule& b) { return a.id != b.id ? a.id < b.id : a.file < b.file; });
  Errors errors;
  for (size_t i = 0; i < rules.size(); ++i) {
    for (size_t j = i + 1; j < rules.size() && rules[j].id == rules[i].id; ++j) {
      const Rule& a = rules[i];
      const Rule& b = rules[j];
      const std::string where = " (also defined at " + a.file + ":" + std::to_string(a.line) + ")";
      bool overlap = false;
      for (const std::string& l : b.langs) overlap |= a.AppliesTo(l) || l == "*";
      // Variants for different profiles (timing rules for id and us) may share languages.
      bool profiles_overlap = a.profiles.empty() || b.profiles.empty();
      for (const std::string& p : b.profiles) profiles_overlap |= a.InProfile(p);
      overlap &= profiles_overlap;
      if (overlap) {
        errors.push_back({b.file, b.line, "duplicate rule id '" + b.id + "'" + where});
      } else if (a.severity != b.severity) {
        errors.push_back(
            {b.file, b.line, "rule '" + b.id + "': severity differs from its other language variant" + where});
      }
    }
  }
  CheckReferences(rules, contents.lexicons, &errors);
  if (!errors.empty()) return errors;
  out->rules_ = std::move(rules);
  out->lexicons_ = std::move(contents.lexicons);
  out->lexicon_index_.clear();
  for (size_t i = 0; i < out->lexicons_.size(); ++i) out->lexicon_index_[out->lexicons_[i].name].push_back(i);
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

bool RuleSet::HasId(const std::string& id) const { return std::binary_search(ids_.begin(), ids_.end(), id); }

}  // namespace santun
