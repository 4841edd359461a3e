#include "ruleset/check_specs.h"

namespace santun {

const std::vector<CheckSpec>& KnownChecks() {
  using T = ParamSpec::Type;
  // clang-format off
  static const std::vector<CheckSpec> specs = {
      {"caps",
       "a run of words written in capital letters (shouting)",
       {{"min_letters", T::kInt}, {"min_words", T::kInt}, {"ignore_words", T::kStringList},
        {"entity_words", T::kStringList}, {"name_labels", T::kStringList}, {"statutory", T::kLexicon},
        {"conspicuous", T::kLexicon},
        {"alarm_words", T::kStringList}, {"address_words", T::kStringList},
        {"subject_labels", T::kStringList}},
       /*edits=*/true},
      {"suppression",
       "problems with suppression comments, reported by the suppression step after all other rules",
       {{"kind", T::kString}}},
      {"amount-missing", "the message asks for payment (lexicon `request`, not `settled`) but states no amount",
       {{"request", T::kLexicon, true}, {"settled", T::kLexicon}}},
      {"amount-malformed", "an amount with a broken digit grouping or separators (Rp 1.500.00)", {}},
      {"amount-conflicting",
       "two totals (amounts after the lexicon `total`, within `max_gap` bytes) or an amount and its restatement in "
       "parentheses disagree",
       {{"total", T::kLexicon, true}, {"max_gap", T::kInt}}},
      {"date-missing", "the message asks for payment but names no date (nor a countdown: lexicon `deadline`)",
       {{"request", T::kLexicon, true}, {"settled", T::kLexicon}, {"deadline", T::kLexicon}}},
      {"date-invalid", "a date that does not exist (31 Februari)", {}},
      {"date-past", "a deadline (a date after the lexicon `due` in its sentence) before today",
       {{"due", T::kLexicon, true}}},
      {"date-weekday", "a weekday that does not match its date (Senin, 25 Desember 2026)", {}, /*edits=*/true,
       {"weekday"}},
      {"sender-missing", "the message asks for payment but nothing matches the lexicon `sender`",
       {{"request", T::kLexicon, true}, {"settled", T::kLexicon}, {"sender", T::kLexicon, true}}},
      {"placeholder-unfilled", "a placeholder left in a message about to be sent (send mode)", {}},
      {"placeholder-malformed", "a placeholder with broken delimiters ({{amount}) or no name", {}, /*edits=*/true},
      {"placeholder-unknown", "a placeholder whose name is not a known kind (template mode)", {}},
      {"send-hours", "the send time is outside [start, end) in the recipient's local time",
       {{"start", T::kString, true}, {"end", T::kString, true}}},
      {"send-day", "the send date is not one of `days` or is a holiday of `calendar`",
       {{"days", T::kStringList}, {"calendar", T::kString}, {"joint_leave_allowed", T::kBool}}},
      {"personal-data",
       "personal data written out in the message (extract/pii: NIK, KK, NPWP, phone, bank account, card, CVV, IBAN, "
       "SSN, ITIN, e-mail, address, date of birth) of the given `types`, at or above `min_confidence`; the value is "
       "shown masked",
       {{"types", T::kStringList, true,
         {"nik", "kk", "npwp", "phone", "bank_account", "card", "iban", "ssn", "itin", "email", "address",
          "birth_date", "cvv"}},
        {"min_confidence", T::kString, false, {"low", "medium", "high"}},
        {"confidence_severity", T::kBool},
        {"labels", T::kStringList},
        {"owned_types", T::kStringList, false,
         {"nik", "kk", "npwp", "phone", "bank_account", "card", "iban", "ssn", "itin", "email", "address",
          "birth_date", "cvv"}},
        {"owner", T::kLexicon},
        {"company", T::kLexicon},
        {"value_label", T::kLexicon}}},
      {"third-party",
       "a sentence in which a third party (lexicon `party`) is, or will be, told about the debt (lexicon `action`), "
       "or a message written to a third party about the debt, in the `modality` the rule reports",
       {{"modality", T::kString, true, {"threat", "disclosed", "addressed"}},
        {"party", T::kLexicon, true},
        {"action", T::kLexicon, true},
        {"perceive", T::kLexicon},
        {"debt", T::kLexicon},
        {"threat", T::kLexicon},
        {"done", T::kLexicon},
        {"request", T::kLexicon},
        {"veiled", T::kLexicon},
        {"condition", T::kLexicon},
        {"self", T::kLexicon},
        {"public", T::kLexicon},
        {"relay", T::kLexicon},
        {"absent", T::kLexicon},
        {"addressee", T::kLexicon},
        {"owes", T::kLexicon},
        {"allowed", T::kLexicon},
        {"window", T::kInt}}},
      {"calendar-missing", "the holiday calendar does not cover the send date's year", {{"calendar", T::kString, true}}},
      {"lexicon-match",
       "every match of the lexicon `find` (and `find_also`): one word list shared by rules of different categories",
       {{"find", T::kLexicon, true}, {"find_also", T::kLexicon}}},
      {"lexicon-missing",
       "a required statement (lexicon `required`) is absent: on `channels` (any when empty), and only in messages "
       "that ask for payment when `request` is given",
       {{"required", T::kLexicon, true}, {"request", T::kLexicon}, {"settled", T::kLexicon},
        {"channels", T::kStringList}}},
      {"sms-segments", "an SMS (channel sms) longer than `max_segments` segments (GSM-7: 160/153 characters, UCS-2: 70/67)",
       {{"max_segments", T::kInt}}},
  };
  // clang-format on
  return specs;
}

const CheckSpec* FindCheck(const std::string& name) {
  for (const CheckSpec& s : KnownChecks()) {
    if (s.name == name) return &s;
  }
  return nullptr;
}

const char* ParamTypeName(ParamSpec::Type t) {
  switch (t) {
    case ParamSpec::Type::kBool: return "a boolean";
    case ParamSpec::Type::kInt: return "an integer";
    case ParamSpec::Type::kDouble: return "a number";
    case ParamSpec::Type::kString: return "a string";
    case ParamSpec::Type::kStringList: return "an array of strings";
    case ParamSpec::Type::kLexicon: return "the name of a lexicon";
  }
  return "a value";
}

}  // namespace santun
