#include <re2/re2.h>

#include "config/config.h"

namespace santun {

bool GlobMatches(const std::string& glob, const std::string& relative_path) {
  std::string re;
  for (size_t i = 0; i < glob.size(); ++i) {
    char c = glob[i];
    if (c == '*' && i + 1 < glob.size() && glob[i + 1] == '*') {
      const bool dir = i + 2 < glob.size() && glob[i + 2] == '/';
      re += dir ? "(?:.*/)?" : ".*";
      i += dir ? 2 : 1;
    } else if (c == '*') {
      re += "[^/]*";
    } else if (c == '?') {
      re += "[^/]";
    } else {
      re += RE2::QuoteMeta(std::string(1, c));
    }
  }
  RE2 pattern(re);
  return pattern.ok() && RE2::FullMatch(relative_path, pattern);
}

}  // namespace santun
