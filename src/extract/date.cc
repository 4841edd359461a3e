#include "extract/date.h"

#include "extract/absolute_date.h"
#include "extract/date_words.h"
#include "extract/relative_date.h"
#include "extract/tokens.h"

namespace santun {
namespace {

struct Found {
  DateMention mention;
  size_t last = 0;
};

// The next day on or after `today` with this month and day.
std::optional<CivilDate> NextOccurrence(CivilDate today, int month, int day) {
  for (int year = today.year; year <= today.year + 8; ++year) {
    if (IsValidDate(year, month, day) && CivilDate{year, month, day} >= today) {
      return CivilDate{year, month, day};
    }
  }
  return std::nullopt;
}

// The next day on or after `today` that is this day of some month.
std::optional<CivilDate> NextDayOfMonth(CivilDate today, int day) {
  for (int k = 0; k <= 12; ++k) {
    const CivilDate end = EndOfMonth(today, k);
    if (day <= end.day && CivilDate{end.year, end.month, day} >= today) {
      return CivilDate{end.year, end.month, day};
    }
  }
  return std::nullopt;
}

DateMention Resolve(const WrittenDate& w, CivilDate today) {
  DateMention m;
  m.kind = DateMention::Kind::kAbsolute;
  m.year_given = w.year != 0;
  const bool today_ok = IsValidDate(today.year, today.month, today.day);
  if (m.year_given) {
    m.valid = IsValidDate(w.year, w.month, w.day);
    if (m.valid) m.date = CivilDate{w.year, w.month, w.day};
  } else if (w.month == 0) {
    m.valid = w.day >= 1 && w.day <= 31;
    if (today_ok) m.date = NextDayOfMonth(today, w.day);
  } else {
    m.valid = IsValidDate(2000, w.month, w.day);  // a leap year: 29 February can exist
    if (m.valid && today_ok) m.date = NextOccurrence(today, w.month, w.day);
  }
  return m;
}

// "(Jumat)", "(hari Jumat)", "(Fri)" right after token `last`.
size_t WeekdayInParentheses(const Tokens& t, size_t last, int* weekday) {
  size_t open = t.Next(last);
  if (open == kNoToken || !t[open].IsPunct('(')) return kNoToken;
  size_t w = open + 1;
  if (w < t.size() && t[w].IsWord("hari")) w = t.Next(w);
  if (w == kNoToken || w >= t.size() || !t[w].IsWord()) return kNoToken;
  int day = WeekdayNamed(t[w].lower);
  if (day < 0) day = WeekdayAbbreviated(t[w].lower);
  if (day < 0 || w + 1 >= t.size() || !t[w + 1].IsPunct(')')) return kNoToken;
  *weekday = day;
  return w + 1;
}

// "[hari] Jumat, [tanggal|tgl.|the] <absolute date>".
std::optional<Found> WeekdayThenDate(const Tokens& t, size_t i, std::string_view lang, CivilDate today) {
  size_t w = i;
  if (t[i].IsWord("hari")) w = t.Next(i);
  if (w == kNoToken || !t[w].IsWord()) return std::nullopt;
  int weekday = WeekdayNamed(t[w].lower);
  if (weekday < 0) weekday = WeekdayAbbreviated(t[w].lower);
  if (weekday < 0) return std::nullopt;
  size_t j = w;
  if (j + 1 < t.size() && t.Touch(j, j + 1) && (t[j + 1].IsPunct(',') || t[j + 1].IsPunct('.'))) ++j;
  j = t.Next(j);
  if (j != kNoToken && (t[j].IsWord("tanggal") || t[j].IsWord("tgl") || t[j].IsWord("the"))) {
    const size_t cue = j;
    if (j + 1 < t.size() && t.Touch(j, j + 1) && t[j + 1].IsPunct('.')) ++j;
    j = t.Next(j);
    // "Jumat tanggal 25": the day alone belongs to the cue word.
    if (j != kNoToken && !MatchAbsoluteDate(t, j, lang, DateCue::kStrong)) j = cue;
  }
  if (j == kNoToken) return std::nullopt;
  const auto date = MatchAbsoluteDate(t, j, lang, DateCue::kStrong);
  if (!date) return std::nullopt;
  Found f{Resolve(*date, today), date->last};
  f.mention.stated_weekday = weekday;
  f.mention.span = t.SpanOf(i, date->last);
  return f;
}

std::optional<Found> MatchAt(const Tokens& t, size_t i, std::string_view lang, CivilDate today) {
  if (auto f = WeekdayThenDate(t, i, lang, today)) return f;
  if (auto date = MatchAbsoluteDate(t, i, lang)) {
    Found f{Resolve(*date, today), date->last};
    int weekday = -1;
    if (size_t close = WeekdayInParentheses(t, date->last, &weekday); close != kNoToken) {
      f.mention.stated_weekday = weekday;
      f.last = close;
    }
    f.mention.span = t.SpanOf(i, f.last);
    return f;
  }
  if (auto rel = MatchRelativeDate(t, i, today)) {
    Found f;
    f.mention.kind = DateMention::Kind::kRelative;
    f.mention.date = rel->date;
    f.mention.stated_weekday = rel->weekday;
    f.mention.span = t.SpanOf(rel->first, rel->last);
    f.last = rel->last;
    return f;
  }
  return std::nullopt;
}

}  // namespace

std::vector<DateMention> ExtractDates(std::string_view text, std::string_view lang, CivilDate today) {
  return ExtractDates(Tokens(text), lang, today);
}

std::vector<DateMention> ExtractDates(const Tokens& tokens, std::string_view lang, CivilDate today) {
  std::vector<DateMention> out;
  for (size_t i = 0; i < tokens.size();) {
    if (auto f = MatchAt(tokens, i, lang, today)) {
      out.push_back(f->mention);
      i = f->last + 1;
    } else {
      ++i;
    }
  }
  return out;
}

}  // namespace santun
