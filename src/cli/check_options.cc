#include "cli/check_options.h"

#include <algorithm>
#include <filesystem>

namespace santun::cli {

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
