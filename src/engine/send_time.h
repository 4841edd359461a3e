#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "extract/calendar.h"

namespace santun {

/// A wall-clock time in the recipient's zone.
struct LocalTime {
  CivilDate date;
  int hour = 0;
  int minute = 0;
  int second = 0;
  int minutes_of_day() const { return hour * 60 + minute; }
};

/// Parses "YYYY-MM-DD"; nullopt when malformed or not a real date.
std::optional<CivilDate> ParseIsoDate(std::string_view text);

/// Returns "YYYY-MM-DD".
std::string FormatIsoDate(CivilDate d);

/// Returns "YYYY-MM-DD HH:MM" (what timing diagnostics say of a send time).
std::string FormatLocalTime(const LocalTime& t);

/// Resolves an ISO-8601 send time ("2026-12-20T22:30:00+07:00",
/// "2026-12-20T15:30Z", "2026-12-20 22:30") to the recipient's wall clock.
/// With a zone (an IANA name such as "Asia/Jakarta", resolved by ICU) the
/// instant is converted to that zone; a time without an offset is already
/// that zone's wall time; without a zone, the time's own offset is taken as
/// local. Returns nullopt and sets *error on a malformed time or an unknown
/// zone.
std::optional<LocalTime> ResolveSendTime(std::string_view send_at, std::string_view tz, std::string* error);

/// The date relative dates resolve against: `today` when given, else the
/// send time's local date, else the system's local date.
CivilDate ResolveToday(const std::optional<CivilDate>& today, const std::optional<LocalTime>& send_time);

}  // namespace santun
