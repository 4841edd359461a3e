#pragma once

#include <cstdint>
#include <string>

#include "text/span.h"

namespace santun::pii {

/// The kinds of personal data the detectors report.
enum class PiiType : uint8_t {
  kNik,          ///< Indonesian national ID number (KTP), 16 digits
  kKk,           ///< Indonesian family card number (Kartu Keluarga), 16 digits
  kNpwp,         ///< Indonesian tax ID: 15 digits, 16 with a leading 0, NIK form, NITKU
  kPhone,        ///< personal phone number (ID mobile/fixed, NANP, E.164)
  kBankAccount,  ///< bank account number (reported only with a label)
  kCard,         ///< payment card number (PAN)
  kIban,         ///< international bank account number
  kSsn,          ///< US social security number
  kItin,         ///< US individual taxpayer identification number
  kEmail,        ///< e-mail address
  kAddress,      ///< street address (Indonesian or US)
  kBirthDate,    ///< a date next to a birth keyword
  kCvv,          ///< card security code after a CVV/CVC label
};

/// How sure a finding is: validation strength (checksum > structure > shape)
/// combined with the context label before the value.
enum class Confidence : uint8_t { kLow, kMedium, kHigh };

/// Returns the stable lower-case name of a type: "nik", "kk", "npwp",
/// "phone", "bank_account", "card", "iban", "ssn", "itin", "email",
/// "address", "birth_date", "cvv".
const char* PiiTypeName(PiiType type);

/// Returns "low", "medium" or "high".
const char* ConfidenceName(Confidence confidence);

/// Returns the bit for `type` in a type mask.
constexpr uint32_t Bit(PiiType type) { return 1u << static_cast<uint32_t>(type); }

/// One detection before allow-listing and masking: what a unit detector
/// found and why. `reason` never quotes the value itself.
struct Detection {
  Span span;
  PiiType type = PiiType::kNik;
  Confidence confidence = Confidence::kLow;
  std::string reason;
};

}  // namespace santun::pii
