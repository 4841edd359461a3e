// santun check: lint files, folders and stdin.
#include <unistd.h>

#include <iostream>
#include <memory>

#include "cli/check_options.h"
#include "cli/commands.h"
#include "cli/inputs.h"
#include "engine/linter.h"
#include "report/github.h"
#include "report/human.h"
#include "report/json.h"
#include "report/jsonl.h"
#include "report/result_sink.h"
#include "report/sarif.h"
#include "ruleset/selection.h"
#include "stream/jsonl_check.h"

namespace santun::cli {
namespace {

// The rules a SARIF log describes: every loaded id the selection enables.
std::vector<const Rule*> EnabledRules(const RuleSet& rules, const Selection& selection) {
  std::vector<const Rule*> out;
  for (const std::string& id : rules.ids()) {
    const Rule* r = rules.Variants(id).front();
    if (selection.Enabled(r->id, r->category)) out.push_back(r);
  }
  return out;
}

std::unique_ptr<ResultSink> MakeSink(const CheckOptions& opt, const RuleSet& rules, const Selection& selection) {
  if (opt.format == "jsonl") return std::make_unique<JsonlSink>(std::cout);
  CollectingSink::Renderer render;
  if (opt.format == "json") {
    render = [](const RunResult& run) { RenderJson(run, std::cout); };
  } else if (opt.format == "sarif") {
    render = [sarif = SarifOptions{EnabledRules(rules, selection)}](const RunResult& run) {
      RenderSarif(run, sarif, std::cout);
    };
  } else if (opt.format == "github") {
    render = [](const RunResult& run) { RenderGithub(run, std::cout); };
  } else {
    render = [color = UseColor(opt.no_color)](const RunResult& run) {
      RenderHuman(run, HumanOptions{color}, std::cout);
    };
  }
  return std::make_unique<CollectingSink>(std::move(render));
}

MessageOptions BaseMessageOptions(const CheckOptions& opt, const Selection& selection) {
  MessageOptions o;
  o.lang = opt.lang;
  o.selection = &selection;
  o.today = opt.today;
  o.send_at = opt.send_at;
  o.tz = opt.tz;
  o.profile = opt.profile;
  o.channel = opt.channel;
  return o;
}

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

  const Linter linter(rules);
  std::unique_ptr<ResultSink> sink = MakeSink(opt, rules, selection);
  sink->set_error_observer([](const InputError& e) { PrintError(e.ToString()); });
  MessageOptions message_options = BaseMessageOptions(opt, selection);
  if (opt.input == "jsonl") {
    JsonlCheckOptions jsonl;
    jsonl.jobs = opt.jobs;
    jsonl.defaults = message_options;
    jsonl.defaults.template_mode = opt.template_mode.value_or(false);
    for (const std::string& path : paths) {
      CheckJsonl(linter, path, path == "-" ? opt.stdin_filename : path, jsonl, sink.get());
    }
  } else {
    std::vector<InputError> expand_errors;
    paths = ExpandPaths(paths, &expand_errors);
    for (InputError& e : expand_errors) sink->AddError(std::move(e));
    for (const std::string& path : paths) {
      const std::string display = path == "-" ? opt.stdin_filename : path;
      message_options.template_mode = IsTemplatePath(opt, path);
      InputError error;
      std::shared_ptr<const SourceText> source = ReadMessage(path, display, &error);
      if (!source) {
        sink->AddError(std::move(error));
        continue;
      }
      LintResult result = linter.Lint(*source, message_options);
      sink->BeginInput(display);
      sink->Add({std::nullopt, source, result.lang, std::move(result.diagnostics)});
    }
  }
  sink->Finish();
  std::cout.flush();
  return CheckExitCode(opt, sink->summary());
}

}  // namespace

Command AddCheckCommand(CLI::App& app) {
  auto opt = std::make_shared<CheckOptions>();
  CLI::App* cmd = app.add_subcommand("check", "Lint messages: files, folders (recursively) or - for stdin");
  cmd->add_option("paths", opt->paths, "Files, folders or - (stdin); default: stdin when piped")
      ->type_name("PATH");
  cmd->add_option("--format", opt->format,
                  "Output: human; json (one document); jsonl (one line per message, streamed); sarif (SARIF 2.1.0, "
                  "for code scanning); github (Actions annotations)")
      ->check(CLI::IsMember({"human", "json", "jsonl", "sarif", "github"}))
      ->capture_default_str();
  cmd->add_option("--input", opt->input,
                  "What the inputs hold: text (one message per file) or jsonl (one {\"id\",\"text\",...} record "
                  "per line, streamed)")
      ->check(CLI::IsMember({"text", "jsonl"}))
      ->capture_default_str();
  cmd->add_option("--jobs,-j", opt->jobs, "Threads for --input jsonl (default: every core)")
      ->check(CLI::Range(0, 1024))
      ->type_name("N");
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
  CLI::Option* fail_on =
      cmd->add_option("--fail-on", opt->fail_on, "Lowest severity that makes the exit code 1")
          ->check(CLI::IsMember({"error", "warning", "info"}))
          ->capture_default_str();
  cmd->add_option("--max-warnings", opt->max_warnings,
                  "Exit 1 when there are more than N warnings, even if --fail-on error passes; without --fail-on, "
                  "up to N warnings pass")
      ->check(CLI::Range(0, 1000000000))
      ->type_name("N");
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
  santun check templates/ --format sarif > santun.sarif      # GitHub code scanning
  santun check templates/ --format github                    # annotations in Actions
  santun check --input jsonl --format jsonl --jobs 4 < in.jsonl > out.jsonl
  santun check --fail-on error --max-warnings 10 templates/

--input jsonl reads {"id","text","lang"?,"send_at"?,"channel"?,"mode"?} per
line and writes results in input order as they are ready (--format jsonl:
one line per record); a malformed line gives an error record and the run
goes on. See docs/scale-out.md.

Exit codes: 0 clean, 1 findings at or above --fail-on (or more warnings than
--max-warnings), 2 usage or rule errors, 3 an input (file or JSONL line)
could not be read.)");
  return {cmd, [opt, fail_on] {
            opt->fail_on_given = fail_on->count() > 0;
            return RunCheck(*opt);
          }};
}

}  // namespace santun::cli
