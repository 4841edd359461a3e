#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli/common.h"

namespace santun::cli {

/// Everything `santun check` was asked to do, as parsed from the command
/// line (and, later, santun.toml).
struct CheckOptions {
  std::vector<std::string> paths;
  std::string format = "human";      // human | json
  std::optional<std::string> lang;   // id | en | auto (default auto)
  std::optional<std::vector<std::string>> select;
  std::vector<std::string> extend_select;
  std::vector<std::string> ignore;
  std::optional<std::string> fail_on;  // default: santun.toml's, else warning
  std::string config;                  // --config FILE
  bool isolated = false;               // --isolated: no santun.toml
  std::string stdin_filename = "-";
  bool no_color = false;
  std::optional<bool> template_mode;  // --template / --no-template; default: by file extension
  std::string today;                  // YYYY-MM-DD for relative dates; default: send time, else system date
  std::string send_at;                // ISO-8601 send time
  std::string tz;                     // IANA zone for send times without an offset
  std::optional<std::string> profile;  // id | us | generic | auto (id for Indonesian text, else generic)
  std::string channel;                // sms | whatsapp | email | letter
  bool fix = false;                   // --fix: apply fixes in place (stdin: print the fixed text)
  bool unsafe_fixes = false;          // --unsafe-fixes: --fix and --diff also apply unsafe fixes
  bool diff = false;                  // --diff: print the fixes as a unified diff, change nothing
  RuleOptions rules;
};

/// File extensions that are templates: placeholders are allowed there.
const std::vector<std::string>& TemplateExtensions();

/// Returns true when `path` should be linted in template mode: an explicit
/// choice (--template / --no-template, or santun.toml's `template`) wins,
/// else the extension decides (`extensions`, or TemplateExtensions() when
/// empty; stdin: send mode).
bool IsTemplatePath(const std::optional<bool>& choice, const std::vector<std::string>& extensions,
                    const std::string& path);

}  // namespace santun::cli
