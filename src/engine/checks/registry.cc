// The check table: the structural check each rule's `check = "…"` names
// (ruleset/check_specs.cc describes them, their parameters and captures).
// Each check is one file named after it: `amount-missing` is
// CheckAmountMissing in checks/amount_missing.cc.
#include "engine/checks/check.h"

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
void CheckLexiconMatch(const CheckContext&, const Rule&, std::vector<CheckHit>*);
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
    {"lexicon-match", &CheckLexiconMatch},
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

}  // namespace santun
