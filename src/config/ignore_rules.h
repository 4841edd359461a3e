#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace re2 {
class RE2;
}

namespace santun {

/// The patterns of one .gitignore or .ignore file, with git's semantics:
/// blank lines and `#` comments are skipped (`\#` and `\!` are literal);
/// `!` re-includes; a trailing `/` matches folders only; a pattern with a `/`
/// at the start or in the middle is anchored to the file's folder, one
/// without matches a name at any depth; `*` and `?` stay within a path
/// segment, `[...]` is a character class (`[!...]` negated), `**/` and
/// `/**/` span folders and a trailing `/**` matches everything inside;
/// unescaped trailing spaces are dropped. The last matching pattern wins.
class IgnoreRules {
 public:
  enum class Verdict { kNone, kIgnored, kIncluded };

  /// Parses the text of an ignore file.
  static IgnoreRules Parse(std::string_view text);

  /// Returns what the patterns say of `relative` (the path from the file's
  /// folder, '/'-separated, no leading "./"), a folder when `is_dir`.
  /// kNone when no pattern matches.
  Verdict Match(std::string_view relative, bool is_dir) const;

  bool empty() const { return patterns_.empty(); }

 private:
  struct Pattern {
    std::shared_ptr<const re2::RE2> regex;
    bool negated = false;
    bool dir_only = false;
    bool anchored = false;  // matched against the whole relative path, else against the name
  };
  std::vector<Pattern> patterns_;
};

/// Returns `glob` as an RE2 pattern with the matching rules above (`*`, `?`,
/// `[...]`, `**`, `\x`); the pattern matches a whole path.
std::string IgnoreGlobToRegex(std::string_view glob);

}  // namespace santun
