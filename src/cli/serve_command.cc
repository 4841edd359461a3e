// santun serve: the HTTP API and the web page (serve/), over the session
// that `santun check` uses.
#include <memory>
#include <thread>

#include "cli/commands.h"
#include "cli/serve_options.h"

namespace santun::cli {

Command AddServeCommand(CLI::App& app) {
  auto opt = std::make_shared<ServeCommandOptions>();
  opt->http.workers = static_cast<int>(std::max(2u, std::thread::hardware_concurrency()));
  CLI::App* cmd = app.add_subcommand("serve", "Run the HTTP API and the web page (check, rewrite, rules) on loopback");
  cmd->add_option("--host", opt->http.host, "Address to listen on (loopback unless told otherwise)")
      ->capture_default_str();
  cmd->add_option("--port", opt->http.port, "Port (0: any free port, printed on start)")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  cmd->add_option("--workers", opt->http.workers, "Threads that handle connections (default: the cores, at least 2)")
      ->check(CLI::Range(1, 256));
  cmd->add_option("--max-batch", opt->max_batch, "Messages in one {\"messages\": [...]} request")
      ->check(CLI::Range(1, 100000))
      ->capture_default_str();
  cmd->add_option("--max-body-bytes", opt->http.max_body_bytes, "Largest request body (larger: 413)")
      ->check(CLI::Range(size_t{1}, size_t{1} << 30))
      ->capture_default_str();
  cmd->add_option("--timeout", opt->http.read_timeout_seconds, "Seconds to wait for a request's bytes")
      ->check(CLI::Range(1, 3600))
      ->capture_default_str();
  cmd->add_flag(
      "--no-access-log", [opt](int64_t) { opt->http.access_log = false; }, "Do not log a line per request");
  cmd->add_option("--config", opt->config, "Use this santun.toml (default: the one above the current folder)")
      ->type_name("FILE");
  cmd->add_flag("--isolated", opt->isolated, "Ignore every santun.toml");
  AddRuleOptions(cmd, &opt->rules);
  cmd->footer(R"(Routes:
  POST /v1/check      {"text": "...", "lang"?, "profile"?, "send_at"?, "channel"?, "mode"?, "id"?}
                      or {"messages": [...]}: the JSON of `santun check --format json`
  POST /v1/rewrite    one message: the JSON of `santun rewrite --format json`
  GET  /v1/rules      GET /v1/rules/ID      GET /rules/ID (the rule's page)
  GET  /healthz       GET /metrics (Prometheus)      GET / (the page)
Rules and santun.toml load once; SIGHUP reloads them (a broken pack keeps
the old rules and logs its errors). SIGINT or SIGTERM stops it.

Example:
  santun serve &
  curl -s localhost:8080/v1/check -d '{"text":"Dasar maling, bayar sekarang juga!"}')");
  return {cmd, [opt] {
            opt->http.write_timeout_seconds = opt->http.read_timeout_seconds;
            return RunServe(*opt);
          }};
}

}  // namespace santun::cli
