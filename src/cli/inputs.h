#pragma once

#include <sys/stat.h>

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "cli/path_filter.h"
#include "report/run_result.h"
#include "text/source_text.h"

namespace santun {

/// File extensions linted when a folder is given.
const std::vector<std::string>& MessageExtensions();

/// Expands command-line paths: folders recursively (files with a
/// MessageExtensions() extension, sorted), files and "-" (stdin) as given.
/// A folder or subfolder that cannot be listed and a dangling symbolic link
/// with a message extension become input errors that name them (a
/// compliance gate fails closed); paths that do not exist fail when read.
std::vector<std::string> ExpandPaths(const std::vector<std::string>& args, std::vector<InputError>* errors);

/// What a folder walk skips (check: exclude globs, .gitignore and .ignore).
struct WalkOptions {
  /// The filter for one command-line path (a folder, or with force_exclude
  /// a file); nullptr: nothing is skipped.
  std::function<cli::PathFilter*(const std::string& arg)> filter_for;
  /// --force-exclude: files named on the command line are filtered too
  /// (else they are linted even when ignored, as ruff does).
  bool force_exclude = false;
  /// Counts the message files skipped, also inside skipped folders (which
  /// are otherwise not entered); nullptr: no counting.
  cli::SkipCounts* skipped = nullptr;
};

/// ExpandPaths with the paths that `options` skips left out.
std::vector<std::string> ExpandPaths(const std::vector<std::string>& args, std::vector<InputError>* errors,
                                     const WalkOptions& options);

/// What a file was when it was read: --fix replaces it only if it still is.
struct FileStamp {
  dev_t dev = 0;
  ino_t ino = 0;
  off_t size = 0;
  timespec mtime{};
  nlink_t links = 1;
  mode_t mode = 0;
  bool utf8_bom = false;  // the file started with EF BB BF, which the text omits

  /// True when `now` is the same file with the same size and time.
  bool Unchanged(const struct stat& now) const;
};

/// The largest message santun reads as one text.
inline constexpr size_t kMaxMessageBytes = 16u << 20;

/// Reads a file (or stdin for "-") and checks it: readable, at most
/// kMaxMessageBytes, no NUL byte, valid UTF-8. Returns the text, or nullptr
/// with *error set ("invalid UTF-8 at byte 17"). `display` names the input
/// in output.
/// A UTF-8 byte order mark is skipped (columns count from the text); UTF-16
/// is refused by name.
std::shared_ptr<const SourceText> ReadMessage(const std::string& path, const std::string& display, InputError* error,
                                              FileStamp* stamp = nullptr);

/// Returns the bytes of a file or stdin ("-"), or false with *error set to
/// the reason (strerror). Only regular files are opened by name: a FIFO, a
/// device or a socket would block or never end (stdin is "-"). *stamp, when
/// given, is filled from the open file.
bool ReadBytes(const std::string& path, std::string* bytes, std::string* error, FileStamp* stamp = nullptr);

/// Validates bytes as a message; returns "" or the problem.
std::string ValidateMessage(const std::string& bytes);

}  // namespace santun
