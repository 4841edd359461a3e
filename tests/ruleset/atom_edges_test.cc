// Term atoms carry word-edge marks, and the prefilter honours them: a term
// regex is not run for an atom that only occurs inside a longer word.
#include "ruleset/atom_edges.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <algorithm>

#include "engine/atom_index.h"
#include "ruleset/atoms.h"
#include "ruleset/lazy_regex.h"
#include "ruleset/term_regex.h"
#include "text/skeleton.h"

namespace santun {
namespace {

std::string Marked(std::string_view atom, bool left, bool right) { return WithWordEdges(atom, left, right); }

TEST(TermAtomEdges, AWholeWordHasBothEdges) {
  EXPECT_EQ(TermAtoms({"penipu"}), (AtomClauses{{Marked("penipu", true, true)}}));
  EXPECT_EQ(TermAtoms({"dasar penipu"}), (AtomClauses{{Marked("penipu", true, true)}, {Marked("dasar", true, true)}}));
  EXPECT_EQ(TermAtoms({"jatuh-tempo"}), (AtomClauses{{Marked("jatuh", true, true)}, {Marked("tempo", true, true)}}));
}

TEST(TermAtomEdges, AffixesApostrophesAndReduplicationsLoseTheirEdges) {
  // Prefixes glue to the first word, suffixes to the last.
  EXPECT_EQ(TermAtoms({"bayar"}, /*prefixed=*/true, /*suffixed=*/false), (AtomClauses{{Marked("bayar", false, true)}}));
  EXPECT_EQ(TermAtoms({"bayar"}, false, true), (AtomClauses{{Marked("bayar", true, false)}}));
  EXPECT_EQ(TermAtoms({"segera bayar"}, true, true),
            (AtomClauses{{Marked("segera", false, true)}, {Marked("bayar", true, false)}}));
  // The apostrophe is optional: "you're" also matches "youre".
  EXPECT_EQ(TermAtomEdges("you're", false, false).right, false);
  EXPECT_EQ(TermAtomEdges("you're", false, false).left, true);
  // "rame-rame" also matches "ramerame" and "rame2".
  EXPECT_EQ(TermAtoms({"rame-rame"}), (AtomClauses{{Marked("rame", false, false)}}));
  // A word beside an apostrophe is no second atom ("da'aku" matches "daaku").
  EXPECT_EQ(TermSecondAtom("da'aku", false, false), "");
}

TEST(TermAtomEdges, AGroupKeepsOnlyTheEdgesAndSecondWordsAllItsTermsHave) {
  // "bayar" has both edges alone, none in the reduplication; "bayar" has no second word.
  EXPECT_EQ(TermAtoms({"bayar", "bayar-bayar"}), (AtomClauses{{Marked("bayar", false, false)}}));
  EXPECT_EQ(TermAtoms({"jt tempo", "jatuh tempo"}),
            (AtomClauses{{Marked("jatuh", true, true), Marked("tempo", true, true)},
                         {Marked("jt", true, true), Marked("tempo", true, true)}}));
}

TEST(ContainsAtom, HonoursTheMarks) {
  EXPECT_TRUE(ContainsAtom("mohon bayar.", Marked("bayar", true, true)));
  EXPECT_TRUE(ContainsAtom("bayar", Marked("bayar", true, true)));
  EXPECT_FALSE(ContainsAtom("pembayaran", Marked("bayar", true, true)));
  EXPECT_TRUE(ContainsAtom("pembayaran", "bayar"));
  EXPECT_FALSE(ContainsAtom("dibayar", Marked("bayar", true, false)));
  EXPECT_TRUE(ContainsAtom("bayarnya", Marked("bayar", true, false)));
  // The second occurrence may be the whole word.
  EXPECT_TRUE(ContainsAtom("pembayaran bayar", Marked("bayar", true, true)));
  // Bytes of non-ASCII characters are edges, as [^a-z0-9] is in the regexes.
  EXPECT_TRUE(ContainsAtom("\xc3\xa9u\xc3\xa9", Marked("u", true, true)));
}

TEST(AtomIndex, FindsAMarkedAtomOnlyAtWordEdges) {
  AtomIndex index;
  index.Add(Marked("u", true, true), 1);
  index.Add("u", 2);
  index.Add(Marked("bayar", false, true), 3);
  index.Build();
  std::vector<uint32_t> found;
  index.Scan("utang dibayar", &found);
  EXPECT_EQ(found, (std::vector<uint32_t>{2, 3}));
  found.clear();
  index.Scan("u bayarnya", &found);
  std::sort(found.begin(), found.end());
  EXPECT_EQ(found, (std::vector<uint32_t>{1, 2}));
}

// What the marks promise: a term's regex matches a text only where the
// marked atoms of its clauses occur in the skeleton.
TEST(TermAtomEdges, EveryMatchHasTheMarkedAtoms) {
  const std::vector<std::string> terms = {"jatuh tempo", "jt tempo", "u", "you're late"};
  const std::vector<std::string> texts = {"jatuhh-tempoo!", "jt.tempo", "u",        "uu?", "youre late",
                                          "you're  laate",  "utang",    "tempo jt", "(u)", "kamu"};
  for (const std::string& term : terms) {
    const LazyRegex re(TermsToRegex({term}, {}, {}), TermAtoms({term}));
    for (const std::string& text : texts) {
      if (RE2::PartialMatch(text, re.get())) EXPECT_TRUE(re.MayMatch(Skeleton(text))) << term << " in " << text;
    }
  }
}

}  // namespace
}  // namespace santun
