// Lexicon term lists compile one regex per atom, and the matches of the
// groups are merged as one alternation would find them.
#include <gtest/gtest.h>

#include "engine/linter.h"
#include "engine/match.h"
#include "ruleset/atom_edges.h"
#include "ruleset/atoms.h"
#include "ruleset/lazy_regex.h"
#include "ruleset/pack_loader.h"
#include "ruleset/rule_codec.h"
#include "ruleset/rule_set.h"

namespace santun {
namespace {

using Groups = std::vector<std::vector<std::string>>;

TEST(GroupTermsByAtom, TermsWithTheSameLongestWordShareAGroup) {
  // Atoms: "tidak" (longest word of "tidak tahu malu"), "malu", "penipu"
  // (the longest word of both "penipu" and "dasar penipu").
  EXPECT_EQ(GroupTermsByAtom({"tidak tahu malu", "penipu", "malu", "dasar penipu"}),
            (Groups{{"malu"}, {"penipu", "dasar penipu"}, {"tidak tahu malu"}}));
}

TEST(GroupTermsByAtom, AtomsAreSkeletonsSoLookAlikesGroupTogether) {
  EXPECT_EQ(TermAtom("Penipu"), TermAtom("penipu"));
  EXPECT_EQ(GroupTermsByAtom({"Penipu", "penipu"}), (Groups{{"Penipu", "penipu"}}));
}

TEST(GroupTermsByAtom, ATermWithoutAWordIsItsOwnUnfilteredGroup) {
  EXPECT_EQ(TermAtom("!!"), "");
  const Groups groups = GroupTermsByAtom({"bayar", "!!"});
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_EQ(groups[0], std::vector<std::string>{"!!"});
  EXPECT_TRUE(TermAtoms(groups[0]).empty());  // runs on every message
}

TEST(LeftmostLongest, KeepsTheLeftmostThenTheLongestOfOverlappingSpans) {
  // "tidak tahu malu" [0,15) beats "malu" [11,15); of two spans at 20 the
  // longer wins; disjoint spans all stay, in order.
  EXPECT_EQ(LeftmostLongest({{11, 15}, {0, 15}, {20, 24}, {20, 30}, {31, 33}}),
            (std::vector<Span>{{0, 15}, {20, 30}, {31, 33}}));
  EXPECT_EQ(LeftmostLongest({{5, 10}, {0, 6}}), (std::vector<Span>{{0, 6}}));
  EXPECT_EQ(LeftmostLongest({{0, 5}, {5, 9}}), (std::vector<Span>{{0, 5}, {5, 9}}));
  EXPECT_TRUE(LeftmostLongest({}).empty());
}

PackContents LoadLexicon(const std::string& lexicon) {
  PackContents contents;
  const Errors errors = LoadPack({"rules/x.toml", "[pack]\nlangs = [\"id\"]\n[[lexicon]]\n" + lexicon}, &contents);
  EXPECT_TRUE(errors.empty()) << errors.front().ToString();
  return contents;
}

TEST(LexiconLoading, OneRegexPerAtomThenThePatterns) {
  const PackContents c = LoadLexicon(
      "name = \"rude\"\nterms = [\"tidak tahu malu\", \"malu\", \"penipu\", \"dasar penipu\"]\n"
      "patterns = [\"ma+ling\"]\n");
  ASSERT_EQ(c.lexicons.size(), 1u);
  const Lexicon& lex = c.lexicons[0];
  EXPECT_EQ(lex.term_regexes, 3u);
  ASSERT_EQ(lex.regexes.size(), 4u);
  EXPECT_EQ(lex.regexes[0]->atom_clauses(),
            (AtomClauses{{WithWordEdges(TermAtom("malu"), true, true)}}));  // skeleton form
  EXPECT_EQ(lex.regexes[3]->source(), "ma+ling");
  // Each group still finds its own terms, with their affixes.
  EXPECT_TRUE(RE2::PartialMatch("dasar penipu", lex.regexes[1]->get()));
  EXPECT_FALSE(RE2::PartialMatch("dasar penipu", lex.regexes[0]->get()));
}

TEST(LexiconLoading, TheEmbeddedFormKeepsTheSplit) {
  const PackContents c = LoadLexicon("name = \"rude\"\nterms = [\"malu\", \"penipu\"]\npatterns = [\"ma+ling\"]\n");
  PackContents decoded;
  ASSERT_TRUE(DecodeRules(EncodeRules({}, c.lexicons), &decoded));
  ASSERT_EQ(decoded.lexicons.size(), 1u);
  EXPECT_EQ(decoded.lexicons[0].term_regexes, 2u);
  EXPECT_EQ(decoded.lexicons[0].regexes.size(), 3u);

  // A blob that claims more term regexes than it holds is inconsistent.
  std::vector<Lexicon> broken = c.lexicons;
  broken[0].term_regexes = 4;
  PackContents rejected;
  EXPECT_FALSE(DecodeRules(EncodeRules({}, broken), &rejected));
  EXPECT_TRUE(rejected.lexicons.empty());
}

TEST(RuleTermGroups, OverlappingTermsOfOneRuleGiveOneDiagnosticOnTheLongest) {
  // "tidak tahu malu" and "malu" are in different groups (atoms "tidak" and
  // "malu"); the rule reports the phrase once, as a single alternation did,
  // and a lone "malu" later in the text on its own.
  PackContents contents;
  ASSERT_TRUE(LoadPack({"rules/x.toml", R"([pack]
langs = ["id"]
[[rule]]
id = "abuse.test"
severity = "error"
summary = "s"
message = "m"
why = "w"
terms = ["malu", "tidak tahu malu"]
[[rule.example]]
text = "dasar <<tidak tahu malu>>"
)"},
                       &contents)
                  .empty());
  ASSERT_EQ(contents.rules.size(), 1u);
  EXPECT_EQ(contents.rules[0].matchers.size(), 2u);
  RuleSet set;
  ASSERT_TRUE(RuleSet::Build(std::move(contents), &set).empty());
  const Linter linter(set);
  MessageOptions options;
  options.lang = "id";
  std::vector<Span> spans;
  for (const Diagnostic& d : linter.Lint(SourceText("t", "Dasar tidak tahu malu, bikin malu."), options).diagnostics) {
    spans.push_back(d.span);
  }
  EXPECT_EQ(spans, (std::vector<Span>{{6, 21}, {29, 33}}));
}

}  // namespace
}  // namespace santun
