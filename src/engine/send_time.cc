#include "engine/send_time.h"

#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <cstdio>
#include <ctime>
#include <memory>

#include "text/ascii.h"

namespace santun {
namespace {

bool Digits(std::string_view s, size_t at, size_t n, int* out) {
  if (at + n > s.size() || !ascii::AllDigits(s.substr(at, n))) return false;
  *out = ascii::DigitsValue(s, at, n);
  return true;
}

}  // namespace

std::string FormatIsoDate(CivilDate d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

std::string FormatLocalTime(const LocalTime& t) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d %02d:%02d", t.date.year, t.date.month, t.date.day, t.hour, t.minute);
  return buf;
}

std::optional<CivilDate> ParseIsoDate(std::string_view text) {
  CivilDate d;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  if (!Digits(text, 0, 4, &d.year) || !Digits(text, 5, 2, &d.month) || !Digits(text, 8, 2, &d.day)) {
    return std::nullopt;
  }
  if (!IsValidDate(d.year, d.month, d.day)) return std::nullopt;
  return d;
}

std::optional<LocalTime> ResolveSendTime(std::string_view s, std::string_view tz, std::string* error) {
  LocalTime t;
  auto fail = [&](const std::string& why) {
    *error = why;
    return std::nullopt;
  };
  std::optional<CivilDate> date = s.size() >= 10 ? ParseIsoDate(s.substr(0, 10)) : std::nullopt;
  if (!date) return fail("send time '" + std::string(s) + "' must start with a real date YYYY-MM-DD");
  t.date = *date;
  size_t i = 10;
  if (i < s.size() && (s[i] == 'T' || s[i] == ' ')) {
    if (!Digits(s, i + 1, 2, &t.hour) || s.size() < i + 6 || s[i + 3] != ':' || !Digits(s, i + 4, 2, &t.minute)) {
      return fail("send time '" + std::string(s) + "' needs HH:MM after the date");
    }
    i += 6;
    if (i < s.size() && s[i] == ':') {
      if (!Digits(s, i + 1, 2, &t.second)) return fail("send time '" + std::string(s) + "' has bad seconds");
      i += 3;
      if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
      }
    }
  }
  if (t.hour > 23 || t.minute > 59 || t.second > 60)
    return fail("send time '" + std::string(s) + "' is not a real time");
  std::optional<int> offset;  // minutes east of UTC
  if (i < s.size()) {
    if (s[i] == 'Z' && i + 1 == s.size()) {
      offset = 0;
    } else if ((s[i] == '+' || s[i] == '-') && s.size() == i + 6 && s[i + 3] == ':') {
      int h, m;
      if (!Digits(s, i + 1, 2, &h) || !Digits(s, i + 4, 2, &m) || h > 14 || m > 59) {
        return fail("send time '" + std::string(s) + "' has a bad offset");
      }
      offset = (s[i] == '-' ? -1 : 1) * (h * 60 + m);
    } else {
      return fail("send time '" + std::string(s) + "' must end with Z or an offset like +07:00");
    }
  }
  if (tz.empty() || !offset) {
    if (!tz.empty()) {
      // Validate the zone name even when the time is already local.
      std::unique_ptr<icu::TimeZone> zone(icu::TimeZone::createTimeZone(
          icu::UnicodeString::fromUTF8(icu::StringPiece(tz.data(), static_cast<int32_t>(tz.size())))));
      icu::UnicodeString id;
      if (zone->getID(id) == icu::UnicodeString("Etc/Unknown"))
        return fail("unknown time zone '" + std::string(tz) + "'");
    }
    return t;
  }
  std::unique_ptr<icu::TimeZone> zone(icu::TimeZone::createTimeZone(
      icu::UnicodeString::fromUTF8(icu::StringPiece(tz.data(), static_cast<int32_t>(tz.size())))));
  icu::UnicodeString id;
  if (zone->getID(id) == icu::UnicodeString("Etc/Unknown")) return fail("unknown time zone '" + std::string(tz) + "'");
  const double utc_ms = (static_cast<double>(DaysSinceEpoch(t.date)) * 86400.0 + t.hour * 3600.0 + t.minute * 60.0 +
                         t.second - *offset * 60.0) *
                        1000.0;
  int32_t raw = 0, dst = 0;
  UErrorCode status = U_ZERO_ERROR;
  zone->getOffset(utc_ms, false, raw, dst, status);
  if (U_FAILURE(status)) return fail("cannot convert to time zone '" + std::string(tz) + "'");
  const long long local_s = static_cast<long long>(utc_ms / 1000.0) + (raw + dst) / 1000;
  long long days = local_s / 86400;
  long long rem = local_s % 86400;
  if (rem < 0) {
    rem += 86400;
    --days;
  }
  t.date = DateFromEpochDays(static_cast<long>(days));
  t.hour = static_cast<int>(rem / 3600);
  t.minute = static_cast<int>(rem % 3600 / 60);
  t.second = static_cast<int>(rem % 60);
  return t;
}

CivilDate ResolveToday(const std::optional<CivilDate>& today, const std::optional<LocalTime>& send_time) {
  if (today) return *today;
  if (send_time) return send_time->date;
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return CivilDate{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

}  // namespace santun
