#include "ruleset/atom_edges.h"

#include "text/skeleton.h"
#include "text/unicode_fold.h"

namespace santun {
namespace {

// The separators of a term's words (term_regex.cc, SplitWords): the regex
// puts kWordGap ([^a-z0-9]+) there.
bool IsGap(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '-'; }

bool IsRunByte(char c) { return IsEdgeWordByte(c) || static_cast<unsigned char>(c) >= 0x80; }

bool OnlyGaps(std::string_view s) {
  for (char c : s) {
    if (!IsGap(c)) return false;
  }
  return true;
}

bool HasReduplication(std::string_view folded) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < folded.size()) {
    while (i < folded.size() && IsGap(folded[i])) ++i;
    const size_t b = i;
    while (i < folded.size() && !IsGap(folded[i])) ++i;
    if (i > b) words.push_back(folded.substr(b, i - b));
  }
  for (size_t w = 1; w < words.size(); ++w) {
    if (words[w] == words[w - 1]) return true;
  }
  return false;
}

}  // namespace

EdgedAtom SplitWordEdges(std::string_view atom) {
  EdgedAtom out;
  if (!atom.empty() && atom.front() == kWordEdge) {
    out.left = true;
    atom.remove_prefix(1);
  }
  if (!atom.empty() && atom.back() == kWordEdge) {
    out.right = true;
    atom.remove_suffix(1);
  }
  out.text = atom;
  return out;
}

std::string WithWordEdges(std::string_view atom, bool left, bool right) {
  std::string out;
  if (left) out.push_back(kWordEdge);
  out += atom;
  if (right) out.push_back(kWordEdge);
  return out;
}

bool ContainsAtom(std::string_view skeleton, std::string_view atom) {
  const EdgedAtom a = SplitWordEdges(atom);
  for (size_t at = skeleton.find(a.text); at != std::string_view::npos; at = skeleton.find(a.text, at + 1)) {
    if (HasWordEdges(skeleton, at, at + a.text.size(), a)) return true;
  }
  return false;
}

namespace {

// A run of letters and digits of a folded term (as TermAtom splits it),
// with the ends that are word edges in every match of the term's regex.
struct Run {
  std::string skeleton;
  bool left = false, right = false;
  bool whole = false;  // the run is a whole word: gaps or the term's ends on both sides
};

std::vector<Run> TermRuns(const std::string& folded, bool prefixed, bool suffixed) {
  const bool reduplicated = HasReduplication(folded);
  std::vector<Run> runs;
  for (size_t i = 0; i < folded.size();) {
    if (!IsRunByte(folded[i])) {
      ++i;
      continue;
    }
    const size_t b = i;
    while (i < folded.size() && IsRunByte(folded[i])) ++i;
    const std::string_view before = std::string_view(folded).substr(0, b);
    const std::string_view after = std::string_view(folded).substr(i);
    Run run;
    run.skeleton = Skeleton(std::string_view(folded).substr(b, i - b));
    run.whole = (before.empty() || IsGap(before.back())) && (after.empty() || IsGap(after.front()));
    if (!reduplicated) {
      run.left = OnlyGaps(before) ? !prefixed : IsGap(before.back());
      run.right = OnlyGaps(after) ? !suffixed : IsGap(after.front());
    }
    runs.push_back(std::move(run));
  }
  return runs;
}

// The run TermAtom picks: the first of the longest skeletons.
const Run* AtomRun(const std::vector<Run>& runs) {
  const Run* best = nullptr;
  for (const Run& r : runs) {
    if (!best || r.skeleton.size() > best->skeleton.size()) best = &r;
  }
  return best;
}

}  // namespace

TermEdges TermAtomEdges(const std::string& term, bool prefixed, bool suffixed) {
  const std::vector<Run> runs = TermRuns(FoldUnicode(term).text, prefixed, suffixed);
  const Run* atom = AtomRun(runs);
  if (!atom) return {};
  return {atom->left, atom->right};
}

std::string TermSecondAtom(const std::string& term, bool prefixed, bool suffixed) {
  const std::string folded = FoldUnicode(term).text;
  if (HasReduplication(folded)) return "";
  const std::vector<Run> runs = TermRuns(folded, prefixed, suffixed);
  const Run* atom = AtomRun(runs);
  if (!atom) return "";
  // Only a whole word: a run beside an optional apostrophe ("da'aku") may
  // lose a letter to its neighbour in the skeleton ("daaku" -> "daku").
  const Run* second = nullptr;
  for (const Run& r : runs) {
    if (!r.whole || r.skeleton == atom->skeleton) continue;
    if (!second || r.skeleton.size() > second->skeleton.size()) second = &r;
  }
  return second ? WithWordEdges(second->skeleton, second->left, second->right) : "";
}

}  // namespace santun
