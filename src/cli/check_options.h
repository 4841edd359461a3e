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
  std::string format = "human";  // human | json | jsonl | sarif | github
  std::string input = "text";    // text (one message per file) | jsonl (one record per line)
  int jobs = 0;                  // --input jsonl worker threads; 0 = every core
  std::string lang = "auto";     // id | en | auto
  std::vector<std::string> select;
  std::vector<std::string> ignore;
  std::string fail_on = "warning";
  bool fail_on_given = false;  // --fail-on was on the command line
  int max_warnings = -1;       // --max-warnings; -1 = no limit
  std::string stdin_filename = "-";
  bool no_color = false;
  std::optional<bool> template_mode;  // --template / --no-template; default: by file extension
  std::string today;                  // YYYY-MM-DD for relative dates; default: send time, else system date
  std::string send_at;                // ISO-8601 send time
  std::string tz;                     // IANA zone for send times without an offset
  std::string profile = "auto";       // id | us | generic | auto (id for Indonesian text, else generic)
  std::string channel;                // sms | whatsapp | email | letter
  RuleOptions rules;
};

/// Returns the exit code of a check that produced `summary`: 3 when an input
/// could not be read; else 1 when a diagnostic is at or above the failing
/// severity or there are more than --max-warnings warnings; else 0. The
/// failing severity is --fail-on; without it, warning, or error when
/// --max-warnings is given (then up to that many warnings pass, as in ESLint).
int CheckExitCode(const CheckOptions& options, const Summary& summary);

/// File extensions that are templates: placeholders are allowed there.
const std::vector<std::string>& TemplateExtensions();

/// Returns true when `path` should be linted in template mode: --template /
/// --no-template win, else the extension decides (stdin: send mode).
bool IsTemplatePath(const CheckOptions& options, const std::string& path);

}  // namespace santun::cli
