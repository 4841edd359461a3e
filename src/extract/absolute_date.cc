#include "extract/absolute_date.h"

#include <utility>

#include "extract/lexicon.h"
#include "extract/shapes.h"
#include "text/ascii.h"

namespace santun {
namespace {

bool IsDay(const Token& tok) { return tok.IsPlainNumber() && tok.lower.size() <= 2; }

bool IsJoiner(const Token& tok) { return tok.IsPunct('/') || tok.IsPunct('-') || tok.IsPunct('.') || tok.IsPunct(':'); }

// Token i continues something before it: "INV/2026", "v1.2", "+62", "No.5".
bool GluedBefore(const Tokens& t, size_t i) {
  if (i == 0 || !t.Touch(i - 1, i)) return false;
  const Token& p = t[i - 1];
  return p.IsWord() || p.IsNumber() || IsJoiner(p) || p.IsPunct('+') || p.IsPunct('#');
}

// Token i is continued by something after it: "2026/12/01/001", "25%",
// "12abc". A trailing '.', ',' or ':' before a space ends a sentence.
bool GluedAfter(const Tokens& t, size_t i) {
  if (i + 1 >= t.size() || !t.Touch(i, i + 1)) return false;
  const Token& a = t[i + 1];
  if (a.IsWord() || a.IsNumber() || a.IsPunct('%')) return true;
  return IsJoiner(a) && i + 2 < t.size() && t.Touch(i + 1, i + 2) && (t[i + 2].IsWord() || t[i + 2].IsNumber());
}

bool IsYear(const Tokens& t, size_t j) {
  return j != kNoToken && t[j].IsPlainNumber() && t[j].lower.size() == 4 && !GluedAfter(t, j);
}

// The day token or its glued ordinal suffix ("25th").
size_t DayEnd(const Tokens& t, size_t d, bool* ordinal = nullptr) {
  if (d + 1 < t.size() && t.Touch(d, d + 1)) {
    const std::string_view w = t[d + 1].lower;
    if (t[d + 1].IsWord() && (w == "st" || w == "nd" || w == "rd" || w == "th")) {
      if (ordinal) *ordinal = true;
      return d + 1;
    }
  }
  return d;
}

// The month name at j and the '.' of an abbreviation: returns the last
// token, or kNoToken.
size_t MonthEnd(const Tokens& t, size_t j, int* month) {
  if (j == kNoToken || !t[j].IsWord() || !(*month = MonthNamed(t[j].lower))) return kNoToken;
  const std::string_view w = t[j].lower;
  // "may" is a verb unless capitalised: "you may 2…", "option 2 may apply".
  if (w == "may" && t.Bytes(j)[0] != 'M') return kNoToken;
  const bool short_full = w == "mei" || w == "may" || w == "juni" || w == "juli" || w == "june" || w == "july";
  if (w.size() <= 4 && !short_full && j + 1 < t.size() && t.Touch(j, j + 1) && t[j + 1].IsPunct('.')) {
    return j + 1;
  }
  return j;
}

// An optional ", 2026" or " 2026" after token k.
size_t YearAfter(const Tokens& t, size_t k, int* year) {
  size_t j = k;
  if (j + 1 < t.size() && t.Touch(j, j + 1) && t[j + 1].IsPunct(',')) ++j;
  const size_t y = t.Next(j);
  if (!IsYear(t, y)) return k;
  *year = ascii::SmallNumber(t[y].lower);
  return y;
}

// "25 Desember 2026", "25-Dec-2026", "25th of December".
std::optional<WrittenDate> DayFirst(const Tokens& t, size_t i) {
  WrittenDate d{i, i, 0, 0, ascii::SmallNumber(t[i].lower)};
  const size_t dend = DayEnd(t, i);
  const bool hyphen =
      dend + 2 < t.size() && t[dend + 1].IsPunct('-') && t.Touch(dend, dend + 1) && t.Touch(dend + 1, dend + 2);
  size_t j = hyphen ? dend + 2 : t.Next(dend);
  if (!hyphen && j != kNoToken && t[j].IsWord("of")) j = t.Next(j);
  const size_t mend = MonthEnd(t, j, &d.month);
  if (mend == kNoToken) return std::nullopt;
  d.last = mend;
  if (hyphen) {
    if (mend + 2 < t.size() && t[mend + 1].IsPunct('-') && t.Touch(mend, mend + 1) && t.Touch(mend + 1, mend + 2) &&
        IsYear(t, mend + 2)) {
      d.year = ascii::SmallNumber(t[mend + 2].lower);
      d.last = mend + 2;
    }
    return d;
  }
  d.last = YearAfter(t, mend, &d.year);
  return d;
}

// "December 25, 2026", "Dec. 25th", "Desember 25".
std::optional<WrittenDate> MonthFirst(const Tokens& t, size_t i) {
  WrittenDate d{i, i, 0, 0, 0};
  const size_t mend = MonthEnd(t, i, &d.month);
  if (mend == kNoToken) return std::nullopt;
  const size_t day = t.Next(mend);
  if (day == kNoToken || !IsDay(t[day])) return std::nullopt;
  const size_t dend = DayEnd(t, day);
  if (GluedAfter(t, dend)) return std::nullopt;
  const size_t after = t.Next(dend);
  if (after != kNoToken && t[after].IsWord() && lexicon::IsCountNoun(t[after].lower)) return std::nullopt;
  d.day = ascii::SmallNumber(t[day].lower);
  d.last = YearAfter(t, dend, &d.year);
  return d;
}

// Orders two numbers as (day, month), month first in English, swapping when
// only the other order gives a month.
std::optional<std::pair<int, int>> DayMonth(int a, int b, bool month_first) {
  int day = month_first ? b : a, month = month_first ? a : b;
  if (month > 12 && day <= 12) std::swap(day, month);
  if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  return std::pair{day, month};
}

bool RefOrVersionBefore(const Tokens& t, size_t i) {
  size_t j = t.Prev(i);
  while (j != kNoToken && (t[j].IsPunct('.') || t[j].IsPunct(':') || t[j].IsPunct('#'))) j = t.Prev(j);
  return j != kNoToken && t[j].IsWord() && (lexicon::IsReferenceWord(t[j].lower) || lexicon::IsVersionWord(t[j].lower));
}

bool CountAfter(const Tokens& t, size_t last) {
  const size_t a = t.Next(last);
  return a != kNoToken && t[a].IsWord() && (lexicon::IsCountNoun(t[a].lower) || lexicon::IsPercentWord(t[a].lower));
}

std::optional<WrittenDate> Numeric(const Tokens& t, size_t i, bool month_first, DateCue cue) {
  if (GluedBefore(t, i) || RefOrVersionBefore(t, i)) return std::nullopt;
  std::vector<std::string_view> parts;
  size_t last = i;
  if (!t[i].IsPlainNumber()) {
    if (t[i].lower.find(',') != std::string::npos) return std::nullopt;
    parts = SplitOn(t[i].lower, '.');
    if (parts.size() == 2 && cue != DateCue::kStrong) return std::nullopt;
  } else {
    parts.push_back(t[i].lower);
    char sep = 0;
    while (parts.size() < 4 && last + 2 < t.size() && t.Touch(last, last + 1) && t.Touch(last + 1, last + 2) &&
           t[last + 2].IsPlainNumber() && (t[last + 1].IsPunct('/') || t[last + 1].IsPunct('-')) &&
           (sep == 0 || t[last + 1].lower[0] == sep)) {
      sep = t[last + 1].lower[0];
      parts.push_back(t[last + 2].lower);
      last += 2;
    }
    if (parts.size() == 2 && cue == DateCue::kNone) return std::nullopt;
  }
  if (parts.size() < 2 || parts.size() > 3) return std::nullopt;
  const bool iso =
      parts.size() == 3 && parts[0].size() == 4 && parts[1].size() <= 2 && parts[2].size() <= 2 && t[i].IsPlainNumber();
  // ISO date-times keep their date: "2026-12-25T10:00".
  const bool iso_time = iso && last + 2 < t.size() && t.Touch(last, last + 1) && t[last + 1].IsWord("t") &&
                        t.Touch(last + 1, last + 2) && t[last + 2].IsNumber();
  if (!iso_time && GluedAfter(t, last)) return std::nullopt;
  WrittenDate d{i, last, 0, 0, 0};
  if (iso) {
    d.year = ascii::SmallNumber(parts[0]);
    d.month = ascii::SmallNumber(parts[1]);
    d.day = ascii::SmallNumber(parts[2]);
    if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31) return std::nullopt;
    return d;
  }
  if (parts[0].size() > 2 || parts[1].size() > 2) return std::nullopt;
  if (parts.size() == 3) {
    const bool two_digit = parts[2].size() == 2 && t[i].IsPlainNumber();
    if (parts[2].size() != 4 && !two_digit) return std::nullopt;
    d.year = ascii::SmallNumber(parts[2]) + (two_digit ? 2000 : 0);
  } else if (CountAfter(t, last)) {
    return std::nullopt;
  }
  const auto dm = DayMonth(ascii::SmallNumber(parts[0]), ascii::SmallNumber(parts[1]), month_first);
  if (!dm) {
    // With a four-digit year it is still a date, an impossible one:
    // "32/12/2026", "29/13/2026".
    if (parts.size() != 3 || parts[2].size() != 4) return std::nullopt;
    d.day = ascii::SmallNumber(parts[month_first ? 1 : 0]);
    d.month = ascii::SmallNumber(parts[month_first ? 0 : 1]);
    return d;
  }
  d.day = dm->first;
  d.month = dm->second;
  return d;
}

// "tanggal 25", "tgl. 5", "the 25th": a day of the month alone.
std::optional<WrittenDate> DayOnly(const Tokens& t, size_t i) {
  const bool the = t[i].IsWord("the");
  if (!the && !t[i].IsWord("tanggal") && !t[i].IsWord("tgl")) return std::nullopt;
  size_t j = i;
  if (!the && j + 1 < t.size() && t.Touch(j, j + 1) && t[j + 1].IsPunct('.')) ++j;
  const size_t day = t.Next(j);
  if (day == kNoToken || !IsDay(t[day]) || GluedBefore(t, day)) return std::nullopt;
  bool ordinal = false;
  const size_t dend = DayEnd(t, day, &ordinal);
  if ((the && !ordinal) || GluedAfter(t, dend) || CountAfter(t, dend)) return std::nullopt;
  const size_t after = t.Next(dend);
  int month = 0;
  if (after != kNoToken && (t[after].IsWord("of") || MonthEnd(t, after, &month) != kNoToken)) {
    return std::nullopt;
  }
  const int value = ascii::SmallNumber(t[day].lower);
  if (value < 1 || value > 31) return std::nullopt;
  return WrittenDate{i, dend, 0, 0, value};
}

}  // namespace

std::optional<WrittenDate> MatchAbsoluteDate(const Tokens& t, size_t i, std::string_view lang, DateCue cue) {
  if (i >= t.size()) return std::nullopt;
  const DateCue before = DateCueBefore(t, i);
  if (before > cue) cue = before;
  if (t[i].IsWord()) {
    if (auto d = DayOnly(t, i)) return d;
    return MonthFirst(t, i);
  }
  if (!t[i].IsNumber()) return std::nullopt;
  if (IsDay(t[i]) && !GluedBefore(t, i)) {
    if (auto d = DayFirst(t, i)) return d;
  }
  return Numeric(t, i, lang == "en", cue);
}

}  // namespace santun
