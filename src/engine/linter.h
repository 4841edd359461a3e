#pragma once

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "engine/checks/check_fn.h"
#include "engine/diagnostic.h"
#include "extract/pii/allow_list.h"
#include "ruleset/message_kinds.h"
#include "ruleset/rule_set.h"
#include "ruleset/selection.h"
#include "text/source_text.h"

namespace santun {

class AtomIndex;
struct LintMessage;  // per-message state, defined in linter.cc
struct CheckContext;

/// How to lint one message. The engine reads no configuration: the CLI's
/// session (cli/session.h) builds these from santun.toml and the command
/// line, and the LSP server, the JSONL stream and the rewrite pass them on.
struct MessageOptions {
  std::string lang = "auto";             // "id", "en", or "auto" (stopword vote)
  const Selection* selection = nullptr;  // nullptr: every rule runs
  const Rule* only_rule = nullptr;       // run just this rule variant (rule examples)
  bool template_mode = false;            // placeholders stand for values (templates)
  std::string today;                     // "YYYY-MM-DD"; "" = send date, else the system date
  std::string send_at;                   // ISO-8601 send time, "" when unknown
  std::string tz;                        // IANA zone for send_at without an offset
  std::string profile = "auto";          // "id", "us", "generic" or "auto" (id for Indonesian, else generic)
  std::string channel;                   // "sms", "whatsapp", "email", "letter" or ""
  // Severity per rule id or category (santun.toml [severity]); a rule id
  // beats its category. nullptr: the rules' own.
  const std::map<std::string, Severity>* severity = nullptr;
  const AllowList* allow = nullptr;  // the creditor's own identifiers; nullptr: none
  // How long Lint() may take (from its start); past it, Lint() throws
  // TimeBudgetExceeded. Checked cooperatively in the engine's loops, so a
  // message stops soon after the budget (a single regex scan is not cut).
  // nullopt: no limit (files, rewrites); the JSONL stream and the LSP set it.
  std::optional<std::chrono::milliseconds> time_budget;
};

/// Thrown by Linter::Lint when MessageOptions::time_budget runs out: the
/// caller reports that one message and goes on with the next.
class TimeBudgetExceeded : public std::runtime_error {
 public:
  explicit TimeBudgetExceeded(std::chrono::milliseconds budget)
      : std::runtime_error("time budget exceeded (" + std::to_string(budget.count()) + " ms)"), budget_(budget) {}
  std::chrono::milliseconds budget() const { return budget_; }

 private:
  std::chrono::milliseconds budget_;
};

struct LintResult {
  std::vector<Diagnostic> diagnostics;      // sorted with DiagnosticLess
  std::string lang;                         // the language the message was linted as
  std::string profile;                      // the profile it was linted with: "id", "us" or "generic"
  MessageKind kind = MessageKind::kDemand;  // what the message is (ClassifyMessage)
  /// Every personal-data value the message's diagnostics masked (suppressed
  /// ones too): renderers that show source lines print them through Redact().
  std::vector<Redaction> redactions;
};

/// Runs a RuleSet over messages. Construction builds the prefilter: an
/// Aho-Corasick index of the literals ("atoms") each matcher needs, and one
/// RE2::Set over the matchers that have none. A message's skeleton is
/// scanned once; only matchers whose atoms occur (or that the Set finds)
/// compile and run their own RE2 to find where. Start-up is linear in the
/// atoms, not in the size of RE2 programs. Lint() is const and safe to call
/// from many threads. The RuleSet must outlive the Linter.
class Linter {
 public:
  explicit Linter(const RuleSet& rules);
  ~Linter();
  Linter(const Linter&) = delete;
  Linter& operator=(const Linter&) = delete;

  /// Lints one message: term and pattern matchers (prefiltered by the
  /// Set), structural checks, `unless` cancellations, de-duplication,
  /// suppression comments; diagnostics sorted with DiagnosticLess, and the
  /// redactions of the masked ones.
  LintResult Lint(const SourceText& source, const MessageOptions& options = {}) const;

  const RuleSet& rules() const { return rules_; }

  /// The prefilter's Aho-Corasick automaton (tools/packc.cc embeds the
  /// tables of the shipped rules' one).
  const AtomIndex& atom_index() const;

 private:
  struct Entry {
    size_t rule;
    size_t matcher;
  };
  const RuleSet& rules_;
  void ScanAtoms(LintMessage& m) const;  // the prefilter's atoms in the skeleton; opens the gate
  void RunMatchers(LintMessage& m, std::vector<Diagnostic>* out) const;
  void RunChecks(LintMessage& m, const CheckContext& context, std::vector<Diagnostic>* out) const;
  void Suppress(LintMessage& m, std::vector<Diagnostic>* diags) const;

  struct Prefilter;  // atom index and RE2::Set; defined in linter.cc
  std::unique_ptr<Prefilter> prefilter_;
  std::vector<Entry> entries_;   // every (rule, matcher) pair
  std::vector<CheckFn> checks_;  // rule index -> its check, or nullptr (looked up once, not per message)
};

}  // namespace santun
