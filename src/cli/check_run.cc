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
#include "cli/message_settings.h"
#include "config/settings.h"
#include "engine/linter.h"
#include "engine/send_time.h"
#include "report/github.h"
#include "rewrite/fix_loop.h"
#include "rewrite/unified_diff.h"
#include "report/human.h"
#include "report/json.h"
#include "report/jsonl.h"
#include "report/result_sink.h"
#include "report/sarif.h"
#include "stream/jsonl_check.h"
#include "ruleset/selection.h"

namespace santun::cli {
namespace {

// The rules and the linter stay until the process exits: freeing their
// thousands of small objects was 7 % of the instructions of a one-message
// run. A global holds them, so LeakSanitizer sees them as reachable.
struct KeptUntilExit {
  RuleSet rules;
  std::optional<Linter> linter;
};
KeptUntilExit* kept_until_exit = nullptr;

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
  Errors e = SelectionErrors(Selection::Create(*rules, cli.select.value_or(std::vector<std::string>{}), cli.ignore, &ignored));
  errors.insert(errors.end(), e.begin(), e.end());
  e = SelectionErrors(Selection::Create(*rules, cli.extend_select, {}, &ignored), "--extend-select");
  errors.insert(errors.end(), e.begin(), e.end());
  PrintErrors(errors);
  return errors.empty();
}

// The rules a SARIF log describes: every loaded id the selection enables.
std::vector<const Rule*> EnabledRules(const RuleSet& rules, const Selection& selection) {
  std::vector<const Rule*> out;
  for (const std::string& id : rules.ids()) {
    const Rule* r = rules.Variants(id).front();
    if (selection.Enabled(*r)) out.push_back(r);
  }
  return out;
}

std::unique_ptr<ResultSink> MakeSink(const CheckOptions& opt, const RuleSet& rules, const Selection& selection,
                                     std::ostream& out, bool color) {
  if (opt.format == "jsonl") return std::make_unique<JsonlSink>(out);
  CollectingSink::Renderer render;
  if (opt.format == "json") {
    render = [&out](const RunResult& run) { RenderJson(run, out); };
  } else if (opt.format == "sarif") {
    render = [&out, sarif = SarifOptions{EnabledRules(rules, selection)}](const RunResult& run) {
      RenderSarif(run, sarif, out);
    };
  } else if (opt.format == "github") {
    render = [&out](const RunResult& run) { RenderGithub(run, out); };
  } else {
    render = [&out, color](const RunResult& run) { RenderHuman(run, HumanOptions{color}, out); };
  }
  return std::make_unique<CollectingSink>(std::move(render));
}

// Bad --today / --send-at / --tz values are usage errors, before any input is read.
bool ValidTimes(const CheckOptions& opt) {
  if (!opt.today.empty() && !ParseIsoDate(opt.today)) {
    PrintError("--today: '" + opt.today + "' is not a date YYYY-MM-DD");
    return false;
  }
  std::string error;
  if (!opt.send_at.empty() && !ResolveSendTime(opt.send_at, opt.tz, &error)) {
    PrintError("--send-at: " + error);
    return false;
  }
  if (opt.send_at.empty() && !opt.tz.empty() && !ResolveSendTime("2026-01-01T00:00:00Z", opt.tz, &error)) {
    PrintError("--tz: " + error);
    return false;
  }
  return true;
}

}  // namespace

int RunCheck(const CheckOptions& opt) {
  if (!ValidTimes(opt)) return kExitUsage;
  std::vector<std::string> args = opt.paths;
  if (args.empty()) {
    if (isatty(STDIN_FILENO)) {
      PrintError("no input: give files, folders, or - to read stdin (see santun check --help)");
      return kExitUsage;
    }
    args.push_back("-");
  }
  const bool jsonl = opt.input == "jsonl";
  ConfigResolver configs;
  Errors errors = configs.Init(opt.config, opt.isolated);
  std::vector<InputError> expand_errors;
  // JSONL inputs are files of records, not folders of messages.
  const std::vector<std::string> paths = jsonl ? args : ExpandPaths(args, &expand_errors);
  std::map<std::string, const Config*> config_of;
  for (const std::string& p : paths) config_of[p] = &configs.For(p, &errors);
  const Config& cwd_config = configs.For("-", &errors);
  if (!errors.empty()) {
    PrintErrors(errors);
    return kExitUsage;
  }
  if (!kept_until_exit) kept_until_exit = new KeptUntilExit;
  RuleSet& rules = kept_until_exit->rules;
  if (!LoadAllRules(opt, configs.Loaded(), &rules)) return kExitUsage;

  const Linter& linter = kept_until_exit->linter.emplace(rules);
  const CommandLineSettings cli = FromCommandLine(opt);
  Selections selections(rules);
  const FileSettings run_settings = SettingsFor(cwd_config, "-", cli);
  const bool fixing = opt.fix || opt.diff;
  // With --fix on stdin the fixed text goes to stdout and the report to stderr.
  const bool fixed_to_stdout = opt.fix && std::find(paths.begin(), paths.end(), "-") != paths.end();
  std::ostream& report = fixed_to_stdout ? std::cerr : std::cout;
  std::unique_ptr<ResultSink> sink =
      MakeSink(opt, rules, selections.For(run_settings), report, !fixed_to_stdout && UseColor(opt.no_color));
  sink->set_error_observer([](const InputError& e) { PrintError(e.ToString()); });
  for (InputError& e : expand_errors) sink->AddError(std::move(e));
  const FixLoopOptions fix_options{opt.unsafe_fixes ? Applicability::kUnsafe : Applicability::kSafe, 10};
  std::string diffs;  // --diff
  int would_fix = 0, diff_files = 0;
  for (const std::string& path : paths) {
    const std::string display = path == "-" ? opt.stdin_filename : path;
    const Config& config = *config_of[path];
    const FileSettings settings = SettingsFor(config, path, cli);
    MessageOptions message = MessageOptionsFor(opt, config, settings, selections.For(settings), path);
    if (jsonl) {
      JsonlCheckOptions options;
      options.jobs = opt.jobs;
      options.defaults = message;
      options.defaults.template_mode = settings.template_mode.value_or(false);
      CheckJsonl(linter, path, display, options, sink.get());
      continue;
    }
    InputError error;
    std::shared_ptr<const SourceText> source = ReadMessage(path, display, &error);
    if (!source) {
      sink->AddError(std::move(error));
      continue;
    }
    LintResult result;
    if (fixing) {
      FixLoopResult fixed = FixUntilStable(linter, display, std::string(source->text()), message, fix_options);
      if (opt.diff) {
        if (std::string d = UnifiedDiff(source->text(), fixed.text, DiffPath(display)); !d.empty()) {
          diffs += d;
          would_fix += fixed.applied;
          ++diff_files;
        }
        continue;
      }
      if (path == "-") {
        std::cout << fixed.text;
      } else if (fixed.text != source->text()) {
        std::string why;
        if (!WriteFileAtomically(path, fixed.text, &why)) {
          sink->AddError({display, "cannot write the fixed file: " + why, 0, InputError::Kind::kContent});
          continue;
        }
      }
      sink->AddFixed(fixed.applied, fixed.applied > 0 ? 1 : 0);
      result = std::move(fixed.remaining);
      source = std::make_shared<const SourceText>(display, std::move(fixed.text));
    } else {
      result = linter.Lint(*source, message);
    }
    sink->BeginInput(display);
    sink->Add({std::nullopt, source, result.lang, std::move(result.diagnostics), 0, std::move(result.redactions)});
  }
  if (opt.diff) {
    std::cout << diffs;
    std::cout.flush();
    if (diff_files > 0) {
      std::cerr << "Would fix " << would_fix << (would_fix == 1 ? " problem" : " problems") << " in " << diff_files
                << (diff_files == 1 ? " file.\n" : " files.\n");
    } else {
      std::cerr << "No fixes to apply.\n";
    }
    if (sink->summary().input_errors > 0) return kExitInput;
    return diff_files > 0 ? kExitFindings : kExitClean;
  }
  sink->Finish();
  std::cout.flush();
  // The command line decides the failing severity, else the santun.toml of
  // the current folder. With --fix, what is left after fixing counts.
  ExitPolicy policy;
  policy.fail_on = opt.fail_on.value_or(cwd_config.fail_on.value_or("warning"));
  policy.fail_on_given = opt.fail_on.has_value() || cwd_config.fail_on.has_value();
  policy.max_warnings = opt.max_warnings ? opt.max_warnings : cwd_config.max_warnings;
  return CheckExitCode(policy, sink->summary());
}

}  // namespace santun::cli
