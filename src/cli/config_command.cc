// santun config --show [PATH]: the effective configuration for a path.
#include <iostream>
#include <memory>
#include <utility>

#include "cli/check_options.h"
#include "cli/commands.h"
#include "cli/session.h"

namespace santun::cli {
namespace {

struct ConfigOptions {
  bool show = false;
  std::string path = ".";
  std::string config;
  bool isolated = false;
};

std::string List(const std::vector<std::string>& items) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) out += (i ? ", \"" : "\"") + items[i] + "\"";
  return out + "]";
}

int RunConfig(const ConfigOptions& opt) {
  if (!opt.show) {
    PrintError("nothing to do: use 'santun config --show [PATH]'");
    return kExitUsage;
  }
  SessionOptions options;
  options.config = opt.config;
  options.isolated = opt.isolated;
  Session session(std::move(options));
  Errors errors = session.Open();
  const Config& config = session.ConfigFor(opt.path, &errors);
  if (!errors.empty()) {
    PrintErrors(errors);
    return kExitUsage;
  }
  const FileSettings& s = session.SettingsFor(opt.path);
  std::cout << "# effective configuration for " << opt.path << "\n";
  std::cout << "# from: " << (config.path.empty() ? "no santun.toml (defaults)" : config.path) << "\n";
  std::cout << "profile = \"" << s.profile << "\"\n";
  std::cout << "lang = \"" << s.lang << "\"\n";
  std::cout << "select = " << (s.select.empty() ? "[]  # every rule" : List(s.select)) << "\n";
  std::cout << "ignore = " << List(s.ignore) << "\n";
  std::cout << "fail-on = \"" << config.fail_on.value_or("warning") << "\"\n";
  if (config.max_warnings) std::cout << "max-warnings = " << *config.max_warnings << "\n";
  std::cout << "template = "
            << (IsTemplatePath(s.template_mode, config.template_extensions, opt.path) ? "true" : "false") << "\n";
  std::cout << "template-extensions = "
            << List(config.template_extensions.empty() ? TemplateExtensions() : config.template_extensions) << "\n";
  std::cout << "rules = " << List(config.rule_dirs) << "\n";
  std::cout << "\n[severity]\n";
  for (const auto& [target, severity] : s.severity)
    std::cout << "\"" << target << "\" = \"" << SeverityName(severity) << "\"\n";
  std::cout << "\n[allow]\nnames = " << List(config.allow.names) << "\nnumbers = " << List(config.allow.numbers)
            << "\naddresses = " << List(config.allow.addresses) << "\nemails = " << List(config.allow.emails) << "\n";
  return kExitClean;
}

}  // namespace

Command AddConfigCommand(CLI::App& app) {
  auto opt = std::make_shared<ConfigOptions>();
  CLI::App* cmd = app.add_subcommand("config", "Show the configuration (santun.toml) that applies to a path");
  cmd->add_flag("--show", opt->show, "Print the effective configuration");
  cmd->add_option("path", opt->path, "File or folder (default: the current folder)")->type_name("PATH");
  cmd->add_option("--config", opt->config, "Use this santun.toml")->type_name("FILE");
  cmd->add_flag("--isolated", opt->isolated, "Ignore every santun.toml");
  return {cmd, [opt] { return RunConfig(*opt); }};
}

}  // namespace santun::cli
