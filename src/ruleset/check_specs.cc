#include "ruleset/check_specs.h"

namespace santun {

const std::vector<CheckSpec>& KnownChecks() {
  using T = ParamSpec::Type;
  static const std::vector<CheckSpec> specs = {
      {"caps",
       "a run of words written in capital letters (shouting)",
       {{"min_letters", T::kInt}, {"min_words", T::kInt}, {"ignore_words", T::kStringList},
        {"entity_words", T::kStringList}}},
      {"suppression",
       "problems with suppression comments, reported by the suppression step after all other rules",
       {{"kind", T::kString}}},
  };
  return specs;
}

const CheckSpec* FindCheck(const std::string& name) {
  for (const CheckSpec& s : KnownChecks()) {
    if (s.name == name) return &s;
  }
  return nullptr;
}

const char* ParamTypeName(ParamSpec::Type t) {
  switch (t) {
    case ParamSpec::Type::kBool: return "a boolean";
    case ParamSpec::Type::kInt: return "an integer";
    case ParamSpec::Type::kDouble: return "a number";
    case ParamSpec::Type::kString: return "a string";
    case ParamSpec::Type::kStringList: return "an array of strings";
  }
  return "a value";
}

}  // namespace santun
