#include "extract/pii/luhn.h"

#include "text/ascii.h"

namespace santun::pii {
namespace {

// From the right, every second digit doubled (minus 9 above 9).
int LuhnSum(std::string_view digits) {
  int sum = 0;
  bool twice = false;
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
  return LuhnSum(digits) % 10 == 0;
}

}  // namespace santun::pii
