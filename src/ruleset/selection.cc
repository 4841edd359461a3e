#include "ruleset/selection.h"

#include <algorithm>

#include "core/suggest.h"
#include "ruleset/categories.h"
#include "text/ascii.h"

namespace santun {
namespace {

bool Contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace

std::vector<std::string> SplitList(const std::vector<std::string>& values) {
  std::vector<std::string> out;
  for (const std::string& v : values) {
    size_t start = 0;
    while (start <= v.size()) {
      size_t comma = v.find(',', start);
      if (comma == std::string::npos) comma = v.size();
      const std::string item(ascii::Trim(std::string_view(v).substr(start, comma - start)));
      if (!item.empty()) out.push_back(item);
      start = comma + 1;
    }
  }
  return out;
}

std::vector<Selection::UnknownEntry> Selection::Create(const RuleSet& rules, std::vector<std::string> select,
                                                       std::vector<std::string> ignore, Selection* out) {
  std::vector<std::string> known = rules.ids();
  known.insert(known.end(), Categories().begin(), Categories().end());
  std::vector<UnknownEntry> errors;
  auto check = [&](const std::vector<std::string>& items, UnknownEntry::List list) {
    for (const std::string& item : items) {
      if (Contains(known, item)) continue;
      errors.push_back({list, item, ClosestMatch(item, known)});
    }
  };
  check(select, UnknownEntry::List::kSelect);
  check(ignore, UnknownEntry::List::kIgnore);
  if (errors.empty()) {
    out->select_ = std::move(select);
    out->ignore_ = std::move(ignore);
  }
  return errors;
}

bool Selection::Enabled(const Rule& rule) const {
  if (rule.opt_in) return Contains(select_, rule.id) && !Contains(ignore_, rule.id);
  return Enabled(rule.id, rule.category);
}

bool Selection::Enabled(const std::string& rule_id, const std::string& category) const {
  if (Contains(ignore_, rule_id)) return false;
  if (Contains(select_, rule_id)) return true;
  if (Contains(ignore_, category)) return false;
  if (Contains(select_, category)) return true;
  return select_.empty();
}

}  // namespace santun
