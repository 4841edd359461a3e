// send-hours: the send time is outside the allowed hours of the recipient's day.
#include <cstdio>

#include "engine/checks/check.h"

namespace santun {
namespace {

int Minutes(const std::string& hhmm, int fallback) {
  int h = 0, m = 0;
  if (std::sscanf(hhmm.c_str(), "%d:%d", &h, &m) != 2 || h < 0 || h > 24 || m < 0 || m > 59) return fallback;
  return h * 60 + m;
}

}  // namespace

// Outside [start, end) local time (start/end as "HH:MM").
void CheckSendHours(const CheckContext& context, const Rule& rule, std::vector<CheckHit>* hits) {
  if (!context.send_time) return;
  const int start = Minutes(ParamString(rule, "start", "08:00"), 8 * 60);
  const int end = Minutes(ParamString(rule, "end", "20:00"), 20 * 60);
  const int now = context.send_time->minutes_of_day();
  if (now < start || now >= end) hits->push_back({context.FirstLine(), FormatLocalTime(*context.send_time)});
}

}  // namespace santun
