#pragma once

#include <string_view>
#include <unordered_map>
#include <vector>

#include "ruleset/lazy_regex.h"

namespace santun {

/// Says, for one message, whether a lexicon or exception regex may match:
/// the Linter finds the atoms of all of them in one Aho-Corasick pass over
/// the skeleton, instead of each regex searching the text for each of its
/// atoms (a fifth of linting time with the full packs). A regex the Linter
/// did not index falls back to LazyRegex::MayMatch.
class RegexGate {
 public:
  RegexGate(const std::unordered_map<const LazyRegex*, uint32_t>* ids, std::vector<bool> open,
            std::string_view skeleton)
      : ids_(ids), open_(std::move(open)), skeleton_(skeleton) {}

  bool MayMatch(const LazyRegex& re) const {
    if (ids_) {
      auto it = ids_->find(&re);
      if (it != ids_->end()) return open_[it->second];
    }
    return re.MayMatch(skeleton_);
  }

 private:
  const std::unordered_map<const LazyRegex*, uint32_t>* ids_;
  std::vector<bool> open_;  // gate id -> every clause has an atom in the skeleton
  std::string_view skeleton_;
};

}  // namespace santun
