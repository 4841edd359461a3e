#include "support/server_process.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <stdexcept>

namespace santun::testing {
namespace {

using Clock = std::chrono::steady_clock;
constexpr auto kWait = std::chrono::seconds(20);

}  // namespace

ServerProcess::ServerProcess(const std::vector<std::string>& args, const std::string& cwd) {
  signal(SIGPIPE, SIG_IGN);
  int err_pipe[2];
  if (pipe(err_pipe) != 0) throw std::runtime_error("pipe failed");
  std::vector<std::string> argv = {SANTUN_BINARY, "serve", "--port", "0"};
  argv.insert(argv.end(), args.begin(), args.end());
  pid_ = fork();
  if (pid_ == 0) {
    dup2(err_pipe[1], 2);
    close(err_pipe[0]);
    close(err_pipe[1]);
    const std::string dir = cwd.empty() ? SANTUN_SOURCE_DIR : cwd;
    if (chdir(dir.c_str()) != 0) _exit(127);
    std::vector<char*> raw;
    for (const std::string& a : argv) raw.push_back(const_cast<char*>(a.c_str()));
    raw.push_back(nullptr);
    signal(SIGPIPE, SIG_DFL);
    execv(raw[0], raw.data());
    _exit(127);
  }
  close(err_pipe[1]);
  err_fd_ = err_pipe[0];
  reader_ = std::thread([this] {
    char buf[4096];
    for (ssize_t n; (n = read(err_fd_, buf, sizeof buf)) > 0;) {
      std::lock_guard<std::mutex> lock(mutex_);
      log_.append(buf, static_cast<size_t>(n));
    }
  });
  const std::string marker = "listening on http://127.0.0.1:";
  if (!WaitForLog(marker)) return;
  const std::string text = log();
  port_ = std::stoi(text.substr(text.find(marker) + marker.size()));
}

ServerProcess::~ServerProcess() {
  Stop();
  if (reader_.joinable()) reader_.join();
  if (err_fd_ >= 0) close(err_fd_);
}

void ServerProcess::Signal(int sig) const {
  if (pid_ > 0) kill(pid_, sig);
}

bool ServerProcess::WaitForLog(const std::string& text) const {
  const auto deadline = Clock::now() + kWait;
  while (Clock::now() < deadline) {
    if (log().find(text) != std::string::npos) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return false;
}

int ServerProcess::Stop() {
  if (pid_ <= 0) return exit_code_;
  kill(pid_, SIGTERM);
  const auto deadline = Clock::now() + kWait;
  int status = 0;
  pid_t done = 0;
  while ((done = waitpid(pid_, &status, WNOHANG)) == 0 && Clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  if (done == 0) {  // did not stop: the test fails on the exit code
    kill(pid_, SIGKILL);
    waitpid(pid_, &status, 0);
    exit_code_ = -1;
  } else {
    exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
  pid_ = -1;
  return exit_code_;
}

std::string ServerProcess::log() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return log_;
}

}  // namespace santun::testing
