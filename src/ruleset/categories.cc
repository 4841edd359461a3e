#include "ruleset/categories.h"

#include <algorithm>

namespace santun {

const std::vector<std::string>& Categories() {
  // clang-format off
  static const std::vector<std::string> categories = {
      "threat", "abuse", "pressure", "amount", "due-date", "privacy",
      "identity", "timing", "template", "santun"};
  // clang-format on
  return categories;
}

bool IsCategory(const std::string& name) {
  const auto& c = Categories();
  return std::find(c.begin(), c.end(), name) != c.end();
}

}  // namespace santun
