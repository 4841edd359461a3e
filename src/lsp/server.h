#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "engine/linter.h"
#include "lsp/config_watch.h"

namespace santun::lsp {

using Json = nlohmann::json;

/// A Language Server Protocol server over a Linter, without I/O: Handle()
/// takes one decoded message and returns what to send back (responses and
/// notifications, in order), so tests drive it directly and `santun lsp`
/// only adds the stdio framing (lsp/transport.h).
///
/// Documents are synchronised whole (TextDocumentSyncKind.Full; ranged
/// changes are applied too) and linted on open and on every change;
/// diagnostics carry the rule id as `code`, its documentation as
/// `codeDescription`, and ranges in the negotiated position encoding
/// (UTF-16 unless the client offers UTF-8). Code actions are the
/// diagnostics' safe and unsafe fixes (safe ones preferred, unsafe ones
/// saying so in the title), a quick fix that suppresses the diagnostic with
/// an inline `santun: ignore[ID]` (lsp/suppress_action.h), and a
/// `source.fixAll.santun` action that applies every safe fix (also for a
/// client that asks for a parent kind: `source.fixAll`, `source`).
/// A hover over a diagnostic shows its message, why, references and fix in
/// Markdown (lsp/hover.h).
///
/// The Workspace (lsp/config_watch.h) is loaded at construction and again
/// when a santun.toml is saved (textDocument/didSave) or changes on disk
/// (workspace/didChangeWatchedFiles, which the server registers for
/// **/santun.toml after `initialized` when the client supports dynamic
/// registration); every open document is then linted and published again.
/// Each problem of the Workspace is shown once per load (window/showMessage,
/// Error) and published as a diagnostic on its file, cleared once a reload
/// no longer finds it. A santun.toml opened in the editor is not linted as
/// a message.
class Server {
 public:
  /// A fixed workspace: `docs_url` is santun.toml's docs-url for the rule
  /// links ("" = the default of report/rule_doc.h); nothing to reload.
  Server(const Linter& linter, OptionsProvider options, std::string docs_url = "");
  /// Calls `load` now (its linter must not be null) and on every reload (a
  /// null linter then keeps the previous workspace, its problems shown).
  explicit Server(WorkspaceLoader load);

  std::vector<Json> Handle(const Json& message);

  /// The response to content that is not JSON (JSON-RPC parse error).
  static Json ParseError(const std::string& what);

  bool exited() const { return exited_; }
  /// The process exit code the protocol asks for: 0 when `exit` followed
  /// `shutdown`, else 1.
  int exit_code() const { return shutdown_ ? 0 : 1; }

 private:
  struct Document {
    std::string path;
    int64_t version = 0;
    std::shared_ptr<const SourceText> source;
    MessageOptions options;
    LintResult result;
  };

  std::optional<Json> Request(const std::string& method, const Json& params);  // nullopt: unknown method
  void Notification(const std::string& method, const Json& params, std::vector<Json>* out);
  Json Initialize(const Json& params);
  void Open(const std::string& uri, int64_t version, std::string text, std::vector<Json>* out);
  void Change(const Json& params, std::vector<Json>* out);
  void Initialized(std::vector<Json>* out);
  // Loads the workspace again and lints every open document with it.
  void Reload(std::vector<Json>* out);
  // Shows the workspace's new problems and publishes the diagnostics of
  // every file whose problems changed.
  void SyncProblems(std::vector<Json>* out);
  // `meanwhile` ends the message: what the server lints with.
  void SyncProblems(const Errors& problems, const std::string& meanwhile, std::vector<Json>* out);
  const Linter& linter() const { return *workspace_.linter; }
  Json CodeActions(const Json& params) const;
  Json Hover(const Json& params) const;  // null when not over a diagnostic
  // Lints the document; past its time budget it gets no diagnostics and *out a warning.
  void LintDocument(Document* doc, std::vector<Json>* out) const;
  Json Publish(const std::string& uri, const Document* doc) const;
  Json LspDiagnostic(const Document& doc, const Diagnostic& d) const;
  Json LspRange(const SourceText& source, Span span) const;

  WorkspaceLoader load_;
  Workspace workspace_;
  std::map<std::string, Document> documents_;        // by URI
  std::set<std::string> warned_;                     // configuration warnings already shown
  std::set<std::string> shown_problems_;             // workspace problems shown since the last load
  std::map<std::string, Json> problem_diagnostics_;  // published on santun.toml files, by URI
  bool watch_dynamically_ = false;                   // the client registers file watchers on request
  int next_request_id_ = 1;
  bool initialized_ = false;
  bool shutdown_ = false;
  bool exited_ = false;
  bool utf8_positions_ = false;  // else UTF-16 code units
};

/// Returns the file path of a file: URI ("file:///tmp/a%20b.txt" ->
/// "/tmp/a b.txt"), or "" for other schemes (untitled:, …).
std::string PathOfUri(const std::string& uri);

}  // namespace santun::lsp
