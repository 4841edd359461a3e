#include "lsp/config_watch.h"

#include <algorithm>

namespace santun::lsp {

constexpr int kErrorSeverity = 1;  // DiagnosticSeverity.Error

bool IsConfigPath(const std::string& path) {
  constexpr std::string_view kName = "santun.toml";
  if (path.size() < kName.size() || path.compare(path.size() - kName.size(), kName.size(), kName) != 0) return false;
  return path.size() == kName.size() || path[path.size() - kName.size() - 1] == '/';
}

std::string UriOfPath(const std::string& path) {
  static const char* kHex = "0123456789ABCDEF";
  std::string uri = "file://";
  for (char ch : path) {
    const auto c = static_cast<unsigned char>(ch);
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/' ||
                       c == '-' || c == '.' || c == '_' || c == '~';
    if (plain) {
      uri.push_back(ch);
    } else {
      uri += {'%', kHex[c >> 4], kHex[c & 15]};
    }
  }
  return uri;
}

std::map<std::string, nlohmann::json> ProblemDiagnostics(const Errors& problems) {
  using Json = nlohmann::json;
  std::map<std::string, Json> out;
  for (const Error& e : problems) {
    if (e.file.empty() || e.file[0] != '/') continue;
    const int line = std::max(0, e.line - 1);
    const Json start{{"line", line}, {"character", 0}};
    const Json end{{"line", e.line > 0 ? line + 1 : 0}, {"character", 0}};
    Json& list = out[UriOfPath(e.file)];
    if (list.is_null()) list = Json::array();
    list.push_back(Json{{"range", {{"start", start}, {"end", end}}},
                        {"severity", kErrorSeverity},
                        {"source", "santun"},
                        {"message", e.message}});
  }
  return out;
}

nlohmann::json WatchConfigRegistration() {
  return {{"registrations",
           {{{"id", "santun.toml"},
             {"method", "workspace/didChangeWatchedFiles"},
             {"registerOptions", {{"watchers", {{{"globPattern", "**/santun.toml"}}}}}}}}}};
}

}  // namespace santun::lsp
