#include "extract/number_words.h"

#include <array>
#include <string_view>
#include <utility>

namespace santun {
namespace {

using Entry = std::pair<std::string_view, int64_t>;

// clang-format off
constexpr auto kIdUnits = std::to_array<Entry>({
    {"satu", 1}, {"dua", 2}, {"tiga", 3}, {"empat", 4}, {"lima", 5},
    {"enam", 6}, {"tujuh", 7}, {"delapan", 8}, {"sembilan", 9}});
// clang-format on
// Words that are a whole group by themselves.
constexpr auto kIdWholes = std::to_array<Entry>({{"sepuluh", 10}, {"sebelas", 11}, {"seratus", 100}});
// clang-format off
constexpr auto kIdScales = std::to_array<Entry>({
    {"ribu", 1000}, {"juta", 1000000}, {"miliar", 1000000000}, {"milyar", 1000000000},
    {"triliun", 1000000000000}});
// clang-format on
// "se-" + scale: one of the scale.
// clang-format off
constexpr auto kIdOneScales = std::to_array<Entry>({
    {"seribu", 1000}, {"sejuta", 1000000}, {"semiliar", 1000000000}, {"semilyar", 1000000000},
    {"setriliun", 1000000000000}});
// clang-format on

// clang-format off
constexpr auto kEnSmall = std::to_array<Entry>({
    {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6}, {"seven", 7},
    {"eight", 8}, {"nine", 9}, {"ten", 10}, {"eleven", 11}, {"twelve", 12}, {"thirteen", 13},
    {"fourteen", 14}, {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18},
    {"nineteen", 19}});
// clang-format on
// clang-format off
constexpr auto kEnTens = std::to_array<Entry>({
    {"twenty", 20}, {"thirty", 30}, {"forty", 40}, {"fifty", 50}, {"sixty", 60},
    {"seventy", 70}, {"eighty", 80}, {"ninety", 90}});
// clang-format on
// clang-format off
constexpr auto kEnScales = std::to_array<Entry>({
    {"thousand", 1000}, {"million", 1000000}, {"billion", 1000000000},
    {"trillion", 1000000000000}});
// clang-format on

template <size_t N>
int64_t Find(const std::array<Entry, N>& table, std::string_view w) {
  for (const Entry& e : table) {
    if (e.first == w) return e.second;
  }
  return 0;
}

// The next word of a number: the token after `i` when a single space on the
// same line (or, with `hyphen`, a '-' touching both) separates them.
size_t NextWord(const Tokens& t, size_t i, bool hyphen) {
  if (i + 2 >= t.size()) return kNoToken;
  const Token& sep = t[i + 1];
  const bool ok =
      (sep.IsSpace() && !sep.newline) || (hyphen && sep.IsPunct('-') && t.Touch(i, i + 1) && t.Touch(i + 1, i + 2));
  return ok && t[i + 2].IsWord() ? i + 2 : kNoToken;
}

// Indonesian: total = sum of groups times decreasing scales; a group is built
// from units with "belas", "puluh", "ratus".
std::optional<NumberWords> ReadIndonesian(const Tokens& t, size_t first) {
  int64_t total = 0, group = 0, pending = 0, last_scale = INT64_MAX;
  bool half = false, scale_seen = false;
  std::optional<NumberWords> best;
  for (size_t i = first; i != kNoToken; i = NextWord(t, i, false)) {
    const std::string_view w = t[i].lower;
    if (int64_t u = Find(kIdUnits, w)) {
      if (pending || half) break;
      pending = u;
    } else if (w == "belas" || w == "puluh" || w == "ratus") {
      if (!pending) break;
      group += w == "belas" ? 10 + pending : w == "puluh" ? pending * 10 : pending * 100;
      pending = 0;
    } else if (int64_t v = Find(kIdWholes, w)) {
      if (pending || half) break;
      group += v;
    } else if (w == "setengah") {
      if (half) break;
      group += pending;
      pending = 0;
      half = true;
    } else if (int64_t s = Find(kIdScales, w)) {
      group += pending;
      if ((group == 0 && !half) || s >= last_scale) break;
      total += group * s + (half ? s / 2 : 0);
      group = pending = 0;
      half = false;
      last_scale = s;
      scale_seen = true;
    } else if (int64_t s1 = Find(kIdOneScales, w)) {
      if (pending || group || half || s1 >= last_scale) break;
      total += s1;
      last_scale = s1;
      scale_seen = true;
    } else {
      break;
    }
    if (!half) best = NumberWords{first, i, total + group + pending, scale_seen, true};
  }
  return best;
}

// English: tens may take a hyphenated unit, "hundred" multiplies the group,
// scales close it; "and" may follow "hundred" or a scale.
std::optional<NumberWords> ReadEnglish(const Tokens& t, size_t first) {
  int64_t total = 0, group = 0, last_scale = INT64_MAX;
  bool scale_seen = false, article = false, after_tens = false, after_big = false;
  std::optional<NumberWords> best;
  for (size_t i = first; i != kNoToken; i = NextWord(t, i, true)) {
    const std::string_view w = t[i].lower;
    const bool hyphenated = i > first && t[i - 1].IsPunct('-');
    if (hyphenated && !after_tens) break;
    if (w == "a" || w == "an") {
      if (i != first) break;
      article = true;
      continue;
    }
    if (w == "and") {
      if (!after_big) break;
      after_big = false;
      continue;
    }
    const int64_t small = Find(kEnSmall, w);
    const int64_t tens = Find(kEnTens, w);
    const int64_t scale = Find(kEnScales, w);
    if (article && !(w == "hundred" || scale)) break;
    if (small) {
      if (group % 100 != 0 && !(after_tens && small < 10)) break;
      group += small;
    } else if (tens) {
      if (group % 100 != 0) break;
      group += tens;
    } else if (w == "hundred") {
      if (article) group = 1;
      if (group == 0 || group >= 10) break;
      group *= 100;
    } else if (scale) {
      if (article) group = 1;
      if (group == 0 || scale >= last_scale) break;
      total += group * scale;
      group = 0;
      last_scale = scale;
      scale_seen = true;
    } else {
      break;
    }
    article = false;
    after_tens = tens != 0;
    after_big = w == "hundred" || scale;
    best = NumberWords{first, i, total + group, scale_seen, false};
  }
  return best;
}

}  // namespace

std::optional<NumberWords> ReadNumberWords(const Tokens& tokens, size_t first) {
  if (first >= tokens.size() || !tokens[first].IsWord()) return std::nullopt;
  if (auto id = ReadIndonesian(tokens, first)) return id;
  return ReadEnglish(tokens, first);
}

int SmallNumberWord(std::string_view lower) {
  if (int64_t v = Find(kIdUnits, lower)) return static_cast<int>(v);
  if (int64_t v = Find(kIdWholes, lower); v && v < 100) return static_cast<int>(v);
  if (int64_t v = Find(kEnSmall, lower)) return static_cast<int>(v);
  if (int64_t v = Find(kEnTens, lower)) return static_cast<int>(v);
  return 0;
}

}  // namespace santun
