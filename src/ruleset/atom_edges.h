#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace santun {

/// Marks an atom's start or end as a word edge ("\x01bayar\x01"). Half the
/// term regexes that the bare atom let through used to find nothing: the
/// atom occurred inside a longer word ("u" in "utang", "owe" in "power").
/// A marked atom counts only where the skeleton byte beside it is not an
/// ASCII letter or digit, or the text ends there.
inline constexpr char kWordEdge = '\x01';

/// An atom without its marks, and which ends are word edges.
struct EdgedAtom {
  std::string_view text;
  bool left = false;
  bool right = false;
};

/// Splits the kWordEdge marks off `atom`.
EdgedAtom SplitWordEdges(std::string_view atom);

/// Returns `atom` (unmarked) with the marks of `left` and `right`.
std::string WithWordEdges(std::string_view atom, bool left, bool right);

/// Returns whether `c` is in [a-z0-9], the class the term regexes' word
/// boundaries ([^a-z0-9]) exclude.
inline bool IsEdgeWordByte(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

/// Returns whether the bytes around text[begin, end) are word edges where
/// `atom` asks for them.
inline bool HasWordEdges(std::string_view text, size_t begin, size_t end, const EdgedAtom& atom) {
  return (!atom.left || begin == 0 || !IsEdgeWordByte(text[begin - 1])) &&
         (!atom.right || end >= text.size() || !IsEdgeWordByte(text[end]));
}

/// Returns whether a possibly marked atom occurs in `skeleton` with its edges.
bool ContainsAtom(std::string_view skeleton, std::string_view atom);

/// Which ends of a term's atom (TermAtom: its longest run of letters and
/// digits) every match of the term's regex (TermsToRegex) has at a word
/// edge: an end where the term has a word gap (space, tab, line break,
/// hyphen), or the term's start without `prefixed` / its end without
/// `suffixed`. Neither end for a reduplicated word ("rame-rame" also
/// matches "ramerame" and "rame2") or beside an optional apostrophe
/// ("you're" matches "youre").
struct TermEdges {
  bool left = false;
  bool right = false;
};
TermEdges TermAtomEdges(const std::string& term, bool prefixed, bool suffixed);

/// Returns the skeleton of the longest whole word of a term other than its
/// atom, with its word edges marked, or "" when it has none (one word, a
/// reduplication). A group of multi-word terms gets a second clause from
/// these: "jt tempo" ran on every message with "tempo" in it.
std::string TermSecondAtom(const std::string& term, bool prefixed, bool suffixed);

}  // namespace santun
