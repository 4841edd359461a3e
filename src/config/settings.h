#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "config/config.h"
#include "core/error.h"
#include "ruleset/rule_set.h"

namespace santun {

/// What the command line says, layered over santun.toml (unset = inherit).
struct CommandLineSettings {
  std::optional<std::vector<std::string>> select;
  std::vector<std::string> extend_select;
  std::vector<std::string> ignore;
  std::optional<std::string> profile;
  std::optional<std::string> lang;
  std::optional<bool> template_mode;
};

/// The settings that apply to one file: santun.toml's top level, then every
/// [[overrides]] whose glob matches the file (in order), then the command
/// line. `select` empty means every rule.
struct FileSettings {
  std::vector<std::string> select;
  std::vector<std::string> ignore;
  std::map<std::string, Severity> severity;
  std::string profile = "auto";
  std::string lang = "auto";
  std::optional<bool> template_mode;  // unset: decided by the file extension

  /// A key naming the selection, to share Selection objects between files.
  std::string SelectionKey() const;
};

FileSettings SettingsFor(const Config& config, const std::string& path, const CommandLineSettings& cli);

/// Checks that every rule id or category that santun.toml names exists,
/// reporting "santun.toml:4: unknown rule or category 'x', did you mean 'y'?".
Errors ValidateConfigIds(const Config& config, const RuleSet& rules);

}  // namespace santun
