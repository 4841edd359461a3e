// When the message is sent: hours of the day, rest days and holidays.
#include <algorithm>
#include <array>
#include <cstdio>

#include "engine/checks/check.h"
#include "engine/holidays.h"

namespace santun {
namespace {

int Minutes(const std::string& hhmm, int fallback) {
  int h = 0, m = 0;
  if (std::sscanf(hhmm.c_str(), "%d:%d", &h, &m) != 2 || h < 0 || h > 24 || m < 0 || m > 59) return fallback;
  return h * 60 + m;
}

// The first line of the message: where a timing diagnostic points.
Span FirstLine(const SourceText& source) {
  std::string_view line = source.Line(1);
  return {0, static_cast<uint32_t>(line.size())};
}

std::string Clock(const LocalTime& t) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d %02d:%02d", t.date.year, t.date.month, t.date.day, t.hour, t.minute);
  return buf;
}

}  // namespace

// Outside [start, end) local time (start/end as "HH:MM").
void CheckSendHours(const CheckContext& context, const Rule& rule, std::vector<CheckHit>* hits) {
  if (!context.send_time) return;
  const int start = Minutes(ParamString(rule, "start", "08:00"), 8 * 60);
  const int end = Minutes(ParamString(rule, "end", "20:00"), 20 * 60);
  const int now = context.send_time->minutes_of_day();
  if (now < start || now >= end) hits->push_back({FirstLine(context.source), Clock(*context.send_time)});
}

// On a day outside `days` ("mon" … "sun"), or on a holiday of `calendar`
// (joint-leave days too unless joint_leave_allowed).
void CheckSendDay(const CheckContext& context, const Rule& rule, std::vector<CheckHit>* hits) {
  if (!context.send_time) return;
  static constexpr std::array<const char*, 7> kDays = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
  const CivilDate date = context.send_time->date;
  const std::vector<std::string> days = ParamStrings(rule, "days");
  const std::string weekday = kDays[static_cast<size_t>(WeekdayOf(date))];
  if (!days.empty() && std::find(days.begin(), days.end(), weekday) == days.end()) {
    hits->push_back({FirstLine(context.source), Clock(*context.send_time) + " (" + weekday + ")"});
    return;
  }
  const HolidayCalendar* calendar = FindHolidayCalendar(ParamString(rule, "calendar", ""));
  if (!calendar || !calendar->Covers(date.year)) return;
  const bool joint_leave = !ParamBool(rule, "joint_leave_allowed", true) && calendar->IsJointLeave(date);
  if (calendar->IsHoliday(date) || joint_leave) {
    hits->push_back({FirstLine(context.source), Clock(*context.send_time)});
  }
}

// A send date in a year that the holiday calendar does not cover: holidays
// could not be checked.
void CheckCalendarMissing(const CheckContext& context, const Rule& rule, std::vector<CheckHit>* hits) {
  if (!context.send_time) return;
  const HolidayCalendar* calendar = FindHolidayCalendar(ParamString(rule, "calendar", ""));
  if (!calendar || !calendar->Covers(context.send_time->date.year)) {
    hits->push_back({FirstLine(context.source), std::to_string(context.send_time->date.year)});
  }
}

}  // namespace santun
