#include "cli/check_options.h"

#include <algorithm>
#include <filesystem>

namespace santun::cli {

int CheckExitCode(const CheckOptions& options, const Summary& s) {
  if (s.input_errors > 0) return kExitInput;
  std::string fail_on = options.fail_on;
  if (!options.fail_on_given && options.max_warnings >= 0) fail_on = "error";
  const Severity level = ParseSeverity(fail_on).value_or(Severity::kWarning);
  const int failing = s.errors + (level <= Severity::kWarning ? s.warnings : 0) +
                      (level <= Severity::kInfo ? s.infos : 0);
  if (failing > 0) return kExitFindings;
  if (options.max_warnings >= 0 && s.warnings > options.max_warnings) return kExitFindings;
  return kExitClean;
}

const std::vector<std::string>& TemplateExtensions() {
  static const std::vector<std::string> exts = {".tmpl", ".mustache", ".j2", ".jinja", ".hbs"};
  return exts;
}

bool IsTemplatePath(const CheckOptions& options, const std::string& path) {
  if (options.template_mode) return *options.template_mode;
  if (path == "-") return false;
  const std::string ext = std::filesystem::path(path).extension().string();
  const auto& exts = TemplateExtensions();
  return std::find(exts.begin(), exts.end(), ext) != exts.end();
}

}  // namespace santun::cli
