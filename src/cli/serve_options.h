#pragma once

#include <cstddef>
#include <string>

#include "cli/common.h"
#include "serve/http_server.h"

namespace santun::cli {

/// What `santun serve` was asked for (parsed by serve_command.cc).
struct ServeCommandOptions {
  std::string config;
  bool isolated = false;
  RuleOptions rules;
  serve::HttpOptions http;
  size_t max_batch = 100;
};

/// Runs the server. Two definitions, one per executable: in `santun-serve`
/// (serve_run.cc) it serves; in `santun` (serve_exec.cc) it replaces the
/// process with `santun-serve` from santun's own folder, same arguments,
/// so that `santun check` never loads cpp-httplib and its TLS libraries
/// (they were most of the start-up: docs/performance.md).
int RunServe(const ServeCommandOptions& options);

}  // namespace santun::cli
