#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace re2 {
class RE2;
}

namespace santun {

/// A regular expression compiled on first use, once, safely from many
/// threads: start-up builds only the prefilter, and a rule's own regex is
/// compiled the first time the prefilter says the rule may hit. Patterns
/// match the lower-case normalized text, so they are compiled
/// case-sensitively.
class LazyRegex {
 public:
  explicit LazyRegex(std::string source, std::vector<std::vector<std::string>> atom_clauses = {});
  ~LazyRegex();
  LazyRegex(const LazyRegex&) = delete;
  LazyRegex& operator=(const LazyRegex&) = delete;

  const std::string& source() const { return source_; }
  /// Clauses of atoms (ruleset/atoms.h): the regex can match only where
  /// each clause has one of its atoms; empty when it cannot be filtered.
  const std::vector<std::vector<std::string>>& atom_clauses() const { return atom_clauses_; }

  /// Returns the compiled regex (compiling it on the first call). A pattern
  /// that does not compile matches nothing; Validate() reports why.
  const re2::RE2& get() const;

  /// Returns false when the regex cannot match a text whose skeleton
  /// (text/skeleton.h) is `skeleton`: a clause has none of its atoms there.
  /// A cheap test that saves compiling the regex.
  bool MayMatch(std::string_view skeleton) const;

  /// Compiles now and returns RE2's error message, or "" when it is valid.
  std::string Validate() const;

 private:
  std::string source_;
  std::vector<std::vector<std::string>> atom_clauses_;
  mutable std::once_flag once_;
  mutable std::unique_ptr<re2::RE2> re_;
};

}  // namespace santun
