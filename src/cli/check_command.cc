// santun check: lint files, folders and stdin.
#include <memory>

#include "cli/check_options.h"
#include "cli/check_run.h"
#include "cli/commands.h"

namespace santun::cli {

Command AddCheckCommand(CLI::App& app) {
  auto opt = std::make_shared<CheckOptions>();
  CLI::App* cmd = app.add_subcommand("check", "Lint messages: files, folders (recursively) or - for stdin");
  cmd->add_option("paths", opt->paths, "Files, folders or - (stdin); default: stdin when piped")->type_name("PATH");
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
  cmd->add_option("--time-budget", opt->time_budget_ms,
                  "Milliseconds one --input jsonl record may take; a slower one becomes an error record and "
                  "the next records go on (default: santun.toml's time-budget-ms, else 2000)")
      ->check(CLI::Range(int64_t{0}, int64_t{86400000}))
      ->type_name("MS");
  cmd->add_option("--lang", opt->lang,
                  "Message language: id, en, or auto (default: votes by common words per "
                  "message)")
      ->check(CLI::IsMember({"id", "en", "auto"}));
  cmd->add_option("--select", opt->select, "Only these rule ids or categories (comma-separated)")
      ->type_name("IDS")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  cmd->add_option("--extend-select", opt->extend_select, "Add rule ids or categories to the selection")
      ->type_name("IDS")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  cmd->add_option("--ignore", opt->ignore, "Skip these rule ids or categories (comma-separated)")
      ->type_name("IDS")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  cmd->add_option("--fail-on", opt->fail_on, "Lowest severity that makes the exit code 1 (default: warning)")
      ->check(CLI::IsMember({"error", "warning", "info"}));
  cmd->add_option("--max-warnings", opt->max_warnings,
                  "Exit 1 when there are more than N warnings, even if --fail-on error passes; without --fail-on, "
                  "up to N warnings pass")
      ->check(CLI::Range(0, 1000000000))
      ->type_name("N");
  cmd->add_option("--config", opt->config, "Use this santun.toml (default: the nearest one above each file)")
      ->type_name("FILE");
  cmd->add_flag("--isolated", opt->isolated, "Ignore every santun.toml");
  cmd->add_option("--stdin-filename", opt->stdin_filename, "Name to show for stdin")->type_name("NAME");
  cmd->add_option("--color", opt->color,
                  "Colour the human output: auto (a terminal, and NO_COLOR unset), always (also when piped, for "
                  "CI logs), never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  cmd->add_flag("--no-color", opt->no_color, "Never colour the output (the same as --color never; also: NO_COLOR=1)");
  cmd->add_option("--output-file,-o", opt->output_file,
                  "Write the report (any --format, the --diff patch, --statistics) to FILE instead of stdout, "
                  "atomically: a temporary file in FILE's folder renamed over it at the end")
      ->type_name("FILE");
  cmd->add_flag("--statistics", opt->statistics,
                "Instead of the diagnostics, print how many each rule found, most first ([*]: every one has a "
                "safe fix, so --fix removes them), then the summary");
  cmd->add_flag("-q,--quiet", opt->quiet,
                "Print no diagnostics and no summary: only errors (stderr) and the exit code");
  cmd->add_option("--exclude", opt->exclude,
                  "Skip files and folders matching GLOB when walking folders (relative to the current folder; a "
                  "glob without '/' matches a name at any depth), repeatable; adds to santun.toml's exclude")
      ->type_name("GLOB")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  cmd->add_flag("--no-ignore", opt->no_ignore,
                "Also walk what .gitignore and .ignore files exclude (by default they apply, up to the repository "
                "root)");
  cmd->add_flag("--force-exclude", opt->force_exclude,
                "Apply the excludes and ignore files to files named on the command line too (else those are always "
                "linted)");
  cmd->add_flag("-v,--verbose", opt->verbose, "The human summary also says how many files were skipped, and why");
  cmd->add_flag("--show-settings", opt->show_settings,
                "Print the settings for the first PATH (default: the current folder): the santun.toml found, its "
                "values and the enabled rule ids; lint nothing and exit 0");
  // Two callbacks rather than one std::optional<bool> flag: CLI11 2.1 sets such
  // an optional to false when neither flag is given, which hid the extension rule.
  cmd->add_flag_callback(
      "--template", [opt] { opt->template_mode = true; },
      "Placeholders allowed (template); default: by extension (.tmpl .mustache .j2 .jinja .hbs "
      "are templates)");
  cmd->add_flag_callback(
      "--no-template", [opt] { opt->template_mode = false; }, "Placeholders not allowed (a message about to be sent)");
  cmd->add_option("--today", opt->today, "Date that relative dates resolve against (default: send time, else today)")
      ->type_name("YYYY-MM-DD");
  cmd->add_option("--send-at", opt->send_at, "When the message will be sent, e.g. 2026-12-20T09:30:00+07:00")
      ->type_name("ISO-8601");
  cmd->add_option("--tz", opt->tz, "Time zone for --send-at without an offset (IANA name, e.g. Asia/Jakarta)")
      ->type_name("ZONE");
  cmd->add_option("--profile", opt->profile,
                  "Jurisdiction: id (OJK), us (FDCPA/Reg F), generic; auto (default) = "
                  "id for Indonesian text, else generic")
      ->check(CLI::IsMember({"id", "us", "generic", "auto"}));
  cmd->add_option("--channel", opt->channel, "How the message is sent")
      ->check(CLI::IsMember({"sms", "whatsapp", "email", "letter"}));
  cmd->add_flag("--fix", opt->fix,
                "Apply safe fixes in place (atomically; re-lints until nothing changes, at most 10 passes), then "
                "report what is left; with stdin, print the fixed text");
  cmd->add_flag("--force", opt->force,
                "With --fix, also rewrite read-only files and files with several hard links (the links are split)");
  cmd->add_flag("--unsafe-fixes", opt->unsafe_fixes, "With --fix or --diff, also apply unsafe fixes (reworded text)");
  cmd->add_flag("--diff", opt->diff, "Print the fixes as a unified diff (for patch -p1) and change nothing");
  cmd->add_flag("--output-rule-metadata", opt->output_rule_metadata,
                "--format jsonl: repeat each rule's summary, why, refs and help in its diagnostics (by default they "
                "are in 'santun rules --format json' only)");
  AddRuleOptions(cmd, &opt->rules);
  cmd->footer(R"(Examples:
  santun check message.txt
  printf 'Dasar penipu, bayar sekarang juga!\n' | santun check -
  santun check templates/ --format json
  santun check --select abuse,threat --fail-on error msg.txt
  santun check templates/ --format sarif -o santun.sarif     # GitHub code scanning
  santun check templates/ --format github                    # annotations in Actions
  santun check --input jsonl --format jsonl --jobs 4 < in.jsonl > out.jsonl
  santun check --fail-on error --max-warnings 10 templates/
  santun check --fix templates/            # safe fixes in place
  santun check --diff --unsafe-fixes templates/ > fixes.patch
  santun check --statistics templates/     # a count per rule
  santun check --show-settings templates/  # the santun.toml and rules that apply

--input jsonl reads {"id","text","lang"?,"send_at"?,"channel"?,"mode"?} per
line and writes results in input order as they are ready (--format jsonl:
one line per record); a malformed line gives an error record and the run
goes on. See docs/scale-out.md.

Exit codes: 0 clean, 1 findings at or above --fail-on or more warnings than
--max-warnings (with --fix: those left after fixing; with --diff: some file
would change), 2 usage or rule errors, 3 an input (file or JSONL line) could
not be read or written.)");
  return {cmd, [opt] { return RunCheck(*opt); }};
}

}  // namespace santun::cli
