// calendar-missing: the holiday calendar does not cover the send date's year.
#include <string>

#include "engine/checks/check.h"
#include "engine/holidays.h"

namespace santun {

// A send date in a year that the holiday calendar does not cover: holidays
// could not be checked.
void CheckCalendarMissing(const CheckContext& context, const Rule& rule, std::vector<CheckHit>* hits) {
  if (!context.send_time) return;
  const HolidayCalendar* calendar = FindHolidayCalendar(ParamString(rule, "calendar", ""));
  if (!calendar || !calendar->Covers(context.send_time->date.year)) {
    hits->push_back({context.FirstLine(), std::to_string(context.send_time->date.year)});
  }
}

}  // namespace santun
