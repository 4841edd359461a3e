#include "engine/checks/params.h"

#include <variant>

namespace santun {

int64_t ParamInt(const Rule& rule, const std::string& name, int64_t fallback) {
  auto it = rule.params.find(name);
  if (it == rule.params.end()) return fallback;
  if (const auto* v = std::get_if<int64_t>(&it->second)) return *v;
  return fallback;
}

bool ParamBool(const Rule& rule, const std::string& name, bool fallback) {
  auto it = rule.params.find(name);
  if (it == rule.params.end()) return fallback;
  if (const auto* v = std::get_if<bool>(&it->second)) return *v;
  return fallback;
}

std::string ParamString(const Rule& rule, const std::string& name, const std::string& fallback) {
  auto it = rule.params.find(name);
  if (it == rule.params.end()) return fallback;
  if (const auto* v = std::get_if<std::string>(&it->second)) return *v;
  return fallback;
}

std::vector<std::string> ParamStrings(const Rule& rule, const std::string& name) {
  auto it = rule.params.find(name);
  if (it == rule.params.end()) return {};
  if (const auto* v = std::get_if<std::vector<std::string>>(&it->second)) return *v;
  return {};
}

}  // namespace santun
