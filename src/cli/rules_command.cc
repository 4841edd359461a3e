// santun rules: list the loaded rules.
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/session.h"
#include "report/rule_doc.h"

namespace santun::cli {
namespace {

struct RulesOptions {
  std::string format = "human";
  RuleOptions rules;
};

std::string Join(const std::vector<std::string>& items, const char* sep) {
  std::string out;
  for (const std::string& s : items) {
    if (!out.empty()) out += sep;
    out += s;
  }
  return out;
}

int RunRules(const RulesOptions& opt) {
  // A Session, as for check: the santun.toml of the current folder adds its
  // rule folders and says where rule links point (docs-url).
  SessionOptions options;
  options.rules = opt.rules;
  Session session(std::move(options));
  Errors errors = session.Open();
  session.ConfigFor("-", &errors);
  if (!errors.empty()) {
    PrintErrors(errors);
    return kExitUsage;
  }
  if (!session.LoadRules()) return kExitUsage;
  const RuleSet& rules = session.rules();
  if (opt.format == "json") {
    std::cout << RuleListJson(rules, session.DocsUrl()).dump(2) << "\n";
    return kExitClean;
  }
  for (const Rule& r : rules.rules()) {
    std::cout << r.id << "  " << SeverityName(r.severity) << "  [" << Join(r.langs, ",") << "]  " << r.summary << "\n";
  }
  std::cout << rules.ids().size() << " rules (" << rules.rules().size() << " language variants)\n";
  return kExitClean;
}

}  // namespace

Command AddRulesCommand(CLI::App& app) {
  auto opt = std::make_shared<RulesOptions>();
  CLI::App* cmd = app.add_subcommand("rules", "List the rules: id, severity, languages, what each flags");
  cmd->add_option("--format", opt->format, "Output format")
      ->check(CLI::IsMember({"human", "json"}))
      ->capture_default_str();
  AddRuleOptions(cmd, &opt->rules);
  return {cmd, [opt] { return RunRules(*opt); }};
}

}  // namespace santun::cli
