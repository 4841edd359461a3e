#include "text/utf8.h"

#include <gtest/gtest.h>

namespace santun {
namespace {

TEST(Utf8, AcceptsWellFormedText) {
  EXPECT_EQ(utf8::FindInvalid(""), utf8::kValid);
  EXPECT_EQ(utf8::FindInvalid("Dasar penipu"), utf8::kValid);
  EXPECT_EQ(utf8::FindInvalid("Ｐｅｎｉｐｕ 🙂 é"), utf8::kValid);
  EXPECT_EQ(utf8::FindInvalid("\xF4\x8F\xBF\xBF"), utf8::kValid);  // U+10FFFF
}

TEST(Utf8, PointsAtTheFirstBadByte) {
  EXPECT_EQ(utf8::FindInvalid("ab\xFF"
                              "cd"),
            2u);
  EXPECT_EQ(utf8::FindInvalid("abc\xC3"), 3u);            // truncated
  EXPECT_EQ(utf8::FindInvalid("a\xC0\xAF"), 1u);          // overlong '/'
  EXPECT_EQ(utf8::FindInvalid("ab\xE0\x80\xAF"), 2u);     // overlong 3-byte
  EXPECT_EQ(utf8::FindInvalid("\xED\xA0\x80"), 0u);       // surrogate U+D800
  EXPECT_EQ(utf8::FindInvalid("x\xF4\x90\x80\x80"), 1u);  // above U+10FFFF
  EXPECT_EQ(utf8::FindInvalid("\x80"), 0u);               // lone continuation
  EXPECT_EQ(utf8::FindInvalid("ok \xE2\x82"), 3u);        // cut euro sign
}

TEST(Utf8, DecodesAndEncodes) {
  const std::string s = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x99\x82";  // a é € 🙂
  int len;
  EXPECT_EQ(utf8::Decode(s, 0, &len), U'a');
  EXPECT_EQ(len, 1);
  EXPECT_EQ(utf8::Decode(s, 1, &len), U'é');
  EXPECT_EQ(len, 2);
  EXPECT_EQ(utf8::Decode(s, 3, &len), U'€');
  EXPECT_EQ(len, 3);
  EXPECT_EQ(utf8::Decode(s, 6, &len), U'🙂');
  EXPECT_EQ(len, 4);
  std::string out;
  for (char32_t c : {U'a', U'é', U'€', U'🙂'}) utf8::Append(out, c);
  EXPECT_EQ(out, s);
  EXPECT_EQ(utf8::Utf16Units(U'🙂'), 2);
  EXPECT_EQ(utf8::Utf16Units(U'€'), 1);
}

}  // namespace
}  // namespace santun
