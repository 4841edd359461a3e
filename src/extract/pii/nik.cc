#include "extract/pii/nik.h"

#include <array>

#include "extract/calendar.h"
#include "extract/pii/month_names.h"
#include "text/ascii.h"

namespace santun::pii {
namespace {

struct Province {
  int code;
  std::string_view name;
};

// clang-format off
constexpr auto kProvinces = std::to_array<Province>({
    {11, "Aceh"}, {12, "Sumatera Utara"}, {13, "Sumatera Barat"}, {14, "Riau"}, {15, "Jambi"},
    {16, "Sumatera Selatan"}, {17, "Bengkulu"}, {18, "Lampung"},
    {19, "Kepulauan Bangka Belitung"}, {21, "Kepulauan Riau"}, {31, "DKI Jakarta"},
    {32, "Jawa Barat"}, {33, "Jawa Tengah"}, {34, "DI Yogyakarta"}, {35, "Jawa Timur"},
    {36, "Banten"}, {51, "Bali"}, {52, "Nusa Tenggara Barat"}, {53, "Nusa Tenggara Timur"},
    {61, "Kalimantan Barat"}, {62, "Kalimantan Tengah"}, {63, "Kalimantan Selatan"},
    {64, "Kalimantan Timur"}, {65, "Kalimantan Utara"}, {71, "Sulawesi Utara"},
    {72, "Sulawesi Tengah"}, {73, "Sulawesi Selatan"}, {74, "Sulawesi Tenggara"},
    {75, "Gorontalo"}, {76, "Sulawesi Barat"}, {81, "Maluku"}, {82, "Maluku Utara"},
    {91, "Papua"}, {92, "Papua Barat"}, {93, "Papua Selatan"}, {94, "Papua Tengah"},
    {95, "Papua Pegunungan"}, {96, "Papua Barat Daya"},
    // 97 is not assigned by Kemendagri, but BPS and NIK tables disagree on the
    // Papua codes, so the whole 91-97 block is accepted.
    {97, "Papua (unassigned)"},
});
// clang-format on

}  // namespace

bool IsKnownProvinceCode(int code) { return !ProvinceName(code).empty(); }

std::string_view ProvinceName(int code) {
  for (const Province& p : kProvinces) {
    if (p.code == code) return p.name;
  }
  return {};
}

bool IsPlausibleAreaCode(std::string_view digits) {
  if (digits.size() < 6 || !ascii::AllDigits(digits.substr(0, 6))) return false;
  return IsKnownProvinceCode(ascii::DigitsValue(digits, 0, 2)) && ascii::DigitsValue(digits, 2, 2) != 0 &&
         ascii::DigitsValue(digits, 4, 2) != 0;
}

int ResolveBirthYear(int yy, int month, int day, int current_year) {
  if (current_year == 0) current_year = CurrentYear();
  auto exists = [&](int year) { return day >= 1 && day <= DaysInMonth(year, month); };
  const int y20 = 2000 + yy;
  const int y19 = 1900 + yy;
  if (exists(y20) && y20 <= current_year) return y20;
  if (exists(y19)) return y19;
  if (exists(y20)) return y20;
  return 0;
}

bool IsStructurallyValidNik(std::string_view digits, NikFacts* facts, int current_year) {
  if (digits.size() != 16 || !ascii::AllDigits(digits) || !IsPlausibleAreaCode(digits)) return false;
  int day = ascii::DigitsValue(digits, 6, 2);
  const int month = ascii::DigitsValue(digits, 8, 2);
  const int yy = ascii::DigitsValue(digits, 10, 2);
  const int serial = ascii::DigitsValue(digits, 12, 4);
  const Sex sex = day > 40 ? Sex::kFemale : Sex::kMale;
  if (day > 40) day -= 40;
  if (serial == 0) return false;
  const int year = ResolveBirthYear(yy, month, day, current_year);
  if (year == 0) return false;
  if (facts != nullptr) {
    *facts = NikFacts{ascii::DigitsValue(digits, 0, 2),
                      ascii::DigitsValue(digits, 2, 2),
                      ascii::DigitsValue(digits, 4, 2),
                      day,
                      month,
                      year,
                      sex,
                      serial};
  }
  return true;
}

}  // namespace santun::pii
