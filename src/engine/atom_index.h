#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace santun {

/// The arrays of a built Aho-Corasick automaton (AtomIndex). tools/packc.cc
/// writes those of the shipped rules into the generated rules source, so
/// that start-up need not rebuild them; `fingerprint` and `atoms` say which
/// sequence of Add() calls they were built from.
struct AtomTables {
  struct Output {
    uint32_t value;
    int32_t next;      // next output of the same node, or -1
    uint32_t length;   // of the atom, for its edges
    bool left, right;  // word edges required before / after it
  };
  uint64_t fingerprint = 0;
  uint32_t atoms = 0;
  const uint8_t* class_of = nullptr;  // 256 bytes: byte -> class; 0 = in no atom
  uint32_t classes = 0;
  uint32_t nodes = 0;
  const int32_t* next = nullptr;    // node * classes + class -> node
  const int32_t* output = nullptr;  // node -> head of its outputs, or -1
  const int32_t* dict = nullptr;    // node -> nearest node on its failure chain with outputs, or -1
  uint32_t outputs_size = 0;
  const Output* outputs = nullptr;
};

/// The automaton of the shipped rules as the build compiled it, or nullptr
/// (in packc itself). Defined in the generated rules source.
const AtomTables* BuiltinAtomTables();

/// An Aho-Corasick automaton over the prefilter's atoms: one pass over a
/// text reports every atom that occurs in it. Built once per Linter in time
/// linear in the atoms' total length (so start-up does not grow with the
/// size of RE2 programs), or taken as built from BuiltinAtomTables() when
/// the same atoms were added. Bytes that occur in no atom share one class,
/// which keeps the transition table small.
class AtomIndex {
 public:
  AtomIndex() = default;
  // Scan reads tables that may point into this object's own vectors.
  AtomIndex(const AtomIndex&) = delete;
  AtomIndex& operator=(const AtomIndex&) = delete;

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

  /// True when Build() took the precomputed tables.
  bool precomputed() const { return precomputed_; }

  /// C++ source that defines BuiltinAtomTables() as these tables (packc).
  std::string ToCxx() const;

 private:
  struct Pending {
    std::string atom;  // without marks
    uint32_t value;
    bool left, right;
  };

  void BuildOwned();

  std::vector<Pending> pending_;
  uint64_t fingerprint_ = 0xcbf29ce484222325ULL;  // FNV-1a of the Add() calls
  uint32_t added_ = 0;
  bool precomputed_ = false;
  std::array<uint8_t, 256> class_of_{};
  std::vector<int32_t> next_, output_, dict_;
  std::vector<AtomTables::Output> outputs_;
  AtomTables tables_;  // what Scan reads: the owned vectors or the built-in arrays
};

}  // namespace santun
