#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "config/config.h"
#include "core/error.h"

namespace santun::cli {

/// Finds and loads the santun.toml that applies to each input: --config
/// FILE for all of them, else the nearest one walking up from the file (for
/// stdin, from the current folder), else the one above the current folder,
/// else none (defaults). With `isolated`, no file is read.
class ConfigResolver {
 public:
  Errors Init(const std::string& explicit_path, bool isolated);

  /// Returns the configuration for `path` ("-" for stdin), loading it on
  /// first use; load errors are appended to *errors.
  const Config& For(const std::string& path, Errors* errors);

  /// Every configuration loaded so far (no duplicates).
  std::vector<const Config*> Loaded() const;

 private:
  const Config& Load(const std::string& file, Errors* errors);

  bool isolated_ = false;
  std::string explicit_path_;
  std::string cwd_config_;
  std::map<std::string, std::unique_ptr<Config>> by_file_;  // "" = no file
};

}  // namespace santun::cli
