#include "cli/show_settings.h"

#include <vector>

#include "cli/check_options.h"

namespace santun::cli {
namespace {

std::string List(const std::vector<std::string>& items) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) out += (i ? ", \"" : "\"") + items[i] + "\"";
  return out + "]";
}

}  // namespace

void PrintEffectiveConfig(Session& session, const std::string& path, std::ostream& out) {
  Errors reported_before;
  const Config& config = session.ConfigFor(path, &reported_before);
  const FileSettings& s = session.SettingsFor(path);
  out << "# effective configuration for " << path << "\n";
  out << "# from: " << (config.path.empty() ? "no santun.toml (defaults)" : config.path) << "\n";
  out << "profile = \"" << s.profile << "\"\n";
  out << "lang = \"" << s.lang << "\"\n";
  out << "select = " << (s.select.empty() ? "[]  # every rule" : List(s.select)) << "\n";
  out << "ignore = " << List(s.ignore) << "\n";
  out << "fail-on = \"" << config.fail_on.value_or("warning") << "\"\n";
  if (config.max_warnings) out << "max-warnings = " << *config.max_warnings << "\n";
  out << "template = " << (IsTemplatePath(s.template_mode, config.template_extensions, path) ? "true" : "false")
      << "\n";
  out << "template-extensions = "
      << List(config.template_extensions.empty() ? TemplateExtensions() : config.template_extensions) << "\n";
  out << "rules = " << List(config.rule_dirs) << "\n";
  out << "exclude = " << List(config.ExcludeGlobs()) << "\n";
  out << "\n[severity]\n";
  for (const auto& [target, severity] : s.severity) {
    out << "\"" << target << "\" = \"" << SeverityName(severity) << "\"\n";
  }
  out << "\n[allow]\nnames = " << List(config.allow.names) << "\nnumbers = " << List(config.allow.numbers)
      << "\naddresses = " << List(config.allow.addresses) << "\nemails = " << List(config.allow.emails) << "\n";
}

void PrintEnabledRules(Session& session, const std::string& path, std::ostream& out) {
  const Selection& selection = session.SelectionFor(path);
  std::vector<std::string> enabled;
  for (const std::string& id : session.rules().ids()) {
    if (selection.Enabled(*session.rules().Variants(id).front())) enabled.push_back(id);
  }
  out << "\n[rules]\n# " << enabled.size() << " of " << session.rules().ids().size() << " rules enabled\n";
  out << "enabled = [\n";
  for (const std::string& id : enabled) out << "  \"" << id << "\",\n";
  out << "]\n";
}

}  // namespace santun::cli
