#include "extract/pii/bank_account.h"

#include <array>
#include <string>

#include "text/ascii.h"

namespace santun::pii {
namespace {

// Clearing codes: BRI, Mandiri, BNI, BCA and BTN are sourced; Danamon,
// Permata, CIMB and BSI are unverified (PII.md §1); the rest are left empty.
// clang-format off
constexpr auto kBanks = std::to_array<BankInfo>({
    {"bca", "014", 10, 10},       {"bni", "009", 10, 10},      {"bsi", "451", 10, 10},
    {"danamon", "011", 10, 10},   {"permata", "013", 10, 10},  {"panin", "", 10, 10},
    {"muamalat", "", 10, 10},  {"bukopin", "", 10, 10},  {"btpn", "", 11, 11},
    {"ocbc", "", 12, 12},      {"nisp", "", 12, 12},     {"mandiri", "008", 13, 13},
    {"cimb", "022", 13, 14},      {"niaga", "022", 13, 14},    {"bri", "002", 15, 15},
    {"mega", "", 15, 15},      {"btn", "200", 16, 16},
});
// clang-format on

}  // namespace

const BankInfo* FindBank(std::string_view word) {
  if (word.size() < 3 || word.size() > 8) return nullptr;
  const std::string lower = ascii::ToLower(word);
  for (const BankInfo& b : kBanks) {
    if (b.name == lower) return &b;
  }
  return nullptr;
}

bool IsPlausibleBankAccount(std::string_view digits, std::string_view bank, BankAccountFacts* facts) {
  const int n = static_cast<int>(digits.size());
  if (!ascii::AllDigits(digits) || ascii::AllSame(digits) || n < kMinAccountDigits || n > kMaxAccountDigits) {
    return false;
  }
  if (facts != nullptr) {
    *facts = BankAccountFacts{};
    if (const BankInfo* b = bank.empty() ? nullptr : FindBank(bank)) {
      facts->bank = b;
      facts->bank_length = n >= b->min_length && n <= b->max_length;
    }
  }
  return true;
}

}  // namespace santun::pii
