#pragma once

#include <map>
#include <string>
#include <vector>

#include "eval/corpus.h"
#include "ruleset/rule_set.h"
#include "ruleset/selection.h"

namespace santun {

/// True/false positives and negatives of one category or rule over
/// messages, and the scores derived from them (1.0 when undefined by an
/// empty denominator with no errors, e.g. precision with nothing flagged).
struct Score {
  int tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp == 0 ? 1.0 : double(tp) / (tp + fp); }
  double recall() const { return tp + fn == 0 ? 1.0 : double(tp) / (tp + fn); }
  double f1() const {
    double p = precision(), r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
  int support() const { return tp + fn; }
};

/// A message where the linter and the label disagree.
struct Disagreement {
  const CorpusRecord* record;
  std::string what;     // category or rule id
  bool missed;          // true: expected, not flagged; false: flagged, not expected
  std::string flagged;  // for false alarms: "rule 'text'" of each diagnostic
};

/// Per-category and per-rule scores of a run over a corpus.
///
/// A category is scored only when some loaded rule belongs to it. A
/// message expects category C when its labels say so, unless every rule
/// label it gives for C names a rule that is not loaded (a label for a
/// future rule). A rule R is scored on the messages that name R, on those
/// that do not expect R's category at all, and on those that name other
/// rules of the category (so R's absence is meaningful); messages that
/// expect the category without naming rules do not score R.
struct EvalResult {
  std::map<std::string, Score> categories;
  std::map<std::string, Score> rules;
  std::vector<Disagreement> disagreements;
  std::map<std::string, int> unloaded_rule_labels;  // rule id -> messages
  int messages = 0;
  /// Micro-averaged over the scored categories: every (message, category)
  /// decision counts once.
  Score micro;
  /// Fully compliant messages (no category expected, none unsure), and how
  /// many of them got an error-level diagnostic (what blocks a send).
  int compliant = 0;
  int compliant_with_error = 0;
  double compliant_error_rate() const { return compliant == 0 ? 0.0 : double(compliant_with_error) / compliant; }
};

/// One diagnostic the linter reported about a record.
struct Flag {
  std::string rule;  // rule id
  std::string text;  // matched text
  Severity severity = Severity::kWarning;
};

/// What the linter said about one record.
using Flags = std::vector<Flag>;

/// Scores `flags` (what the linter said about each record) against the
/// records' labels; only rules that `selection` enables count as loaded.
EvalResult Evaluate(const RuleSet& rules, const Selection& selection, const std::vector<CorpusRecord>& records,
                    const std::vector<Flags>& flags);

}  // namespace santun
