#include "cli/config_resolver.h"

#include <filesystem>

namespace santun::cli {

Errors ConfigResolver::Init(const std::string& explicit_path, bool isolated) {
  isolated_ = isolated;
  explicit_path_ = explicit_path;
  Errors errors;
  if (!isolated_ && explicit_path_.empty()) cwd_config_ = FindConfig(".");
  if (!explicit_path_.empty()) Load(explicit_path_, &errors);
  return errors;
}

const Config& ConfigResolver::Load(const std::string& file, Errors* errors) {
  auto it = by_file_.find(file);
  if (it != by_file_.end()) return *it->second;
  auto config = std::make_unique<Config>();
  if (!file.empty()) {
    Errors e = LoadConfig(file, config.get());
    errors->insert(errors->end(), e.begin(), e.end());
  }
  return *by_file_.emplace(file, std::move(config)).first->second;
}

const Config& ConfigResolver::For(const std::string& path, Errors* errors) {
  if (isolated_) return Load("", errors);
  if (!explicit_path_.empty()) return Load(explicit_path_, errors);
  std::string file = path == "-" ? cwd_config_ : FindConfig(path);
  if (file.empty()) file = cwd_config_;
  return Load(file, errors);
}

std::vector<const Config*> ConfigResolver::Loaded() const {
  std::vector<const Config*> out;
  for (const auto& [file, config] : by_file_) out.push_back(config.get());
  return out;
}

}  // namespace santun::cli
