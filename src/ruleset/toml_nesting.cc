#include "ruleset/toml_nesting.h"

namespace santun {

size_t FindDeepNesting(std::string_view s, int max_depth) {
  int depth = 0;
  size_t i = 0;
  // Skips a string that starts at s[i] (quote q, maybe tripled); i ends after it.
  auto skip_string = [&](char q) {
    const std::string_view triple = q == '"' ? "\"\"\"" : "'''";
    const bool multi = s.substr(i, 3) == triple;
    i += multi ? 3 : 1;
    while (i < s.size()) {
      const char c = s[i];
      if (c == '\\' && q == '"') {
        i += 2;
        continue;
      }
      if (c == '\n' && !multi) return;  // unterminated: toml11 reports it
      if (c == q) {
        if (!multi) {
          ++i;
          return;
        }
        if (s.substr(i, 3) == triple) {
          i += 3;
          return;
        }
      }
      ++i;
    }
  };
  while (i < s.size()) {
    const char c = s[i];
    if (c == '#') {
      while (i < s.size() && s[i] != '\n') ++i;
    } else if (c == '"' || c == '\'') {
      skip_string(c);
    } else if (c == '[' || c == '{') {
      if (++depth > max_depth) return i;
      ++i;
    } else {
      if ((c == ']' || c == '}') && depth > 0) --depth;
      ++i;
    }
  }
  return std::string_view::npos;
}

}  // namespace santun
