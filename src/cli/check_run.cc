#include "cli/check_run.h"

#include <unistd.h>

#include <algorithm>
#include <iostream>
#include <memory>

#include "cli/check_fix.h"
#include "cli/check_session.h"
#include "cli/check_sink.h"
#include "cli/inputs.h"
#include "cli/output_file.h"
#include "cli/show_settings.h"
#include "engine/send_time.h"
#include "report/result_sink.h"
#include "rewrite/fix_loop.h"
#include "rewrite/unified_diff.h"
#include "stream/jsonl_check.h"

namespace santun::cli {
namespace {

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

// One run of `santun check` over its inputs: each input goes down one of
// four paths (JSONL records, a text message linted, fixed or diffed), then
// Finish() reports and returns the exit code.
class CheckRun {
 public:
  // The report goes to `output` (stdout or --output-file).
  CheckRun(const CheckOptions& opt, Session& session, const std::vector<std::string>& paths, OutputFile& output)
      : opt_(opt),
        session_(session),
        output_(output),
        // With --fix on stdin the fixed text goes to stdout and the report to stderr (or --output-file).
        fixed_to_stdout_(opt.fix && std::find(paths.begin(), paths.end(), "-") != paths.end()),
        sink_(MakeCheckSink(opt, session, ReportStream(), ReportInColor())),
        fix_options_{opt.unsafe_fixes ? Applicability::kUnsafe : Applicability::kSafe, 10} {
    sink_->set_error_observer([](const InputError& e) { PrintError(e.ToString()); });
  }

  void AddError(InputError error) { sink_->AddError(std::move(error)); }

  /// --verbose: what the walk skipped, a line of the human summary.
  void SetSkipped(std::string note) { sink_->SetNote(std::move(note)); }

  void Check(const std::string& path) {
    const std::string display = path == "-" ? opt_.stdin_filename : path;
    const MessageOptions message = session_.MessageOptionsFor(path);
    if (opt_.input == "jsonl") {
      CheckRecords(path, display, message);
      return;
    }
    InputError error;
    FileStamp stamp;
    std::shared_ptr<const SourceText> source = ReadMessage(path, display, &error, &stamp);
    if (!source) {
      sink_->AddError(std::move(error));
    } else if (opt_.diff) {
      Diff(display, *source, message);
    } else if (opt_.fix) {
      Fix(path, display, source, stamp, message);
    } else {
      Report(display, source, session_.linter().Lint(*source, message));
    }
  }

  int Finish() { return opt_.diff ? FinishDiff() : FinishReport(); }

 private:
  std::ostream& ReportStream() {
    if (output_.to_file()) return output_.stream();
    return fixed_to_stdout_ ? std::cerr : std::cout;
  }

  // --color always colours wherever the report goes; auto only a terminal stdout.
  bool ReportInColor() const {
    if (opt_.color == "auto" && (output_.to_file() || fixed_to_stdout_)) return false;
    return UseColor(opt_.color, opt_.no_color);
  }

  // --input jsonl: a file of records, linted in parallel, results in order.
  void CheckRecords(const std::string& path, const std::string& display, const MessageOptions& message) {
    JsonlCheckOptions options;
    options.jobs = opt_.jobs;
    options.defaults = message;
    options.defaults.template_mode = session_.SettingsFor(path).template_mode.value_or(false);
    Errors ignored;  // reported when the configuration was first read
    const Config& config = session_.ConfigFor(path, &ignored);
    options.defaults.time_budget =
        std::chrono::milliseconds(opt_.time_budget_ms.value_or(config.time_budget_ms.value_or(kDefaultTimeBudgetMs)));
    CheckJsonl(session_.linter(), path, display, options, sink_.get());
  }

  // --diff: the fixes as a unified diff; nothing is written or reported.
  void Diff(const std::string& display, const SourceText& source, const MessageOptions& message) {
    FixLoopResult fixed = FixUntilStable(session_.linter(), display, std::string(source.text()), message, fix_options_);
    if (std::string d = UnifiedDiff(source.text(), fixed.text, DiffPath(display)); !d.empty()) {
      diffs_ += d;
      would_fix_ += fixed.applied;
      ++diff_files_;
    }
  }

  // --fix: the file rewritten atomically (stdin: the fixed text printed),
  // then what is left reported.
  // --fix: the file rewritten atomically (stdin: the fixed text printed),
  // then what is left reported. A file that cannot be rewritten is an input
  // error, and its message is reported as it is.
  void Fix(const std::string& path, const std::string& display, const std::shared_ptr<const SourceText>& source,
           const FileStamp& stamp, const MessageOptions& message) {
    FixLoopResult fixed =
        FixUntilStable(session_.linter(), display, std::string(source->text()), message, fix_options_);
    if (path == "-") {
      std::cout << fixed.text;
    } else if (fixed.text != source->text()) {
      std::string why = RefuseToFix(stamp, opt_.force);
      const std::string bytes = stamp.utf8_bom ? "\xEF\xBB\xBF" + fixed.text : fixed.text;
      if (why.empty() && !WriteFileAtomically(path, bytes, &why, &stamp) && !why.starts_with("the file")) {
        why = "cannot write the fixed file: " + why;
      }
      if (!why.empty()) {
        sink_->AddError({display, "not fixed: " + why, 0, InputError::Kind::kContent});
        Report(display, source, session_.linter().Lint(*source, message));
        return;
      }
    }
    sink_->AddFixed(fixed.applied, fixed.applied > 0 ? 1 : 0);
    Report(display, std::make_shared<const SourceText>(display, std::move(fixed.text)), std::move(fixed.remaining));
  }

  void Report(const std::string& display, std::shared_ptr<const SourceText> source, LintResult result) {
    sink_->BeginInput(display);
    sink_->Add({std::nullopt, std::move(source), result.lang, std::move(result.diagnostics), 0,
                std::move(result.redactions), std::string(MessageKindName(result.kind))});
  }

  int FinishDiff() {
    output_.stream() << diffs_;
    output_.stream().flush();
    if (opt_.quiet) {
      // only the exit code
    } else if (diff_files_ > 0) {
      std::cerr << "Would fix " << would_fix_ << (would_fix_ == 1 ? " problem" : " problems") << " in " << diff_files_
                << (diff_files_ == 1 ? " file.\n" : " files.\n");
    } else {
      std::cerr << "No fixes to apply.\n";
    }
    if (!Commit()) return kExitInput;
    if (sink_->summary().input_errors > 0) return kExitInput;
    return diff_files_ > 0 ? kExitFindings : kExitClean;
  }

  // The command line decides the failing severity, else the santun.toml of
  // the current folder. With --fix, what is left after fixing counts.
  int FinishReport() {
    sink_->Finish();
    std::cout.flush();
    if (!Commit()) return kExitInput;
    Errors reported_before;
    const Config& cwd_config = session_.ConfigFor("-", &reported_before);
    ExitPolicy policy;
    policy.fail_on = opt_.fail_on.value_or(cwd_config.fail_on.value_or("warning"));
    policy.fail_on_given = opt_.fail_on.has_value() || cwd_config.fail_on.has_value();
    policy.max_warnings = opt_.max_warnings ? opt_.max_warnings : cwd_config.max_warnings;
    return CheckExitCode(policy, sink_->summary());
  }

  // --output-file: the temporary file renamed over FILE; false (and the error
  // printed) when that fails.
  bool Commit() {
    const std::string error = output_.Commit();
    if (!error.empty()) PrintError(error);
    return error.empty();
  }

  const CheckOptions& opt_;
  Session& session_;
  OutputFile& output_;
  const bool fixed_to_stdout_;
  std::unique_ptr<ResultSink> sink_;
  const FixLoopOptions fix_options_;
  std::string diffs_;  // --diff
  int would_fix_ = 0, diff_files_ = 0;
};

// --statistics is a table of the human report; it replaces the diagnostics.
bool ValidReportOptions(const CheckOptions& opt) {
  if (opt.statistics && (opt.format != "human" || opt.diff)) {
    PrintError(opt.diff ? "--statistics counts diagnostics; it does not go with --diff"
                        : "--statistics prints a table; it does not go with --format " + opt.format);
    return false;
  }
  return true;
}

// --show-settings: the settings and the enabled rules for one path.
int ShowSettings(const CheckOptions& opt) {
  const std::string path = opt.paths.empty() ? "." : opt.paths.front();
  std::vector<std::string> paths;
  std::vector<InputError> expand_errors;
  SkipCounts skipped;
  Session* session = OpenCheckSession(opt, {path}, &paths, &expand_errors, &skipped);
  if (!session) return kExitUsage;
  PrintEffectiveConfig(*session, path, std::cout);
  PrintEnabledRules(*session, path, std::cout);
  return kExitClean;
}

}  // namespace

int RunCheck(const CheckOptions& opt) {
  if (!ValidTimes(opt) || !ValidReportOptions(opt)) return kExitUsage;
  if (opt.show_settings) return ShowSettings(opt);
  std::vector<std::string> args = opt.paths;
  if (args.empty()) {
    if (isatty(STDIN_FILENO)) {
      PrintError("no input: give files, folders, or - to read stdin (see santun check --help)");
      return kExitUsage;
    }
    args.push_back("-");
  }
  std::vector<InputError> expand_errors;
  std::vector<std::string> paths;
  SkipCounts skipped;
  Session* session = OpenCheckSession(opt, args, &paths, &expand_errors, opt.verbose ? &skipped : nullptr);
  if (!session) return kExitUsage;
  OutputFile output;
  if (const std::string error = output.Open(opt.output_file); !error.empty()) {
    PrintError(error);
    return kExitInput;
  }
  CheckRun run(opt, *session, paths, output);
  for (InputError& e : expand_errors) run.AddError(std::move(e));
  for (const std::string& path : paths) run.Check(path);
  if (opt.verbose) run.SetSkipped("Skipped " + skipped.Describe() + ".");
  return run.Finish();
}

}  // namespace santun::cli
