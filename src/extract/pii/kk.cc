#include "extract/pii/kk.h"

#include "extract/pii/nik.h"
#include "text/ascii.h"

namespace santun::pii {

bool IsStructurallyValidKk(std::string_view digits, KkFacts* facts, int current_year) {
  if (digits.size() != 16 || !ascii::AllDigits(digits) || !IsPlausibleAreaCode(digits)) return false;
  const int day = ascii::DigitsValue(digits, 6, 2);
  const int month = ascii::DigitsValue(digits, 8, 2);
  const int yy = ascii::DigitsValue(digits, 10, 2);
  const int serial = ascii::DigitsValue(digits, 12, 4);
  if (day > 31 || serial == 0) return false;
  const int year = ResolveBirthYear(yy, month, day, current_year);
  if (year == 0) return false;
  if (facts != nullptr) {
    *facts = KkFacts{ascii::DigitsValue(digits, 0, 2),
                     ascii::DigitsValue(digits, 2, 2),
                     ascii::DigitsValue(digits, 4, 2),
                     day,
                     month,
                     year,
                     serial};
  }
  return true;
}

}  // namespace santun::pii
