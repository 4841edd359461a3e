#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace santun {

/// An Aho-Corasick automaton over the prefilter's atoms: one pass over a
/// text reports every atom that occurs in it. Built once per Linter in time
/// linear in the atoms' total length (so start-up does not grow with the
/// size of RE2 programs). Bytes that occur in no atom share one class, which
/// keeps the transition table small.
class AtomIndex {
 public:
  /// Adds an atom (non-empty) that stands for `value`; several atoms may
  /// share a value and one atom may carry several values. An atom may carry
  /// kWordEdge marks (ruleset/atom_edges.h): it is then found only where
  /// its marked ends are word edges of the text.
  void Add(std::string_view atom, uint32_t value);

  /// Builds the automaton; call once after the last Add().
  void Build();

  /// Appends to *values the value of every atom found in `text` (with
  /// repeats; the caller de-duplicates). Build() must have been called.
  void Scan(std::string_view text, std::vector<uint32_t>* values) const;

 private:
  struct Output {
    uint32_t value;
    int32_t next;      // next output of the same node, or -1
    uint32_t length;   // of the atom, for its edges
    bool left, right;  // word edges required before / after it
  };
  struct Pending {
    std::string atom;  // without marks
    uint32_t value;
    bool left, right;
  };

  std::vector<Pending> pending_;
  std::array<uint8_t, 256> class_of_{};  // byte -> class; 0 = in no atom
  int classes_ = 1;
  std::vector<int32_t> next_;    // node * classes_ + class -> node
  std::vector<int32_t> output_;  // node -> head of its outputs, or -1
  std::vector<int32_t> dict_;    // node -> nearest node on its failure chain with outputs, or -1
  std::vector<Output> outputs_;
};

}  // namespace santun
