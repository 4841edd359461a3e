#pragma once

#include <cstdint>
#include <string_view>

namespace santun::pii {

enum class Sex : uint8_t { kMale, kFemale };

/// What the 16 digits of a NIK (PPRRDD DDMMYY SSSS) say about its holder.
struct NikFacts {
  int province = 0;     ///< Kemendagri province code (32 = Jawa Barat)
  int regency = 0;      ///< kabupaten 01-69, kota 71-99
  int district = 0;     ///< kecamatan
  int birth_day = 0;    ///< 1-31 (the +40 for women removed)
  int birth_month = 0;  ///< 1-12
  int birth_year = 0;   ///< four digits: 20yy unless that is in the future, else 19yy
  Sex sex = Sex::kMale;
  int serial = 0;  ///< 1-9999
};

/// Returns true for a Kemendagri province code that NIKs use: 11-19, 21,
/// 31-36, 51-53, 61-65, 71-76, 81-82, 91-97 (the Papua split codes included).
bool IsKnownProvinceCode(int code);

/// Returns the province's name for a known code, or "" otherwise.
std::string_view ProvinceName(int code);

/// Returns true when the first six of `digits` form a plausible area code:
/// a known province, regency != 00 and district != 00.
bool IsPlausibleAreaCode(std::string_view digits);

/// Returns the four-digit year of a real date dd-mm-yy: 20yy when that date
/// exists and is not after `current_year`, else 19yy when it exists, else
/// 20yy when only that exists, else 0 (no real date in either century).
/// `current_year` 0 means the system clock.
int ResolveBirthYear(int yy, int month, int day, int current_year = 0);

/// Returns true when `digits` is 16 ASCII digits with a valid NIK structure:
/// plausible area code, a birth date DDMMYY that exists in 19yy or 20yy (women
/// have 40 added to the day, so 41-71), and serial != 0000. NIK has no check
/// digit, so about 3 % of random 16-digit strings pass. Fills `facts` when
/// given and valid.
bool IsStructurallyValidNik(std::string_view digits, NikFacts* facts = nullptr, int current_year = 0);

}  // namespace santun::pii
