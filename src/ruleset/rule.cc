#include "ruleset/rule.h"

#include <algorithm>

namespace santun {

std::string_view SeverityName(Severity s) {
  switch (s) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kInfo: return "info";
  }
  return "info";
}

std::optional<Severity> ParseSeverity(std::string_view s) {
  if (s == "error") return Severity::kError;
  if (s == "warning") return Severity::kWarning;
  if (s == "info") return Severity::kInfo;
  return std::nullopt;
}

std::string_view ApplicabilityName(Applicability a) {
  switch (a) {
    case Applicability::kSafe: return "safe";
    case Applicability::kUnsafe: return "unsafe";
    case Applicability::kDisplayOnly: return "display-only";
  }
  return "display-only";
}

std::optional<Applicability> ParseApplicability(std::string_view s) {
  if (s == "safe") return Applicability::kSafe;
  if (s == "unsafe") return Applicability::kUnsafe;
  if (s == "display-only") return Applicability::kDisplayOnly;
  return std::nullopt;
}

namespace {
bool InLangs(const std::vector<std::string>& langs, std::string_view lang) {
  return std::any_of(langs.begin(), langs.end(), [&](const std::string& l) { return l == "*" || l == lang; });
}
}  // namespace

bool Rule::AppliesTo(std::string_view lang) const { return InLangs(langs, lang); }

bool Rule::InProfile(std::string_view profile) const {
  return profiles.empty() || std::find(profiles.begin(), profiles.end(), profile) != profiles.end();
}

bool Rule::RunsOn(std::string_view kind) const {
  return kinds.empty() || std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

bool Lexicon::AppliesTo(std::string_view lang) const { return InLangs(langs, lang); }

}  // namespace santun
