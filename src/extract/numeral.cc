#include "extract/numeral.h"

#include <vector>

namespace santun {
namespace {

Numeral Malformed(std::string problem) {
  Numeral n;
  n.malformed = true;
  n.problem = std::move(problem);
  return n;
}

}  // namespace

Numeral ReadNumeral(std::string_view s, const NumeralOptions& options) {
  std::vector<std::string_view> groups;
  std::vector<std::string_view> seps;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = i;
    while (j < s.size() && s[j] >= '0' && s[j] <= '9') ++j;
    groups.push_back(s.substr(i, j - i));
    i = j;
    while (j < s.size() && (s[j] == '.' || s[j] == ',')) ++j;
    if (j > i) seps.push_back(s.substr(i, j - i));
    i = j;
  }
  Numeral n;
  if (seps.empty()) {
    n.integer = std::string(s);
    return n;
  }
  for (std::string_view sep : seps) {
    if (sep.size() > 1) return Malformed("repeated separator '" + std::string(sep) + "'");
  }
  const char last = seps.back()[0];
  size_t count_last = 0;
  bool mixed = false;
  for (std::string_view sep : seps) {
    if (sep[0] == last)
      ++count_last;
    else
      mixed = true;
  }
  char decimal = 0;  // 0: no decimal part
  if (mixed) {
    if (count_last > 1) return Malformed("mixed separators");
    decimal = last;
  } else if (count_last == 1) {
    const size_t digits = groups.back().size();
    const bool grouping = digits == 3 && !(options.has_multiplier && last == options.decimal);
    if (!grouping) decimal = last;
  }
  const size_t int_groups = decimal ? groups.size() - 1 : groups.size();
  if (int_groups > 1) {
    n.grouped = true;
    if (groups[0].size() > 3) return Malformed("bad digit grouping");
    for (size_t g = 1; g < int_groups; ++g) {
      if (groups[g].size() != 3) return Malformed("bad digit grouping");
    }
  }
  for (size_t g = 0; g < int_groups; ++g) n.integer.append(groups[g]);
  if (decimal) {
    n.fraction = std::string(groups.back());
    if (!options.has_multiplier && n.fraction.size() > 2) {
      return Malformed(!mixed && decimal != options.decimal ? "bad digit grouping" : "too many decimal places");
    }
  }
  return n;
}

std::optional<int64_t> ToMinorUnits(const Numeral& n, int64_t multiplier) {
  if (n.malformed || n.integer.empty() || n.fraction.size() > 18) return std::nullopt;
  int64_t v = 0;
  int64_t scale = 1;
  for (char c : n.integer) {
    if (__builtin_mul_overflow(v, 10, &v) || __builtin_add_overflow(v, c - '0', &v)) {
      return std::nullopt;
    }
  }
  for (char c : n.fraction) {
    if (__builtin_mul_overflow(v, 10, &v) || __builtin_add_overflow(v, c - '0', &v)) {
      return std::nullopt;
    }
    scale *= 10;
  }
  if (__builtin_mul_overflow(v, multiplier, &v) || __builtin_mul_overflow(v, 100, &v)) {
    return std::nullopt;
  }
  if (v % scale != 0) return std::nullopt;
  return v / scale;
}

}  // namespace santun
