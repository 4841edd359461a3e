// santun rules: list the loaded rules.
#include <nlohmann/json.hpp>

#include <iostream>
#include <memory>

#include "cli/commands.h"

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
  RuleSet rules;
  if (!LoadRules(opt.rules, &rules)) return kExitUsage;
  if (opt.format == "json") {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const Rule& r : rules.rules()) {
      list.push_back({{"id", r.id},
                      {"category", r.category},
                      {"severity", std::string(SeverityName(r.severity))},
                      {"langs", r.langs},
                      {"summary", r.summary},
                      {"refs", r.refs},
                      {"fix", r.fix.kind == FixSpec::Kind::kNone
                                  ? nlohmann::ordered_json(nullptr)
                                  : nlohmann::ordered_json(std::string(ApplicabilityName(r.fix.applicability)))},
                      {"file", r.file},
                      {"line", r.line}});
    }
    std::cout << nlohmann::ordered_json{{"version", 1}, {"rules", list}}.dump(2) << "\n";
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
