#pragma once

#include <fstream>
#include <ostream>
#include <string>

namespace santun::cli {

/// Where `check` writes its report: stdout, or with --output-file FILE a
/// temporary file in FILE's folder that Commit() renames over FILE, so that
/// a reader (an upload step, a tail) never sees half a report. Call order:
/// Open(), write to stream(), Commit() once at the end. Without Commit()
/// (or when it fails) the temporary file is removed and FILE is untouched.
/// A FILE that exists and is no regular file (/dev/null, a FIFO) is written
/// in place: renaming over it would replace the device.
class OutputFile {
 public:
  OutputFile() = default;
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;
  ~OutputFile();

  /// Opens the temporary file for `path` ("" = stdout). Returns "" or the
  /// reason it cannot be written ("cannot write 'out/x.sarif': No such file
  /// or directory").
  std::string Open(const std::string& path);

  /// The stream to render into.
  std::ostream& stream();

  /// Flushes the temporary file to disk, gives it the permissions a new file
  /// gets (0666 less the umask) and renames it over the path. Returns "" or
  /// the reason, as Open() does. Stdout: nothing to do.
  std::string Commit();

  /// True when the report goes to a file, not stdout.
  bool to_file() const { return !path_.empty(); }
  const std::string& path() const { return path_; }

 private:
  std::string Failure(int err) const;

  std::string path_;
  std::string temp_;
  std::ofstream file_;
};

}  // namespace santun::cli
