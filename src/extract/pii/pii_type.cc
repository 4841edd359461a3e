#include "extract/pii/pii_type.h"

namespace santun::pii {

const char* PiiTypeName(PiiType type) {
  switch (type) {
    case PiiType::kNik: return "nik";
    case PiiType::kKk: return "kk";
    case PiiType::kNpwp: return "npwp";
    case PiiType::kPhone: return "phone";
    case PiiType::kBankAccount: return "bank_account";
    case PiiType::kCard: return "card";
    case PiiType::kIban: return "iban";
    case PiiType::kSsn: return "ssn";
    case PiiType::kItin: return "itin";
    case PiiType::kEmail: return "email";
    case PiiType::kAddress: return "address";
    case PiiType::kBirthDate: return "birth_date";
    case PiiType::kCvv: return "cvv";
  }
  return "unknown";
}

const char* ConfidenceName(Confidence confidence) {
  switch (confidence) {
    case Confidence::kLow: return "low";
    case Confidence::kMedium: return "medium";
    case Confidence::kHigh: return "high";
  }
  return "unknown";
}

}  // namespace santun::pii
