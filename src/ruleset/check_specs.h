#pragma once

#include <string>
#include <vector>

namespace santun {

/// The parameters a structural check accepts, so that the loader can reject
/// unknown or mistyped `[rule.params]` keys with a precise message. The C++
/// implementations live in engine/checks/; a test keeps both lists equal.
struct ParamSpec {
  enum class Type { kBool, kInt, kDouble, kString, kStringList, kLexicon };
  std::string name;
  Type type;
  bool required = false;
  /// For kString and kStringList: the values allowed (empty: any). The
  /// loader rejects others with a "did you mean".
  std::vector<std::string> choices = {};
};

struct CheckSpec {
  std::string name;
  std::string summary;
  std::vector<ParamSpec> params;
  bool edits = false;                      // computes fix edits (a rule may say `from_check = true`)
  std::vector<std::string> captures = {};  // values its hits give a replacement template (${weekday})
};

/// Returns every structural check a rule may name in `check = "…"`.
const std::vector<CheckSpec>& KnownChecks();

/// Returns the spec of a check, or nullptr.
const CheckSpec* FindCheck(const std::string& name);

const char* ParamTypeName(ParamSpec::Type t);

}  // namespace santun
