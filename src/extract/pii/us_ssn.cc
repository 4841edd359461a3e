#include "extract/pii/us_ssn.h"

#include <array>

#include "text/ascii.h"

namespace santun::pii {
namespace {

constexpr auto kPublishedSamples = std::to_array<std::string_view>({
    "078051120",  // printed on a wallet insert in 1938 and used by thousands
    "219099999",  // shown in a Social Security Administration advertisement
    "123456789",
});

}  // namespace

bool IsValidSsn(std::string_view digits) {
  if (digits.size() != 9 || !ascii::AllDigits(digits) || ascii::AllSame(digits)) return false;
  const int area = ascii::DigitsValue(digits, 0, 3);
  const int group = ascii::DigitsValue(digits, 3, 2);
  const int serial = ascii::DigitsValue(digits, 5, 4);
  if (area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0) return false;
  for (std::string_view s : kPublishedSamples) {
    if (digits == s) return false;
  }
  return true;
}

bool IsValidItin(std::string_view digits) {
  if (digits.size() != 9 || !ascii::AllDigits(digits) || digits[0] != '9') return false;
  const int group = ascii::DigitsValue(digits, 3, 2);
  const bool group_ok = (group >= 50 && group <= 65) || (group >= 70 && group <= 88) || (group >= 90 && group <= 92) ||
                        (group >= 94 && group <= 99);
  return group_ok && ascii::DigitsValue(digits, 5, 4) != 0;
}

bool IsSsnLayout(std::span<const uint8_t> groups, std::string_view separators) {
  return groups.size() == 3 && groups[0] == 3 && groups[1] == 2 && groups[2] == 4 && separators.size() == 2 &&
         separators[0] == separators[1] && (separators[0] == '-' || separators[0] == ' ' || separators[0] == '.');
}

}  // namespace santun::pii
