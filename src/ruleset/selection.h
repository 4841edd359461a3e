#pragma once

#include <string>
#include <vector>

#include "core/error.h"
#include "ruleset/rule_set.h"

namespace santun {

/// Which rules run, from --select / --ignore lists of rule ids and whole
/// categories. The most specific entry decides (a rule id beats its
/// category); at equal specificity ignore wins. With no select list every
/// rule not ignored runs.
class Selection {
 public:
  Selection() = default;

  /// Validates every item against `rules`; unknown items are errors with a
  /// "did you mean" suggestion (file is the option name, e.g. "--select").
  static Errors Create(const RuleSet& rules, std::vector<std::string> select,
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
