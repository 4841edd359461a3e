#pragma once

#include <memory>
#include <mutex>
#include <string>

namespace re2 {
class RE2;
}

namespace santun {

/// A regular expression compiled on first use, once, safely from many
/// threads: start-up pays only for the RE2::Set, and a rule's own regex is
/// built the first time the Set says the rule hit. Patterns match the
/// lower-case normalized text, so they are compiled case-sensitively.
class LazyRegex {
 public:
  explicit LazyRegex(std::string source);
  ~LazyRegex();
  LazyRegex(const LazyRegex&) = delete;
  LazyRegex& operator=(const LazyRegex&) = delete;

  const std::string& source() const { return source_; }

  /// Returns the compiled regex (compiling it on the first call). A pattern
  /// that does not compile matches nothing; Validate() reports why.
  const re2::RE2& get() const;

  /// Compiles now and returns RE2's error message, or "" when it is valid.
  std::string Validate() const;

 private:
  std::string source_;
  mutable std::once_flag once_;
  mutable std::unique_ptr<re2::RE2> re_;
};


}  // namespace santun
