#include <variant>

#include "engine/checks/check.h"

namespace santun {

void CheckCaps(const CheckContext& context, const Rule& rule, std::vector<CheckHit>* hits);

// santun.* rules about suppression comments: their diagnostics come from
// ApplySuppressions (engine/suppression.h), which runs after every rule.
void CheckNothing(const CheckContext&, const Rule&, std::vector<CheckHit>*) {}

CheckFn FindCheckFn(std::string_view name) {
  if (name == "caps") return &CheckCaps;
  if (name == "suppression") return &CheckNothing;
  return nullptr;
}

int64_t ParamInt(const Rule& rule, const std::string& name, int64_t fallback) {
  auto it = rule.params.find(name);
  if (it == rule.params.end()) return fallback;
  if (const auto* v = std::get_if<int64_t>(&it->second)) return *v;
  return fallback;
}

double ParamDouble(const Rule& rule, const std::string& name, double fallback) {
  auto it = rule.params.find(name);
  if (it == rule.params.end()) return fallback;
  if (const auto* v = std::get_if<double>(&it->second)) return *v;
  if (const auto* i = std::get_if<int64_t>(&it->second)) return static_cast<double>(*i);
  return fallback;
}

std::vector<std::string> ParamStrings(const Rule& rule, const std::string& name) {
  auto it = rule.params.find(name);
  if (it == rule.params.end()) return {};
  if (const auto* v = std::get_if<std::vector<std::string>>(&it->second)) return *v;
  return {};
}

}  // namespace santun
