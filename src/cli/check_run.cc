#include "cli/check_run.h"

#include <unistd.h>

#include <algorithm>
#include <iostream>
#include <map>
#include <optional>
#include <memory>

#include "cli/check_fix.h"
#include "cli/config_resolver.h"
#include "cli/inputs.h"
#include "config/settings.h"
#include "engine/linter.h"
#include "fix/fix_loop.h"
#include "fix/unified_diff.h"
#include "report/human.h"
#include "report/json.h"
#include "ruleset/selection.h"

namespace santun::cli {
namespace {

CommandLineSettings FromCommandLine(const CheckOptions& opt) {
  CommandLineSettings cli;
  if (opt.select) cli.select = SplitList(*opt.select);
  cli.extend_select = SplitList(opt.extend_select);
  cli.ignore = SplitList(opt.ignore);
  cli.profile = opt.profile;
  cli.lang = opt.lang;
  cli.template_mode = opt.template_mode;
  return cli;
}

// Loads the rules of the command line and of every santun.toml in use, and
// checks the rule ids those files and the command line name.
bool LoadAllRules(const CheckOptions& opt, const std::vector<const Config*>& configs, RuleSet* rules) {
  RuleOptions rule_options = opt.rules;
  for (const Config* c : configs) {
    for (const std::string& dir : c->rule_dirs) {
      if (std::find(rule_options.rule_dirs.begin(), rule_options.rule_dirs.end(), dir) ==
          rule_options.rule_dirs.end()) {
        rule_options.rule_dirs.push_back(dir);
      }
    }
  }
  if (!LoadRules(rule_options, rules)) return false;
  Errors errors;
  for (const Config* c : configs) {
    Errors e = ValidateConfigIds(*c, *rules);
    errors.insert(errors.end(), e.begin(), e.end());
  }
  const CommandLineSettings cli = FromCommandLine(opt);
  Selection ignored;
  Errors e = Selection::Create(*rules, cli.select.value_or(std::vector<std::string>{}), cli.ignore, &ignored);
  errors.insert(errors.end(), e.begin(), e.end());
  e = Selection::Create(*rules, cli.extend_select, {}, &ignored);
  for (Error& err : e) err.message.replace(0, 8, "--extend-select");
  errors.insert(errors.end(), e.begin(), e.end());
  PrintErrors(errors);
  return errors.empty();
}

}  // namespace

int RunCheck(const CheckOptions& opt) {
  std::vector<std::string> args = opt.paths;
  if (args.empty()) {
    if (isatty(STDIN_FILENO)) {
      PrintError("no input: give files, folders, or - to read stdin (see santun check --help)");
      return kExitUsage;
    }
    args.push_back("-");
  }
  ConfigResolver configs;
  Errors errors = configs.Init(opt.config, opt.isolated);
  RunResult run;
  const std::vector<std::string> paths = ExpandPaths(args, &run.errors);
  std::map<std::string, const Config*> config_of;
  for (const std::string& p : paths) config_of[p] = &configs.For(p, &errors);
  if (!errors.empty()) {
    PrintErrors(errors);
    return kExitUsage;
  }
  RuleSet rules;
  if (!LoadAllRules(opt, configs.Loaded(), &rules)) return kExitUsage;

  const Linter linter(rules);
  const CommandLineSettings cli = FromCommandLine(opt);
  std::map<std::string, std::unique_ptr<Selection>> selections;  // by FileSettings::SelectionKey
  bool failed = false;
  const FixLoopOptions fixing{opt.unsafe_fixes ? Applicability::kUnsafe : Applicability::kSafe, 10};
  std::string diffs;        // --diff
  int would_fix = 0, diff_files = 0;
  std::optional<std::string> stdin_fixed;  // --fix on stdin
  for (const std::string& path : paths) {
    const std::string display = path == "-" ? opt.stdin_filename : path;
    InputError error;
    std::shared_ptr<const SourceText> source = ReadMessage(path, display, &error);
    if (!source) {
      run.errors.push_back(error);
      continue;
    }
    const Config& config = *config_of[path];
    const FileSettings settings = SettingsFor(config, path, cli);
    std::unique_ptr<Selection>& selection = selections[settings.SelectionKey()];
    if (!selection) {
      selection = std::make_unique<Selection>();
      Selection::Create(rules, settings.select, settings.ignore, selection.get());  // ids validated above
    }
    MessageOptions message;
    message.lang = settings.lang;
    message.profile = settings.profile;
    message.selection = selection.get();
    message.template_mode = IsTemplatePath(settings.template_mode, config.template_extensions, path);
    message.today = opt.today;
    message.send_at = opt.send_at;
    message.tz = opt.tz;
    message.channel = opt.channel;
    LintResult result;
    if (opt.fix || opt.diff) {
      FixLoopResult fixed = FixUntilStable(linter, display, std::string(source->text()), message, fixing);
      if (opt.diff) {
        if (std::string d = UnifiedDiff(source->text(), fixed.text, DiffPath(display)); !d.empty()) {
          diffs += d;
          would_fix += fixed.applied;
          ++diff_files;
        }
        continue;
      }
      if (path == "-") {
        stdin_fixed = fixed.text;
      } else if (fixed.text != source->text()) {
        std::string why;
        if (!WriteFileAtomically(path, fixed.text, &why)) {
          run.errors.push_back({display, "cannot write the fixed file: " + why, 0, InputError::Kind::kContent});
          continue;
        }
        ++run.fixed_files;
      }
      if (path == "-" && fixed.applied > 0) ++run.fixed_files;
      run.fixed += fixed.applied;
      result = std::move(fixed.remaining);
      source = std::make_shared<const SourceText>(display, std::move(fixed.text));
    } else {
      result = linter.Lint(*source, message);
    }
    ApplySeverityOverrides(settings.severity, &result.diagnostics);
    const Severity fail_on = *ParseSeverity(opt.fail_on.value_or(config.fail_on.value_or("warning")));
    for (const Diagnostic& d : result.diagnostics) failed |= d.severity >= fail_on;
    run.files.push_back({display, {{std::nullopt, source, result.lang, std::move(result.diagnostics)}}});
  }
  for (const InputError& e : run.errors) PrintError(e.ToString());
  if (opt.diff) {
    std::cout << diffs;
    std::cout.flush();
    if (diff_files > 0) {
      std::cerr << "Would fix " << would_fix << (would_fix == 1 ? " problem" : " problems") << " in " << diff_files
                << (diff_files == 1 ? " file.\n" : " files.\n");
    } else {
      std::cerr << "No fixes to apply.\n";
    }
    if (!run.errors.empty()) return kExitInput;
    return diff_files > 0 ? kExitFindings : kExitClean;
  }
  // With --fix on stdin the fixed text goes to stdout, the report to stderr.
  if (stdin_fixed) std::cout << *stdin_fixed;
  std::ostream& report = stdin_fixed ? std::cerr : std::cout;
  if (opt.format == "json") {
    RenderJson(run, report);
  } else {
    RenderHuman(run, HumanOptions{!stdin_fixed && UseColor(opt.no_color)}, report);
  }
  std::cout.flush();
  if (!run.errors.empty()) return kExitInput;
  return failed ? kExitFindings : kExitClean;
}

}  // namespace santun::cli
