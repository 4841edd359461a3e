#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ruleset/lazy_regex.h"
#include "ruleset/rule.h"

namespace santun {

/// The gate of each regex the Linter's atom index covers.
struct GateIds {
  static constexpr uint32_t kNoGate = UINT32_MAX;  // not indexed: LazyRegex::MayMatch decides
  std::unordered_map<const LazyRegex*, uint32_t> of_regex;
  /// The gate of each regex of a lexicon, in order (kNoGate where none):
  /// one lookup per lexicon instead of one per regex and message.
  std::unordered_map<const Lexicon*, std::vector<uint32_t>> of_lexicon;
};

/// Says, for one message, whether a lexicon or exception regex may match:
/// the Linter finds the atoms of all of them in one Aho-Corasick pass over
/// the skeleton, instead of each regex searching the text for each of its
/// atoms (a fifth of linting time with the full packs). A regex the Linter
/// did not index falls back to LazyRegex::MayMatch.
class RegexGate {
 public:
  RegexGate(const GateIds* ids, std::vector<bool> open, std::string_view skeleton)
      : ids_(ids), open_(std::move(open)), skeleton_(skeleton) {}

  bool MayMatch(const LazyRegex& re) const {
    if (ids_) {
      auto it = ids_->of_regex.find(&re);
      if (it != ids_->of_regex.end()) return open_[it->second];
    }
    return re.MayMatch(skeleton_);
  }

  /// Returns the gates of the regexes of `lexicon` (GateIds::of_lexicon),
  /// or nullptr when the Linter did not index the lexicon.
  const std::vector<uint32_t>* GatesOf(const Lexicon& lexicon) const {
    if (!ids_) return nullptr;
    auto it = ids_->of_lexicon.find(&lexicon);
    return it == ids_->of_lexicon.end() ? nullptr : &it->second;
  }

  /// Returns MayMatch(re) for a regex whose gate GatesOf() gave.
  bool MayMatch(uint32_t gate, const LazyRegex& re) const {
    return gate == GateIds::kNoGate ? re.MayMatch(skeleton_) : open_[gate];
  }

 private:
  const GateIds* ids_;
  std::vector<bool> open_;  // gate id -> every clause has an atom in the skeleton
  std::string_view skeleton_;
};

}  // namespace santun
