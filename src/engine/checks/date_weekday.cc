// date-weekday: a weekday that does not match its date ("Senin, 25 Desember 2026").
#include <algorithm>
#include <array>

#include "engine/checks/check.h"
#include "text/ascii.h"

namespace santun {
namespace {

std::string WeekdayName(int weekday, std::string_view lang) {
  static constexpr std::array<const char*, 7> kId = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};
  static constexpr std::array<const char*, 7> kEn = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                     "Friday", "Saturday", "Sunday"};
  if (weekday < 0 || weekday > 6) return "";
  return lang == "en" ? kEn[static_cast<size_t>(weekday)] : kId[static_cast<size_t>(weekday)];
}

// The weekday word of a date mention ("Senin" in "Senin, 25 Desember 2026"),
// or an empty span; *abbreviated tells "Sen", "Fri" from full names.
Span WeekdayWord(std::string_view text, Span mention, bool* abbreviated) {
  // clang-format off
  static constexpr std::string_view kNames[] = {
      "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad", "monday", "tuesday",
      "wednesday", "thursday", "friday", "saturday", "sunday", "sen", "sel", "rab", "kam", "jum", "sab", "min",
      "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"};
  // clang-format on
  auto letter = [](char c) { return ascii::IsLetter(c) || c == '\''; };
  for (uint32_t i = mention.begin; i < mention.end;) {
    if (!letter(text[i])) {
      ++i;
      continue;
    }
    uint32_t j = i;
    while (j < mention.end && letter(text[j])) ++j;
    const std::string word = ascii::ToLower(text.substr(i, j - i));
    for (size_t k = 0; k < std::size(kNames); ++k) {
      if (word != kNames[k]) continue;
      *abbreviated = k >= 16;
      return {i, j};
    }
    i = j;
  }
  return {};
}

// `name` written like `like`: all capitals, capitalised or lower case, and
// cut to three letters when `like` is an abbreviation.
std::string StyledLike(std::string name, std::string_view like, bool abbreviated) {
  if (abbreviated) name = name.substr(0, 3);
  const bool all_upper = like.size() > 1 && std::none_of(like.begin(), like.end(), ascii::IsLower);
  const bool capital = !like.empty() && ascii::IsUpper(like[0]);
  for (size_t i = 0; i < name.size(); ++i) {
    const bool up = all_upper || (i == 0 && capital);
    name[i] = up ? ascii::ToUpper(name[i]) : ascii::ToLower(name[i]);
  }
  return name;
}

}  // namespace

void CheckDateWeekday(const CheckContext& context, const Rule& rule, std::vector<CheckHit>* hits) {
  const std::string_view lang = rule.langs.empty() ? context.lang : std::string_view(rule.langs[0]);
  for (const DateMention& d : context.facts.dates()) {
    if (d.stated_weekday < 0 || !d.date) continue;
    const int actual = WeekdayOf(*d.date);
    if (actual == d.stated_weekday) continue;
    const std::string name = WeekdayName(actual, lang);
    CheckHit hit{d.span, name, {}, {{"weekday", name}}};
    bool abbreviated = false;
    if (const Span w = WeekdayWord(context.source.text(), d.span, &abbreviated); !w.empty()) {
      hit.edits.push_back({w, StyledLike(name, context.source.text().substr(w.begin, w.size()), abbreviated)});
    }
    hits->push_back(std::move(hit));
  }
}

}  // namespace santun
