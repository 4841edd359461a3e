#include "extract/date_words.h"

#include <algorithm>
#include <array>
#include <utility>

#include "text/ascii.h"

namespace santun {
namespace {

using Entry = std::pair<std::string_view, int>;

// clang-format off
constexpr auto kMonths = std::to_array<Entry>({
    {"januari", 1}, {"january", 1}, {"jan", 1},
    {"februari", 2}, {"pebruari", 2}, {"february", 2}, {"feb", 2}, {"peb", 2},
    {"maret", 3}, {"march", 3}, {"mar", 3},
    {"april", 4}, {"apr", 4},
    {"mei", 5}, {"may", 5},
    {"juni", 6}, {"june", 6}, {"jun", 6},
    {"juli", 7}, {"july", 7}, {"jul", 7},
    {"agustus", 8}, {"august", 8}, {"agu", 8}, {"agt", 8}, {"ags", 8}, {"agst", 8}, {"aug", 8},
    {"september", 9}, {"sep", 9}, {"sept", 9},
    {"oktober", 10}, {"october", 10}, {"okt", 10}, {"oct", 10},
    {"november", 11}, {"nopember", 11}, {"nov", 11}, {"nop", 11},
    {"desember", 12}, {"december", 12}, {"des", 12}, {"dec", 12}});
// clang-format on

// clang-format off
constexpr auto kWeekdays = std::to_array<Entry>({
    {"senin", 0}, {"monday", 0},
    {"selasa", 1}, {"tuesday", 1},
    {"rabu", 2}, {"wednesday", 2},
    {"kamis", 3}, {"thursday", 3},
    {"jumat", 4}, {"jum'at", 4}, {"jum\u2019at", 4}, {"friday", 4},
    {"sabtu", 5}, {"saturday", 5},
    {"minggu", 6}, {"ahad", 6}, {"sunday", 6}});
// clang-format on

// clang-format off
constexpr auto kWeekdayAbbreviations = std::to_array<Entry>({
    {"sen", 0}, {"mon", 0},
    {"sel", 1}, {"tue", 1}, {"tues", 1},
    {"rab", 2}, {"wed", 2},
    {"kam", 3}, {"thu", 3}, {"thur", 3}, {"thurs", 3},
    {"jum", 4}, {"fri", 4},
    {"sab", 5}, {"sat", 5},
    {"min", 6}, {"sun", 6}});
// clang-format on

// clang-format off
constexpr auto kStrongCues = std::to_array<std::string_view>({
    "tgl", "tanggal", "tertanggal", "date", "dated", "due", "tempo", "deadline"});
// clang-format on
// clang-format off
constexpr auto kWeakCues = std::to_array<std::string_view>({
    "pada", "sebelum", "hingga", "sampai", "lambat", "batas", "per", "on", "by", "before",
    "until", "till", "from", "dari"});
// clang-format on

template <size_t N>
int Lookup(const std::array<Entry, N>& table, std::string_view w, int none) {
  for (const Entry& e : table) {
    if (ascii::SameWord(e.first, w)) return e.second;
  }
  return none;
}

}  // namespace

int MonthNamed(std::string_view w) { return Lookup(kMonths, w, 0); }
int WeekdayNamed(std::string_view w) { return Lookup(kWeekdays, w, -1); }
int WeekdayAbbreviated(std::string_view w) { return Lookup(kWeekdayAbbreviations, w, -1); }

DateCue DateCueBefore(const Tokens& t, size_t i) {
  size_t j = t.Prev(i);
  while (j != kNoToken && (t[j].IsPunct('.') || t[j].IsPunct(':') || t[j].IsPunct(','))) j = t.Prev(j);
  if (j == kNoToken || !t[j].IsWord()) return DateCue::kNone;
  const std::string_view w = t[j].lower;
  if (std::find(kStrongCues.begin(), kStrongCues.end(), w) != kStrongCues.end()) return DateCue::kStrong;
  if (std::find(kWeakCues.begin(), kWeakCues.end(), w) != kWeakCues.end()) return DateCue::kWeak;
  return DateCue::kNone;
}

}  // namespace santun
