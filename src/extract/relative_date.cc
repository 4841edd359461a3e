#include "extract/relative_date.h"

#include <array>
#include <string_view>

#include "extract/date_words.h"
#include "extract/number_words.h"
#include "extract/shapes.h"
#include "text/ascii.h"

namespace santun {
namespace {

using Words = std::array<std::string_view, 5>;

// Matches the words of `phrase` (up to the first empty one) from token i on,
// one space apart on one line; returns the last token or kNoToken.
size_t Phrase(const Tokens& t, size_t i, const Words& phrase) {
  size_t j = i, last = kNoToken;
  for (std::string_view w : phrase) {
    if (w.empty()) break;
    if (j == kNoToken || !t[j].IsWord(w)) return kNoToken;
    last = j;
    j = t.Next(j);
  }
  return last;
}

// A small count in digits or words at token j ("3", "tiga", "three"), or -1.
int CountAt(const Tokens& t, size_t j) {
  if (j == kNoToken) return -1;
  if (t[j].IsPlainNumber()) return t[j].lower.size() <= 3 ? ascii::SmallNumber(t[j].lower) : -1;
  const int v = t[j].IsWord() ? SmallNumberWord(t[j].lower) : 0;
  return v > 0 ? v : -1;
}

// "hari"/"days" (1) or "minggu"/"pekan"/"weeks" (7) at token j, else 0.
int UnitDays(const Tokens& t, size_t j) {
  if (j == kNoToken || !t[j].IsWord()) return 0;
  const std::string_view w = t[j].lower;
  if (w == "hari" || w == "day" || w == "days") return 1;
  if (w == "minggu" || w == "pekan" || w == "week" || w == "weeks") return 7;
  return 0;
}

struct Found {
  size_t last = kNoToken;
  int offset = 0;      // days from today, for fixed offsets
  int end_month = -1;  // >= 0: last day of the month this many months ahead
  bool first_of_next = false;
  int weekday = -1;
  bool strict = false;  // weekday strictly after today
};

// Fixed phrases; the first that matches wins, so longer ones come first.
struct FixedPhrase {
  Words words;
  enum What { kOffset, kEndOfMonth, kFirstOfNextMonth } what;
  int value;  // kOffset: days from today; kEndOfMonth: months ahead
};
constexpr FixedPhrase kFixed[] = {
    {{"hari", "ini"}, FixedPhrase::kOffset, 0},
    // SMS spellings: "hr ini", "bsk", "mgg depan", "akhir bln"
    {{"hr", "ini"}, FixedPhrase::kOffset, 0},
    {{"hri", "ini"}, FixedPhrase::kOffset, 0},
    {{"today"}, FixedPhrase::kOffset, 0},
    {{"tonight"}, FixedPhrase::kOffset, 0},
    {{"besok", "lusa"}, FixedPhrase::kOffset, 2},
    {{"besok"}, FixedPhrase::kOffset, 1},
    {{"bsk"}, FixedPhrase::kOffset, 1},
    {{"bsok"}, FixedPhrase::kOffset, 1},
    {{"esok", "hari"}, FixedPhrase::kOffset, 1},
    {{"esok"}, FixedPhrase::kOffset, 1},
    {{"tomorrow"}, FixedPhrase::kOffset, 1},
    {{"lusa"}, FixedPhrase::kOffset, 2},
    {{"day", "after", "tomorrow"}, FixedPhrase::kOffset, 2},
    {{"kemarin"}, FixedPhrase::kOffset, -1},
    {{"yesterday"}, FixedPhrase::kOffset, -1},
    {{"minggu", "depan"}, FixedPhrase::kOffset, 7},
    {{"pekan", "depan"}, FixedPhrase::kOffset, 7},
    {{"mgg", "depan"}, FixedPhrase::kOffset, 7},
    {{"minggu", "dpn"}, FixedPhrase::kOffset, 7},
    {{"next", "week"}, FixedPhrase::kOffset, 7},
    {{"akhir", "bulan", "depan"}, FixedPhrase::kEndOfMonth, 1},
    {{"akhir", "bulan", "ini"}, FixedPhrase::kEndOfMonth, 0},
    {{"akhir", "bulan"}, FixedPhrase::kEndOfMonth, 0},
    {{"akhir", "bln", "ini"}, FixedPhrase::kEndOfMonth, 0},
    {{"akhir", "bln"}, FixedPhrase::kEndOfMonth, 0},
    {{"end", "of", "the", "next", "month"}, FixedPhrase::kEndOfMonth, 1},
    {{"end", "of", "next", "month"}, FixedPhrase::kEndOfMonth, 1},
    {{"end", "of", "the", "month"}, FixedPhrase::kEndOfMonth, 0},
    {{"end", "of", "this", "month"}, FixedPhrase::kEndOfMonth, 0},
    {{"end", "of", "month"}, FixedPhrase::kEndOfMonth, 0},
    {{"awal", "bulan", "depan"}, FixedPhrase::kFirstOfNextMonth, 0},
    {{"beginning", "of", "next", "month"}, FixedPhrase::kFirstOfNextMonth, 0},
    {{"start", "of", "next", "month"}, FixedPhrase::kFirstOfNextMonth, 0},
};

std::optional<Found> Fixed(const Tokens& t, size_t i) {
  for (const FixedPhrase& p : kFixed) {
    const size_t last = Phrase(t, i, p.words);
    if (last == kNoToken) continue;
    Found f;
    f.last = last;
    if (p.what == FixedPhrase::kOffset) f.offset = p.value;
    if (p.what == FixedPhrase::kEndOfMonth) f.end_month = p.value;
    f.first_of_next = p.what == FixedPhrase::kFirstOfNextMonth;
    return f;
  }
  return std::nullopt;
}

// "dalam [waktu] 3 hari", "3 hari lagi", "in 3 days", "within two weeks".
std::optional<Found> CountedDays(const Tokens& t, size_t i) {
  Found f;
  if (t[i].IsWord("dalam") || t[i].IsWord("in") || t[i].IsWord("within")) {
    size_t n = t.Next(i);
    if (t[i].IsWord("dalam") && n != kNoToken && t[n].IsWord("waktu")) n = t.Next(n);
    const int count = CountAt(t, n);
    const size_t unit = count > 0 ? t.Next(n) : kNoToken;
    if (count <= 0 || !UnitDays(t, unit)) return std::nullopt;
    f.last = unit;
    f.offset = count * UnitDays(t, unit);
    return f;
  }
  const int count = CountAt(t, i);
  const size_t unit = count > 0 ? t.Next(i) : kNoToken;
  const size_t lagi = UnitDays(t, unit) ? t.Next(unit) : kNoToken;
  if (lagi == kNoToken || !t[lagi].IsWord("lagi")) return std::nullopt;
  f.last = lagi;
  f.offset = count * UnitDays(t, unit);
  return f;
}

bool IsRangeJoiner(const Token& tok) {
  return tok.IsPunct('-') || tok.lower == "\u2013" || tok.lower == "\u2014" || tok.IsWord("sampai") ||
         tok.IsWord("hingga") || tok.IsWord("sd") || tok.IsWord("to") || tok.IsWord("through") || tok.IsWord("thru");
}

bool IsWeekdayAt(const Tokens& t, size_t j) { return j != kNoToken && t[j].IsWord() && WeekdayNamed(t[j].lower) >= 0; }

// "Senin-Jumat", "Senin sampai Sabtu", "Monday to Friday": opening days, not
// a date.
bool InWeekdayRange(const Tokens& t, size_t w) {
  const size_t after = t.Next(w);
  if (after != kNoToken && IsRangeJoiner(t[after]) && IsWeekdayAt(t, t.Next(after))) return true;
  const size_t before = t.Prev(w);
  return before != kNoToken && IsRangeJoiner(t[before]) && IsWeekdayAt(t, t.Prev(before));
}

// "[hari] Jumat [ini|depan]", "[this|next] Friday".
std::optional<Found> Weekday(const Tokens& t, size_t i) {
  Found f;
  size_t w = i;
  const bool hari = t[i].IsWord("hari");
  const bool next = t[i].IsWord("next"), self = t[i].IsWord("this");
  if (hari || next || self) w = t.Next(i);
  if (w == kNoToken || !t[w].IsWord()) return std::nullopt;
  f.weekday = WeekdayNamed(t[w].lower);
  if (f.weekday < 0 || (t[w].lower == "minggu" && !hari) || InWeekdayRange(t, w)) return std::nullopt;
  f.last = w;
  f.strict = next;
  const size_t after = t.Next(w);
  if (!next && !self && after != kNoToken && (t[after].IsWord("depan") || t[after].IsWord("ini"))) {
    f.strict = t[after].IsWord("depan");
    f.last = after;
  }
  return f;
}

}  // namespace

CivilDate NextWeekday(CivilDate from, int weekday, bool strict) {
  int ahead = (weekday - WeekdayOf(from) + 7) % 7;
  if (ahead == 0 && strict) ahead = 7;
  return AddDays(from, ahead);
}

std::optional<RelativeDate> MatchRelativeDate(const Tokens& t, size_t i, CivilDate today) {
  if (i >= t.size() || !(t[i].IsWord() || t[i].IsNumber())) return std::nullopt;
  std::optional<Found> f = Weekday(t, i);
  if (!f) f = Fixed(t, i);
  if (!f) f = CountedDays(t, i);
  if (!f) return std::nullopt;
  RelativeDate r{i, f->last, std::nullopt, f->weekday};
  if (!IsValidDate(today.year, today.month, today.day)) return r;
  if (f->weekday >= 0)
    r.date = NextWeekday(today, f->weekday, f->strict);
  else if (f->end_month >= 0)
    r.date = EndOfMonth(today, f->end_month);
  else if (f->first_of_next)
    r.date = AddDays(EndOfMonth(today, 0), 1);
  else
    r.date = AddDays(today, f->offset);
  return r;
}

}  // namespace santun
