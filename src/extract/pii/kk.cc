#include "extract/pii/kk.h"

#include "extract/pii/luhn.h"
#include "extract/pii/nik.h"

namespace santun::pii {

bool IsStructurallyValidKk(std::string_view digits, KkFacts* facts, int current_year) {
  if (digits.size() != 16 || !AllDigits(digits) || !IsPlausibleAreaCode(digits)) return false;
  const int day = DigitsValue(digits, 6, 2);
  const int month = DigitsValue(digits, 8, 2);
  const int yy = DigitsValue(digits, 10, 2);
  const int serial = DigitsValue(digits, 12, 4);
  if (day > 31 || serial == 0) return false;
  const int year = ResolveBirthYear(yy, month, day, current_year);
  if (year == 0) return false;
  if (facts != nullptr) {
    *facts = KkFacts{DigitsValue(digits, 0, 2), DigitsValue(digits, 2, 2),
                     DigitsValue(digits, 4, 2), day, month, year, serial};
  }
  return true;
}

}  // namespace santun::pii
