#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli/common.h"
#include "report/run_result.h"

namespace santun::cli {

/// Everything `santun check` was asked to do, as parsed from the command
/// line (and, later, santun.toml).
struct CheckOptions {
  std::vector<std::string> paths;
  std::string format = "human";           // human | json | jsonl | sarif | github
  std::string input = "text";             // text (one message per file) | jsonl (one record per line)
  int jobs = 0;                           // --input jsonl worker threads; 0 = every core
  std::optional<int64_t> time_budget_ms;  // --time-budget: ms per JSONL record; default santun.toml's, else 2000
  std::optional<std::string> lang;        // id | en | auto (default auto)
  std::optional<std::vector<std::string>> select;
  std::vector<std::string> extend_select;
  std::vector<std::string> ignore;
  std::optional<std::string> fail_on;  // default: santun.toml's, else warning
  std::optional<int> max_warnings;     // --max-warnings; default: santun.toml's, else no limit
  std::string config;                  // --config FILE
  bool isolated = false;               // --isolated: no santun.toml
  std::string stdin_filename = "-";
  bool no_color = false;               // --no-color: the same as --color never
  std::string color = "auto";          // --color auto | always | never
  std::string output_file;             // --output-file FILE: the report, written atomically; "" = stdout
  bool statistics = false;             // --statistics: a count per rule instead of the diagnostics
  bool quiet = false;                  // -q/--quiet: no report; only errors (stderr) and the exit code
  bool show_settings = false;          // --show-settings: print the resolved settings and rules, exit 0
  std::vector<std::string> exclude;    // --exclude GLOB (repeatable), relative to the current folder
  bool no_ignore = false;              // --no-ignore: .gitignore and .ignore files do not apply
  bool force_exclude = false;          // --force-exclude: files named on the command line are filtered too
  bool verbose = false;                // -v/--verbose: the human summary also says what was skipped
  std::optional<bool> template_mode;   // --template / --no-template; default: by file extension
  std::string today;                   // YYYY-MM-DD for relative dates; default: send time, else system date
  std::string send_at;                 // ISO-8601 send time
  std::string tz;                      // IANA zone for send times without an offset
  std::optional<std::string> profile;  // id | us | generic | auto (id for Indonesian text, else generic)
  std::string channel;                 // sms | whatsapp | email | letter
  bool fix = false;                    // --fix: apply fixes in place (stdin: print the fixed text)
  bool force = false;                  // --force: --fix also rewrites read-only and hard-linked files
  bool unsafe_fixes = false;           // --unsafe-fixes: --fix and --diff also apply unsafe fixes
  bool diff = false;                   // --diff: print the fixes as a unified diff, change nothing
  bool output_rule_metadata = false;   // --output-rule-metadata: jsonl diagnostics repeat their rule's texts
  RuleOptions rules;
};

/// What decides the exit code (from the command line, else santun.toml).
struct ExitPolicy {
  std::string fail_on = "warning";
  bool fail_on_given = false;  // set explicitly (command line or santun.toml)
  std::optional<int> max_warnings;
};

/// Returns the exit code of a check that produced `summary`: 3 when an input
/// could not be read; else 1 when a diagnostic is at or above the failing
/// severity or there are more than max_warnings warnings; else 0. Without an
/// explicit fail-on, the failing severity is warning, or error when
/// max_warnings is set (then up to that many warnings pass, as in ESLint).
int CheckExitCode(const ExitPolicy& policy, const Summary& summary);

/// File extensions that are templates: placeholders are allowed there.
const std::vector<std::string>& TemplateExtensions();

/// Returns true when `path` should be linted in template mode: an explicit
/// choice (--template / --no-template, or santun.toml's `template`) wins,
/// else the extension decides (`extensions`, or TemplateExtensions() when
/// empty; stdin: send mode).
bool IsTemplatePath(const std::optional<bool>& choice, const std::vector<std::string>& extensions,
                    const std::string& path);

}  // namespace santun::cli
