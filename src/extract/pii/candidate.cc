#include "extract/pii/candidate.h"

#include <string>

#include "extract/pii/bank_account.h"
#include "extract/pii/card.h"
#include "extract/pii/kk.h"
#include "extract/pii/nik.h"
#include "extract/pii/npwp.h"
#include "extract/pii/phone.h"
#include "extract/pii/us_ssn.h"

namespace santun::pii {
namespace {

using C = Confidence;

struct Phone {
  PhoneFacts facts;
  bool valid = false;
};

// Validates the run as any phone form: E.164 after '+', Indonesian
// international without '+', Indonesian national, NANP.
Phone CheckPhone(const DigitRun& run) {
  Phone p;
  const std::string& d = run.digits;
  if (run.plus) {
    p.valid = IsPlausibleE164(d, &p.facts);
  } else if (d.starts_with("0062") || (d.starts_with("62") && d.size() >= 10)) {
    const std::string national = ToIndonesianNational(d);
    p.valid = IsValidIndonesianMobile(national, &p.facts) || IsValidIndonesianFixedLine(national, &p.facts);
  } else if (d.starts_with("0")) {
    p.valid = IsValidIndonesianMobile(d, &p.facts) || IsValidIndonesianFixedLine(d, &p.facts);
  } else {
    p.valid = IsValidNanp(d, &p.facts);
  }
  return p;
}

std::string PhoneWhat(const PhoneFacts& f) {
  switch (f.kind) {
    case PhoneKind::kIdMobile:
      return f.operator_name.empty() ? "Indonesian mobile, unknown operator prefix"
                                     : "Indonesian mobile (" + std::string(f.operator_name) + ")";
    case PhoneKind::kIdFixed: return "Indonesian fixed line (" + std::string(f.area) + ")";
    case PhoneKind::kNanp: return f.fictional ? "NANP number (fictional 555-01xx range)" : "NANP number";
    case PhoneKind::kInternational: return "international number";
  }
  return "phone number";
}

Detection Make(const DigitRun& run, PiiType type, C confidence, std::string reason) {
  return Detection{run.span, type, confidence, std::move(reason)};
}

std::string LabelNote(const ContextLabel& label) { return "label '" + std::string(label.phrase) + "'"; }

std::optional<Detection> Labelled(const DigitRun& run, const ContextLabel& label, int year) {
  const std::string& d = run.digits;
  const std::string note = LabelNote(label);
  if (label.Names(PiiType::kCvv)) {
    if (d.size() == 3 || d.size() == 4) return Make(run, PiiType::kCvv, C::kHigh, "cvv: " + note);
    return std::nullopt;
  }
  if (label.Names(PiiType::kKk) && IsStructurallyValidKk(d, nullptr, year)) {
    return Make(run, PiiType::kKk, C::kHigh, "kk: valid structure (area, date, serial); " + note);
  }
  if (label.Names(PiiType::kNik) && IsStructurallyValidNik(d, nullptr, year)) {
    return Make(run, PiiType::kNik, C::kHigh, "nik: valid structure (area, birth date, serial); " + note);
  }
  if (label.Names(PiiType::kNpwp) && IsValidNpwp(d)) {
    return Make(run, PiiType::kNpwp, C::kHigh, "npwp: valid check digit or NIK form; " + note);
  }
  CardFacts card;
  if (label.Names(PiiType::kCard) && IsValidCardNumber(d, &card)) {
    return Make(run, PiiType::kCard, C::kHigh,
                std::string("card: ") + CardBrandName(card.brand) + " issuer, length and Luhn valid; " + note);
  }
  if (label.Names(PiiType::kSsn) && IsValidSsn(d)) {
    return Make(run, PiiType::kSsn, C::kHigh, "ssn: valid area, group and serial; " + note);
  }
  if (label.Names(PiiType::kItin) && IsValidItin(d)) {
    return Make(run, PiiType::kItin, C::kHigh, "itin: valid 9xx area and group; " + note);
  }
  if (label.Names(PiiType::kPhone)) {
    if (!run.plus && IsServiceNumber(d)) return std::nullopt;
    const Phone p = CheckPhone(run);
    if (p.valid) return Make(run, PiiType::kPhone, C::kHigh, "phone: " + PhoneWhat(p.facts) + "; " + note);
  }
  if (label.Names(PiiType::kBankAccount)) {
    BankAccountFacts facts;
    if (IsPlausibleBankAccount(d, label.bank, &facts)) {
      const bool bank_only = FindBank(label.phrase) != nullptr;
      if (facts.bank == nullptr || facts.bank_length) {
        return Make(run, PiiType::kBankAccount, C::kHigh,
                    std::string("bank account: ") +
                        (facts.bank ? "length matches " + std::string(facts.bank->name) : "account shape") + "; " +
                        note);
      }
      if (bank_only) return std::nullopt;  // a bank name alone is too weak for a wrong length
      return Make(run, PiiType::kBankAccount, C::kMedium,
                  "bank account: length unusual for " + std::string(facts.bank->name) + "; " + note);
    }
  }
  return std::nullopt;
}

std::optional<Detection> Unlabelled(const DigitRun& run, int year) {
  const std::string& d = run.digits;
  const size_t n = d.size();
  if (run.plus) {
    const Phone p = CheckPhone(run);
    if (!p.valid) return std::nullopt;
    const bool strong =
        (p.facts.kind == PhoneKind::kIdMobile && !p.facts.operator_name.empty()) || p.facts.kind == PhoneKind::kNanp;
    return Make(run, PiiType::kPhone, strong ? C::kHigh : C::kMedium,
                "phone: " + PhoneWhat(p.facts) + " in international form; no label");
  }
  CardFacts card;
  const bool is_card = IsValidCardNumber(d, &card);
  const std::string card_note =
      std::string("card: ") + CardBrandName(card.brand) + " issuer, length and Luhn valid; no label";
  if (n == 16) {
    if (IsStructurallyValidNik(d, nullptr, year)) {
      return Make(run, PiiType::kNik, C::kMedium,
                  std::string("nik: valid structure (area, birth date, serial); no label") +
                      (is_card ? "; also passes a card check" : ""));
    }
    if (is_card) return Make(run, PiiType::kCard, C::kHigh, card_note);
    if (d[0] == '0' && IsValidNpwp(d)) {
      return Make(run, PiiType::kNpwp, C::kMedium, "npwp: 16-digit form, check digit valid; no label");
    }
  }
  if (n == 15 && IsValidNpwp(d)) {
    if (IsNpwpGrouping(run.groups)) {
      return Make(run, PiiType::kNpwp, C::kHigh, "npwp: printed layout, check digit valid; no label");
    }
    if (!is_card) return Make(run, PiiType::kNpwp, C::kMedium, "npwp: check digit valid; no label");
  }
  if (is_card) return Make(run, PiiType::kCard, C::kHigh, card_note);
  if (n == 22 && IsValidNpwp(d)) {
    return Make(run, PiiType::kNpwp, C::kMedium, "npwp: NITKU form, check digit valid; no label");
  }
  if (n == 9 && IsSsnLayout(run.groups, run.separators)) {
    if (IsValidSsn(d)) return Make(run, PiiType::kSsn, C::kMedium, "ssn: valid area, group and serial; no label");
    if (IsValidItin(d)) return Make(run, PiiType::kItin, C::kMedium, "itin: valid 9xx area and group; no label");
    return std::nullopt;
  }
  if (IsServiceNumber(d)) return std::nullopt;
  const Phone p = CheckPhone(run);
  if (!p.valid) return std::nullopt;
  switch (p.facts.kind) {
    case PhoneKind::kIdMobile:
      return Make(run, PiiType::kPhone, p.facts.operator_name.empty() ? C::kLow : C::kMedium,
                  "phone: " + PhoneWhat(p.facts) + "; no label");
    case PhoneKind::kIdFixed: return Make(run, PiiType::kPhone, C::kLow, "phone: " + PhoneWhat(p.facts) + "; no label");
    case PhoneKind::kNanp: {
      const bool formatted = run.groups.size() >= 3 || run.parentheses;
      if (!formatted) return std::nullopt;
      return Make(run, PiiType::kPhone, C::kMedium, "phone: " + PhoneWhat(p.facts) + "; no label");
    }
    case PhoneKind::kInternational: return std::nullopt;
  }
  return std::nullopt;
}

// The first type the label names whose length range fits, reported as a
// malformed value of that type.
std::optional<Detection> Malformed(const DigitRun& run, const ContextLabel& label) {
  struct Range {
    PiiType type;
    size_t min, max;
    const char* what;
  };
  static constexpr Range kRanges[] = {
      {PiiType::kNik, 14, 18, "possible NIK, malformed"},
      {PiiType::kKk, 14, 18, "possible KK number, malformed"},
      {PiiType::kNpwp, 14, 23, "possible NPWP, malformed"},
      {PiiType::kPhone, 7, 15, "possible phone number, malformed"},
      {PiiType::kBankAccount, 5, 20, "possible bank account, unusual length"},
      {PiiType::kCard, 12, 19, "possible card number, malformed"},
      {PiiType::kSsn, 9, 9, "possible SSN, malformed"},
      {PiiType::kItin, 9, 9, "possible ITIN, malformed"},
  };
  const size_t n = run.digits.size();
  for (const Range& r : kRanges) {
    if (label.Names(r.type) && n >= r.min && n <= r.max) {
      return Make(run, r.type, C::kLow, std::string(r.what) + "; " + LabelNote(label));
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<Detection> IdentifyCandidate(std::string_view text, const DigitRun& run, int year) {
  ContextLabel label = run.label;
  if (label.company) return std::nullopt;
  if (!run.plus && IsServiceNumber(run.digits) && !label.Names(PiiType::kBankAccount)) {
    return std::nullopt;
  }
  if (!label.found() && HasAccountHolderAfter(text, run.span.end)) {
    label.span = run.span;
    label.role = LabelRole::kIdentifier;
    label.types = Bit(PiiType::kBankAccount);
    label.phrase = "a.n.";
  }
  const bool labelled = label.found() && label.role == LabelRole::kIdentifier;
  if (labelled) {
    if (auto d = Labelled(run, label, year)) return d;
    if (label.Names(PiiType::kCvv)) return std::nullopt;
  }
  std::optional<Detection> plain = Unlabelled(run, year);
  if (!labelled) return plain;
  if (plain && plain->confidence != C::kLow) {
    const std::string note = "; label '" + std::string(label.phrase) + "' names another type";
    const size_t at = plain->reason.find("; no label");
    if (at != std::string::npos) plain->reason.replace(at, 10, note);
    return plain;
  }
  return Malformed(run, label);
}

}  // namespace santun::pii
