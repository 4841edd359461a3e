// send-day: the send date is a rest day or a holiday.
#include <algorithm>
#include <array>

#include "engine/checks/check.h"
#include "engine/holidays.h"

namespace santun {

// On a day outside `days` ("mon" … "sun"), or on a holiday of `calendar`
// (joint-leave days too unless joint_leave_allowed).
void CheckSendDay(const CheckContext& context, const Rule& rule, std::vector<CheckHit>* hits) {
  if (!context.send_time) return;
  static constexpr std::array<const char*, 7> kDays = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
  const CivilDate date = context.send_time->date;
  const std::vector<std::string> days = ParamStrings(rule, "days");
  const std::string weekday = kDays[static_cast<size_t>(WeekdayOf(date))];
  if (!days.empty() && std::find(days.begin(), days.end(), weekday) == days.end()) {
    hits->push_back({context.FirstLine(), FormatLocalTime(*context.send_time) + " (" + weekday + ")"});
    return;
  }
  const HolidayCalendar* calendar = FindHolidayCalendar(ParamString(rule, "calendar", ""));
  if (!calendar || !calendar->Covers(date.year)) return;
  const bool joint_leave = !ParamBool(rule, "joint_leave_allowed", true) && calendar->IsJointLeave(date);
  if (calendar->IsHoliday(date) || joint_leave) {
    hits->push_back({context.FirstLine(), FormatLocalTime(*context.send_time)});
  }
}

}  // namespace santun
