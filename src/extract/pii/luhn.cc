#include "extract/pii/luhn.h"

#include "text/ascii.h"

namespace santun::pii {
namespace {

int LuhnSum(std::string_view digits, bool double_last) {
  int sum = 0;
  bool twice = double_last;
  for (size_t i = digits.size(); i-- > 0;) {
    int d = digits[i] - '0';
    if (twice) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    twice = !twice;
  }
  return sum;
}

}  // namespace

bool PassesLuhn(std::string_view digits) {
  if (digits.size() < 2 || !ascii::AllDigits(digits)) return false;
  return LuhnSum(digits, false) % 10 == 0;
}

int LuhnCheckDigit(std::string_view payload) {
  if (!payload.empty() && !ascii::AllDigits(payload)) return -1;
  // The payload's last digit is doubled once the check digit is appended.
  return (10 - LuhnSum(payload, true) % 10) % 10;
}

}  // namespace santun::pii
