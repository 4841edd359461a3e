// One test per rule form of gitignore(5) that IgnoreRules implements.
#include "config/ignore_rules.h"

#include <gtest/gtest.h>

namespace santun {
namespace {

using V = IgnoreRules::Verdict;

V File(const std::string& rules, const std::string& path) { return IgnoreRules::Parse(rules).Match(path, false); }
V Dir(const std::string& rules, const std::string& path) { return IgnoreRules::Parse(rules).Match(path, true); }

TEST(IgnoreRules, CommentsAndBlankLinesMatchNothing) {
  EXPECT_TRUE(IgnoreRules::Parse("# build\n\n   \n#*.txt\n").empty());
  EXPECT_EQ(File("# a.txt\n", "a.txt"), V::kNone);
  EXPECT_EQ(File("# a.txt\n", "# a.txt"), V::kNone);
}

TEST(IgnoreRules, EscapedHashAndBangAreLiteral) {
  EXPECT_EQ(File("\\#notes.txt\n", "#notes.txt"), V::kIgnored);
  EXPECT_EQ(File("\\!important.txt\n", "!important.txt"), V::kIgnored);
  EXPECT_EQ(File("\\!important.txt\n", "important.txt"), V::kNone);
}

TEST(IgnoreRules, NegationReincludesAndTheLastMatchWins) {
  const std::string rules = "*.txt\n!keep.txt\n";
  EXPECT_EQ(File(rules, "drop.txt"), V::kIgnored);
  EXPECT_EQ(File(rules, "keep.txt"), V::kIncluded);
  EXPECT_EQ(File("!keep.txt\n*.txt\n", "keep.txt"), V::kIgnored);  // a later pattern overrides
  EXPECT_EQ(File(rules, "other.md"), V::kNone);
}

TEST(IgnoreRules, TrailingSlashMatchesFoldersOnly) {
  EXPECT_EQ(Dir("build/\n", "build"), V::kIgnored);
  EXPECT_EQ(File("build/\n", "build"), V::kNone);
  EXPECT_EQ(Dir("build/\n", "src/build"), V::kIgnored);  // no other slash: any depth
}

TEST(IgnoreRules, LeadingSlashAnchorsToTheFilesFolder) {
  EXPECT_EQ(File("/draft.txt\n", "draft.txt"), V::kIgnored);
  EXPECT_EQ(File("/draft.txt\n", "sub/draft.txt"), V::kNone);
}

TEST(IgnoreRules, SlashInTheMiddleAnchorsToo) {
  EXPECT_EQ(File("doc/old.txt\n", "doc/old.txt"), V::kIgnored);
  EXPECT_EQ(File("doc/old.txt\n", "x/doc/old.txt"), V::kNone);
}

TEST(IgnoreRules, NameWithoutSlashMatchesAtAnyDepth) {
  EXPECT_EQ(File("scratch.txt\n", "scratch.txt"), V::kIgnored);
  EXPECT_EQ(File("scratch.txt\n", "a/b/scratch.txt"), V::kIgnored);
  EXPECT_EQ(File("scratch.txt\n", "a/scratch.txt.bak"), V::kNone);
}

TEST(IgnoreRules, StarStaysWithinASegment) {
  EXPECT_EQ(File("*.tmp.txt\n", "a/x.tmp.txt"), V::kIgnored);  // the name, at any depth
  EXPECT_EQ(File("doc/*.txt\n", "doc/a.txt"), V::kIgnored);
  EXPECT_EQ(File("doc/*.txt\n", "doc/sub/a.txt"), V::kNone);
}

TEST(IgnoreRules, QuestionMarkIsOneCharacterNotASlash) {
  EXPECT_EQ(File("v?.txt\n", "v1.txt"), V::kIgnored);
  EXPECT_EQ(File("v?.txt\n", "v10.txt"), V::kNone);
  EXPECT_EQ(File("a?b\n", "a/b"), V::kNone);
}

TEST(IgnoreRules, BracketsAreCharacterClasses) {
  EXPECT_EQ(File("draft[0-9].txt\n", "draft7.txt"), V::kIgnored);
  EXPECT_EQ(File("draft[0-9].txt\n", "draftx.txt"), V::kNone);
  EXPECT_EQ(File("draft[!0-9].txt\n", "draftx.txt"), V::kIgnored);
  EXPECT_EQ(File("draft[!0-9].txt\n", "draft7.txt"), V::kNone);
  EXPECT_EQ(File("[]]x\n", "]x"), V::kIgnored);    // ']' first is literal
  EXPECT_EQ(File("a[bc\n", "a[bc"), V::kIgnored);  // an unclosed '[' is literal
}

TEST(IgnoreRules, LeadingDoubleStarMatchesInEveryFolder) {
  EXPECT_EQ(File("**/cache.txt\n", "cache.txt"), V::kIgnored);
  EXPECT_EQ(File("**/cache.txt\n", "a/b/cache.txt"), V::kIgnored);
  EXPECT_EQ(Dir("**/out/\n", "a/out"), V::kIgnored);
}

TEST(IgnoreRules, TrailingDoubleStarMatchesEverythingInside) {
  EXPECT_EQ(File("legacy/**\n", "legacy/a.txt"), V::kIgnored);
  EXPECT_EQ(File("legacy/**\n", "legacy/x/y/a.txt"), V::kIgnored);
  EXPECT_EQ(Dir("legacy/**\n", "legacy"), V::kNone);  // the folder itself is not inside it
}

TEST(IgnoreRules, DoubleStarBetweenSlashesIsZeroOrMoreFolders) {
  EXPECT_EQ(File("a/**/b.txt\n", "a/b.txt"), V::kIgnored);
  EXPECT_EQ(File("a/**/b.txt\n", "a/x/y/b.txt"), V::kIgnored);
  EXPECT_EQ(File("a/**/b.txt\n", "c/a/b.txt"), V::kNone);
}

TEST(IgnoreRules, UnescapedTrailingSpacesAreDropped) {
  EXPECT_EQ(File("a.txt   \n", "a.txt"), V::kIgnored);
  EXPECT_EQ(File("a.txt\\ \n", "a.txt "), V::kIgnored);
  EXPECT_EQ(File("a.txt\\ \n", "a.txt"), V::kNone);
}

TEST(IgnoreRules, CrlfLinesAndRegexCharactersAreLiteral) {
  EXPECT_EQ(File("a+b.txt\r\n(x).txt\r\n", "a+b.txt"), V::kIgnored);
  EXPECT_EQ(File("a+b.txt\r\n(x).txt\r\n", "(x).txt"), V::kIgnored);
  EXPECT_EQ(File("a+b.txt\r\n", "aab.txt"), V::kNone);
}

}  // namespace
}  // namespace santun
