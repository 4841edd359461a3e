#pragma once

#include <compare>

namespace santun {

/// A day of the proleptic Gregorian calendar. Ordered chronologically.
struct CivilDate {
  int year = 0, month = 0, day = 0;
  friend bool operator==(const CivilDate&, const CivilDate&) = default;
  friend auto operator<=>(const CivilDate&, const CivilDate&) = default;
};

/// Returns true for a leap year of the proleptic Gregorian calendar.
bool IsLeapYear(int year);

/// Returns the number of days of `month` (1-12) in `year`, or 0 for a month
/// out of range.
int DaysInMonth(int year, int month);

/// Returns true when the date exists: year 1-9999, month 1-12 and a day
/// that the month has (so 29 February only in leap years).
bool IsValidDate(int year, int month, int day);

/// Returns the weekday of a valid date: 0 = Monday … 6 = Sunday.
int WeekdayOf(CivilDate d);

/// Returns the date `days` days after `d` (before it when negative). `d`
/// must be valid.
CivilDate AddDays(CivilDate d, int days);

/// Returns the number of days from 1970-01-01 to `d` (negative before).
long DaysSinceEpoch(CivilDate d);

/// Returns the date that is `days` days after 1970-01-01.
CivilDate DateFromEpochDays(long days);

/// Returns the last day of the month that `months` months after d's month
/// (0 = d's own month).
CivilDate EndOfMonth(CivilDate d, int months = 0);

}  // namespace santun
