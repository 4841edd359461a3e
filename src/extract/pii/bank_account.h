#pragma once

#include <string_view>

namespace santun::pii {

/// An Indonesian bank as far as account numbers go. Lengths come from
/// informal sources that agree (PII.md §1); there is no public check digit.
struct BankInfo {
  std::string_view name;  ///< lower-case short name as written: "bca", "mandiri"
  std::string_view code;  ///< clearing code, "" when unknown
  int min_length = 0;     ///< account number digits
  int max_length = 0;
};

/// Returns the bank that `word` (one word, any case) names, or nullptr.
/// "BRIVA" or "BCA VA" are virtual-account labels, not banks.
const BankInfo* FindBank(std::string_view word);

/// Account number lengths accepted when no bank is named.
inline constexpr int kMinAccountDigits = 8;
inline constexpr int kMaxAccountDigits = 16;

struct BankAccountFacts {
  const BankInfo* bank = nullptr;  ///< the bank checked against, if any
  bool bank_length = false;        ///< the length is the named bank's
};

/// Returns true when `digits` (ASCII digits) is shaped like an account
/// number: kMinAccountDigits..kMaxAccountDigits digits, not all the same. The
/// shape is weak evidence, so detectors report an account number only after
/// a label. With `bank` (a FindBank name), records whether the length is that
/// bank's; a wrong length does not make the number invalid.
bool IsPlausibleBankAccount(std::string_view digits, std::string_view bank = {}, BankAccountFacts* facts = nullptr);

}  // namespace santun::pii
