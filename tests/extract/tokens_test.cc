#include "extract/tokens.h"

#include <gtest/gtest.h>

#include <string>

namespace santun {
namespace {

// Returns the tokens as "kind:text" separated by spaces (W word, N number,
// S space, P punctuation).
std::string Show(std::string_view text) {
  const Tokens t(text);
  std::string s;
  for (size_t i = 0; i < t.size(); ++i) {
    const char kind = t[i].IsWord() ? 'W' : t[i].IsNumber() ? 'N' : t[i].IsSpace() ? 'S' : 'P';
    if (!s.empty()) s += ' ';
    s += std::string(1, kind) + ":" + std::string(t.Bytes(i));
  }
  return s;
}

TEST(ExtractTokens, SplitsWordsNumbersSpacesAndPunctuation) {
  EXPECT_EQ(Show("Rp1.500.000,-"), "W:Rp N:1.500.000 P:, P:-");
  EXPECT_EQ(Show("1,5jt"), "N:1,5 W:jt");
  EXPECT_EQ(Show("1..500"), "N:1..500");
  EXPECT_EQ(Show("25/12/2026"), "N:25 P:/ N:12 P:/ N:2026");
  EXPECT_EQ(Show("Rp 500."), "W:Rp S:  N:500 P:.");
  EXPECT_EQ(Show("Jum'at"), "W:Jum'at");
  EXPECT_EQ(Show("Jum\u2019at"), "W:Jum\u2019at");
  EXPECT_EQ(Show("'a'"), "P:' W:a P:'");
  EXPECT_EQ(Show("Rp\u00a01"), "W:Rp S:\u00a0 N:1");
  EXPECT_EQ(Show("caf\u00e9 \u2013 x"), "W:caf\u00e9 S:  P:\u2013 S:  W:x");
  EXPECT_EQ(Show(""), "");
}

TEST(ExtractTokens, CoversTheTextExactlyEvenWithStrayBytes) {
  const std::string text =
      "a\xFF"
      "b \xE2\x82 1";
  const Tokens t(text);
  uint32_t at = 0;
  for (size_t i = 0; i < t.size(); ++i) {
    EXPECT_EQ(t[i].span.begin, at);
    at = t[i].span.end;
  }
  EXPECT_EQ(at, text.size());
}

TEST(ExtractTokens, NavigatesWithinALine) {
  const Tokens t("Rp  500\nribu");
  ASSERT_EQ(t.size(), 5u);
  EXPECT_EQ(t.Next(0), 2u);
  EXPECT_EQ(t.Next(2), kNoToken);  // the line break stops it
  EXPECT_EQ(t.Next(2, true), 4u);
  EXPECT_EQ(t.Prev(2), 0u);
  EXPECT_EQ(t.Prev(0), kNoToken);
  EXPECT_EQ(t.Next(kNoToken), kNoToken);
  EXPECT_EQ(t.Prev(kNoToken), kNoToken);
  EXPECT_TRUE(t[0].IsWord("rp"));
  EXPECT_FALSE(t.Touch(0, 2));
}

}  // namespace
}  // namespace santun
