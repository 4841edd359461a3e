#include "ruleset/atoms.h"

#include <re2/filtered_re2.h>
#include <re2/re2.h>

#include <algorithm>
#include <map>

#include "ruleset/atom_edges.h"
#include "text/skeleton.h"
#include "text/unicode_fold.h"

namespace santun {
namespace {

constexpr int kMinAtomLength = 2;

void SortUnique(std::vector<std::string>* v) {
  std::sort(v->begin(), v->end());
  v->erase(std::unique(v->begin(), v->end()), v->end());
}

// "ba+ya+r" -> "bayar": a repeated literal letter is one letter in the
// skeleton, so the atoms of the pattern without those '+' hold for the
// original (a match of the original, with its runs shortened, matches the
// rewrite and has the same skeleton).
std::string WithoutLetterRepeats(const std::string& pattern) {
  std::string out;
  bool in_class = false;
  for (size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\' && i + 1 < pattern.size()) {
      out += pattern.substr(i, 2);
      ++i;
      continue;
    }
    if (in_class) {
      in_class = c != ']';
    } else if (c == '[') {
      in_class = true;
    } else if (c == '+' && !out.empty() && out.back() >= 'a' && out.back() <= 'z' &&
               (out.size() < 2 || out[out.size() - 2] != '\\') &&
               (i + 1 >= pattern.size() || (pattern[i + 1] != '?' && pattern[i + 1] != '+'))) {
      continue;
    }
    out.push_back(c);
  }
  return out;
}

}  // namespace

std::string TermAtom(const std::string& term) {
  const std::string folded = FoldUnicode(term).text;
  // The longest run of letters and digits: words of a phrase are separated
  // by any gap, and an apostrophe is optional.
  std::string best, current;
  for (char c : folded + " ") {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80) {
      current.push_back(c);
    } else {
      if (Skeleton(current).size() > Skeleton(best).size()) best = current;
      current.clear();
    }
  }
  return Skeleton(best);
}

AtomClauses TermAtoms(const std::vector<std::string>& terms, bool prefixed, bool suffixed) {
  // An end of an atom is a word edge when it is one in every term with that atom.
  std::map<std::string, TermEdges> atoms;
  for (const std::string& term : terms) {
    std::string atom = TermAtom(term);
    if (atom.empty()) return {};  // a term without a word cannot be filtered
    const TermEdges edges = TermAtomEdges(term, prefixed, suffixed);
    auto [it, inserted] = atoms.try_emplace(std::move(atom), edges);
    it->second.left = it->second.left && edges.left;
    it->second.right = it->second.right && edges.right;
  }
  AtomClauses clauses(1);
  for (const auto& [atom, edges] : atoms) clauses[0].push_back(WithWordEdges(atom, edges.left, edges.right));
  // A second clause when every term has a second word: each match has one of them.
  std::map<std::string, TermEdges> seconds;
  for (const std::string& term : terms) {
    const std::string marked = TermSecondAtom(term, prefixed, suffixed);
    if (marked.empty()) return clauses;
    const EdgedAtom second = SplitWordEdges(marked);
    auto [it, inserted] = seconds.try_emplace(std::string(second.text), TermEdges{second.left, second.right});
    it->second.left = it->second.left && second.left;
    it->second.right = it->second.right && second.right;
  }
  clauses.emplace_back();
  for (const auto& [atom, edges] : seconds) clauses[1].push_back(WithWordEdges(atom, edges.left, edges.right));
  return clauses;
}

std::vector<std::vector<std::string>> GroupTermsByAtom(const std::vector<std::string>& terms) {
  std::map<std::string, std::vector<std::string>> by_atom;  // "" = cannot be filtered
  for (const std::string& term : terms) by_atom[TermAtom(term)].push_back(term);
  std::vector<std::vector<std::string>> groups;
  for (auto& [atom, group] : by_atom) groups.push_back(std::move(group));
  return groups;
}

AtomClauses PatternAtoms(const std::string& pattern) {
  re2::FilteredRE2 filter(kMinAtomLength);
  RE2::Options options;
  options.set_log_errors(false);
  int id = 0;
  if (filter.Add(WithoutLetterRepeats(pattern), options, &id) != RE2::NoError) return {};
  std::vector<std::string> atoms;
  filter.Compile(&atoms);
  std::vector<int> passed;
  filter.AllPotentials({}, &passed);
  if (!passed.empty() || atoms.empty()) return {};  // passes without any atom
  const int n = static_cast<int>(atoms.size());
  // `absent` is a valid clause when the tree fails with those atoms absent
  // and all others present.
  auto implied = [&](const std::vector<bool>& absent) {
    std::vector<int> present;
    for (int i = 0; i < n; ++i) {
      if (!absent[static_cast<size_t>(i)]) present.push_back(i);
    }
    filter.AllPotentials(present, &passed);
    return passed.empty();
  };
  std::vector<std::vector<bool>> clauses;
  // Large trees get one clause (all atoms): any atom is necessary.
  const int searches = n <= 64 ? n : 1;
  for (int start = 0; start < searches; ++start) {
    std::vector<bool> clause(static_cast<size_t>(n), true);
    for (int k = 0; k < n; ++k) {
      const auto i = static_cast<size_t>((start + k) % n);
      clause[i] = false;
      if (!implied(clause)) clause[i] = true;
    }
    if (std::find(clauses.begin(), clauses.end(), clause) == clauses.end()) clauses.push_back(clause);
  }
  AtomClauses out;
  for (const std::vector<bool>& clause : clauses) {
    std::vector<std::string> words;
    for (int i = 0; i < n; ++i) {
      if (clause[static_cast<size_t>(i)]) words.push_back(Skeleton(atoms[static_cast<size_t>(i)]));
    }
    SortUnique(&words);
    out.push_back(std::move(words));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace santun
