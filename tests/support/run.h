#pragma once

#include <string>
#include <vector>

namespace santun::testing {

/// What a process printed and how it ended.
struct RunOutput {
  int exit_code = -1;
  std::string out;
  std::string err;
};

/// Runs the santun binary built with the tests (SANTUN_BINARY) with `args`,
/// feeding `input` on stdin, in `cwd` (default: the source tree).
RunOutput RunSantun(const std::vector<std::string>& args, const std::string& input = "", const std::string& cwd = "");

/// Runs any command line through /bin/sh -c.
RunOutput RunShell(const std::string& command, const std::string& input = "", const std::string& cwd = "");

/// Returns the path of a file in the source tree.
std::string SourcePath(const std::string& relative);

/// Makes a fresh temporary folder and returns its path.
std::string MakeTempDir();

/// Writes `content` to `path`, creating parent folders.
void WriteFile(const std::string& path, const std::string& content);
std::string ReadFile(const std::string& path);

/// Compares `actual` with the golden file tests/golden/<name>; with
/// SANTUN_UPDATE_GOLDEN=1 in the environment rewrites it instead. Returns ""
/// or a description of the difference.
std::string CheckGolden(const std::string& name, const std::string& actual);

}  // namespace santun::testing
