#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "config/ignore_rules.h"

namespace santun::cli {

/// An exclude glob and the folder it is relative to (santun.toml's folder
/// for `exclude` / `extend-exclude`, the current folder for --exclude).
struct ExcludeGlob {
  std::string glob;
  std::filesystem::path base;  // absolute
};

/// How many message files a check skipped, by reason.
struct SkipCounts {
  int gitignore = 0;  // .gitignore
  int ignore = 0;     // .ignore
  int exclude = 0;    // exclude, extend-exclude, --exclude
  int total() const { return gitignore + ignore + exclude; }
  /// "3 files (2 .gitignore, 1 exclude)", "0 files".
  std::string Describe() const;
};

/// Decides which paths a folder walk skips: the exclude globs, and unless
/// turned off (--no-ignore) the .gitignore and .ignore files of the walked
/// folders and of their parents up to the repository root (the nearest
/// folder above holding .git; without one, the walked folder is the top).
/// In one folder .ignore wins over .gitignore; a deeper file wins over a
/// shallower one; a path that no file mentions is kept. Ignore files are
/// read once per folder.
class PathFilter {
 public:
  PathFilter(bool use_ignore_files, std::vector<ExcludeGlob> excludes);

  /// Before walking `root` (a folder): finds the top folder for it.
  void BeginWalk(const std::filesystem::path& root);

  /// Returns why `path` (met by the walk below the BeginWalk() root) is
  /// skipped: "exclude", ".ignore", ".gitignore", or "" when it is linted.
  /// Its parent folders were checked before (the walk did not enter a
  /// skipped folder).
  std::string Skip(const std::filesystem::path& path, bool is_dir);

  /// For a file named on the command line with --force-exclude: as Skip(),
  /// also checking every folder between the top and the file.
  std::string SkipNamed(const std::filesystem::path& path);

 private:
  struct FolderRules {
    IgnoreRules ignore, gitignore;
  };
  const FolderRules& RulesOf(const std::filesystem::path& folder);
  bool Excluded(const std::filesystem::path& path) const;

  bool use_ignore_files_;
  std::vector<ExcludeGlob> excludes_;
  std::filesystem::path top_;
  std::map<std::filesystem::path, FolderRules> rules_of_;
};

}  // namespace santun::cli
