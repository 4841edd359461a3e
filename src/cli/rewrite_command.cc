// santun rewrite: print a complete polite rewrite of a message.
#include <iostream>
#include <memory>
#include <optional>
#include <utility>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "cli/session.h"
#include "report/rewrite_json.h"
#include "rewrite/rewrite.h"

namespace santun::cli {
namespace {

struct RewriteCommandOptions {
  std::string path = "-";
  std::string format = "human";
  std::optional<std::string> lang;     // default: santun.toml's, else auto
  std::optional<std::string> profile;  // default: santun.toml's, else auto
  std::string today;
  std::string config;
  bool isolated = false;
  RuleOptions rules;
};

int RunRewrite(const RewriteCommandOptions& opt) {
  // santun.toml may set the language, the profile ("us"), rule folders and
  // the creditor's own identifiers ([allow]).
  SessionOptions options;
  options.config = opt.config;
  options.isolated = opt.isolated;
  options.rules = opt.rules;
  options.cli.lang = opt.lang;
  options.cli.profile = opt.profile;
  options.today = opt.today;
  Session session(std::move(options));
  Errors errors = session.Open();
  session.ConfigFor(opt.path, &errors);
  if (!errors.empty()) {
    PrintErrors(errors);
    return kExitUsage;
  }
  if (!session.LoadRules()) return kExitUsage;
  InputError error;
  std::shared_ptr<const SourceText> source = ReadMessage(opt.path, opt.path, &error);
  if (!source) {
    PrintError(error.ToString());
    return kExitInput;
  }
  const MessageOptions message = session.MessageOptionsFor(opt.path);
  RewriteOptions rewrite;
  rewrite.lang = message.lang;
  rewrite.profile = message.profile;
  rewrite.today = message.today;
  rewrite.allow = message.allow;
  const RewriteResult result = Rewrite(session.linter(), *source, rewrite);
  if (opt.format == "json") {
    std::cout
        << RewriteJson(opt.path, *source, result).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
        << "\n";
  } else {
    std::cout << result.text;
  }
  std::cout.flush();
  return kExitClean;
}

}  // namespace

Command AddRewriteCommand(CLI::App& app) {
  auto opt = std::make_shared<RewriteCommandOptions>();
  CLI::App* cmd = app.add_subcommand("rewrite", "Print a complete polite rewrite of a message (file or - for stdin)");
  cmd->add_option("path", opt->path, "The message: a file, or - for stdin (default)")->type_name("PATH|-");
  cmd->add_option("--format", opt->format, "human: the rewritten message; json: it, what changed and why")
      ->check(CLI::IsMember({"human", "json"}))
      ->capture_default_str();
  cmd->add_option("--lang", opt->lang, "Message language: id, en, or auto (default: santun.toml's, else auto)")
      ->check(CLI::IsMember({"id", "en", "auto"}));
  cmd->add_option("--profile", opt->profile,
                  "Jurisdiction: id, us (adds the debt-collector disclosure and the opt-out line), generic, or auto "
                  "(default: santun.toml's profile, else id for Indonesian text and generic otherwise)")
      ->check(CLI::IsMember({"id", "us", "generic", "auto"}));
  cmd->add_option("--today", opt->today, "Date that relative dates resolve against (default: today)")
      ->type_name("YYYY-MM-DD");
  cmd->add_option("--config", opt->config, "Use this santun.toml (default: the nearest one above the file)")
      ->type_name("FILE");
  cmd->add_flag("--isolated", opt->isolated, "Ignore every santun.toml");
  AddRuleOptions(cmd, &opt->rules);
  cmd->footer(R"(The rewrite greets the debtor, says who writes, states the amount and due
date (kept from the message, or placeholders such as [jumlah tagihan] and
[tanggal jatuh tempo]), offers payment options and a payment plan, and
closes with the sender. Threats, insults, pressure and disclosures are
dropped; every amount and date of the message is kept as written. The
rewrite lints with no errors in template mode, and rewriting it again
changes nothing.

Examples:
  printf 'Halo, saya menagih utang Anda sekarang. Bayar sekarang juga!\n' | santun rewrite -
  santun rewrite --profile us --format json draft.txt

Exit codes: 0 done, 2 usage or rule errors, 3 the input could not be read.)");
  return {cmd, [opt] { return RunRewrite(*opt); }};
}

}  // namespace santun::cli
