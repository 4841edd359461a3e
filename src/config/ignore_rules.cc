#include "config/ignore_rules.h"

#include <re2/re2.h>

namespace santun {
namespace {

// Drops trailing spaces that no backslash escapes.
std::string_view TrimTrailingSpaces(std::string_view s) {
  while (!s.empty() && s.back() == ' ') {
    size_t backslashes = 0;
    for (size_t i = s.size() - 1; i > 0 && s[i - 1] == '\\'; --i) ++backslashes;
    if (backslashes % 2 == 1) break;  // "\ " is a space
    s.remove_suffix(1);
  }
  return s;
}

// Copies the class starting at glob[i] == '[' into *re; returns the index
// after its ']', or npos when it is not closed (then '[' is a literal).
size_t AppendClass(std::string_view glob, size_t i, std::string* re) {
  size_t j = i + 1;
  std::string cls = "[";
  if (j < glob.size() && (glob[j] == '!' || glob[j] == '^')) {
    cls += "^/";  // a negated class never matches the separator either
    ++j;
  }
  const size_t first = j;
  for (; j < glob.size(); ++j) {
    const char c = glob[j];
    if (c == ']' && j > first) {
      *re += cls + "]";
      return j + 1;
    }
    if (c == '\\' && j + 1 < glob.size()) {
      cls += "\\";
      cls += glob[++j];
    } else if (c == '[' || c == '\\' || c == ']' || c == '^') {
      cls += "\\";
      cls += c;
    } else {
      cls += c;
    }
  }
  return std::string_view::npos;
}

}  // namespace

std::string IgnoreGlobToRegex(std::string_view glob) {
  std::string re;
  for (size_t i = 0; i < glob.size(); ++i) {
    const char c = glob[i];
    const bool segment_start = i == 0 || glob[i - 1] == '/';
    if (c == '*' && i + 1 < glob.size() && glob[i + 1] == '*' && segment_start &&
        (i + 2 == glob.size() || glob[i + 2] == '/')) {
      if (i + 2 == glob.size()) {
        re += ".*";  // "/**" at the end: everything inside
        i += 1;
      } else {
        re += "(?:.*/)?";  // "**/": zero or more folders
        i += 2;
      }
    } else if (c == '*') {
      while (i + 1 < glob.size() && glob[i + 1] == '*') ++i;  // other runs of '*' are one '*'
      re += "[^/]*";
    } else if (c == '?') {
      re += "[^/]";
    } else if (c == '[') {
      const size_t next = AppendClass(glob, i, &re);
      if (next == std::string_view::npos) {
        re += "\\[";
      } else {
        i = next - 1;
      }
    } else if (c == '\\' && i + 1 < glob.size()) {
      re += RE2::QuoteMeta(std::string(1, glob[++i]));
    } else {
      re += RE2::QuoteMeta(std::string(1, c));
    }
  }
  return re;
}

IgnoreRules IgnoreRules::Parse(std::string_view text) {
  IgnoreRules rules;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    line = TrimTrailingSpaces(line);
    if (line.empty() || line[0] == '#') continue;
    Pattern p;
    if (line[0] == '!') {
      p.negated = true;
      line.remove_prefix(1);
    } else if (line.starts_with("\\!") || line.starts_with("\\#")) {
      line.remove_prefix(1);
    }
    if (!line.empty() && line.back() == '/') {
      p.dir_only = true;
      line.remove_suffix(1);
    }
    if (line.empty()) continue;
    p.anchored = line.find('/') != std::string_view::npos;
    if (line[0] == '/') line.remove_prefix(1);
    auto regex = std::make_shared<const RE2>(IgnoreGlobToRegex(line));
    if (!regex->ok()) continue;  // cannot happen for quoted input; git skips bad patterns too
    p.regex = std::move(regex);
    rules.patterns_.push_back(std::move(p));
  }
  return rules;
}

IgnoreRules::Verdict IgnoreRules::Match(std::string_view relative, bool is_dir) const {
  const size_t slash = relative.rfind('/');
  const std::string_view name = slash == std::string_view::npos ? relative : relative.substr(slash + 1);
  for (auto it = patterns_.rbegin(); it != patterns_.rend(); ++it) {
    if (it->dir_only && !is_dir) continue;
    if (RE2::FullMatch(it->anchored ? relative : name, *it->regex)) {
      return it->negated ? Verdict::kIncluded : Verdict::kIgnored;
    }
  }
  return Verdict::kNone;
}

}  // namespace santun
