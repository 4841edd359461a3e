#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "engine/linter.h"

namespace santun::lsp {

/// The options to lint the document at `path` with ("-" when the URI is not
/// a file: linted like stdin). A configuration problem goes to *warning,
/// which the server shows the user once.
using OptionsProvider = std::function<MessageOptions(const std::string& path, std::string* warning)>;

/// What the server lints with: the Linter, each document's options, the
/// rule links, and the problems of the files they were loaded from. The
/// command builds it from santun.toml and the rule folders (the server
/// reads no file) and builds it again when santun.toml changes.
struct Workspace {
  std::shared_ptr<const void> owner;  // keeps alive what `linter` and `options` point into
  const Linter* linter = nullptr;     // null: loading failed (see `problems`)
  OptionsProvider options;
  std::string docs_url;  // santun.toml's docs-url ("" = report/rule_doc.h's default)
  /// Returns every problem found so far in a santun.toml or a rule pack
  /// ("file:line: message", `file` absolute), including those of santun.toml
  /// files that `options` loads later; null = none. The files are used with
  /// the defaults meanwhile.
  std::function<Errors()> problems;
};

/// Builds the Workspace; called once at start and on every reload.
using WorkspaceLoader = std::function<Workspace()>;

/// True when `path` is a santun.toml (its file name), which the server
/// reloads on save instead of linting as a message.
bool IsConfigPath(const std::string& path);

/// Returns the file: URI of an absolute path ("/tmp/a b.txt" ->
/// "file:///tmp/a%20b.txt"): the inverse of PathOfUri (lsp/server.h).
std::string UriOfPath(const std::string& path);

/// Returns the LSP diagnostics of `problems` by the URI of their file: each
/// an Error from "santun" over its whole line (line 0, no line known: the
/// start of the file) with the message without its place. Problems without
/// a file are left out (they are shown as messages only).
std::map<std::string, nlohmann::json> ProblemDiagnostics(const Errors& problems);

/// Returns the params of client/registerCapability that ask the client to
/// send workspace/didChangeWatchedFiles for every santun.toml (**/santun.toml).
nlohmann::json WatchConfigRegistration();

}  // namespace santun::lsp
