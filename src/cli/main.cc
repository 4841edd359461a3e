// The santun executable: CLI11 wiring only; the work is in libsantun.
#include <algorithm>
#include <iostream>

#include "cli/commands.h"
#include "core/suggest.h"

int main(int argc, char** argv) {
  using namespace santun::cli;
  CLI::App app{"santun: a compliance linter for debt-collection messages (Indonesian OJK, US FDCPA)"};
  app.set_version_flag("--version", std::string("santun ") + SANTUN_VERSION);
  app.require_subcommand(1);
  app.footer(R"(Examples:
  printf 'Dasar p3n1pu, bayar sekarang juga!\n' | santun check -
  santun check templates/ --format json
  santun check --fix templates/
  santun rewrite draft.txt
  santun explain abuse.accusation
  santun test-rules my-rules/
  santun serve --port 8080

Run 'santun COMMAND --help' for the options of a command.)");
  std::vector<Command> commands = {AddCheckCommand(app),   AddRewriteCommand(app),   AddRulesCommand(app),
                                   AddExplainCommand(app), AddTestRulesCommand(app), AddEvalCommand(app),
                                   AddConfigCommand(app),  AddLspCommand(app),       AddServeCommand(app)};
  // "santun chek": name the unknown command and the closest one, not only
  // CLI11's "A subcommand is required".
  if (argc > 1 && argv[1][0] != '-') {
    std::vector<std::string> names;
    for (const Command& c : commands) names.push_back(c.app->get_name());
    const std::string word = argv[1];
    if (std::find(names.begin(), names.end(), word) == names.end()) {
      const std::string closest = santun::ClosestMatch(word, names);
      std::string list;
      for (const std::string& n : names) list += (list.empty() ? "" : ", ") + n;
      std::cerr << "santun: error: unknown command '" << word << "'. "
                << (closest.empty() ? "Commands: " + list + "." : "Did you mean '" + closest + "'?") << "\n";
      std::cerr << "Run 'santun --help' for usage.\n";
      return kExitUsage;
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
    std::cerr << "santun: error: " << e.what() << "\n";
    std::cerr << "Run with --help for usage.\n";
    return kExitUsage;
  }
  for (const Command& c : commands) {
    if (app.got_subcommand(c.app)) return FinishOutput(c.run());
  }
  return kExitUsage;
}
