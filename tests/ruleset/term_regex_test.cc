#include "ruleset/term_regex.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include "text/normalizer.h"

namespace santun {
namespace {

// Returns the normalized text of the first hit, or "" when nothing matches.
std::string Hit(const std::vector<std::string>& terms, const std::string& text,
                const std::vector<std::string>& prefixes = {}, const std::vector<std::string>& suffixes = {}) {
  RE2 re(TermsToRegex(terms, prefixes, suffixes));
  EXPECT_TRUE(re.ok()) << re.error();
  std::string n = Normalize(text).text;
  std::string hit;
  if (!RE2::PartialMatch(n, re, &hit)) return "";
  return hit;
}

TEST(TermRegex, WholeWordsOnly) {
  EXPECT_EQ(Hit({"penipu"}, "dasar penipu!"), "penipu");
  EXPECT_EQ(Hit({"penipu"}, "waspada penipuan"), "");
  EXPECT_EQ(Hit({"polisi"}, "polis asuransi"), "");
  EXPECT_EQ(Hit({"asu"}, "asuransi jiwa"), "");
  EXPECT_EQ(Hit({"tai"}, "di pantai"), "");
}

TEST(TermRegex, FlexibleGapsInPhrases) {
  EXPECT_EQ(Hit({"lapor polisi"}, "kami LAPOR   POLISI"), "lapor   polisi");
  EXPECT_EQ(Hit({"lapor polisi"}, "kami lapor... polisi"), "lapor... polisi");
  EXPECT_EQ(Hit({"lapor polisi"}, "kami lapor\npolisi"), "lapor\npolisi");
  EXPECT_EQ(Hit({"lapor polisi"}, "laporpolisi"), "");
}

TEST(TermRegex, ElongationAndLeetOnes) {
  EXPECT_EQ(Hit({"penipu"}, "penipuuuuu"), "penipuu");
  EXPECT_EQ(Hit({"bullshit"}, "bu11sh1t"), "buiishit");
}

TEST(TermRegex, AffixesOnlyWhereAsked) {
  EXPECT_EQ(Hit({"penipu"}, "penipunya"), "");
  EXPECT_EQ(Hit({"penipu"}, "penipunya", {}, {"nya", "mu"}), "penipunya");
  EXPECT_EQ(Hit({"sebar"}, "disebar", {"di", "ter"}, {}), "disebar");
}

TEST(TermRegex, ReduplicationShorthand) {
  EXPECT_EQ(Hit({"rame-rame"}, "kami datang rame2"), "rame2");
  EXPECT_EQ(Hit({"rame-rame"}, "kami datang rame-rame"), "rame-rame");
  EXPECT_EQ(Hit({"rame-rame"}, "kami datang rame rame"), "rame rame");
}

TEST(TermRegex, LongestTermWins) { EXPECT_EQ(Hit({"lapor", "lapor polisi"}, "kami lapor polisi"), "lapor polisi"); }

TEST(TermRegex, ApostrophesAreOptional) {
  EXPECT_EQ(Hit({"you'll regret"}, "youll regret it"), "youll regret");
  EXPECT_EQ(Hit({"you'll regret"}, "you\xE2\x80\x99ll regret it"), "you'll regret");
}

}  // namespace
}  // namespace santun
