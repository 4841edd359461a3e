#include "extract/shapes.h"

#include "text/ascii.h"

namespace santun {

std::vector<std::string_view> SplitOn(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      parts.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return parts;
}

bool IsDottedDateShape(std::string_view s) {
  const auto parts = SplitOn(s, '.');
  return parts.size() == 3 && parts[0].size() <= 2 && parts[1].size() <= 2 && parts[2].size() == 4 &&
         ascii::SmallNumber(parts[0]) >= 0 && ascii::SmallNumber(parts[1]) >= 0 && ascii::SmallNumber(parts[2]) >= 0;
}

bool IsTimeShape(std::string_view s) {
  if (s.size() < 4 || s.size() > 5) return false;
  const size_t sep = s.size() - 3;
  if (s[sep] != '.' && s[sep] != ':') return false;
  const int hours = ascii::SmallNumber(s.substr(0, sep));
  const int minutes = ascii::SmallNumber(s.substr(sep + 1));
  return hours >= 0 && hours <= 24 && minutes >= 0 && minutes < 60;
}

}  // namespace santun
