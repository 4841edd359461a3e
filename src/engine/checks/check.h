#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/facts.h"
#include "engine/send_time.h"
#include "fix/fix.h"
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

  /// Returns the lexicon that the rule's parameter `param` names, for the
  /// message's language (RuleSet::Build guarantees it exists).
  const Lexicon* LexiconOf(const Rule& rule, const std::string& param) const;

  /// Returns the original spans of every match of a lexicon, in order;
  /// with `skip_negated`, matches negated in their clause are left out
  /// ("you do not need to make any payment").
  std::vector<Span> Find(const Lexicon* lexicon, bool skip_negated = false) const;
};

/// A place a check flags, as a range of the ORIGINAL text, and a detail
/// for the rule's message ({detail}). A check may also say how to fix it:
/// `edits` are used by a rule whose fix says `from_check = true` (the check
/// knows the repair: lower-case letters, closing braces); `captures` are
/// values the rule's replacement template may name (${masked} for a
/// personal-data check, ${weekday}). Both are optional.
struct CheckHit {
  Span span;
  std::string detail;
  std::vector<Edit> edits = {};
  std::vector<std::pair<std::string, std::string>> captures = {};
};

/// A structural check: reads the message and the rule's params, appends hits.
using CheckFn = void (*)(const CheckContext& context, const Rule& rule, std::vector<CheckHit>* hits);

/// Returns the implementation of a check named in ruleset/check_specs.cc, or
/// nullptr.
CheckFn FindCheckFn(std::string_view name);

/// Parameter access with defaults (the loader has validated the types).
int64_t ParamInt(const Rule& rule, const std::string& name, int64_t fallback);
double ParamDouble(const Rule& rule, const std::string& name, double fallback);
bool ParamBool(const Rule& rule, const std::string& name, bool fallback);
std::string ParamString(const Rule& rule, const std::string& name, const std::string& fallback);
std::vector<std::string> ParamStrings(const Rule& rule, const std::string& name);

}  // namespace santun
