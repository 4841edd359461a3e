#include "extract/pii/birth_date.h"

#include <string>

#include <re2/re2.h>

#include "extract/calendar.h"
#include "extract/pii/month_names.h"
#include "text/ascii.h"

namespace santun::pii {
namespace {

constexpr int kWindow = 40;

int ToInt(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

int FullYear(std::string_view y, int current_year) {
  const int v = ToInt(y);
  if (y.size() == 4) return v;
  return 2000 + v <= current_year ? 2000 + v : 1900 + v;
}

bool RealDate(int y, int m, int d) { return m >= 1 && m <= 12 && d >= 1 && d <= DaysInMonth(y, m); }

struct Parsed {
  size_t begin = 0, end = 0;  // in the searched window
  int y = 0, m = 0, d = 0;
  bool real = false;
};

// Finds the earliest date in `s`. `english` prefers month-first numeric
// dates when both readings are real.
bool ParseFirstDate(std::string_view s, bool english, int current_year, Parsed* out) {
  static const RE2 numeric(R"((\b(\d{1,2})([-/.])(\d{1,2})([-/.])(\d{4}|\d{2})\b))");
  static const RE2 iso(R"((\b(\d{4})-(\d{1,2})-(\d{1,2})\b))");
  static const RE2 day_month(R"((\b(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+('?\d{2}\b|\d{4}\b)))");
  static const RE2 month_day(R"((\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b))");
  bool found = false;
  auto consider = [&](re2::StringPiece whole, int y, int m, int d) {
    const auto begin = static_cast<size_t>(whole.data() - s.data());
    if (found && begin >= out->begin) return;
    found = true;
    *out = Parsed{begin, begin + whole.size(), y, m, d, RealDate(y, m, d)};
  };
  re2::StringPiece whole, a, b, c, sep1, sep2;
  re2::StringPiece in = s;
  while (RE2::FindAndConsume(&in, numeric, &whole, &a, &sep1, &b, &sep2, &c)) {
    if (sep1 != sep2) continue;
    const int y = FullYear(c, current_year);
    int d = ToInt(a), m = ToInt(b);
    const bool dmy = RealDate(y, m, d), mdy = RealDate(y, d, m);
    if ((english && mdy) || (!dmy && mdy)) std::swap(d, m);
    consider(whole, y, m, d);
    break;
  }
  in = s;
  if (RE2::FindAndConsume(&in, iso, &whole, &a, &b, &c)) consider(whole, ToInt(a), ToInt(b), ToInt(c));
  in = s;
  while (RE2::FindAndConsume(&in, day_month, &whole, &a, &b, &c)) {
    const int m = MonthFromName(b);
    if (m == 0) continue;
    if (c.starts_with("'")) c.remove_prefix(1);
    consider(whole, FullYear(c, current_year), m, ToInt(a));
    break;
  }
  in = s;
  while (RE2::FindAndConsume(&in, month_day, &whole, &a, &b, &c)) {
    const int m = MonthFromName(a);
    if (m == 0) continue;
    consider(whole, ToInt(c), m, ToInt(b));
    break;
  }
  return found;
}

// "mohon maaf lahir (dan) batin" is a holiday greeting, not a birth keyword.
bool IsLahirBatin(std::string_view after) {
  static const RE2 batin(R"((?i)^\s+(?:dan\s+|&\s*)?batin\b)");
  return RE2::PartialMatch(after, batin);
}

}  // namespace

bool IsPlausibleBirthDate(int year, int month, int day, int current_year) {
  if (current_year == 0) current_year = CurrentYear();
  const int age = current_year - year;
  return RealDate(year, month, day) && age >= 18 && age <= 100;
}

std::vector<Detection> FindBirthDates(std::string_view text, int current_year) {
  if (current_year == 0) current_year = CurrentYear();
  static const RE2 keyword(
      R"((?i)\b(tempat\s*[/,&]?\s*(?:dan\s+)?tanggal\s+lahir|tempat\s*[/,]\s*tgl\.?\s*lahir|tanggal\s+lahir|tgl\.?\s*lahir|ttl|kelahiran|lahir(?:nya)?|date\s+of\s+birth|d\.o\.b\.?|dob|birth\s*date|birthday|born(?:\s+on)?)\b)");
  std::vector<Detection> out;
  re2::StringPiece rest = text;
  re2::StringPiece kw;
  while (RE2::FindAndConsume(&rest, keyword, &kw)) {
    const auto kw_end = static_cast<size_t>(kw.data() + kw.size() - text.data());
    if (IsLahirBatin(text.substr(kw_end))) continue;
    size_t end = std::min(text.size(), kw_end + kWindow);
    for (size_t i = kw_end; i < end; ++i) {
      // The window ends with the line or the sentence.
      const char c = text[i];
      if (c == '\n' || c == ';' ||
          ((c == '.' || c == '!' || c == '?') && i + 1 < text.size() && text[i + 1] == ' ' && i > kw_end &&
           !ascii::IsDigit(text[i - 1]))) {
        end = i;
        break;
      }
    }
    const std::string lower = ascii::ToLower(kw);
    const bool english = lower.starts_with("date") || lower.starts_with("d.o") || lower == "dob" ||
                         lower.starts_with("birth") || lower.starts_with("born");
    Parsed p;
    if (!ParseFirstDate(text.substr(kw_end, end - kw_end), english, current_year, &p)) continue;
    const Span span{static_cast<uint32_t>(kw_end + p.begin), static_cast<uint32_t>(kw_end + p.end)};
    if (!out.empty() && out.back().span.Overlaps(span)) continue;
    Confidence conf = Confidence::kHigh;
    std::string reason = "birth date: real date after keyword '" + std::string(kw) + "'";
    if (!p.real) {
      conf = Confidence::kLow;
      reason = "possible birth date, malformed; keyword '" + std::string(kw) + "'";
    } else if (!IsPlausibleBirthDate(p.y, p.m, p.d, current_year)) {
      conf = Confidence::kLow;
      reason = "possible birth date, unusual age; keyword '" + std::string(kw) + "'";
    }
    out.push_back({span, PiiType::kBirthDate, conf, std::move(reason)});
    rest = text.substr(span.end);
  }
  return out;
}

}  // namespace santun::pii
