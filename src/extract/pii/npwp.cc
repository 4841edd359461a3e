#include "extract/pii/npwp.h"

#include <algorithm>
#include <array>

#include "extract/pii/luhn.h"
#include "extract/pii/nik.h"
#include "text/ascii.h"

namespace santun::pii {

bool IsValidNpwp(std::string_view digits, NpwpFacts* facts) {
  if (!ascii::AllDigits(digits) || ascii::AllSame(digits)) return false;
  NpwpForm form;
  std::string_view core;
  if (digits.size() == 22) {
    NpwpFacts inner;
    if (!IsValidNpwp(digits.substr(0, 16), &inner)) return false;
    if (facts != nullptr) {
      *facts = inner;
      facts->form = NpwpForm::kNitku;
    }
    return true;
  }
  if (digits.size() == 16 && digits[0] != '0') {
    if (!IsStructurallyValidNik(digits)) return false;
    if (facts != nullptr) *facts = NpwpFacts{NpwpForm::kNik, 0, 0, 0};
    return true;
  }
  if (digits.size() == 16) {
    form = NpwpForm::k16;
    core = digits.substr(1);
  } else if (digits.size() == 15) {
    form = NpwpForm::k15;
    core = digits;
  } else {
    return false;
  }
  if (!PassesLuhn(core.substr(0, 9))) return false;
  if (facts != nullptr) {
    *facts = NpwpFacts{form, ascii::DigitsValue(core, 0, 2), ascii::DigitsValue(core, 9, 3),
                       ascii::DigitsValue(core, 12, 3)};
  }
  return true;
}

bool IsNpwpGrouping(std::span<const uint8_t> groups) {
  static constexpr std::array<uint8_t, 6> kLayout = {2, 3, 3, 1, 3, 3};
  if (groups.size() == 7 && groups[0] == 1) groups = groups.subspan(1);
  return std::ranges::equal(groups, kLayout);
}

}  // namespace santun::pii
