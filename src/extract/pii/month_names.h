#pragma once

#include <string_view>

namespace santun::pii {

/// Returns the month (1-12) that `word` names in Indonesian or English, full
/// or abbreviated ("Agustus", "Agt", "Ags", "Des", "Mei", "August", "Aug",
/// "Sept"), case-insensitively; an abbreviation may end with '.'. Returns 0
/// for any other word.
int MonthFromName(std::string_view word);

/// Returns true for a Gregorian leap year.
bool IsLeapYear(int year);

/// Returns the number of days of `month` (1-12) in `year`, or 0 for a month
/// out of range.
int DaysInMonth(int year, int month);

/// Returns the current year from the system clock (UTC).
int CurrentYear();

}  // namespace santun::pii
