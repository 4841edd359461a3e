#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "extract/pii/allow_list.h"
#include "ruleset/rule.h"

namespace santun {

/// Settings that santun.toml may set at the top level and again per glob in
/// [[overrides]]. Unset members inherit.
struct ConfigLayer {
  std::optional<std::vector<std::string>> select;  // replaces the selection
  std::vector<std::string> extend_select;          // adds to it
  std::vector<std::string> ignore;
  std::map<std::string, Severity> severity;   // rule id or category -> severity
  std::map<std::string, int> severity_lines;  // where each severity entry is, for errors
  std::optional<std::string> profile;
  std::optional<std::string> lang;
  std::optional<bool> template_mode;
  int line = 0;
};

struct ConfigOverride {
  std::vector<std::string> files;  // globs relative to the config's folder (*, **, ?)
  ConfigLayer layer;
};

/// The time budget of one JSONL record or LSP document when neither the
/// command line nor santun.toml sets one.
inline constexpr int64_t kDefaultTimeBudgetMs = 2000;

/// A decoded santun.toml. A default-constructed Config means "no file".
struct Config {
  std::string path;  // the file, "" when none was found
  std::string dir;   // its folder (absolute)
  ConfigLayer base;
  std::optional<std::string> fail_on;
  std::optional<int> max_warnings;
  // time-budget-ms: how long one JSONL record or LSP document may take to
  // lint (kDefaultTimeBudgetMs when unset); past it the record is an error.
  std::optional<int64_t> time_budget_ms;
  std::vector<std::string> rule_dirs;            // absolute
  std::vector<std::string> template_extensions;  // empty: the defaults
  /// exclude: globs of files and folders a folder walk skips, relative to
  /// dir (a glob without '/' also matches a name at any depth); unset: the
  /// default list (kDefaultExclude). extend-exclude adds to it.
  std::optional<std::vector<std::string>> exclude;
  std::vector<std::string> extend_exclude;
  /// The exclude globs in effect: `exclude` (else the defaults), then `extend-exclude`.
  std::vector<std::string> ExcludeGlobs() const;
  /// docs-url: where rule pages are ("https://example.com/santun/{id}.html";
  /// without "{id}" the id is appended after a '/'); unset: the default of
  /// report/sarif.h (kDefaultDocsUrl).
  std::optional<std::string> docs_url;
  AllowList allow;
  std::vector<ConfigOverride> overrides;
  /// Lines of select/ignore entries, to report unknown ids at their place.
  std::vector<std::pair<std::string, int>> id_references;
};

inline constexpr const char* kConfigFileName = "santun.toml";

/// What a folder walk skips when santun.toml sets no `exclude`: nothing
/// (hidden folders such as .git are never walked).
const std::vector<std::string>& DefaultExclude();

/// Reads and decodes a santun.toml: unknown keys (with "did you mean"),
/// wrong types and bad values are errors naming file:line.
Errors LoadConfig(const std::string& path, Config* out);

/// Returns the santun.toml nearest to `start` (a file or folder), walking
/// up to the file system root, or "" when there is none.
std::string FindConfig(const std::string& start);

/// Returns true when `relative_path` (with '/' separators) matches `glob`:
/// '*' and '?' stay within one path segment, '**' spans segments.
bool GlobMatches(const std::string& glob, const std::string& relative_path);

}  // namespace santun
