#include "extract/pii/month_names.h"

#include <chrono>
#include <string>

#include "extract/date_words.h"
#include "text/ascii.h"

namespace santun::pii {

int MonthFromName(std::string_view word) {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  if (word.size() < 3 || word.size() > 9) return 0;
  std::string lower;
  for (char c : word) {
    c = ascii::ToLower(c);
    if (!ascii::IsLower(c)) return 0;
    lower.push_back(c);
  }
  return MonthNamed(lower);
}

int CurrentYear() {
  const auto now = std::chrono::system_clock::now();
  const std::chrono::year_month_day ymd{std::chrono::floor<std::chrono::days>(now)};
  return static_cast<int>(ymd.year());
}

}  // namespace santun::pii
