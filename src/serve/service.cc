#include "serve/service.h"

#include <nlohmann/json.hpp>

#include <sstream>
#include <utility>
#include <vector>

#include "engine/send_time.h"
#include "report/json.h"
#include "report/rewrite_json.h"
#include "serve/web_files.h"
#include "stream/jsonl_record.h"
#include "text/utf8.h"

namespace santun::serve {
namespace {

using Json = nlohmann::json;
using OrderedJson = nlohmann::ordered_json;

constexpr const char* kHtml = "text/html; charset=utf-8";

std::string Dump(const OrderedJson& j) { return j.dump(2, ' ', false, OrderedJson::error_handler_t::replace) + "\n"; }

// Parses a request body; on failure returns the 400 that names the problem.
bool ParseBody(const std::string& body, Json* out, Response* error) {
  if (body.find_first_not_of(" \t\r\n") == std::string::npos) {
    *error = ErrorResponse(400, "the request body is empty: send a message object such as {\"text\": \"...\"}");
    return false;
  }
  if (const size_t bad = utf8::FindInvalid(body); bad != utf8::kValid) {
    *error = ErrorResponse(400, "invalid UTF-8 at byte " + std::to_string(bad) + " of the request body");
    return false;
  }
  try {
    *out = Json::parse(body);
  } catch (const Json::parse_error& e) {
    const size_t at = e.byte > 0 ? e.byte - 1 : 0;  // 0-based, as for UTF-8
    *error = ErrorResponse(400, "invalid JSON at byte " + std::to_string(at) + " of the request body");
    return false;
  }
  return true;
}

// Decodes one message object (the fields of a JSONL record) and checks its
// send time; `where` prefixes the problem ("messages[2]: ").
std::string DecodeMessage(const Json& j, const MessageOptions& defaults, const std::string& where,
                          JsonlRecord* record) {
  std::string problem = DecodeRecordJson(j, record);
  if (problem.empty() && record->send_at) {
    std::string why;
    if (!ResolveSendTime(*record->send_at, defaults.tz, &why)) problem = "'send_at': " + why;
  }
  return problem.empty() ? "" : where + problem;
}

std::string ContentType(const std::string& name) {
  auto ends = [&](const char* ext) {
    const std::string e(ext);
    return name.size() >= e.size() && name.compare(name.size() - e.size(), e.size(), e) == 0;
  };
  if (ends(".html")) return kHtml;
  if (ends(".css")) return "text/css; charset=utf-8";
  if (ends(".js")) return "text/javascript; charset=utf-8";
  if (ends(".svg")) return "image/svg+xml";
  return "text/plain; charset=utf-8";
}

Response WebFile(const std::string& name) {
  const std::string_view* content = FindWebFile(name);
  if (!content) return ErrorResponse(404, "no such file: /web/" + name);
  return Response{200, ContentType(name), std::string(*content)};
}

bool StartsWith(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

}  // namespace

Response ErrorResponse(int status, const std::string& message) {
  return Response{status, "application/json", Dump(OrderedJson{{"error", message}, {"status", status}})};
}

Service::Service(ServiceOptions options, std::shared_ptr<const Snapshot> snapshot)
    : options_(options), snapshot_(std::move(snapshot)) {}

void Service::Replace(std::shared_ptr<const Snapshot> snapshot) {
  std::lock_guard<std::mutex> lock(mutex_);
  snapshot_ = std::move(snapshot);
}

std::shared_ptr<const Snapshot> Service::Current() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return snapshot_;
}

std::string Service::RouteOf(const std::string& path) {
  static const char* kExact[] = {"/", "/v1/check", "/v1/rewrite", "/v1/rules", "/healthz", "/metrics"};
  for (const char* r : kExact) {
    if (path == r) return r;
  }
  if (path == "/rules") return "/rules";
  if (path == "/rules/") return "/rules/";
  if (StartsWith(path, "/v1/rules/") && path.size() > 10) return "/v1/rules/{id}";
  if (StartsWith(path, "/rules/")) return "/rules/{id}";
  if (StartsWith(path, "/web/") && path.size() > 5) return "/web/{file}";
  return "other";
}

Response Service::Handle(const Request& request) {
  const std::string route = RouteOf(request.path);
  if (route == "other") {
    return ErrorResponse(404,
                         "no such route; santun serve answers POST /v1/check, POST /v1/rewrite, GET /v1/rules, "
                         "GET /v1/rules/{id}, GET /healthz, GET /metrics, GET /rules/ and GET /");
  }
  const bool post = route == "/v1/check" || route == "/v1/rewrite";
  const std::string method = request.method == "HEAD" ? "GET" : request.method;
  if (method != (post ? "POST" : "GET")) {
    Response r = ErrorResponse(
        405, "method " + request.method + " is not allowed on " + route + "; use " + (post ? "POST" : "GET"));
    r.allow = post ? "POST" : "GET, HEAD";
    return r;
  }
  // The rules of this request, kept alive until it is answered.
  const std::shared_ptr<const Snapshot> snapshot = Current();
  const Snapshot& s = *snapshot;
  if (route == "/v1/check") return Check(s, request.body);
  if (route == "/v1/rewrite") return RewriteMessage(s, request.body);
  if (route == "/v1/rules") return RuleListResponse(s);
  if (route == "/v1/rules/{id}") return RuleDetailResponse(s, request.path.substr(10));
  if (route == "/healthz") return Health(s);
  if (route == "/metrics") {
    return Response{200, "text/plain; version=0.0.4; charset=utf-8", metrics_.Text(s.rules->ids().size())};
  }
  if (route == "/rules") {
    Response r(308, kHtml, "");
    r.location = "/rules/";
    return r;
  }
  if (route == "/rules/") return RulePageResponse(s, "index");
  if (route == "/rules/{id}") return RulePageResponse(s, request.path.substr(7));
  if (route == "/web/{file}") return WebFile(request.path.substr(5));
  return WebFile("index.html");  // "/"
}

Response Service::Check(const Snapshot& s, const std::string& body) {
  Json j;
  Response error;
  if (!ParseBody(body, &j, &error)) return error;
  std::vector<JsonlRecord> records;
  if (j.is_object() && j.contains("messages")) {
    const Json& list = j["messages"];
    if (!list.is_array()) return ErrorResponse(400, "'messages' must be an array of message objects");
    if (list.empty()) return ErrorResponse(400, "'messages' is empty");
    if (list.size() > options_.max_batch) {
      return ErrorResponse(413, "a batch holds at most " + std::to_string(options_.max_batch) + " messages, not " +
                                    std::to_string(list.size()));
    }
    records.resize(list.size());
    for (size_t i = 0; i < list.size(); ++i) {
      std::string problem = DecodeMessage(list[i], s.defaults, "messages[" + std::to_string(i) + "]: ", &records[i]);
      if (!problem.empty()) return ErrorResponse(400, problem);
    }
  } else {
    records.resize(1);
    std::string problem = DecodeMessage(j, s.defaults, "", &records[0]);
    if (!problem.empty()) return ErrorResponse(400, problem);
  }
  RunResult run;
  run.files.push_back(FileResult{"-", {}});
  for (JsonlRecord& record : records) {
    auto source = std::make_shared<const SourceText>("-", std::move(record.text));
    LintResult result = s.linter->Lint(*source, RecordOptions(record, s.defaults));
    for (const Diagnostic& d : result.diagnostics) {
      metrics_.Findings(d.rule->category, std::string(SeverityName(d.severity)), 1);
    }
    run.files[0].messages.push_back({record.id, std::move(source), result.lang, std::move(result.diagnostics), 0,
                                     std::move(result.redactions), std::string(MessageKindName(result.kind)),
                                     record.id_is_number});
  }
  std::ostringstream out;
  RenderJson(run, out);
  return Response{200, "application/json", out.str()};
}

Response Service::RewriteMessage(const Snapshot& s, const std::string& body) {
  Json j;
  Response error;
  if (!ParseBody(body, &j, &error)) return error;
  if (j.is_object() && j.contains("messages")) return ErrorResponse(400, "/v1/rewrite takes one message object");
  JsonlRecord record;
  std::string problem = DecodeMessage(j, s.defaults, "", &record);
  if (!problem.empty()) return ErrorResponse(400, problem);
  const SourceText source("-", std::move(record.text));
  const MessageOptions message = RecordOptions(record, s.defaults);
  RewriteOptions rewrite;
  rewrite.lang = message.lang;
  rewrite.profile = message.profile;
  rewrite.today = message.today;
  rewrite.allow = message.allow;
  const RewriteResult result = Rewrite(*s.linter, source, rewrite);
  return Response{200, "application/json", Dump(RewriteJson("-", source, result))};
}

Response Service::Health(const Snapshot& s) const {
  OrderedJson j{{"status", "ok"},
                {"version", SANTUN_VERSION},
                {"rules", s.rules->ids().size()},
                {"loaded_at", s.loaded_at},
                {"reloads", OrderedJson{{"ok", metrics_.reloads(true)}, {"failed", metrics_.reloads(false)}}}};
  return Response{200, "application/json", Dump(j)};
}

}  // namespace santun::serve
