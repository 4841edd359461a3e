// santun test-rules: validate rule packs and run their examples.
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "engine/linter.h"
#include "engine/rule_tests.h"
#include "ruleset/load_rules.h"

namespace santun::cli {
namespace {

struct TestRulesOptions {
  std::vector<std::string> dirs;
};

int RunTestRules(const TestRulesOptions& opt) {
  PackSources sources;
  sources.builtin = opt.dirs.empty();
  sources.dirs = opt.dirs;
  RuleSet rules;
  Errors errors = LoadRuleSet(sources, &rules);
  if (!errors.empty()) {
    PrintErrors(errors);
    return kExitUsage;
  }
  const Linter linter(rules);
  RuleTestReport report = RunAllExamples(linter);
  for (const ExampleFailure& f : report.failures) std::cout << f.ToString() << "\n";
  std::cout << report.rules << " rules, " << report.examples << " examples: ";
  if (report.failures.empty()) {
    std::cout << "all passed";
  } else {
    std::cout << report.failures.size() << " failed";
  }
  if (report.known_gaps > 0) std::cout << " (" << report.known_gaps << " known gaps)";
  std::cout << "\n";
  return report.failures.empty() ? kExitClean : kExitFindings;
}

}  // namespace

Command AddTestRulesCommand(CLI::App& app) {
  auto opt = std::make_shared<TestRulesOptions>();
  CLI::App* cmd = app.add_subcommand("test-rules", "Validate rule packs and run every rule's examples");
  cmd->add_option("dirs", opt->dirs, "Folders of rule packs; default: the built-in packs")->type_name("DIR");
  cmd->footer("Exit codes: 0 all examples hold, 1 an example failed, 2 a pack is broken.");
  return {cmd, [opt] { return RunTestRules(*opt); }};
}

}  // namespace santun::cli
