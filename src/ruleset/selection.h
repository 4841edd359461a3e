#pragma once

#include <string>
#include <vector>

#include "ruleset/rule_set.h"

namespace santun {

/// Which rules run, from a select and an ignore list of rule ids and whole
/// categories (the command line's or santun.toml's). The most specific entry
/// decides (a rule id beats its category); at equal specificity ignore wins.
/// With no select list every rule not ignored runs.
class Selection {
 public:
  Selection() = default;

  /// An entry of the select or ignore list that names no loaded rule id and
  /// no category. The caller words the error: it knows where the list came
  /// from (an option, a file).
  struct UnknownEntry {
    enum class List { kSelect, kIgnore };
    List list = List::kSelect;
    std::string entry;
    std::string closest;  // the known id or category it is likely a typo of (ClosestMatch), or ""
  };

  /// Validates every entry against `rules` and, when all are known, sets
  /// *out. Returns the unknown entries, select's before ignore's, each list
  /// in its order; empty on success.
  static std::vector<UnknownEntry> Create(const RuleSet& rules, std::vector<std::string> select,
                                          std::vector<std::string> ignore, Selection* out);

  bool Enabled(const std::string& rule_id, const std::string& category) const;
  /// Like the above; an opt-in rule runs only when its id is selected.
  bool Enabled(const Rule& rule) const;

 private:
  std::vector<std::string> select_;
  std::vector<std::string> ignore_;
};

/// Splits comma-separated option values ("a,b" "c" -> a b c), trimming spaces.
std::vector<std::string> SplitList(const std::vector<std::string>& values);

}  // namespace santun
