#pragma once

#include <map>
#include <memory>
#include <string>

#include "cli/check_options.h"
#include "config/config.h"
#include "config/settings.h"
#include "engine/linter.h"
#include "ruleset/selection.h"

namespace santun::cli {

/// The selection objects of a run, one per distinct select/ignore list.
class Selections {
 public:
  explicit Selections(const RuleSet& rules) : rules_(rules) {}
  const Selection& For(const FileSettings& settings);

 private:
  const RuleSet& rules_;
  std::map<std::string, std::unique_ptr<Selection>> by_key_;
};

/// The options to lint the file at `path` with: its santun.toml settings,
/// selection and allow list, and the command line's times and channel. The
/// result points into `config`, `settings` and `selection`: they must
/// outlive its use.
MessageOptions MessageOptionsFor(const CheckOptions& opt, const Config& config, const FileSettings& settings,
                                 const Selection& selection, const std::string& path);

}  // namespace santun::cli
