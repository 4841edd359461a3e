#pragma once

#include <string>
#include <vector>

namespace santun {

/// The literal strings ("atoms") a regex needs, as clauses: the regex can
/// match only where every clause has at least one of its atoms in the
/// text's skeleton (see text/skeleton.h). No clause means the regex cannot
/// be filtered and always runs.
using AtomClauses = std::vector<std::vector<std::string>>;

/// Atoms of a term list (TermsToRegex): a clause of the skeleton of the
/// longest word of each term, with kWordEdge marks (ruleset/atom_edges.h)
/// on the ends that are word edges in every match, and a clause of their
/// second words when every term has one (TermSecondAtom). `prefixed` / `suffixed`:
/// the list has prefixes / suffixes, which may be glued to its first / last
/// word.
AtomClauses TermAtoms(const std::vector<std::string>& terms, bool prefixed = false, bool suffixed = false);

/// The atom of one term: the skeleton of its longest word ("" when it has
/// no word).
std::string TermAtom(const std::string& term);

/// A term list split into groups of terms with the same atom (in atom
/// order; terms keep their order within a group). A lexicon compiles one
/// regex per group, so a message compiles and runs only the groups whose
/// atom it contains, not the whole list (a polite letter used to compile
/// every third-party lexicon because one of its terms occurred).
std::vector<std::vector<std::string>> GroupTermsByAtom(const std::vector<std::string>& terms);

/// Atoms of an RE2 pattern, from RE2's FilteredRE2 analysis (an AND/OR tree
/// of literals of two characters or more), in skeleton form. The tree is
/// turned into clauses it implies: a set of atoms is a clause when the tree
/// cannot pass with all of them absent; each clause is made minimal, one
/// search per atom. Empty when the pattern has no required literal
/// ("[!?]{3,}").
AtomClauses PatternAtoms(const std::string& pattern);

}  // namespace santun
