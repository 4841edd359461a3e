#include "cli/output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>

namespace santun::cli {

OutputFile::~OutputFile() {
  if (!temp_.empty()) ::unlink(temp_.c_str());
}

std::string OutputFile::Failure(int err) const { return "cannot write '" + path_ + "': " + std::strerror(err); }

std::string OutputFile::Open(const std::string& path) {
  path_ = path;
  if (path_.empty()) return "";
  namespace fs = std::filesystem;
  const fs::path target(path_);
  if (target.filename().empty()) return Failure(EISDIR);
  struct stat st {};
  const bool exists = ::stat(path_.c_str(), &st) == 0;
  if (exists && S_ISDIR(st.st_mode)) return Failure(EISDIR);
  if (exists && !S_ISREG(st.st_mode)) {
    // A device or a pipe (/dev/null, /dev/stdout, a FIFO a reader waits on):
    // written in place, since renaming a file over it would replace the
    // device itself.
    file_.open(path_, std::ios::binary | std::ios::out);
    if (!file_) return Failure(errno ? errno : EIO);
    return "";
  }
  const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string name = ".";
  name += target.filename().string();
  name += ".santun-XXXXXX";
  std::string temp = (folder / name).string();
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) return Failure(errno);
  ::close(fd);
  temp_ = temp;
  file_.open(temp_, std::ios::binary | std::ios::trunc);
  if (!file_) return Failure(errno ? errno : EIO);
  return "";
}

std::ostream& OutputFile::stream() { return path_.empty() ? std::cout : static_cast<std::ostream&>(file_); }

std::string OutputFile::Commit() {
  if (path_.empty()) return "";
  file_.flush();
  const bool failed = !file_;
  const int write_err = errno ? errno : EIO;
  file_.close();
  if (failed || file_.fail()) return Failure(write_err);
  if (temp_.empty()) return "";  // written in place (a device or a pipe)
  const int fd = ::open(temp_.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Failure(errno);
  const mode_t mask = ::umask(0);
  ::umask(mask);
  const bool synced = ::fchmod(fd, 0666 & ~mask) == 0 && ::fsync(fd) == 0;
  const int err = errno;
  ::close(fd);
  if (!synced) return Failure(err);
  if (::rename(temp_.c_str(), path_.c_str()) != 0) return Failure(errno);
  temp_.clear();
  return "";
}

}  // namespace santun::cli
