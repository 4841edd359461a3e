#include "cli/common.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>

#include "core/suggest.h"
#include "ruleset/load_rules.h"

namespace santun::cli {

void AddRuleOptions(CLI::App* app, RuleOptions* options) {
  app->add_option("--rules", options->rule_dirs, "Folder of extra rule packs (*.toml), repeatable")
      ->type_name("DIR")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
}

void PrintError(const std::string& message) { std::cerr << "santun: error: " << message << "\n"; }

void PrintErrors(const Errors& errors) {
  for (const Error& e : errors) PrintError(e.ToString());
}

Errors SelectionErrors(const std::vector<Selection::UnknownEntry>& unknown, const std::string& select_option,
                       const std::string& ignore_option) {
  Errors errors;
  for (const Selection::UnknownEntry& u : unknown) {
    const std::string& option = u.list == Selection::UnknownEntry::List::kSelect ? select_option : ignore_option;
    errors.push_back({"", 0, option + ": unknown rule or category '" + u.entry + "'" + DidYouMeanSuffix(u.closest)});
  }
  return errors;
}

bool LoadRules(const RuleOptions& options, RuleSet* rules) {
  PackSources sources;
  sources.dirs = options.rule_dirs;
  Errors errors = LoadRuleSet(sources, rules);
  PrintErrors(errors);
  return errors.empty();
}

bool UseColor(const std::string& mode, bool no_color) {
  if (no_color || mode == "never") return false;
  if (mode == "always") return true;
  const char* env = std::getenv("NO_COLOR");
  if (env && *env) return false;
  return isatty(STDOUT_FILENO) == 1;
}

int FinishOutput(int code) {
  // The renderers write through std::cout into stdout's buffer; an error
  // shows up as a failed stream, a failed flush or a failed close.
  // errno still holds the failed write's reason when nothing failed since.
  const int earlier = errno;
  int err = 0;
  std::cout.flush();
  if (std::cout.fail()) err = errno ? errno : earlier;
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) err = err ? err : (errno ? errno : earlier);
  if ((std::cout.fail() || std::ferror(stdout)) && err == 0) err = EIO;
  // Closing a stdout that was never open (EBADF) loses nothing.
  if (std::fclose(stdout) != 0 && errno != EBADF) err = err ? err : errno;
  if (err == 0) return code;
  PrintError(std::string("cannot write the output: ") + std::strerror(err));
  return kExitInput;
}

}  // namespace santun::cli
