#include "cli/inputs.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "text/utf8.h"

namespace santun {
namespace fs = std::filesystem;

const std::vector<std::string>& MessageExtensions() {
  static const std::vector<std::string> exts = {".txt", ".md", ".tmpl", ".mustache", ".j2", ".jinja", ".hbs"};
  return exts;
}

std::vector<std::string> ExpandPaths(const std::vector<std::string>& args, std::vector<InputError>* errors) {
  std::vector<std::string> out;
  for (const std::string& arg : args) {
    std::error_code ec;
    if (arg == "-" || !fs::is_directory(arg, ec)) {
      out.push_back(arg);
      continue;
    }
    std::vector<std::string> found;
    for (fs::recursive_directory_iterator it(arg, fs::directory_options::skip_permission_denied, ec), end;
         !ec && it != end; it.increment(ec)) {
      if (it->is_directory(ec) && it->path().filename().string().rfind('.', 0) == 0) {
        it.disable_recursion_pending();  // .git and other hidden folders
        continue;
      }
      if (!it->is_regular_file(ec)) continue;
      const std::string ext = it->path().extension().string();
      const auto& exts = MessageExtensions();
      if (std::find(exts.begin(), exts.end(), ext) != exts.end()) found.push_back(it->path().string());
    }
    if (ec) errors->push_back({arg, ec.message(), 0, InputError::Kind::kRead});
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

bool ReadBytes(const std::string& path, std::string* bytes, std::string* error) {
  FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (!f) {
    *error = std::strerror(errno);
    return false;
  }
  std::error_code ec;
  if (path != "-" && fs::is_directory(path, ec)) {
    std::fclose(f);
    *error = std::strerror(EISDIR);
    return false;
  }
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
  return true;
}

std::string ValidateMessage(const std::string& bytes) {
  if (bytes.size() > kMaxMessageBytes) {
    return "too large (more than " + std::to_string(kMaxMessageBytes >> 20) + " MiB)";
  }
  size_t nul = bytes.find('\0');
  if (nul != std::string::npos) return "binary file (NUL byte at byte " + std::to_string(nul) + ")";
  size_t bad = utf8::FindInvalid(bytes);
  if (bad != utf8::kValid) return "invalid UTF-8 at byte " + std::to_string(bad);
  return "";
}

std::shared_ptr<const SourceText> ReadMessage(const std::string& path, const std::string& display, InputError* error) {
  std::string bytes, problem;
  if (!ReadBytes(path, &bytes, &problem)) {
    *error = {display, problem, 0, InputError::Kind::kRead};
    return nullptr;
  }
  problem = ValidateMessage(bytes);
  if (!problem.empty()) {
    *error = {display, problem};
    return nullptr;
  }
  return std::make_shared<const SourceText>(display, std::move(bytes));
}

}  // namespace santun
