// santun lsp: a Language Server Protocol server on stdin/stdout.
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
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

SessionOptions SessionOptionsOf(const LspCommandOptions& opt, bool isolated) {
  SessionOptions options;
  options.config = opt.config;
  options.isolated = isolated;
  options.rules = opt.rules;
  return options;
}

// One load of the workspace: the Session (rules, Linter, settings) and the
// problems of its santun.toml files and rule folders, with absolute paths
// (the server turns them into URIs).
struct LspWorkspace {
  std::unique_ptr<Session> session;
  Errors problems;

  void Add(const Errors& errors) {
    for (Error e : errors) {
      if (!e.file.empty()) {
        std::error_code ec;
        const std::filesystem::path absolute = std::filesystem::absolute(e.file, ec);
        if (!ec) e.file = absolute.lexically_normal().string();
      }
      const bool known = std::any_of(problems.begin(), problems.end(), [&](const Error& p) {
        return p.file == e.file && p.line == e.line && p.message == e.message;
      });
      if (!known) problems.push_back(std::move(e));
    }
  }
};

// Loads santun.toml and the rule folders as `santun check` would. A broken
// santun.toml is linted with the defaults, a broken rule folder of a
// santun.toml with the built-in packs and --rules only; both are problems
// the editor shows. Only broken --rules folders leave no linter.
lsp::Workspace LoadWorkspace(const LspCommandOptions& opt) {
  auto state = std::make_shared<LspWorkspace>();
  state->session = std::make_unique<Session>(SessionOptionsOf(opt, opt.isolated));
  Errors errors = state->session->Open();
  // Rule folders come from --rules and from the santun.toml of the folder
  // the editor starts the server in (the workspace).
  state->session->ConfigFor("-", &errors);
  state->Add(errors);
  const Errors rule_errors = state->session->TryLoadRules();
  if (!rule_errors.empty()) {
    state->Add(rule_errors);
    state->session = std::make_unique<Session>(SessionOptionsOf(opt, /*isolated=*/true));
    state->session->Open();
    state->Add(state->session->TryLoadRules());
  }
  lsp::Workspace workspace;
  workspace.owner = state;
  workspace.problems = [state] { return state->problems; };
  if (!state->session->linter_ready()) return workspace;
  workspace.linter = &state->session->linter();
  workspace.docs_url = state->session->DocsUrl();
  // Each document is linted with the santun.toml that applies to its path
  // (found walking up from the file, as `santun check` does).
  workspace.options = [state](const std::string& path, std::string*) {
    Errors config_errors;
    MessageOptions message = state->session->MessageOptionsFor(path, &config_errors);
    const Config& config = state->session->ConfigFor(path, &config_errors);
    message.time_budget = std::chrono::milliseconds(config.time_budget_ms.value_or(kDefaultTimeBudgetMs));
    state->Add(config_errors);
    return message;
  };
  return workspace;
}

int RunLsp(const LspCommandOptions& opt) {
  std::optional<lsp::Workspace> first = LoadWorkspace(opt);
  if (!first->linter) {
    PrintErrors(first->problems());
    return kExitUsage;
  }
  lsp::Server server([&]() -> lsp::Workspace {
    if (first) return *std::exchange(first, std::nullopt);
    return LoadWorkspace(opt);
  });
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
Each document uses the santun.toml found above its file, as `santun check`.
A santun.toml that does not load is shown in the editor (the defaults lint
meanwhile) and is read again when saved or changed.)");
  return {cmd, [opt] { return RunLsp(*opt); }};
}

}  // namespace santun::cli
