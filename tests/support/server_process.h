#pragma once

#include <sys/types.h>

#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace santun::testing {

/// A `santun serve --port 0 ARGS…` process on loopback: the constructor
/// starts it (in `cwd`, default the source tree) and waits (at most 20 s)
/// for its "listening on http://127.0.0.1:PORT/" line; the destructor sends
/// SIGTERM and waits for it to exit. A thread collects what it logs.
class ServerProcess {
 public:
  explicit ServerProcess(const std::vector<std::string>& args, const std::string& cwd = "");
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  /// 0 when the server did not start (log() says why).
  int port() const { return port_; }
  pid_t pid() const { return pid_; }
  /// Sends a signal (SIGHUP to reload).
  void Signal(int sig) const;
  /// Waits (at most 20 s) until the log holds `text`; returns whether it does.
  bool WaitForLog(const std::string& text) const;
  /// Stops the server with SIGTERM; returns its exit code (-1 when it was
  /// killed by a signal or did not stop within 20 s).
  int Stop();
  std::string log() const;

 private:
  pid_t pid_ = -1;
  int port_ = 0;
  int err_fd_ = -1;
  int exit_code_ = -1;
  std::thread reader_;
  mutable std::mutex mutex_;
  std::string log_;
};

}  // namespace santun::testing
