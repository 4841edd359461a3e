#include "lsp/server.h"

#include <algorithm>
#include <optional>
#include <utility>

#include "lsp/hover.h"
#include "lsp/json_rpc.h"
#include "lsp/suppress_action.h"
#include "report/rule_doc.h"
#include "rewrite/fix_loop.h"
#include "text/utf8.h"

namespace santun::lsp {
namespace {

// JSON-RPC and LSP error codes.
constexpr int kParseError = -32700;
constexpr int kInvalidRequest = -32600;
constexpr int kMethodNotFound = -32601;
constexpr int kInvalidParams = -32602;
constexpr int kServerNotInitialized = -32002;

constexpr int kFullSync = 1;  // TextDocumentSyncKind.Full
constexpr const char* kFixAllKind = "source.fixAll.santun";

int LspSeverity(Severity s) {
  switch (s) {
    case Severity::kError: return 1;
    case Severity::kWarning: return 2;
    case Severity::kInfo: return 3;
  }
  return 3;
}

// The byte offset of an LSP position: a line past the end clamps to the
// end of the text, a character past the end of its line to the line's end.
size_t OffsetOf(std::string_view text, const Json& position, bool utf8_units) {
  const auto line = position.at("line").get<uint64_t>();
  const auto character = position.at("character").get<uint64_t>();
  size_t at = 0;
  for (uint64_t l = 0; l < line; ++l) {
    const size_t nl = text.find('\n', at);
    if (nl == std::string_view::npos) return text.size();
    at = nl + 1;
  }
  uint64_t units = 0;
  while (at < text.size() && text[at] != '\n' && units < character) {
    int len = 1;
    const char32_t c = utf8::Decode(text, at, &len);
    units += static_cast<uint64_t>(utf8_units ? len : utf8::Utf16Units(c));
    at += static_cast<size_t>(len);
  }
  return at;
}

bool Before(const Json& a, const Json& b) {  // a <= b, positions
  const auto al = a.at("line").get<uint64_t>(), bl = b.at("line").get<uint64_t>();
  return al != bl ? al < bl : a.at("character").get<uint64_t>() <= b.at("character").get<uint64_t>();
}

bool Overlaps(const Json& a, const Json& b) {  // ranges, touching counts (a cursor at a word's end)
  return Before(a.at("start"), b.at("end")) && Before(b.at("start"), a.at("end"));
}

// True when a code action of `kind` is wanted by `only` (absent: all).
bool Wanted(const Json& context, const std::string& kind) {
  if (!context.contains("only")) return true;
  for (const Json& k : context.at("only")) {
    const std::string prefix = k.get<std::string>();
    if (kind == prefix || kind.rfind(prefix + ".", 0) == 0) return true;
  }
  return false;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::string PathOfUri(const std::string& uri) {
  constexpr std::string_view kScheme = "file://";
  if (uri.rfind(kScheme, 0) != 0) return "";
  std::string path;
  for (size_t i = kScheme.size(); i < uri.size(); ++i) {
    if (uri[i] == '%' && i + 2 < uri.size() && HexValue(uri[i + 1]) >= 0 && HexValue(uri[i + 2]) >= 0) {
      path.push_back(static_cast<char>(HexValue(uri[i + 1]) * 16 + HexValue(uri[i + 2])));
      i += 2;
    } else {
      path.push_back(uri[i]);
    }
  }
  // "file://host/path": a host other than localhost is not a local file.
  if (!path.empty() && path[0] != '/') {
    const size_t slash = path.find('/');
    if (path.compare(0, slash, "localhost") != 0) return "";
    path = slash == std::string::npos ? "/" : path.substr(slash);
  }
  return path;
}

Server::Server(const Linter& linter, OptionsProvider options, std::string docs_url)
    : Server([&linter, options = std::move(options), docs_url = std::move(docs_url)] {
        return Workspace{nullptr, &linter, options, docs_url, nullptr};
      }) {}

Server::Server(WorkspaceLoader load) : load_(std::move(load)), workspace_(load_()) {}

Json Server::ParseError(const std::string& what) {
  return ErrorResponse(nullptr, kParseError, "content is not JSON: " + what);
}

std::vector<Json> Server::Handle(const Json& message) {
  std::vector<Json> out;
  if (exited_) return out;
  if (message.is_array()) {
    // JSON-RPC batches: LSP has none, and silence would leave the client waiting.
    out.push_back(ErrorResponse(nullptr, kInvalidRequest, "batches (JSON arrays) are not supported"));
    return out;
  }
  if (!message.is_object()) {
    out.push_back(ErrorResponse(nullptr, kInvalidRequest, "a message must be a JSON object"));
    return out;
  }
  if (!message.contains("method") || !message.at("method").is_string()) {
    // A response to a request of ours (we send none) is dropped; anything else is answered.
    if (!message.contains("result") && !message.contains("error")) {
      const Json id = message.contains("id") ? message.at("id") : Json(nullptr);
      out.push_back(ErrorResponse(id, kInvalidRequest, "a request needs a 'method' string"));
    }
    return out;
  }
  const std::string method = message.at("method").get<std::string>();
  const Json params = message.value("params", Json::object());
  if (!message.contains("id")) {
    try {
      Notification(method, params, &out);
    } catch (const Json::exception&) {
      // A notification has no response: malformed ones are dropped.
    }
    return out;
  }
  const Json& id = message.at("id");
  if (!initialized_ && method != "initialize") {
    out.push_back(ErrorResponse(id, kServerNotInitialized, "the server is not initialized"));
    return out;
  }
  if (shutdown_) {
    out.push_back(ErrorResponse(id, kInvalidRequest, "the server is shutting down"));
    return out;
  }
  try {
    std::optional<Json> result = Request(method, params);
    if (result) {
      out.push_back(Response(id, std::move(*result)));
    } else {
      out.push_back(ErrorResponse(id, kMethodNotFound, "unknown method '" + method + "'"));
    }
  } catch (const Json::exception& e) {
    out.push_back(ErrorResponse(id, kInvalidParams, "invalid params for '" + method + "': " + e.what()));
  }
  return out;
}

std::optional<Json> Server::Request(const std::string& method, const Json& params) {
  if (method == "initialize") return Initialize(params);
  if (method == "shutdown") {
    shutdown_ = true;
    return Json(nullptr);
  }
  if (method == "textDocument/codeAction") return CodeActions(params);
  if (method == "textDocument/hover") return Hover(params);
  return std::nullopt;
}

void Server::Notification(const std::string& method, const Json& params, std::vector<Json>* out) {
  if (method == "exit") {
    exited_ = true;
    return;
  }
  if (!initialized_ || shutdown_) return;
  if (method == "initialized") {
    Initialized(out);
  } else if (method == "workspace/didChangeWatchedFiles") {
    Reload(out);  // the client watches santun.toml files (and whatever else it was told to)
  } else if (method == "textDocument/didSave") {
    if (IsConfigPath(PathOfUri(params.at("textDocument").at("uri").get<std::string>()))) Reload(out);
  } else if (method == "textDocument/didOpen") {
    const Json& doc = params.at("textDocument");
    Open(doc.at("uri").get<std::string>(), doc.value("version", int64_t{0}), doc.at("text").get<std::string>(), out);
  } else if (method == "textDocument/didChange") {
    Change(params, out);
  } else if (method == "textDocument/didClose") {
    const std::string uri = params.at("textDocument").at("uri").get<std::string>();
    auto it = documents_.find(uri);
    if (it == documents_.end()) return;
    // A santun.toml keeps its problems' diagnostics while it is broken.
    if (!IsConfigPath(it->second.path)) out->push_back(Publish(uri, nullptr));
    documents_.erase(it);
  }
  // $/cancelRequest, workspace/didChangeConfiguration, …: nothing to do.
}

Json Server::Initialize(const Json& params) {
  initialized_ = true;
  // The client lists the encodings it supports, preferred first; UTF-16 is
  // the protocol's default and always allowed.
  std::string encoding = "utf-16";
  if (params.contains("capabilities")) {
    const Json& caps = params.at("capabilities");
    const Json watch = caps.value("/workspace/didChangeWatchedFiles/dynamicRegistration"_json_pointer, Json(false));
    watch_dynamically_ = watch == true;
    if (caps.contains("general") && caps.at("general").contains("positionEncodings")) {
      for (const Json& e : caps.at("general").at("positionEncodings")) {
        if (e == "utf-8" || e == "utf-16") {
          encoding = e.get<std::string>();
          break;
        }
      }
    }
  }
  utf8_positions_ = encoding == "utf-8";
  return Json{{"capabilities",
               {{"positionEncoding", encoding},
                {"textDocumentSync", {{"openClose", true}, {"change", kFullSync}, {"save", {{"includeText", false}}}}},
                {"codeActionProvider", {{"codeActionKinds", Json::array({"quickfix", kFixAllKind})}}},
                {"hoverProvider", true}}},
              {"serverInfo", {{"name", "santun"}, {"version", SANTUN_VERSION}}}};
}

void Server::Open(const std::string& uri, int64_t version, std::string text, std::vector<Json>* out) {
  Document& doc = documents_[uri];
  doc.path = PathOfUri(uri);
  if (doc.path.empty()) doc.path = "-";
  doc.version = version;
  doc.source = std::make_shared<const SourceText>(doc.path == "-" ? uri : doc.path, std::move(text));
  doc.result = LintResult{};
  if (IsConfigPath(doc.path)) {
    // Not a message: its diagnostics are the problems of loading it.
    SyncProblems(out);
    return;
  }
  std::string warning;
  doc.options = workspace_.options(doc.path, &warning);
  if (!warning.empty() && warned_.insert(warning).second) {
    out->push_back(NotificationMessage("window/showMessage", {{"type", 2}, {"message", "santun: " + warning}}));
  }
  SyncProblems(out);  // the santun.toml above the document is loaded now
  LintDocument(&doc, out);
  out->push_back(Publish(uri, &doc));
}

void Server::Change(const Json& params, std::vector<Json>* out) {
  const std::string uri = params.at("textDocument").at("uri").get<std::string>();
  auto it = documents_.find(uri);
  if (it == documents_.end()) return;  // a change to a document never opened
  std::string text(it->second.source->text());
  for (const Json& change : params.at("contentChanges")) {
    const std::string replacement = change.at("text").get<std::string>();
    if (!change.contains("range")) {
      text = replacement;
      continue;
    }
    const size_t begin = OffsetOf(text, change.at("range").at("start"), utf8_positions_);
    const size_t end = std::max(begin, OffsetOf(text, change.at("range").at("end"), utf8_positions_));
    text.replace(begin, end - begin, replacement);
  }
  Document& doc = it->second;
  doc.version = params.at("textDocument").value("version", doc.version);
  doc.source = std::make_shared<const SourceText>(doc.source->name(), std::move(text));
  if (IsConfigPath(doc.path)) return;  // reloaded when saved
  LintDocument(&doc, out);
  out->push_back(Publish(uri, &doc));
}

void Server::LintDocument(Document* doc, std::vector<Json>* out) const {
  try {
    doc->result = linter().Lint(*doc->source, doc->options);
  } catch (const TimeBudgetExceeded& e) {
    // Too large or too slow: no diagnostics for it, and the server answers on.
    doc->result = LintResult{};
    out->push_back(
        NotificationMessage("window/showMessage",
                            {{"type", 2},
                             {"message", "santun: " + doc->source->name() + " was not checked: " + e.what() +
                                             "; raise time-budget-ms in santun.toml to check documents this large"}}));
  }
}

Json Server::LspRange(const SourceText& source, Span span) const {
  auto position = [&](uint32_t offset) {
    const Position p = source.PositionOf(offset);
    return Json{{"line", p.line - 1}, {"character", (utf8_positions_ ? p.column : p.column_utf16) - 1}};
  };
  return Json{{"start", position(span.begin)}, {"end", position(span.end)}};
}

Json Server::LspDiagnostic(const Document& doc, const Diagnostic& d) const {
  std::string message = d.message;
  if (!d.rule->suggestion.empty()) message += "\nhelp: " + d.rule->suggestion;
  return Json{{"range", LspRange(*doc.source, d.span)},
              {"severity", LspSeverity(d.severity)},
              {"code", d.rule->id},
              {"codeDescription", {{"href", RuleHelpUri(workspace_.docs_url, d.rule->id)}}},
              {"source", "santun"},
              {"message", message}};
}

Json Server::Publish(const std::string& uri, const Document* doc) const {
  Json diagnostics = Json::array();
  Json params{{"uri", uri}};
  if (doc) {
    for (const Diagnostic& d : doc->result.diagnostics) diagnostics.push_back(LspDiagnostic(*doc, d));
    params["version"] = doc->version;
  }
  params["diagnostics"] = std::move(diagnostics);
  return NotificationMessage("textDocument/publishDiagnostics", std::move(params));
}

Json Server::Hover(const Json& params) const {
  const std::string uri = params.at("textDocument").at("uri").get<std::string>();
  const Json& position = params.at("position");
  const Json at{{"start", position}, {"end", position}};
  auto it = documents_.find(uri);
  if (it == documents_.end()) return nullptr;
  const Document& doc = it->second;
  std::vector<const Diagnostic*> over;
  Json range;
  for (const Diagnostic& d : doc.result.diagnostics) {
    Json r = LspRange(*doc.source, d.span);
    if (!Overlaps(r, at)) continue;
    if (over.empty()) range = std::move(r);
    over.push_back(&d);
  }
  if (over.empty()) return nullptr;  // not over a diagnostic
  return Json{
      {"contents",
       {{"kind", "markdown"}, {"value", HoverMarkdown(*doc.source, over, doc.result.redactions, workspace_.docs_url)}}},
      {"range", std::move(range)}};
}

Json Server::CodeActions(const Json& params) const {
  Json actions = Json::array();
  const std::string uri = params.at("textDocument").at("uri").get<std::string>();
  const Json& range = params.at("range");
  const Json context = params.value("context", Json::object());
  auto it = documents_.find(uri);
  if (it == documents_.end() || IsConfigPath(it->second.path)) return actions;
  const Document& doc = it->second;
  if (Wanted(context, "quickfix")) {
    for (const Diagnostic& d : doc.result.diagnostics) {
      const Json lsp = LspDiagnostic(doc, d);
      if (!Overlaps(lsp.at("range"), range)) continue;
      for (const Fix& fix : d.fixes) {
        if (fix.applicability == Applicability::kDisplayOnly) continue;  // shown, never applied
        Json edits = Json::array();
        for (const Edit& e : fix.edits) {
          edits.push_back(Json{{"range", LspRange(*doc.source, e.span)}, {"newText", e.replacement}});
        }
        const bool safe = fix.applicability == Applicability::kSafe;
        // Unsafe fixes reword (docs/rules.md): the title says so before it is chosen.
        actions.push_back(
            Json{{"title", fix.title + " (" + d.rule->id + (safe ? ")" : "; unsafe: rewords the message)")},
                 {"kind", "quickfix"},
                 {"diagnostics", Json::array({lsp})},
                 {"isPreferred", safe},
                 {"edit", {{"changes", {{uri, std::move(edits)}}}}}});
      }
      if (const std::optional<Edit> suppress = SuppressionEdit(*doc.source, d)) {
        const Json edit{{"range", LspRange(*doc.source, suppress->span)}, {"newText", suppress->replacement}};
        actions.push_back(Json{{"title", "Suppress with `" + SuppressionDirective(d.rule->id) + "`"},
                               {"kind", "quickfix"},
                               {"diagnostics", Json::array({lsp})},
                               {"isPreferred", false},
                               {"edit", {{"changes", {{uri, Json::array({edit})}}}}}});
      }
    }
  }
  if (Wanted(context, kFixAllKind)) {
    const std::string text(doc.source->text());
    FixLoopResult fixed;
    try {
      fixed = FixUntilStable(linter(), doc.source->name(), text, doc.options);
    } catch (const TimeBudgetExceeded&) {
      fixed.text = text;  // over the budget: no fix-all action
    }
    if (fixed.text != text) {
      // One edit over what changed only, not the whole document: the
      // untouched text (personal data the safe fixes leave alone) is not repeated.
      size_t head = 0;
      while (head < text.size() && head < fixed.text.size() && text[head] == fixed.text[head]) ++head;
      size_t tail = 0;
      while (tail < text.size() - head && tail < fixed.text.size() - head &&
             text[text.size() - 1 - tail] == fixed.text[fixed.text.size() - 1 - tail]) {
        ++tail;
      }
      // Keep both ends on character boundaries.
      while (head > 0 && (static_cast<unsigned char>(text[head]) & 0xC0) == 0x80) --head;
      while (tail > 0 && (static_cast<unsigned char>(text[text.size() - tail]) & 0xC0) == 0x80) --tail;
      const Span changed{static_cast<uint32_t>(head), static_cast<uint32_t>(text.size() - tail)};
      const std::string replacement = fixed.text.substr(head, fixed.text.size() - head - tail);
      actions.push_back(
          Json{{"title", "santun: fix all safe problems"},
               {"kind", kFixAllKind},
               {"edit",
                {{"changes",
                  {{uri, Json::array({{{"range", LspRange(*doc.source, changed)}, {"newText", replacement}}})}}}}}});
    }
  }
  return actions;
}

}  // namespace santun::lsp
