#include "extract/pii/month_names.h"

#include <array>
#include <chrono>
#include <string>

namespace santun::pii {
namespace {

struct MonthWord {
  std::string_view word;
  int month;
};

constexpr auto kMonthWords = std::to_array<MonthWord>({
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
    {"desember", 12}, {"december", 12}, {"des", 12}, {"dec", 12},
});

}  // namespace

int MonthFromName(std::string_view word) {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  if (word.size() < 3 || word.size() > 9) return 0;
  std::string lower;
  for (char c : word) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c < 'a' || c > 'z') return 0;
    lower.push_back(c);
  }
  for (const MonthWord& m : kMonthWords) {
    if (m.word == lower) return m.month;
  }
  return 0;
}

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2 && IsLeapYear(year)) return 29;
  return kDays[month - 1];
}

int CurrentYear() {
  const auto now = std::chrono::system_clock::now();
  const std::chrono::year_month_day ymd{std::chrono::floor<std::chrono::days>(now)};
  return static_cast<int>(ymd.year());
}

}  // namespace santun::pii
