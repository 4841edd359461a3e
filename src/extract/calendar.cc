#include "extract/calendar.h"

namespace santun {

// Day counting after Howard Hinnant's "chrono-compatible low-level date
// algorithms": eras of 400 years, years starting in March.

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

bool IsValidDate(int year, int month, int day) {
  return year >= 1 && year <= 9999 && day >= 1 && day <= DaysInMonth(year, month);
}

long DaysSinceEpoch(CivilDate d) {
  const long y = d.year - (d.month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;                          // [0, 399]
  const long mp = (d.month + 9) % 12;                      // March = 0
  const long doy = (153 * mp + 2) / 5 + d.day - 1;         // [0, 365]
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;  // [0, 146096]
  return era * 146097 + doe - 719468;
}

CivilDate DateFromEpochDays(long days) {
  const long z = days + 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
  return {year, month, day};
}

int WeekdayOf(CivilDate d) {
  // 1970-01-01 was a Thursday (3).
  const long w = (DaysSinceEpoch(d) + 3) % 7;
  return static_cast<int>(w < 0 ? w + 7 : w);
}

CivilDate AddDays(CivilDate d, int days) { return DateFromEpochDays(DaysSinceEpoch(d) + days); }

CivilDate EndOfMonth(CivilDate d, int months) {
  const int index = d.year * 12 + (d.month - 1) + months;
  const int year = index / 12;
  const int month = index % 12 + 1;
  return {year, month, DaysInMonth(year, month)};
}

}  // namespace santun
