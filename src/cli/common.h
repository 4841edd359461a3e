#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <vector>

#include "core/error.h"
#include "ruleset/rule_set.h"
#include "ruleset/selection.h"

namespace santun::cli {

/// Exit codes (SPEC): 0 nothing at or above the failing severity, 1
/// findings, 2 usage, configuration or rule errors, 3 unreadable input.
inline constexpr int kExitClean = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitInput = 3;

/// A subcommand: its CLI11 node and what runs when it was chosen.
struct Command {
  CLI::App* app = nullptr;
  std::function<int()> run;
};

/// Where rules come from, shared by every subcommand that lints.
struct RuleOptions {
  std::vector<std::string> rule_dirs;
};
void AddRuleOptions(CLI::App* app, RuleOptions* options);

/// Prints "santun: error: <message>" to stderr.
void PrintError(const std::string& message);
void PrintErrors(const Errors& errors);

/// Words the unknown entries of a selection as errors that name the options
/// they came from: "--select: unknown rule or category 'abuse.acusation',
/// did you mean 'abuse.accusation'?".
Errors SelectionErrors(const std::vector<Selection::UnknownEntry>& unknown,
                       const std::string& select_option = "--select", const std::string& ignore_option = "--ignore");

/// Loads the built-in packs and the --rules folders. On failure prints every
/// error and returns false (the caller exits 2: nothing is linted).
bool LoadRules(const RuleOptions& options, RuleSet* rules);

/// Flushes and closes stdout. A failed write or close ("> /dev/full") prints
/// "santun: error: cannot write the output: No space left on device" and
/// returns kExitInput; else returns `code`. Called once, as main returns.
int FinishOutput(int code);

/// Whether the human output is coloured: "always" (CI logs) and "never" say
/// so; "auto" is true when stdout is a terminal and NO_COLOR is unset or
/// empty. `no_color` (--no-color) is "never".
bool UseColor(const std::string& mode, bool no_color);

}  // namespace santun::cli
