#pragma once

#include <string_view>

namespace santun::pii {

/// What the 16 digits of a Kartu Keluarga number (area code, DDMMYY date the
/// family was recorded, family serial) say.
struct KkFacts {
  int province = 0;
  int regency = 0;
  int district = 0;
  int day = 0;  ///< 1-31: unlike a NIK there is no +40
  int month = 0;
  int year = 0;  ///< four digits, resolved like a NIK birth year
  int serial = 0;
};

/// Returns true when `digits` is 16 ASCII digits with a valid KK structure:
/// the NIK area-code checks, a recording date DDMMYY that exists (day 01-31
/// only) and serial != 0000. A KK is indistinguishable from a man's NIK by
/// its digits alone; only a label ("No. KK", "kartu keluarga") tells them
/// apart. Fills `facts` when given and valid.
bool IsStructurallyValidKk(std::string_view digits, KkFacts* facts = nullptr, int current_year = 0);

}  // namespace santun::pii
