#pragma once

#include <cstddef>
#include <optional>

#include "extract/calendar.h"
#include "extract/tokens.h"

namespace santun {

/// A date given relative to the day the message is read.
struct RelativeDate {
  size_t first = 0;               // first token
  size_t last = 0;                // last token (inclusive)
  std::optional<CivilDate> date;  // nullopt when `today` is not a valid date
  int weekday = -1;               // 0-6 when the mention is a weekday name, else -1
};

/// Reads a relative date that starts at token i, resolved against `today`:
/// - "hari ini", "today", "tonight": today; "besok", "esok", "tomorrow":
///   +1; "lusa", "besok lusa", "day after tomorrow": +2; "kemarin",
///   "yesterday": -1;
/// - "minggu depan", "pekan depan", "next week": +7;
/// - "akhir bulan [ini]", "end of [the|this] month", "end of month": the
///   last day of this month; "akhir bulan depan", "end of [the] next month":
///   of next month; "awal bulan depan", "beginning of next month": the 1st
///   of next month;
/// - "dalam [waktu] N hari", "N hari lagi", "in/within N days" (N in digits
///   or words, also "minggu"/"weeks"): +N days (+7N);
/// - a weekday: "[hari] Jumat", "Jumat ini", "this Friday", "Friday": the
///   next such day on or after today (today itself when it matches);
///   "Senin depan", "next Monday": the next one strictly after today (1 to 7
///   days ahead). "minggu" means Sunday only after "hari" ("hari Minggu"),
///   otherwise it is "week". Weekday ranges are opening days, not dates:
///   "Senin-Jumat", "Senin sampai Sabtu", "Monday to Friday". A recurring
///   day ("setiap hari Senin", "every Monday") gives its next occurrence.
std::optional<RelativeDate> MatchRelativeDate(const Tokens& t, size_t i, CivilDate today);

/// Returns the first date on or after `from` (strictly after with `strict`)
/// that falls on `weekday` (0 = Monday).
CivilDate NextWeekday(CivilDate from, int weekday, bool strict);

}  // namespace santun
