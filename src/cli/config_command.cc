// santun config --show [PATH]: the effective configuration for a path.
#include <iostream>
#include <memory>
#include <utility>

#include "cli/commands.h"
#include "cli/session.h"
#include "cli/show_settings.h"

namespace santun::cli {
namespace {

struct ConfigOptions {
  bool show = false;
  std::string path = ".";
  std::string config;
  bool isolated = false;
};

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
  session.ConfigFor(opt.path, &errors);
  if (!errors.empty()) {
    PrintErrors(errors);
    return kExitUsage;
  }
  PrintEffectiveConfig(session, opt.path, std::cout);
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
