#pragma once

#include <cstdint>
#include <string_view>

namespace santun::pii {

enum class CardBrand : uint8_t {
  kVisa,
  kMastercard,
  kAmex,
  kDiscover,
  kJcb,
  kDiners,
  kUnionPay,
  kGpn,
};

/// Returns "visa", "mastercard", "amex", "discover", "jcb", "diners",
/// "unionpay" or "gpn".
const char* CardBrandName(CardBrand brand);

struct CardFacts {
  CardBrand brand = CardBrand::kVisa;
};

/// Returns true when `digits` (ASCII digits) starts with a known issuer
/// prefix (IIN) and has a length that issuer uses: Visa 4 (13, 16, 19);
/// Mastercard 51-55 and 2221-2720 (16); Amex 34, 37 (15); Discover 6011,
/// 644-649, 65 (16-19); JCB 3528-3589 (16-19); Diners 300-305, 36, 38-39
/// (14-19); UnionPay 62 (16-19); Indonesian GPN national debit 9360 (16-19).
/// Does not check Luhn.
bool MatchesCardIssuer(std::string_view digits, CardFacts* facts = nullptr);

/// Returns true when `digits` passes MatchesCardIssuer and Luhn and is not
/// all the same digit. Requiring the issuer and length first matters: Luhn
/// alone accepts one random string in ten (13-digit millisecond timestamps).
bool IsValidCardNumber(std::string_view digits, CardFacts* facts = nullptr);

}  // namespace santun::pii
