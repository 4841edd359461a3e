#pragma once

#include <string>
#include <utility>
#include <vector>

namespace santun {

/// An error with the place it refers to, printed as "file:line: message"
/// (or "file: message" without a line). Used instead of exceptions across
/// module boundaries.
struct Error {
  std::string file;
  int line = 0;
  std::string message;

  std::string ToString() const {
    std::string s = file;
    if (line > 0) s += ":" + std::to_string(line);
    if (!s.empty()) s += ": ";
    return s + message;
  }
};

using Errors = std::vector<Error>;

}  // namespace santun
