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
  std::string format = "human";  // human | json
  std::string lang = "auto";     // id | en | auto
  std::vector<std::string> select;
  std::vector<std::string> ignore;
  std::string fail_on = "warning";
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

/// File extensions that are templates: placeholders are allowed there.
const std::vector<std::string>& TemplateExtensions();

/// Returns true when `path` should be linted in template mode: --template /
/// --no-template win, else the extension decides (stdin: send mode).
bool IsTemplatePath(const CheckOptions& options, const std::string& path);

}  // namespace santun::cli
