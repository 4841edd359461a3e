#include "engine/diagnostic.h"

#include <gtest/gtest.h>

namespace santun {
namespace {

Diagnostic Masked(uint32_t begin, uint32_t end, const std::string& text) {
  Diagnostic d;
  d.span = {begin, end};
  d.matched = text;
  d.masked = true;
  return d;
}

TEST(Redact, ReplacesValuesAndMovesTheRange) {
  const std::string line = "NIK 3275014601920007 ok";
  const std::vector<Redaction> r = {{{4, 20}, "3275********0007"}};
  size_t begin = 4, end = 20;
  EXPECT_EQ(Redact(line, 0, r, &begin, &end), "NIK 3275********0007 ok");
  EXPECT_EQ(begin, 4u);
  EXPECT_EQ(end, 20u);
}

TEST(Redact, ShorterMaskShiftsLaterRanges) {
  // "Jl. Ñandú 5" masks to "Jl. ***** *": the two-byte letters become one star each.
  const std::string line =
      "di Jl. \xC3\x91"
      "and\xC3\xBA"
      " 5, dasar penipu";
  const std::vector<Redaction> r = {{{3, 16}, "Jl. ***** *"}};
  size_t begin = line.find("penipu"), end = begin + 6;
  const std::string out = Redact(line, 0, r, &begin, &end);
  EXPECT_EQ(out, "di Jl. ***** *, dasar penipu");
  EXPECT_EQ(out.substr(begin, end - begin), "penipu");
}

TEST(Redact, UsesTheLineOffsetAndStarsValuesCutByTheLine) {
  const std::string text = "alamat Jl. Mawar\nNo. 5 RT 1";
  const std::vector<Redaction> r = {{{7, 27}, "Jl. ***** No. * RT *"}};
  EXPECT_EQ(Redact(std::string_view(text).substr(0, 16), 0, r), "alamat **. *****");
  EXPECT_EQ(Redact(std::string_view(text).substr(17), 17, r), "**. * ** *");
}

TEST(Redact, ARangeInsideAValueCoversItsMask) {
  const std::string line = "HP 081200003344";
  const std::vector<Redaction> r = {{{3, 15}, "0812****3344"}};
  size_t begin = 5, end = 9;
  Redact(line, 0, r, &begin, &end);
  EXPECT_EQ(begin, 3u);
  EXPECT_EQ(end, 15u);
}

TEST(Redact, NoRedactionsLeavesTheTextAlone) {
  size_t begin = 1, end = 3;
  EXPECT_EQ(Redact("abcd", 0, {}, &begin, &end), "abcd");
  EXPECT_EQ(begin, 1u);
  EXPECT_EQ(end, 3u);
}

TEST(CollectRedactions, KeepsOuterValuesAndStarsWhatSticksOut) {
  Diagnostic plain;
  plain.span = {0, 3};
  plain.matched = "abc";
  const std::vector<Diagnostic> diags = {Masked(10, 30, "outer"), Masked(12, 20, "inner"), plain,
                                         Masked(25, 40, "tail")};
  const std::vector<Redaction> r = CollectRedactions(diags);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0], (Redaction{{10, 30}, "outer"}));
  EXPECT_EQ(r[1], (Redaction{{30, 40}, ""}));  // starred by Redact
}

TEST(MakeDiagnostic, MaskedValueReplacesTheMatchEverywhere) {
  Rule rule;
  rule.message = "data pribadi: {detail} {match}";
  const Diagnostic d = MakeDiagnostic(rule, "NIK 3275014601920007", {4, 20}, "NIK", "3275********0007");
  EXPECT_TRUE(d.masked);
  EXPECT_EQ(d.matched, "3275********0007");
  EXPECT_EQ(d.message, "data pribadi: NIK 3275********0007");
}

}  // namespace
}  // namespace santun
