#include "extract/pii/virtual_account.h"

#include <array>

#include "extract/pii/phone.h"
#include "text/ascii.h"

namespace santun::pii {
namespace {

// clang-format off
constexpr auto kLabels = std::to_array<std::string_view>({
    "va", "virtual account", "virtual account number", "virtual account no", "va number",
    "akun virtual", "briva", "bniva", "kode bayar", "kode pembayaran",
    "kode billing", "billing", "payment code", "pay code", "nomor pembayaran", "no pembayaran",
});
// clang-format on

}  // namespace

std::span<const std::string_view> VirtualAccountLabels() { return kLabels; }

bool IsPlausibleVirtualAccount(std::string_view digits, VirtualAccountFacts* facts) {
  if (!ascii::AllDigits(digits) || digits.size() < 10 || digits.size() > 20) return false;
  if (facts != nullptr) {
    *facts = VirtualAccountFacts{};
    for (int prefix = 3; prefix <= 5; ++prefix) {
      if (IsValidIndonesianMobile(digits.substr(prefix))) {
        *facts = VirtualAccountFacts{prefix, true};
        break;
      }
    }
  }
  return true;
}

}  // namespace santun::pii
