#include "extract/pii/card.h"

#include <array>

#include "extract/pii/luhn.h"
#include "text/ascii.h"

namespace santun::pii {
namespace {

struct Issuer {
  int low;  // inclusive range of the first `prefix_len` digits
  int high;
  int prefix_len;
  uint32_t lengths;  // bit n set when n digits are allowed
  CardBrand brand;
};

constexpr uint32_t Len(int n) { return 1u << n; }
constexpr uint32_t Lens(int lo, int hi) {
  uint32_t m = 0;
  for (int n = lo; n <= hi; ++n) m |= Len(n);
  return m;
}

constexpr auto kIssuers = std::to_array<Issuer>({
    {9360, 9360, 4, Lens(16, 19), CardBrand::kGpn},
    {2221, 2720, 4, Len(16), CardBrand::kMastercard},
    {51, 55, 2, Len(16), CardBrand::kMastercard},
    {34, 34, 2, Len(15), CardBrand::kAmex},
    {37, 37, 2, Len(15), CardBrand::kAmex},
    {6011, 6011, 4, Lens(16, 19), CardBrand::kDiscover},
    {644, 649, 3, Lens(16, 19), CardBrand::kDiscover},
    {65, 65, 2, Lens(16, 19), CardBrand::kDiscover},
    {3528, 3589, 4, Lens(16, 19), CardBrand::kJcb},
    {300, 305, 3, Lens(14, 19), CardBrand::kDiners},
    {36, 36, 2, Lens(14, 19), CardBrand::kDiners},
    {38, 39, 2, Lens(14, 19), CardBrand::kDiners},
    {62, 62, 2, Lens(16, 19), CardBrand::kUnionPay},
    {4, 4, 1, Len(13) | Len(16) | Len(19), CardBrand::kVisa},
});

}  // namespace

const char* CardBrandName(CardBrand brand) {
  switch (brand) {
    case CardBrand::kVisa: return "visa";
    case CardBrand::kMastercard: return "mastercard";
    case CardBrand::kAmex: return "amex";
    case CardBrand::kDiscover: return "discover";
    case CardBrand::kJcb: return "jcb";
    case CardBrand::kDiners: return "diners";
    case CardBrand::kUnionPay: return "unionpay";
    case CardBrand::kGpn: return "gpn";
  }
  return "card";
}

bool MatchesCardIssuer(std::string_view digits, CardFacts* facts) {
  const int n = static_cast<int>(digits.size());
  if (n < 12 || n > 19 || !ascii::AllDigits(digits)) return false;
  for (const Issuer& is : kIssuers) {
    const int prefix = ascii::DigitsValue(digits, 0, is.prefix_len);
    if (prefix < is.low || prefix > is.high) continue;
    if ((is.lengths & Len(n)) == 0) return false;  // the first matching issuer decides
    if (facts != nullptr) facts->brand = is.brand;
    return true;
  }
  return false;
}

bool IsValidCardNumber(std::string_view digits, CardFacts* facts) {
  return MatchesCardIssuer(digits, facts) && !ascii::AllSame(digits) && PassesLuhn(digits);
}

}  // namespace santun::pii
