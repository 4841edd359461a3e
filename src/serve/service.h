#pragma once

#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <utility>

#include "engine/linter.h"
#include "ruleset/rule_set.h"
#include "serve/metrics.h"

namespace santun::serve {

/// One load of the rules and settings that requests are linted with. The
/// CLI builds it from its Session (the same santun.toml and rule folders as
/// `santun check`); a reload (SIGHUP) builds a new one while requests in
/// flight finish with the old one, which they keep alive.
struct Snapshot {
  std::shared_ptr<const void> owner;  // keeps the session behind the pointers alive
  const Linter* linter = nullptr;
  const RuleSet* rules = nullptr;
  /// The settings of a message without a file (santun.toml of the current
  /// folder, then the command line); each request's lang, profile,
  /// send_at, channel and mode win.
  MessageOptions defaults;
  std::string docs_url;   // santun.toml's docs-url ("" = the default)
  std::string loaded_at;  // when it was loaded (ISO-8601, UTC)
};

struct ServiceOptions {
  size_t max_batch = 100;  // messages in one {"messages": [...]} request
};

/// A request as the service sees it: the path without its query.
struct Request {
  std::string method;  // "GET", "POST" … ("HEAD" is answered as GET)
  std::string path;
  std::string body;
};

struct Response {
  Response() = default;
  Response(int status_, std::string content_type_, std::string body_)
      : status(status_), content_type(std::move(content_type_)), body(std::move(body_)) {}

  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::string allow;     // 405: the methods the route takes
  std::string location;  // 308: where the resource is
};

/// santun serve's routes, without I/O (serve/http_server.h adds HTTP), so
/// that tests call them directly:
///   POST /v1/check      one message object {"text", "id"?, "lang"?,
///                       "profile"?, "send_at"?, "channel"?, "mode"?} (as a
///                       line of `check --input jsonl`) or {"messages":
///                       [...]} up to max_batch → the document of
///                       `santun check --format json` (path "-")
///   POST /v1/rewrite    one message object → `santun rewrite --format json`
///   GET  /v1/rules      `santun rules --format json`, each with its "url"
///   GET  /v1/rules/{id} one rule: its variants with why, message, refs,
///                       examples and fix
///   GET  /healthz       {"status": "ok", "rules", "loaded_at", "reloads"}
///   GET  /metrics       Prometheus text
///   GET  /rules/, /rules/{id}[.html]   the rule reference (HTML; /rules
///                       redirects to /rules/)
///   GET  /, /web/{file} the page (web/, embedded)
/// Errors are JSON {"error": "...", "status": N}: malformed JSON or a bad
/// field 400 (naming the byte or the field), a batch over the limit 413, an
/// unknown path 404, a method the route does not take 405 (with Allow).
/// Handle() is safe to call from many threads at once, also while
/// Replace() installs new rules.
class Service {
 public:
  Service(ServiceOptions options, std::shared_ptr<const Snapshot> snapshot);

  Response Handle(const Request& request);

  /// Installs reloaded rules; requests that already started keep theirs.
  void Replace(std::shared_ptr<const Snapshot> snapshot);
  std::shared_ptr<const Snapshot> Current() const;

  /// The route pattern of a path, for metrics and logs: "/v1/check",
  /// "/v1/rules/{id}", "/rules/{id}", "/web/{file}" …, or "other".
  static std::string RouteOf(const std::string& path);

  Metrics& metrics() { return metrics_; }
  const ServiceOptions& options() const { return options_; }

 private:
  Response Check(const Snapshot& s, const std::string& body);
  Response RewriteMessage(const Snapshot& s, const std::string& body);
  Response Health(const Snapshot& s) const;

  ServiceOptions options_;
  mutable std::mutex mutex_;  // guards snapshot_ (the pointer, not what it points to)
  std::shared_ptr<const Snapshot> snapshot_;
  Metrics metrics_;
};

/// Returns the JSON error body {"error": message, "status": status}.
Response ErrorResponse(int status, const std::string& message);

/// The rule routes (serve/rules_api.cc): GET /v1/rules, /v1/rules/{id} and
/// the HTML pages of /rules/. `id` is what follows the route's prefix.
Response RuleListResponse(const Snapshot& s);
Response RuleDetailResponse(const Snapshot& s, const std::string& id);
Response RulePageResponse(const Snapshot& s, const std::string& id);

}  // namespace santun::serve
