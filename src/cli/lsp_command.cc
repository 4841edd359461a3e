// santun lsp: a Language Server Protocol server on stdin/stdout.
#include <iostream>
#include <memory>
#include <utility>

#include "cli/commands.h"
#include "cli/session.h"
#include "lsp/server.h"
#include "lsp/transport.h"

namespace santun::cli {
namespace {

struct LspCommandOptions {
  std::string config;
  bool isolated = false;
  RuleOptions rules;
  size_t max_content_length = lsp::kDefaultMaxContentLength;
};

int RunLsp(const LspCommandOptions& opt) {
  SessionOptions options;
  options.config = opt.config;
  options.isolated = opt.isolated;
  options.rules = opt.rules;
  Session session(std::move(options));
  Errors errors = session.Open();
  // Rule folders come from --rules and from the santun.toml of the folder
  // the editor starts the server in (the workspace).
  session.ConfigFor("-", &errors);
  if (!errors.empty()) {
    PrintErrors(errors);
    return kExitUsage;
  }
  if (!session.LoadRules()) return kExitUsage;
  // Each document is linted with the santun.toml that applies to its path
  // (found walking up from the file, as `santun check` does).
  lsp::Server server(
      session.linter(),
      [&](const std::string& path, std::string* warning) {
        Errors config_errors;
        MessageOptions message = session.MessageOptionsFor(path, &config_errors);
        const Config& config = session.ConfigFor(path, &config_errors);
        message.time_budget = std::chrono::milliseconds(config.time_budget_ms.value_or(kDefaultTimeBudgetMs));
        if (!config_errors.empty()) *warning = config_errors.front().ToString() + " (linting with the defaults)";
        return message;
      },
      session.DocsUrl());
  std::ios::sync_with_stdio(false);
  std::string body, error;
  while (!server.exited()) {
    const lsp::ReadStatus status = lsp::ReadMessage(std::cin, &body, &error, opt.max_content_length);
    if (status == lsp::ReadStatus::kEnd || status == lsp::ReadStatus::kTruncated) break;
    if (status == lsp::ReadStatus::kTooLarge) {
      // Skipped whole, so the next message is read in step; its id is unknown, so no response.
      PrintError("lsp: " + error);
      continue;
    }
    if (status == lsp::ReadStatus::kBadHeader) {
      // The stream is out of step with the framing: nothing after it can be trusted.
      PrintError("lsp: " + error);
      return kExitUsage;
    }
    const lsp::Json message = lsp::Json::parse(body, nullptr, false);
    if (message.is_discarded()) {
      // Not the content itself: it may hold a document with personal data.
      lsp::WriteMessage(std::cout, lsp::Server::ParseError(std::to_string(body.size()) + " bytes"));
      continue;
    }
    for (const lsp::Json& out : server.Handle(message)) lsp::WriteMessage(std::cout, out);
  }
  // The client closed the stream or sent `exit`: 0 only after `shutdown`.
  return server.exit_code();
}

}  // namespace

Command AddLspCommand(CLI::App& app) {
  auto opt = std::make_shared<LspCommandOptions>();
  CLI::App* cmd = app.add_subcommand("lsp", "Run a Language Server Protocol server on stdin/stdout (for editors)");
  cmd->add_option("--config", opt->config, "Use this santun.toml for every document (default: the nearest one)")
      ->type_name("FILE");
  cmd->add_flag("--isolated", opt->isolated, "Ignore every santun.toml");
  AddRuleOptions(cmd, &opt->rules);
  cmd->add_option("--max-content-length", opt->max_content_length,
                  "Skip (with an error on stderr) messages whose content is larger than this many bytes")
      ->type_name("BYTES")
      ->check(CLI::PositiveNumber)
      ->default_val(lsp::kDefaultMaxContentLength);
  cmd->footer(R"(Editors start it as a language server over stdio, e.g. for Neovim 0.8+:
  vim.lsp.start({ name = "santun", cmd = { "santun", "lsp" } })
(Neovim 0.7, Emacs, Helix, VS Code: docs/editors.md.)
Documents are linted on open and on every change; diagnostics carry the
rule id and a link to its documentation; code actions offer the fixes
(safe ones preferred) and "fix all safe problems" (source.fixAll.santun).
Each document uses the santun.toml found above its file, as `santun check`.)");
  return {cmd, [opt] { return RunLsp(*opt); }};
}

}  // namespace santun::cli
