#include "cli/inputs.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "text/utf8.h"

namespace santun {
namespace fs = std::filesystem;

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

const std::vector<std::string>& MessageExtensions() {
  static const std::vector<std::string> exts = {".txt", ".md", ".tmpl", ".mustache", ".j2", ".jinja", ".hbs"};
  return exts;
}

namespace {

bool IsMessageFile(const fs::path& p) {
  const auto& exts = MessageExtensions();
  return std::find(exts.begin(), exts.end(), p.extension().string()) != exts.end();
}

bool IsHidden(const fs::path& p) { return p.filename().string().rfind('.', 0) == 0; }

// The message files below `dir` that a walk would have found (for counting
// what a skipped folder held).
int CountMessageFiles(const fs::path& dir) {
  int n = 0;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code entry_ec;
    if (it->is_directory(entry_ec) && !it->is_symlink(entry_ec) && IsHidden(it->path())) {
      it.disable_recursion_pending();
    } else if (it->is_regular_file(entry_ec) && IsMessageFile(it->path())) {
      ++n;
    }
  }
  return n;
}

void Count(const std::string& why, int n, cli::SkipCounts* counts) {
  if (!counts || n == 0) return;
  if (why == ".gitignore") counts->gitignore += n;
  if (why == ".ignore") counts->ignore += n;
  if (why == "exclude") counts->exclude += n;
}

// True when the filter skips `p`; counts what it held.
bool Skipped(cli::PathFilter* filter, const fs::path& p, bool is_dir, cli::SkipCounts* counts) {
  if (!filter) return false;
  const std::string why = filter->Skip(p, is_dir);
  if (why.empty()) return false;
  if (counts) Count(why, is_dir ? CountMessageFiles(p) : (IsMessageFile(p) ? 1 : 0), counts);
  return true;
}

// Lists `dir` and its subfolders (not hidden ones, not through symbolic
// links to folders, not those the filter skips) into *found; every folder
// that cannot be listed is an error, and the walk goes on with the others.
void Walk(const fs::path& dir, std::vector<std::string>* found, std::vector<InputError>* errors,
          cli::PathFilter* filter = nullptr, cli::SkipCounts* counts = nullptr) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec), end;
  std::vector<fs::path> subfolders;
  for (; !ec && it != end; it.increment(ec)) {
    const fs::path& p = it->path();
    std::error_code entry_ec;
    if (it->is_symlink(entry_ec)) {
      if (!fs::exists(it->status(entry_ec))) {
        if (IsMessageFile(p)) {
          errors->push_back({p.string(), "dangling symbolic link", 0, InputError::Kind::kRead});
        }
        continue;
      }
      if (it->is_regular_file(entry_ec) && IsMessageFile(p) && !Skipped(filter, p, false, counts)) {
        found->push_back(p.string());
      }
      continue;  // links to folders are not followed (loops)
    }
    if (it->is_directory(entry_ec)) {
      // not .git and other hidden folders
      if (!IsHidden(p) && !Skipped(filter, p, true, counts)) subfolders.push_back(p);
    } else if (it->is_regular_file(entry_ec) && IsMessageFile(p) && !Skipped(filter, p, false, counts)) {
      found->push_back(p.string());
    }
  }
  if (ec) errors->push_back({dir.string(), "cannot list folder: " + ec.message(), 0, InputError::Kind::kRead});
  for (const fs::path& sub : subfolders) Walk(sub, found, errors, filter, counts);
}

}  // namespace

std::vector<std::string> ExpandPaths(const std::vector<std::string>& args, std::vector<InputError>* errors) {
  return ExpandPaths(args, errors, WalkOptions{});
}

std::vector<std::string> ExpandPaths(const std::vector<std::string>& args, std::vector<InputError>* errors,
                                     const WalkOptions& options) {
  std::vector<std::string> out;
  for (const std::string& arg : args) {
    std::error_code ec;
    cli::PathFilter* filter = options.filter_for && arg != "-" ? options.filter_for(arg) : nullptr;
    if (arg == "-" || !fs::is_directory(arg, ec)) {
      if (filter && options.force_exclude && fs::exists(arg, ec)) {
        const std::string why = filter->SkipNamed(arg);
        if (!why.empty()) {
          Count(why, 1, options.skipped);
          continue;
        }
      }
      out.push_back(arg);
      continue;
    }
    std::vector<std::string> found;
    if (filter) filter->BeginWalk(arg);
    Walk(arg, &found, errors, filter, options.skipped);
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

bool FileStamp::Unchanged(const struct stat& now) const {
  return now.st_dev == dev && now.st_ino == ino && now.st_size == size && now.st_mtim.tv_sec == mtime.tv_sec &&
         now.st_mtim.tv_nsec == mtime.tv_nsec;
}

namespace {

// "a FIFO", "a directory" … for a file that is not regular.
std::string KindOf(mode_t mode) {
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  return "not a regular file";
}

// Opens a regular file by name without blocking on a FIFO; returns the
// stream or nullptr with *error set.
FILE* OpenRegular(const std::string& path, struct stat* st, std::string* error) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) {
    const int err = errno;
    struct stat link {};
    if (err == ENOENT && ::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
      *error = "dangling symbolic link";
    } else {
      *error = std::strerror(err);
    }
    return nullptr;
  }
  if (::fstat(fd, st) != 0) {
    *error = std::strerror(errno);
    ::close(fd);
    return nullptr;
  }
  if (S_ISDIR(st->st_mode)) {
    *error = std::strerror(EISDIR);
  } else if (!S_ISREG(st->st_mode)) {
    *error = KindOf(st->st_mode) + ", not a regular file: santun reads files, folders and - (stdin)";
  } else if (const int flags = ::fcntl(fd, F_GETFL); flags < 0 || ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) < 0) {
    *error = std::strerror(errno);
  } else if (FILE* f = ::fdopen(fd, "rb")) {
    return f;
  } else {
    *error = std::strerror(errno);
  }
  ::close(fd);
  return nullptr;
}

}  // namespace

bool ReadBytes(const std::string& path, std::string* bytes, std::string* error, FileStamp* stamp) {
  struct stat st {};
  FILE* f = path == "-" ? stdin : OpenRegular(path, &st, error);
  if (!f) return false;
  bytes->clear();
  char buf[65536];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
    bytes->append(buf, n);
    if (bytes->size() > kMaxMessageBytes) break;
  }
  const bool failed = std::ferror(f);
  const int err = errno;
  if (f != stdin) std::fclose(f);
  if (failed) {
    *error = std::strerror(err);
    return false;
  }
  if (stamp && f != stdin) {
    stamp->dev = st.st_dev;
    stamp->ino = st.st_ino;
    stamp->size = st.st_size;
    stamp->mtime = st.st_mtim;
    stamp->links = st.st_nlink;
    stamp->mode = st.st_mode;
  }
  return true;
}

std::string ValidateMessage(const std::string& bytes) {
  if (bytes.size() > kMaxMessageBytes) {
    return "too large (more than " + std::to_string(kMaxMessageBytes >> 20) + " MiB)";
  }
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) return "UTF-16 text; santun reads UTF-8";
  size_t nul = bytes.find('\0');
  if (nul != std::string::npos) return "binary file (NUL byte at byte " + std::to_string(nul) + ")";
  size_t bad = utf8::FindInvalid(bytes);
  if (bad != utf8::kValid) return "invalid UTF-8 at byte " + std::to_string(bad);
  return "";
}

std::shared_ptr<const SourceText> ReadMessage(const std::string& path, const std::string& display, InputError* error,
                                              FileStamp* stamp) {
  std::string bytes, problem;
  if (!ReadBytes(path, &bytes, &problem, stamp)) {
    *error = {display, problem, 0, InputError::Kind::kRead};
    return nullptr;
  }
  problem = ValidateMessage(bytes);
  if (!problem.empty()) {
    *error = {display, problem};
    return nullptr;
  }
  if (bytes.starts_with(kUtf8Bom)) {
    bytes.erase(0, kUtf8Bom.size());
    if (stamp) stamp->utf8_bom = true;
  }
  return std::make_shared<const SourceText>(display, std::move(bytes));
}

}  // namespace santun
