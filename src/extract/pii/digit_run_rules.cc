#include "extract/pii/digit_run_rules.h"

#include <array>
#include <span>

#include "extract/calendar.h"
#include "extract/pii/month_names.h"
#include "text/ascii.h"

namespace santun::pii {
namespace {

template <size_t N>
bool OneOf(std::string_view w, const std::array<std::string_view, N>& words) {
  for (std::string_view x : words) {
    if (x == w) return true;
  }
  return false;
}

// clang-format off
constexpr auto kCurrenciesBefore = std::to_array<std::string_view>({
    "rp", "rp.", "idr", "usd", "us$", "$", "s$", "sgd", "eur", "\xE2\x82\xAC", "\xC2\xA3", "gbp"});
// clang-format on
// clang-format off
constexpr auto kUnitsAfter = std::to_array<std::string_view>({
    "juta", "jt", "jutaan", "ribu", "rb", "ribuan", "k", "miliar", "milyar", "triliun", "rupiah",
    "idr", "usd", "dollar", "dollars", "dolar", "thousand", "million", "billion"});
// clang-format on
constexpr auto kTimeBefore = std::to_array<std::string_view>({"pukul", "pkl", "pk", "jam"});
constexpr auto kTimeAfter = std::to_array<std::string_view>({"wib", "wita", "wit", "am", "pm"});
// clang-format off
constexpr auto kCountAfter = std::to_array<std::string_view>({
    "dari", "of", "x", "kali", "times", "st", "nd", "rd", "th", "jam", "hari", "minggu", "bulan",
    "bln", "tahun", "thn", "menit", "detik", "hours", "days", "weeks", "months", "years", "minutes"});
// clang-format on

// The numeric value of group k (digits only; masked runs never get here).
struct Groups {
  std::vector<int> value;
  std::vector<int> len;
};

Groups Split(const DigitRun& run) {
  Groups g;
  size_t at = 0;
  for (uint8_t n : run.groups) {
    // Values only matter for short groups (days, months, hours); a long
    // group saturates instead of overflowing.
    int v = 0;
    for (size_t i = at; i < at + n && i < run.digits.size(); ++i) {
      v = v < 100000000 ? v * 10 + (run.digits[i] - '0') : 999999999;
    }
    g.value.push_back(v);
    g.len.push_back(n);
    at += n;
  }
  return g;
}

bool AllSeparators(const DigitRun& run, char c) {
  for (char s : run.separators) {
    if (s != c) return false;
  }
  return true;
}

bool ValidDayMonth(int day, int month, int year) {
  return month >= 1 && month <= 12 && day >= 1 && day <= DaysInMonth(year, month);
}

bool PlausibleYear(int year) { return year >= 1900 && year <= 2100; }

bool IsTimeOfDay(int h, int hlen, int m, int mlen) { return hlen <= 2 && mlen == 2 && h <= 24 && m <= 59; }

// Thousands grouping: d{1,3}(Gddd)+ with an optional decimal part D d{1,2},
// where (G, D) is ('.', ',') or (',', '.'); the first digit is not 0.
bool IsThousandsGrouping(const DigitRun& run, const Groups& g) {
  const size_t n = g.len.size();
  if (n < 2 || run.digits[0] == '0' || g.len[0] > 3) return false;
  for (char group_sep : {'.', ','}) {
    const char decimal_sep = group_sep == '.' ? ',' : '.';
    size_t last = n;
    if (n >= 3 && run.separators[n - 2] == decimal_sep && g.len[n - 1] <= 2) last = n - 1;
    bool ok = last >= 2;
    for (size_t k = 1; ok && k < last; ++k) {
      ok = g.len[k] == 3 && run.separators[k - 1] == group_sep;
    }
    if (ok) return true;
  }
  return false;
}

}  // namespace

std::string WordBefore(std::string_view text, size_t pos) {
  size_t e = pos;
  for (int k = 0; k < 2 && e > 0 && (text[e - 1] == ' ' || text[e - 1] == ':'); ++k) --e;
  size_t b = e;
  while (b > 0) {
    const char c = text[b - 1];
    if (ascii::IsLetter(c) || c == '$' || c == '.') {
      --b;
    } else if (b >= 3 && text.substr(b - 3, 3) == "\xE2\x82\xAC") {  // €
      b -= 3;
    } else if (b >= 2 && text.substr(b - 2, 2) == "\xC2\xA3") {  // £
      b -= 2;
    } else {
      break;
    }
  }
  while (b < e && text[b] == '.') ++b;
  std::string w;
  for (size_t i = b; i < e; ++i) w.push_back(ascii::ToLower(text[i]));
  return w;
}

std::string WordAfter(std::string_view text, size_t pos, bool* upper) {
  size_t b = pos;
  if (b < text.size() && text[b] == ' ') ++b;
  std::string w;
  bool caps = true;
  for (size_t i = b; i < text.size() && ascii::IsLetter(text[i]); ++i) {
    if (text[i] >= 'a' && text[i] <= 'z') caps = false;
    w.push_back(ascii::ToLower(text[i]));
  }
  if (upper != nullptr) *upper = caps && !w.empty();
  return w;
}

bool IsMoneyRun(std::string_view text, const DigitRun& run, std::string* reason) {
  const std::string before = WordBefore(text, run.span.begin);
  if (OneOf(before, kCurrenciesBefore)) {
    *reason = "currency '" + before + "'";
    return true;
  }
  bool upper = false;
  const std::string after = WordAfter(text, run.span.end, &upper);
  if (OneOf(after, kUnitsAfter) || (after == "m" && upper)) {
    *reason = "unit '" + after + "'";
    return true;
  }
  const std::string_view tail = text.substr(run.span.end, 2);
  if (tail == ",-" || tail == ".-") {
    *reason = "amount ending '" + std::string(tail) + "'";
    return true;
  }
  if (IsThousandsGrouping(run, Split(run))) {
    *reason = "thousands grouping";
    return true;
  }
  return false;
}

bool IsPercentRun(std::string_view text, const DigitRun& run, std::string* reason) {
  size_t e = run.span.end;
  if (e < text.size() && text[e] == ' ') ++e;
  const std::string after = WordAfter(text, run.span.end);
  if ((e < text.size() && text[e] == '%') || after == "persen" || after == "percent" || after == "pct") {
    *reason = "percent";
    return true;
  }
  return false;
}

bool IsDateRun(std::string_view text, const DigitRun& run, std::string* reason) {
  const Groups g = Split(run);
  const size_t n = g.len.size();
  const bool one_sep = !run.separators.empty() && AllSeparators(run, run.separators[0]) &&
                       (run.separators[0] == '/' || run.separators[0] == '-' || run.separators[0] == '.');
  if (n == 3 && one_sep) {
    const auto& v = g.value;
    const auto& l = g.len;
    if (l[0] == 4 && l[1] <= 2 && l[2] <= 2 && PlausibleYear(v[0]) && ValidDayMonth(v[2], v[1], v[0])) {
      *reason = "date y-m-d";
      return true;
    }
    if (l[0] <= 2 && l[1] <= 2 && (l[2] == 2 || (l[2] == 4 && PlausibleYear(v[2])))) {
      // A two-digit year: the day must exist in 19yy or 20yy.
      const int y1 = l[2] == 4 ? v[2] : 2000 + v[2];
      const int y2 = l[2] == 4 ? v[2] : 1900 + v[2];
      for (int y : {y1, y2}) {
        if (ValidDayMonth(v[0], v[1], y) || ValidDayMonth(v[1], v[0], y)) {
          *reason = "date d-m-y";
          return true;
        }
      }
    }
  }
  if (n == 2 && one_sep) {
    if ((g.len[0] <= 2 && g.len[1] == 4 && g.value[0] >= 1 && g.value[0] <= 12 && PlausibleYear(g.value[1])) ||
        (g.len[0] == 4 && g.len[1] <= 2 && g.value[1] >= 1 && g.value[1] <= 12 && PlausibleYear(g.value[0]))) {
      *reason = "month and year";
      return true;
    }
  }
  if (n != 1) return false;
  const int v = g.value[0];
  const bool day = g.len[0] <= 2 && v >= 1 && v <= 31;
  const bool year = (g.len[0] == 4 && PlausibleYear(v)) || g.len[0] == 2;
  size_t b = run.span.begin;
  if (b > 0 && text[b - 1] == '\'') --b;  // '91
  const std::string before = WordBefore(text, b);
  if (MonthFromName(WordAfter(text, run.span.end)) != 0 && day) {
    *reason = "day before a month name";
    return true;
  }
  if (MonthFromName(before) != 0 && (day || year)) {
    *reason = "after a month name";
    return true;
  }
  if ((before == "tahun" || before == "thn" || before == "year") && g.len[0] == 4 && PlausibleYear(v)) {
    *reason = "year";
    return true;
  }
  // "August 17, 1991": a year after a day after a month name.
  if (g.len[0] == 4 && PlausibleYear(v)) {
    size_t i = run.span.begin;
    while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == ',')) --i;
    size_t d = i;
    while (d > 0 && ascii::IsDigit(text[d - 1])) --d;
    if (d < i && i - d <= 2 && MonthFromName(WordBefore(text, d)) != 0) {
      *reason = "year after month and day";
      return true;
    }
  }
  return false;
}

bool IsTimeRun(std::string_view text, const DigitRun& run, std::string* reason) {
  const Groups g = Split(run);
  const size_t n = g.len.size();
  const std::string& s = run.separators;
  bool time = false;
  if (n == 2 && (s[0] == ':' || s[0] == '.')) {
    time = IsTimeOfDay(g.value[0], g.len[0], g.value[1], g.len[1]);
  } else if (n == 3 && s == "::") {
    time = IsTimeOfDay(g.value[0], g.len[0], g.value[1], g.len[1]) && g.len[2] == 2 && g.value[2] <= 59;
  } else if (n == 4 && s[1] == '-' && s[0] == s[2] && (s[0] == ':' || s[0] == '.')) {
    time = IsTimeOfDay(g.value[0], g.len[0], g.value[1], g.len[1]) &&
           IsTimeOfDay(g.value[2], g.len[2], g.value[3], g.len[3]);
  }
  if (!time && n <= 2) {
    const std::string before = WordBefore(text, run.span.begin);
    const std::string after = WordAfter(text, run.span.end);
    time = (n == 1 && g.len[0] <= 2 && g.value[0] <= 24 && OneOf(before, kTimeBefore)) ||
           (g.len[0] <= 2 && g.value[0] <= 24 && OneOf(after, kTimeAfter));
  }
  if (time) *reason = "time of day";
  return time;
}

bool IsFractionRun(std::string_view text, const DigitRun& run, std::string* reason) {
  const Groups g = Split(run);
  const size_t n = g.len.size();
  if (n == 2 && run.separators[0] == '/' && g.len[0] <= 3 && g.len[1] <= 3) {
    *reason = "fraction";
    return true;
  }
  if (n != 1 || g.len[0] > 3) return false;
  const size_t b = run.span.begin;
  const std::string before = WordBefore(text, b > 0 && text[b - 1] == '-' ? b - 1 : b);
  if (before == "ke" || before == "dari" || before == "of") {
    *reason = "ordinal or count";
    return true;
  }
  if (OneOf(WordAfter(text, run.span.end), kCountAfter)) {
    *reason = "count or ordinal";
    return true;
  }
  return false;
}

bool IsGluedRun(std::string_view text, const DigitRun& run, std::string* reason, ContextLabel* glued_label) {
  const size_t b = run.span.begin;
  const size_t e = run.span.end;
  auto word_char = [](char c) { return ascii::IsLetter(c) || ascii::IsDigit(c); };
  if (b > 0 && ascii::IsLetter(text[b - 1])) {
    size_t w = b;
    while (w > 0 && ascii::IsLetter(text[w - 1])) --w;
    ContextLabel label = LabelForGluedWord(text.substr(w, b - w));
    if (label.found() && label.role == LabelRole::kIdentifier && !(e < text.size() && word_char(text[e]))) {
      label.span = Span{static_cast<uint32_t>(w), static_cast<uint32_t>(b)};
      *glued_label = label;
      return false;
    }
    *reason = "glued to letters";
    return true;
  }
  // "INV-2026…", "ORD/123", "id=123", "a_123"; a number after "/" or "-"
  // after another number ("0812…/0813…") stands on its own.
  const char glue = b > 1 ? text[b - 1] : ' ';
  if (b > 1 && (((glue == '-' || glue == '/') && ascii::IsLetter(text[b - 2])) ||
                ((glue == '_' || glue == '=' || glue == '\\') && word_char(text[b - 2])))) {
    *reason = "part of a code";
    return true;
  }
  if (e < text.size()) {
    const char c = text[e];
    if (ascii::IsLetter(c) || c == '_') {
      *reason = "glued to letters";
      return true;
    }
    if (c == '@') {
      *reason = "part of an e-mail address";
      return true;
    }
    if ((c == '-' || c == '/') && e + 1 < text.size() && ascii::IsLetter(text[e + 1])) {
      *reason = "part of a code";
      return true;
    }
  }
  return false;
}

}  // namespace santun::pii
