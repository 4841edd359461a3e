#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "serve/service.h"

namespace santun::serve {

/// How `santun serve` listens.
struct HttpOptions {
  std::string host = "127.0.0.1";   // loopback unless told otherwise
  int port = 8080;                  // 0: any free port (printed on start)
  int workers = 8;                  // threads that handle connections
  size_t max_queue = 64;            // accepted connections waiting for a worker; past it accepting waits
  size_t max_body_bytes = 1 << 20;  // a larger request body is answered 413
  int read_timeout_seconds = 5;     // per read of a request (a silent client is dropped)
  int write_timeout_seconds = 5;
  int keep_alive_seconds = 2;  // an idle keep-alive connection is closed after this
  bool access_log = true;      // one line per request on stderr
};

/// Returns new rules and settings (printing what is wrong to stderr and
/// returning nullptr when they do not load).
using Loader = std::function<std::shared_ptr<const Snapshot>()>;

/// Serves `service` over HTTP/1.1 (cpp-httplib) until SIGINT or SIGTERM,
/// then finishes the requests in flight and returns 0; returns 2 when it
/// cannot listen. On start prints "santun serve: listening on
/// http://HOST:PORT/" to stderr. SIGHUP calls `reload`: new rules replace
/// the old ones for the requests that start after it, and a failed reload
/// keeps the old ones (the loader has printed the errors with file:line).
/// Every request is logged as one line on stderr — time, client address,
/// method, the route's pattern (never the path or the body, which may hold
/// personal data), status, duration and sizes — and counted in
/// service.metrics(). Blocks SIGHUP, SIGINT and SIGTERM in the calling
/// thread (and so in the workers) and waits for them on a thread of its own.
int RunHttpServer(const HttpOptions& options, Service& service, const Loader& reload);

}  // namespace santun::serve
