#include "ruleset/toml_nesting.h"

#include <vector>

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
  // Keys: a dotted key nests one table per part (and toml11 took minutes
  // over 100 000 parts). A key starts a line outside arrays, or follows '{'
  // or ',' in an inline table, and ends at '='.
  std::vector<char> open;  // the brackets open, innermost last
  bool in_key = true;
  int key_parts = 1;
  auto start_key = [&] {
    in_key = true;
    key_parts = 1;
  };
  while (i < s.size()) {
    const char c = s[i];
    if (c == '#') {
      while (i < s.size() && s[i] != '\n') ++i;
    } else if (c == '"' || c == '\'') {
      skip_string(c);
    } else if (c == '[' || c == '{') {
      if (++depth > max_depth) return i;
      open.push_back(c);
      if (c == '{') start_key();
      ++i;
    } else {
      if ((c == ']' || c == '}') && depth > 0) {
        --depth;
        open.pop_back();
      } else if (c == '\n' && open.empty()) {
        start_key();
      } else if (c == ',' && !open.empty() && open.back() == '{') {
        start_key();
      } else if (c == '=') {
        in_key = false;
      } else if (c == '.' && in_key && ++key_parts > max_depth) {
        return i;
      }
      ++i;
    }
  }
  return std::string_view::npos;
}

}  // namespace santun
