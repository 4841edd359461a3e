#include <variant>

#include "engine/checks/check.h"
#include "engine/match.h"

namespace santun {

void CheckCaps(const CheckContext&, const Rule&, std::vector<CheckHit>*);
void CheckAmountMissing(const CheckContext&, const Rule&, std::vector<CheckHit>*);
void CheckAmountMalformed(const CheckContext&, const Rule&, std::vector<CheckHit>*);
void CheckAmountConflicting(const CheckContext&, const Rule&, std::vector<CheckHit>*);
void CheckDateMissing(const CheckContext&, const Rule&, std::vector<CheckHit>*);
void CheckDateInvalid(const CheckContext&, const Rule&, std::vector<CheckHit>*);
void CheckDatePast(const CheckContext&, const Rule&, std::vector<CheckHit>*);
void CheckDateWeekday(const CheckContext&, const Rule&, std::vector<CheckHit>*);
void CheckSenderMissing(const CheckContext&, const Rule&, std::vector<CheckHit>*);
void CheckPlaceholderUnfilled(const CheckContext&, const Rule&, std::vector<CheckHit>*);
void CheckPlaceholderMalformed(const CheckContext&, const Rule&, std::vector<CheckHit>*);
void CheckPlaceholderUnknown(const CheckContext&, const Rule&, std::vector<CheckHit>*);
void CheckSendHours(const CheckContext&, const Rule&, std::vector<CheckHit>*);
void CheckSendDay(const CheckContext&, const Rule&, std::vector<CheckHit>*);
void CheckCalendarMissing(const CheckContext&, const Rule&, std::vector<CheckHit>*);
void CheckLexiconMissing(const CheckContext&, const Rule&, std::vector<CheckHit>*);
void CheckSmsSegments(const CheckContext&, const Rule&, std::vector<CheckHit>*);
void CheckPersonalData(const CheckContext&, const Rule&, std::vector<CheckHit>*);
void CheckThirdParty(const CheckContext&, const Rule&, std::vector<CheckHit>*);

namespace {

// santun.* rules about suppression comments: their diagnostics come from
// ApplySuppressions (engine/suppression.h), which runs after every rule.
void CheckNothing(const CheckContext&, const Rule&, std::vector<CheckHit>*) {}

struct Entry {
  std::string_view name;
  CheckFn fn;
};

constexpr Entry kChecks[] = {
    {"caps", &CheckCaps},
    {"suppression", &CheckNothing},
    {"amount-missing", &CheckAmountMissing},
    {"amount-malformed", &CheckAmountMalformed},
    {"amount-conflicting", &CheckAmountConflicting},
    {"date-missing", &CheckDateMissing},
    {"date-invalid", &CheckDateInvalid},
    {"date-past", &CheckDatePast},
    {"date-weekday", &CheckDateWeekday},
    {"sender-missing", &CheckSenderMissing},
    {"placeholder-unfilled", &CheckPlaceholderUnfilled},
    {"placeholder-malformed", &CheckPlaceholderMalformed},
    {"placeholder-unknown", &CheckPlaceholderUnknown},
    {"send-hours", &CheckSendHours},
    {"send-day", &CheckSendDay},
    {"calendar-missing", &CheckCalendarMissing},
    {"lexicon-missing", &CheckLexiconMissing},
    {"sms-segments", &CheckSmsSegments},
    {"personal-data", &CheckPersonalData},
    {"third-party", &CheckThirdParty},
};

}  // namespace

CheckFn FindCheckFn(std::string_view name) {
  for (const Entry& e : kChecks) {
    if (e.name == name) return e.fn;
  }
  return nullptr;
}

const Lexicon* CheckContext::LexiconOf(const Rule& rule, const std::string& param) const {
  auto it = rule.params.find(param);
  if (it == rule.params.end()) return nullptr;
  const auto* name = std::get_if<std::string>(&it->second);
  return name ? rules.FindLexicon(*name, lang) : nullptr;
}

std::vector<Span> CheckContext::Find(const Lexicon* lexicon, bool skip_negated) const {
  // The scan is shared with FindNormalized: several checks of one message
  // (amount, due date, sender) ask for the same payment-request lexicon.
  std::vector<Span> out;
  for (Span n : FindNormalized(lexicon)) {
    if (!skip_negated || !scopes.IsNegated(n.begin)) out.push_back(normalized.ToOriginal(n));
  }
  std::sort(out.begin(), out.end());
  return out;
}

const std::vector<Span>& CheckContext::FindNormalized(const Lexicon* lexicon) const {
  auto [it, inserted] = normalized_matches.try_emplace(lexicon);
  if (inserted && lexicon) {
    std::vector<Span> terms;
    for (size_t i = 0; i < lexicon->regexes.size(); ++i) {
      const LazyRegex& re = *lexicon->regexes[i];
      if (!gate.MayMatch(re)) continue;
      std::vector<Span>& into = i < lexicon->term_regexes ? terms : it->second;
      ForEachMatch(re.get(), normalized.text, [&](Span n) { into.push_back(n); });
    }
    // The term list is one regex per atom: keep what a single alternation
    // of all its terms finds ("tidak tahu malu", not also "malu").
    for (Span s : LeftmostLongest(std::move(terms))) it->second.push_back(s);
    std::sort(it->second.begin(), it->second.end());
  }
  return it->second;
}

int64_t ParamInt(const Rule& rule, const std::string& name, int64_t fallback) {
  auto it = rule.params.find(name);
  if (it == rule.params.end()) return fallback;
  if (const auto* v = std::get_if<int64_t>(&it->second)) return *v;
  return fallback;
}

bool ParamBool(const Rule& rule, const std::string& name, bool fallback) {
  auto it = rule.params.find(name);
  if (it == rule.params.end()) return fallback;
  if (const auto* v = std::get_if<bool>(&it->second)) return *v;
  return fallback;
}

std::string ParamString(const Rule& rule, const std::string& name, const std::string& fallback) {
  auto it = rule.params.find(name);
  if (it == rule.params.end()) return fallback;
  if (const auto* v = std::get_if<std::string>(&it->second)) return *v;
  return fallback;
}

std::vector<std::string> ParamStrings(const Rule& rule, const std::string& name) {
  auto it = rule.params.find(name);
  if (it == rule.params.end()) return {};
  if (const auto* v = std::get_if<std::vector<std::string>>(&it->second)) return *v;
  return {};
}

}  // namespace santun
