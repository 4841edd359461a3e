#include "cli/check_fix.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace santun::cli {

std::string RefuseToFix(const FileStamp& stamp, bool force) {
  if (force) return "";
  if ((stamp.mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0) return "the file is read-only; --force fixes it anyway";
  if (stamp.links > 1) {
    return "the file has " + std::to_string(stamp.links) +
           " hard links, which fixing would split; --force fixes it anyway";
  }
  return "";
}

bool WriteFileAtomically(const std::string& path, const std::string& bytes, std::string* error,
                         const FileStamp* expected) {
  namespace fs = std::filesystem;
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    *error = std::strerror(errno);
    return false;
  }
  const fs::path target(path);
  const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string temp = (folder / ("." + target.filename().string() + ".santun-XXXXXX")).string();
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) {
    *error = std::strerror(errno);
    return false;
  }
  auto fail = [&](int err) {
    ::close(fd);
    ::unlink(temp.c_str());
    *error = std::strerror(err);
    return false;
  };
  size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail(errno);
    }
    written += static_cast<size_t>(n);
  }
  if ((st.st_uid != ::geteuid() || st.st_gid != ::getegid()) && ::fchown(fd, st.st_uid, st.st_gid) != 0) {
    const int err = errno;
    ::close(fd);
    ::unlink(temp.c_str());
    *error = std::string("cannot keep the file's owner and group: ") + std::strerror(err);
    return false;
  }
  if (::fchmod(fd, st.st_mode & 07777) != 0) return fail(errno);
  if (::fsync(fd) != 0) return fail(errno);
  if (::close(fd) != 0) {
    const int err = errno;
    ::unlink(temp.c_str());
    *error = std::strerror(err);
    return false;
  }
  struct stat now {};
  if (expected && (::stat(path.c_str(), &now) != 0 || !expected->Unchanged(now))) {
    ::unlink(temp.c_str());
    *error = "the file changed while santun was fixing it; it is left as it is";
    return false;
  }
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    const int err = errno;
    ::unlink(temp.c_str());
    *error = std::strerror(err);
    return false;
  }
  return true;
}

std::string DiffPath(const std::string& path) {
  std::string p = std::filesystem::path(path).lexically_normal().generic_string();
  while (p.starts_with("./")) p.erase(0, 2);
  return p;
}

}  // namespace santun::cli
