// The Server's workspace (lsp/server.h): the watcher registration, reloads
// of santun.toml and the rule folders, and the problems they show.
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "lsp/json_rpc.h"
#include "lsp/server.h"

namespace santun::lsp {

void Server::Initialized(std::vector<Json>* out) {
  if (watch_dynamically_) {
    out->push_back(Json{{"jsonrpc", "2.0"},
                        {"id", "santun-" + std::to_string(next_request_id_++)},
                        {"method", "client/registerCapability"},
                        {"params", WatchConfigRegistration()}});
  }
  SyncProblems(out);
}

void Server::Reload(std::vector<Json>* out) {
  Workspace fresh = load_();
  if (!fresh.linter) {
    // Keep linting with what was loaded before; say why the reload failed.
    shown_problems_.clear();
    SyncProblems(fresh.problems ? fresh.problems() : Errors{}, "linting with what was loaded before", out);
    return;
  }
  // The documents' options and diagnostics point into the old workspace:
  // it lives until each is linted again.
  const Workspace old = std::exchange(workspace_, std::move(fresh));
  shown_problems_.clear();
  warned_.clear();
  for (auto& [uri, doc] : documents_) {
    if (IsConfigPath(doc.path)) continue;
    std::string warning;
    doc.options = workspace_.options(doc.path, &warning);
    if (!warning.empty() && warned_.insert(warning).second) {
      out->push_back(NotificationMessage("window/showMessage", {{"type", 2}, {"message", "santun: " + warning}}));
    }
  }
  SyncProblems(out);
  for (auto& [uri, doc] : documents_) {
    if (IsConfigPath(doc.path)) continue;
    LintDocument(&doc, out);
    out->push_back(Publish(uri, &doc));
  }
}

void Server::SyncProblems(std::vector<Json>* out) {
  SyncProblems(workspace_.problems ? workspace_.problems() : Errors{}, "linting with the defaults", out);
}

void Server::SyncProblems(const Errors& problems, const std::string& meanwhile, std::vector<Json>* out) {
  // One message for what is new: the first problem, and how many more
  // there are (each is a diagnostic on its file).
  std::vector<std::string> fresh;
  for (const Error& e : problems) {
    std::string text = e.ToString();
    if (shown_problems_.insert(text).second) fresh.push_back(std::move(text));
  }
  if (!fresh.empty()) {
    const std::string more =
        fresh.size() == 1 ? " (" : " (and " + std::to_string(fresh.size() - 1) + " more problems; ";
    out->push_back(NotificationMessage("window/showMessage",
                                       {{"type", 1}, {"message", "santun: " + fresh[0] + more + meanwhile + ")"}}));
  }
  std::map<std::string, Json> now = ProblemDiagnostics(problems);
  for (const auto& [uri, diagnostics] : problem_diagnostics_) {
    if (!now.count(uri)) {
      out->push_back(NotificationMessage("textDocument/publishDiagnostics",
                                         {{"uri", uri}, {"diagnostics", Json::array()}}));  // fixed
    }
  }
  for (const auto& [uri, diagnostics] : now) {
    auto it = problem_diagnostics_.find(uri);
    if (it != problem_diagnostics_.end() && it->second == diagnostics) continue;
    out->push_back(
        NotificationMessage("textDocument/publishDiagnostics", {{"uri", uri}, {"diagnostics", diagnostics}}));
  }
  problem_diagnostics_ = std::move(now);
}

}  // namespace santun::lsp
