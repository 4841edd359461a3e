// santun check: lint files, folders and stdin.
#include <unistd.h>

#include <iostream>
#include <memory>

#include "cli/check_options.h"
#include "cli/commands.h"
#include "cli/inputs.h"
#include "engine/linter.h"
#include "report/human.h"
#include "report/json.h"
#include "ruleset/selection.h"

namespace santun::cli {
namespace {

int RunCheck(const CheckOptions& opt) {
  RuleSet rules;
  if (!LoadRules(opt.rules, &rules)) return kExitUsage;
  Selection selection;
  Errors errors = Selection::Create(rules, SplitList(opt.select), SplitList(opt.ignore), &selection);
  if (!errors.empty()) {
    PrintErrors(errors);
    return kExitUsage;
  }
  std::vector<std::string> paths = opt.paths;
  if (paths.empty()) {
    if (isatty(STDIN_FILENO)) {
      PrintError("no input: give files, folders, or - to read stdin (see santun check --help)");
      return kExitUsage;
    }
    paths.push_back("-");
  }

  RunResult run;
  paths = ExpandPaths(paths, &run.errors);
  const Linter linter(rules);
  MessageOptions message_options;
  message_options.lang = opt.lang;
  message_options.selection = &selection;
  message_options.today = opt.today;
  message_options.send_at = opt.send_at;
  message_options.tz = opt.tz;
  message_options.profile = opt.profile;
  message_options.channel = opt.channel;
  for (const std::string& path : paths) {
    const std::string display = path == "-" ? opt.stdin_filename : path;
    message_options.template_mode = IsTemplatePath(opt, path);
    InputError error;
    std::shared_ptr<const SourceText> source = ReadMessage(path, display, &error);
    if (!source) {
      run.errors.push_back(error);
      continue;
    }
    LintResult result = linter.Lint(*source, message_options);
    run.files.push_back({display, {{std::nullopt, source, result.lang, std::move(result.diagnostics)}}});
  }
  for (const InputError& e : run.errors) PrintError(e.ToString());

  if (opt.format == "json") {
    RenderJson(run, std::cout);
  } else {
    RenderHuman(run, HumanOptions{UseColor(opt.no_color)}, std::cout);
  }
  std::cout.flush();

  if (!run.errors.empty()) return kExitInput;
  const Severity fail_on = *ParseSeverity(opt.fail_on);
  for (const FileResult& f : run.files) {
    for (const MessageResult& m : f.messages) {
      for (const Diagnostic& d : m.diagnostics) {
        if (d.severity >= fail_on) return kExitFindings;
      }
    }
  }
  return kExitClean;
}

}  // namespace

Command AddCheckCommand(CLI::App& app) {
  auto opt = std::make_shared<CheckOptions>();
  CLI::App* cmd = app.add_subcommand("check", "Lint messages: files, folders (recursively) or - for stdin");
  cmd->add_option("paths", opt->paths, "Files, folders or - (stdin); default: stdin when piped")
      ->type_name("PATH");
  cmd->add_option("--format", opt->format, "Output format")
      ->check(CLI::IsMember({"human", "json"}))
      ->capture_default_str();
  cmd->add_option("--lang", opt->lang, "Message language; auto votes by common words per message")
      ->check(CLI::IsMember({"id", "en", "auto"}))
      ->capture_default_str();
  cmd->add_option("--select", opt->select, "Only these rule ids or categories (comma-separated)")
      ->type_name("IDS")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  cmd->add_option("--ignore", opt->ignore, "Skip these rule ids or categories (comma-separated)")
      ->type_name("IDS")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  cmd->add_option("--fail-on", opt->fail_on, "Lowest severity that makes the exit code 1")
      ->check(CLI::IsMember({"error", "warning", "info"}))
      ->capture_default_str();
  cmd->add_option("--stdin-filename", opt->stdin_filename, "Name to show for stdin")
      ->type_name("NAME");
  cmd->add_flag("--no-color", opt->no_color, "Never colour the output (also: NO_COLOR=1)");
  cmd->add_flag("--template,!--no-template", opt->template_mode,
                "Placeholders allowed (template) or not (message about to be sent); default: by extension "
                "(.tmpl .mustache .j2 .jinja .hbs are templates)");
  cmd->add_option("--today", opt->today, "Date that relative dates resolve against (default: send time, else today)")
      ->type_name("YYYY-MM-DD");
  cmd->add_option("--send-at", opt->send_at, "When the message will be sent, e.g. 2026-12-20T09:30:00+07:00")
      ->type_name("ISO-8601");
  cmd->add_option("--tz", opt->tz, "Time zone for --send-at without an offset (IANA name, e.g. Asia/Jakarta)")
      ->type_name("ZONE");
  cmd->add_option("--profile", opt->profile, "Jurisdiction: id (OJK), us (FDCPA/Reg F), generic; auto = id for "
                                             "Indonesian text, else generic")
      ->check(CLI::IsMember({"id", "us", "generic", "auto"}))
      ->capture_default_str();
  cmd->add_option("--channel", opt->channel, "How the message is sent")
      ->check(CLI::IsMember({"sms", "whatsapp", "email", "letter"}));
  AddRuleOptions(cmd, &opt->rules);
  cmd->footer(R"(Examples:
  santun check message.txt
  printf 'Dasar penipu, bayar sekarang juga!\n' | santun check -
  santun check templates/ --format json
  santun check --select abuse,threat --fail-on error msg.txt

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or rule
errors, 3 an input could not be read.)");
  return {cmd, [opt] { return RunCheck(*opt); }};
}

}  // namespace santun::cli
