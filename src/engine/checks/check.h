#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/checks/check_fn.h"
#include "engine/checks/params.h"
#include "engine/facts.h"
#include "engine/regex_gate.h"
#include "engine/send_time.h"
#include "extract/pii/allow_list.h"
#include "fix/fix.h"
#include "ruleset/message_kinds.h"
#include "ruleset/rule.h"
#include "ruleset/rule_set.h"
#include "text/normalized_text.h"
#include "text/scopes.h"
#include "text/source_text.h"
#include "text/span.h"

namespace santun {

/// What a structural check sees of one message.
struct CheckContext {
  const SourceText& source;
  const NormalizedText& normalized;
  const Scopes& scopes;
  std::string_view lang;
  std::string_view profile;
  Facts& facts;
  const RuleSet& rules;
  const std::optional<LocalTime>& send_time;  // the recipient's wall clock, when known
  std::string_view channel;                   // "sms", "whatsapp", "email", "letter" or ""
  const RegexGate& gate;                      // which lexicon regexes may match
  const AllowList& allow;                     // the creditor's own names, numbers, addresses
  MessageKind kind = MessageKind::kDemand;    // what the message is (set once it is classified)

  /// Returns the lexicon that the rule's parameter `param` names, for the
  /// message's language (RuleSet::Build guarantees it exists).
  const Lexicon* LexiconOf(const Rule& rule, const std::string& param) const;

  /// Returns the original spans of every match of a lexicon, in order;
  /// with `skip_negated`, matches negated in their clause are left out
  /// ("you do not need to make any payment").
  std::vector<Span> Find(const Lexicon* lexicon, bool skip_negated = false) const;

  /// Returns the NORMALIZED spans of every match of a lexicon, sorted,
  /// computed once per message and lexicon (checks that share lexicons,
  /// such as the third-party rules, scan the text once). Empty for nullptr.
  const std::vector<Span>& FindNormalized(const Lexicon* lexicon) const;

  /// Returns the first line of the message (without its line break): where
  /// a diagnostic about the whole message points (timing, a missing
  /// statement, the length of an SMS).
  Span FirstLine() const;

  mutable std::map<const Lexicon*, std::vector<Span>> normalized_matches = {};  // FindNormalized's cache
};

/// A place a check flags, as a range of the ORIGINAL text, and a detail
/// for the rule's message ({detail}). A hit on personal data sets `masked`
/// (pii::MaskValue of the span): the diagnostic then shows it in place of
/// the original text everywhere (Diagnostic::masked), and a fix that names
/// ${masked} or $0 gets the masked form. `severity`, when set, replaces the
/// rule's (a personal-data finding of low confidence is info). A check may
/// also say how to fix it: `edits` are used by a rule whose fix says
/// `from_check = true` (the check knows the repair: lower-case letters,
/// closing braces); `captures` are values the rule's replacement template
/// may name (${weekday}). All optional.
struct CheckHit {
  Span span;
  std::string detail;
  std::vector<Edit> edits = {};
  std::vector<std::pair<std::string, std::string>> captures = {};
  std::string masked = {};
  std::optional<Severity> severity = {};
};

/// Returns the implementation of a check named in ruleset/check_specs.cc, or
/// nullptr.
CheckFn FindCheckFn(std::string_view name);

}  // namespace santun
