#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "extract/calendar.h"

namespace santun {

/// National holidays and joint-leave days (cuti bersama) of the years a
/// calendar covers, from rules/calendars/<name>.toml.
struct HolidayCalendar {
  std::string name;
  std::string description;
  std::vector<std::string> sources;
  std::vector<int> years;  // the years the calendar is complete for
  std::vector<CivilDate> holidays;
  std::vector<CivilDate> joint_leave;

  bool Covers(int year) const;
  bool IsHoliday(CivilDate d) const;
  bool IsJointLeave(CivilDate d) const;
};

/// Decodes a calendar file:
///   [calendar]
///   name = "id-holidays"; description = "…"; sources = ["…"]
///   years = [2025, 2026]
///   holidays = [2025-01-01, …]      # TOML dates
///   joint_leave = [2025-01-28, …]
/// Every date must fall in one of `years`. Errors name file:line.
Errors LoadHolidayCalendar(const std::string& path, const std::string& content, HolidayCalendar* out);

/// Returns the built-in calendar `name` (parsed once, on first use), or
/// nullptr when there is none.
const HolidayCalendar* FindHolidayCalendar(std::string_view name);

}  // namespace santun
