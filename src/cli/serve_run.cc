// santun serve, in the santun-serve executable: loads the rules and
// santun.toml, then serves HTTP (cpp-httplib) until SIGINT/SIGTERM.
#include <ctime>
#include <memory>
#include <utility>

#include "cli/serve_options.h"
#include "cli/session.h"
#include "serve/http_server.h"
#include "serve/service.h"
#include "serve/utc_now.h"

namespace santun::cli {
namespace {

// Loads santun.toml (--config, else the one above the current folder) and
// the rules as `santun check -` does; prints the errors and returns nullptr
// when anything is wrong. Called at start and on every SIGHUP.
std::shared_ptr<const serve::Snapshot> Load(const ServeCommandOptions& opt) {
  SessionOptions options;
  options.config = opt.config;
  options.isolated = opt.isolated;
  options.rules = opt.rules;
  auto session = std::make_shared<Session>(std::move(options));
  Errors errors = session->Open();
  session->ConfigFor("-", &errors);
  if (!errors.empty()) {
    PrintErrors(errors);
    return nullptr;
  }
  if (!session->LoadRules()) return nullptr;
  errors = session->ValidateIds();
  if (!errors.empty()) {
    PrintErrors(errors);
    return nullptr;
  }
  auto snapshot = std::make_shared<serve::Snapshot>();
  snapshot->defaults = session->MessageOptionsFor("-");
  snapshot->linter = &session->linter();
  snapshot->rules = &session->rules();
  snapshot->docs_url = session->DocsUrl();
  snapshot->loaded_at = UtcNow();
  snapshot->owner = std::move(session);
  return snapshot;
}

}  // namespace

int RunServe(const ServeCommandOptions& opt) {
  std::shared_ptr<const serve::Snapshot> snapshot = Load(opt);
  if (!snapshot) return kExitUsage;
  serve::Service service(serve::ServiceOptions{opt.max_batch}, std::move(snapshot));
  return serve::RunHttpServer(opt.http, service, [&opt] { return Load(opt); });
}

}  // namespace santun::cli
