#include "serve/http_server.h"

#include <httplib.h>
#include <pthread.h>
#include <signal.h>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <ctime>
#include <deque>
#include <iostream>
#include <mutex>
#include <thread>
#include <vector>

#include "serve/utc_now.h"

namespace santun::serve {
namespace {

using Clock = std::chrono::steady_clock;

// A fixed set of worker threads with a bounded queue of accepted
// connections: when it is full, enqueue() waits, so the accept loop stops
// accepting and further clients wait in the kernel's backlog instead of in
// memory. (httplib's own ThreadPool queues without a limit.)
class BoundedPool : public httplib::TaskQueue {
 public:
  BoundedPool(size_t threads, size_t max_queue) : max_queue_(max_queue) {
    for (size_t i = 0; i < threads; ++i) threads_.emplace_back([this] { Work(); });
  }

  void enqueue(std::function<void()> fn) override {
    std::unique_lock<std::mutex> lock(mutex_);
    not_full_.wait(lock, [&] { return jobs_.size() < max_queue_ || shutdown_; });
    jobs_.push_back(std::move(fn));
    not_empty_.notify_one();
  }

  void shutdown() override {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      shutdown_ = true;
    }
    not_empty_.notify_all();
    not_full_.notify_all();
    for (std::thread& t : threads_) t.join();
  }

 private:
  void Work() {
    for (;;) {
      std::function<void()> fn;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        not_empty_.wait(lock, [&] { return !jobs_.empty() || shutdown_; });
        if (jobs_.empty()) return;  // shut down, nothing left
        fn = std::move(jobs_.front());
        jobs_.pop_front();
        not_full_.notify_one();
      }
      fn();
    }
  }

  const size_t max_queue_;
  std::mutex mutex_;
  std::condition_variable not_empty_, not_full_;
  std::deque<std::function<void()>> jobs_;
  std::vector<std::thread> threads_;
  bool shutdown_ = false;
};

std::mutex log_mutex;

void Log(const std::string& line) {
  std::lock_guard<std::mutex> lock(log_mutex);
  std::cerr << line << '\n' << std::flush;
}

// When the request on this worker thread started (set once its headers are
// read); zero when httplib answered before that (a malformed request line).
thread_local Clock::time_point request_start{};

// The JSON body of the errors that httplib answers itself.
std::string ErrorText(int status, size_t max_body) {
  switch (status) {
    case 400: return "malformed HTTP request";
    case 413: return "the request body is larger than the limit of " + std::to_string(max_body) + " bytes";
    case 414: return "the request URI is too long";
    case 408: return "the request was not received in time";
    default: return "HTTP error " + std::to_string(status);
  }
}

void Install(httplib::Server& server, const HttpOptions& options, Service& service) {
  auto handle = [&service](const httplib::Request& req, httplib::Response& res) {
    Response r = service.Handle(Request{req.method, req.path, req.body});
    res.status = r.status;
    if (!r.allow.empty()) res.set_header("Allow", r.allow);
    if (!r.location.empty()) res.set_header("Location", r.location);
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_content(std::move(r.body), r.content_type.c_str());
  };
  // Every method and path goes to the service, which routes (and answers
  // 404 and 405) itself.
  server.Get(".*", handle);
  server.Post(".*", handle);
  server.Put(".*", handle);
  server.Patch(".*", handle);
  server.Delete(".*", handle);
  server.Options(".*", handle);
  server.set_pre_routing_handler([](const httplib::Request&, httplib::Response&) {
    request_start = Clock::now();
    return httplib::Server::HandlerResponse::Unhandled;
  });
  const size_t max_body = options.max_body_bytes;
  server.set_error_handler(
      httplib::Server::HandlerWithResponse([max_body](const httplib::Request&, httplib::Response& res) {
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;  // the service's own error
        res.set_content(ErrorResponse(res.status, ErrorText(res.status, max_body)).body, "application/json");
        return httplib::Server::HandlerResponse::Handled;
      }));
  const bool access_log = options.access_log;
  server.set_logger([&service, access_log](const httplib::Request& req, const httplib::Response& res) {
    const double seconds =
        request_start == Clock::time_point{} ? 0 : std::chrono::duration<double>(Clock::now() - request_start).count();
    request_start = {};
    const std::string route = Service::RouteOf(req.path);
    service.metrics().Request(route, res.status, seconds);
    if (!access_log) return;
    char ms[32];
    std::snprintf(ms, sizeof ms, "%.3fms", seconds * 1000);
    Log(UtcNow() + " " + req.remote_addr + " " + req.method + " " + route + " " + std::to_string(res.status) + " " +
        ms + " in=" + std::to_string(req.body.size()) + "B out=" + std::to_string(res.body.size()) + "B");
  });
  server.set_read_timeout(options.read_timeout_seconds, 0);
  server.set_write_timeout(options.write_timeout_seconds, 0);
  server.set_keep_alive_timeout(options.keep_alive_seconds);
  server.set_keep_alive_max_count(100);
  server.set_payload_max_length(options.max_body_bytes);
  // Headers and body go out in separate writes: without TCP_NODELAY, Nagle's
  // algorithm and the client's delayed ACK stall each keep-alive response
  // by 40 ms.
  server.set_tcp_nodelay(true);
  const size_t workers = static_cast<size_t>(options.workers > 0 ? options.workers : 1);
  const size_t max_queue = options.max_queue > 0 ? options.max_queue : 1;
  server.new_task_queue = [workers, max_queue] { return new BoundedPool(workers, max_queue); };
}

bool IsLoopback(const std::string& host) { return host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0; }

}  // namespace

int RunHttpServer(const HttpOptions& options, Service& service, const Loader& reload) {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGHUP);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  httplib::Server server;
  Install(server, options, service);
  const int port = options.port == 0 ? server.bind_to_any_port(options.host)
                                     : (server.bind_to_port(options.host, options.port) ? options.port : -1);
  if (port < 0) {
    Log("santun: error: serve: cannot listen on " + options.host + ":" + std::to_string(options.port));
    return 2;
  }
  std::thread waiter([&] {
    for (;;) {
      int sig = 0;
      if (sigwait(&signals, &sig) != 0) continue;
      if (sig != SIGHUP) break;
      const std::shared_ptr<const Snapshot> before = service.Current();
      if (std::shared_ptr<const Snapshot> next = reload()) {
        service.Replace(next);
        service.metrics().Reload(true);
        Log("santun serve: reloaded the rules (" + std::to_string(next->rules->ids().size()) + " rules)");
      } else {
        service.metrics().Reload(false);
        Log("santun serve: reload failed; still serving the rules loaded at " + before->loaded_at);
      }
    }
    server.stop();
  });
  Log("santun serve: listening on http://" +
      (options.host.find(':') != std::string::npos ? "[" + options.host + "]" : options.host) + ":" +
      std::to_string(port) + "/ (" + std::to_string(options.workers) + " workers, " +
      std::to_string(service.Current()->rules->ids().size()) + " rules)");
  if (!IsLoopback(options.host)) Log("santun serve: warning: listening beyond loopback on " + options.host);
  const bool ok = server.listen_after_bind();
  // listen_after_bind() returns once the waiter stopped the server; if it
  // failed by itself, wake the waiter so that it can be joined.
  if (!ok || server.is_running()) pthread_kill(waiter.native_handle(), SIGTERM);
  waiter.join();
  Log("santun serve: stopped");
  return 0;
}

}  // namespace santun::serve
