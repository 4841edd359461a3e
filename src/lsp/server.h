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

namespace santun::lsp {

using Json = nlohmann::json;

/// The options to lint the document at `path` with ("-" when the URI is not
/// a file: linted like stdin). A configuration problem goes to *warning,
/// which the server shows the user once.
using OptionsProvider = std::function<MessageOptions(const std::string& path, std::string* warning)>;

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
class Server {
 public:
  /// `docs_url` is santun.toml's docs-url for the rule links ("" = the
  /// default of report/rule_doc.h).
  Server(const Linter& linter, OptionsProvider options, std::string docs_url = "");

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
  Json CodeActions(const Json& params) const;
  Json Hover(const Json& params) const;  // null when not over a diagnostic
  // Lints the document; past its time budget it gets no diagnostics and *out a warning.
  void LintDocument(Document* doc, std::vector<Json>* out) const;
  Json Publish(const std::string& uri, const Document* doc) const;
  Json LspDiagnostic(const Document& doc, const Diagnostic& d) const;
  Json LspRange(const SourceText& source, Span span) const;

  const Linter& linter_;
  OptionsProvider options_;
  std::string docs_url_;
  std::map<std::string, Document> documents_;  // by URI
  std::set<std::string> warned_;               // configuration warnings already shown
  bool initialized_ = false;
  bool shutdown_ = false;
  bool exited_ = false;
  bool utf8_positions_ = false;  // else UTF-16 code units
};

/// Returns the file path of a file: URI ("file:///tmp/a%20b.txt" ->
/// "/tmp/a b.txt"), or "" for other schemes (untitled:, …).
std::string PathOfUri(const std::string& uri);

}  // namespace santun::lsp
