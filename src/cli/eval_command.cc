// santun eval: precision and recall of the rules against a labelled corpus.
#include <iostream>
#include <memory>
#include <utility>

#include "cli/commands.h"
#include "cli/session.h"
#include "eval/corpus.h"
#include "eval/eval_report.h"
#include "eval/metrics.h"
#include "text/source_text.h"

namespace santun::cli {
namespace {

struct EvalOptions {
  std::vector<std::string> paths;
  std::string format = "human";
  bool show = false;
  std::string today = "2026-11-25";
  double min_f1 = -1;
  double min_micro_f1 = -1;
  double max_compliant_errors = -1;
  std::string split;
  std::vector<std::string> select;
  std::vector<std::string> ignore;
  RuleOptions rules;
};

int RunEval(const EvalOptions& opt) {
  // The corpus measures the rules themselves: no santun.toml applies.
  SessionOptions settings;
  settings.isolated = true;
  settings.rules = opt.rules;
  settings.cli.select = SplitList(opt.select);
  settings.cli.ignore = SplitList(opt.ignore);
  Session session(std::move(settings));
  session.Open();  // isolated: reads no file
  if (!session.LoadRules()) return kExitUsage;
  std::vector<CorpusRecord> records;
  Errors errors = ReadCorpus(opt.paths, &records);
  if (!errors.empty()) {
    PrintErrors(errors);
    return kExitUsage;
  }
  if (!opt.split.empty()) {
    // The test split is scored, never studied: listing its messages would
    // invite tuning the rules on them.
    if (opt.split == "test" && opt.show) {
      std::cerr << "santun: error: --show lists messages; the test split is scored, not studied (use --split dev)\n";
      return kExitUsage;
    }
    std::erase_if(records, [&](const CorpusRecord& r) { return r.split != opt.split; });
  }
  errors = session.ValidateIds();
  if (!errors.empty()) {
    PrintErrors(errors);
    return kExitUsage;
  }
  // Each record says how it is sent; the run gives the rest (selection).
  const MessageOptions defaults = session.MessageOptionsFor("-");
  const Selection& selection = *defaults.selection;
  std::vector<Flags> flags;
  flags.reserve(records.size());
  for (const CorpusRecord& r : records) {
    SourceText source(r.id, r.text);
    MessageOptions options = defaults;
    options.lang = r.lang.empty() ? "auto" : r.lang;
    options.template_mode = r.mode == "template";
    options.send_at = r.send_at;
    options.channel = r.channel;
    options.tz = r.tz;
    if (!r.profile.empty()) options.profile = r.profile;
    options.today = r.today.empty() ? opt.today : r.today;
    Flags f;
    // Labels name violations: info diagnostics are advice and are not scored.
    for (const Diagnostic& d : session.linter().Lint(source, options).diagnostics) {
      if (d.severity != Severity::kInfo) f.push_back({d.rule->id, d.matched, d.severity});
    }
    flags.push_back(std::move(f));
  }
  EvalResult result = Evaluate(session.rules(), selection, records, flags);
  EvalReportOptions report{opt.show};
  if (opt.format == "json") {
    RenderEvalJson(result, report, std::cout);
  } else {
    RenderEvalHuman(result, report, std::cout);
  }
  int below = 0;
  if (opt.min_micro_f1 >= 0 && result.micro.f1() < opt.min_micro_f1) {
    std::cerr << "santun: micro-averaged F1 " << result.micro.f1() << " is below the floor " << opt.min_micro_f1
              << "\n";
    ++below;
  }
  if (opt.max_compliant_errors >= 0 && result.compliant_error_rate() > opt.max_compliant_errors) {
    std::cerr << "santun: " << result.compliant_with_error << " of " << result.compliant
              << " compliant messages have an error, above the limit " << opt.max_compliant_errors << "\n";
    ++below;
  }
  if (opt.min_f1 < 0) return below > 0 ? kExitFindings : kExitClean;
  for (const auto& [category, score] : result.categories) {
    if (score.support() == 0 && score.fp == 0) continue;
    if (score.f1() < opt.min_f1) {
      std::cerr << "santun: category '" << category << "' F1 " << score.f1() << " is below the floor " << opt.min_f1
                << "\n";
      ++below;
    }
  }
  return below > 0 ? kExitFindings : kExitClean;
}

}  // namespace

Command AddEvalCommand(CLI::App& app) {
  auto opt = std::make_shared<EvalOptions>();
  CLI::App* cmd = app.add_subcommand("eval", "Precision, recall and F1 per category and rule on a labelled corpus");
  cmd->add_option("corpus", opt->paths, "JSONL files or folders of them")->required()->type_name("CORPUS");
  cmd->add_option("--format", opt->format, "Output format")
      ->check(CLI::IsMember({"human", "json"}))
      ->capture_default_str();
  cmd->add_flag("--show", opt->show, "List every miss and false alarm (not with --split test)");
  cmd->add_option("--split", opt->split, "Score only the records of this split (corpus/real: dev or test)")
      ->check(CLI::IsMember({"dev", "test"}))
      ->type_name("dev|test");
  cmd->add_option("--min-f1", opt->min_f1, "Exit 1 when a category's F1 is below this floor")
      ->check(CLI::Range(0.0, 1.0))
      ->type_name("X");
  cmd->add_option("--min-micro-f1", opt->min_micro_f1, "Exit 1 when the micro-averaged F1 is below this floor")
      ->check(CLI::Range(0.0, 1.0))
      ->type_name("X");
  cmd->add_option("--max-compliant-errors", opt->max_compliant_errors,
                  "Exit 1 when more than this share of compliant messages get an error")
      ->check(CLI::Range(0.0, 1.0))
      ->type_name("X");
  cmd->add_option("--select", opt->select, "Evaluate only these rule ids or categories (comma-separated)")
      ->type_name("IDS")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  cmd->add_option("--ignore", opt->ignore, "Leave out these rule ids or categories")
      ->type_name("IDS")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  cmd->add_option("--today", opt->today, "Date relative dates resolve against, for records without 'today'")
      ->type_name("YYYY-MM-DD");
  AddRuleOptions(cmd, &opt->rules);
  cmd->footer(R"(Example:
  santun eval corpus/ --show --min-f1 0.9
  santun eval corpus/real --split test --min-micro-f1 0.85 --max-compliant-errors 0.03

Categories are scored when a loaded rule belongs to them; labels naming
rules that are not loaded are listed but not scored; a label "x?" (cannot
be judged from the text) is not scored. Info diagnostics are
advice, not violations, and are not scored.)");
  return {cmd, [opt] { return RunEval(*opt); }};
}

}  // namespace santun::cli
