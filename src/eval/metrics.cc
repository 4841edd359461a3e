#include "eval/metrics.h"

#include <algorithm>
#include <set>

namespace santun {
namespace {

std::string CategoryOf(const std::string& rule_id) { return rule_id.substr(0, rule_id.find('.')); }

bool Has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace

EvalResult Evaluate(const RuleSet& rules, const Selection& selection, const std::vector<CorpusRecord>& records,
                    const std::vector<Flags>& flags) {
  EvalResult result;
  std::set<std::string> scored_categories;
  std::set<std::string> loaded;
  for (const Rule& r : rules.rules()) {
    if (!selection.Enabled(r) || r.category == "santun") continue;
    scored_categories.insert(r.category);
    loaded.insert(r.id);
  }
  for (const std::string& id : loaded) result.rules[id];
  auto is_loaded = [&](const std::string& id) { return loaded.count(id) > 0; };
  for (const std::string& c : scored_categories) result.categories[c];

  for (size_t i = 0; i < records.size(); ++i) {
    const CorpusRecord& rec = records[i];
    ++result.messages;
    std::set<std::string> fired_rules, fired_categories;
    bool error_flagged = false;
    for (const Flag& f : flags[i]) {
      fired_rules.insert(f.rule);
      fired_categories.insert(CategoryOf(f.rule));
      error_flagged |= f.severity == Severity::kError;
    }
    if (rec.categories.empty() && rec.unsure.empty()) {
      ++result.compliant;
      if (error_flagged) ++result.compliant_with_error;
    }
    for (const std::string& label : rec.rules) {
      if (!is_loaded(label)) ++result.unloaded_rule_labels[label];
    }
    auto flagged_text = [&](const std::string& what, bool is_rule) {
      std::string out;
      for (const Flag& f : flags[i]) {
        if (is_rule ? f.rule != what : CategoryOf(f.rule) != what) continue;
        if (!out.empty()) out += ", ";
        out += f.rule + " '" + f.text + "'";
      }
      return out;
    };

    for (auto& [category, score] : result.categories) {
      if (Has(rec.unsure, category)) continue;  // "x?": cannot be judged from the text
      bool expected = Has(rec.categories, category);
      if (expected) {
        bool named = false, named_loaded = false;
        for (const std::string& r : rec.rules) {
          if (CategoryOf(r) != category) continue;
          named = true;
          named_loaded |= is_loaded(r);
        }
        if (named && !named_loaded) expected = false;
      }
      const bool predicted = fired_categories.count(category) > 0;
      if (expected && predicted) ++score.tp;
      if (!expected && predicted) {
        ++score.fp;
        result.disagreements.push_back({&rec, category, false, flagged_text(category, false)});
      }
      if (expected && !predicted) {
        ++score.fn;
        result.disagreements.push_back({&rec, category, true, ""});
      }
    }

    for (auto& [rule, score] : result.rules) {
      const std::string category = CategoryOf(rule);
      const bool expected = Has(rec.rules, rule);
      bool names_category_rules = false;
      for (const std::string& r : rec.rules) names_category_rules |= CategoryOf(r) == category;
      if (!expected && Has(rec.categories, category) && !names_category_rules) continue;
      if (Has(rec.unsure, category)) continue;
      const bool predicted = fired_rules.count(rule) > 0;
      if (expected && predicted) ++score.tp;
      if (!expected && predicted) ++score.fp;
      if (expected && !predicted) {
        ++score.fn;
        result.disagreements.push_back({&rec, rule, true, ""});
      }
    }
  }
  for (const auto& [category, score] : result.categories) {
    result.micro.tp += score.tp;
    result.micro.fp += score.fp;
    result.micro.fn += score.fn;
  }
  return result;
}

}  // namespace santun
