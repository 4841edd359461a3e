// santun serve, in the santun executable: hands over to santun-serve.
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "cli/serve_options.h"

namespace santun::cli {
namespace {

// This process's arguments as the kernel has them (main's argv, without
// threading it through every command).
std::vector<std::string> OwnArguments() {
  std::ifstream in("/proc/self/cmdline", std::ios::binary);
  const std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::vector<std::string> args;
  for (size_t start = 0; start < all.size();) {
    const size_t nul = all.find('\0', start);
    const size_t end = nul == std::string::npos ? all.size() : nul;
    args.push_back(all.substr(start, end - start));
    start = end + 1;
  }
  return args;
}

}  // namespace

int RunServe(const ServeCommandOptions&) {
  std::error_code ec;
  const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
  const std::string server = (self.parent_path() / "santun-serve").string();
  std::vector<std::string> args = OwnArguments();
  if (ec || args.empty()) {
    PrintError("santun serve: cannot find santun's own folder to start santun-serve");
    return kExitUsage;
  }
  args[0] = server;
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  execv(server.c_str(), argv.data());
  PrintError("santun serve: cannot start " + server + ": " + std::strerror(errno) +
             " (santun-serve is built and installed next to santun)");
  return kExitUsage;
}

}  // namespace santun::cli
