#include "cli/check_options.h"

#include <algorithm>
#include <filesystem>

namespace santun::cli {

int CheckExitCode(const ExitPolicy& policy, const Summary& s) {
  if (s.input_errors > 0) return kExitInput;
  std::string fail_on = policy.fail_on;
  if (!policy.fail_on_given && policy.max_warnings) fail_on = "error";
  const Severity level = ParseSeverity(fail_on).value_or(Severity::kWarning);
  const int failing =
      s.errors + (level <= Severity::kWarning ? s.warnings : 0) + (level <= Severity::kInfo ? s.infos : 0);
  if (failing > 0) return kExitFindings;
  if (policy.max_warnings && s.warnings > *policy.max_warnings) return kExitFindings;
  return kExitClean;
}

const std::vector<std::string>& TemplateExtensions() {
  static const std::vector<std::string> exts = {".tmpl", ".mustache", ".j2", ".jinja", ".hbs"};
  return exts;
}

bool IsTemplatePath(const std::optional<bool>& choice, const std::vector<std::string>& extensions,
                    const std::string& path) {
  if (choice) return *choice;
  if (path == "-") return false;
  const std::string ext = std::filesystem::path(path).extension().string();
  const auto& exts = extensions.empty() ? TemplateExtensions() : extensions;
  return std::find(exts.begin(), exts.end(), ext) != exts.end();
}

}  // namespace santun::cli
