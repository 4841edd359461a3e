#include "fix/content_guard.h"

#include <gtest/gtest.h>

namespace santun {
namespace {

Fix Removal(uint32_t b, uint32_t e, std::string replacement = "") {
  Fix f;
  f.title = "remove";
  f.edits = {{{b, e}, std::move(replacement)}};
  f.applicability = Applicability::kUnsafe;
  return f;
}

TEST(ContentGuard, AFixThatRemovesEveryWordEmptiesTheMessage) {
  const std::string text = "Dasar p3n1pu!!!";
  const ContentGuard guard(text);
  EXPECT_FALSE(guard.LeavesContent(Removal(0, 12)));         // "!!!" is left: no content
  EXPECT_TRUE(guard.LeavesContent(Removal(0, 6)));           // "p3n1pu!!!" is left
  EXPECT_TRUE(guard.LeavesContent(Removal(0, 15, "Maaf")));  // a replacement with words
}

TEST(ContentGuard, NonAsciiLettersAreContent) {
  const std::string text = "Dasar \xC3\xA9!";
  const ContentGuard guard(text);
  EXPECT_TRUE(guard.LeavesContent(Removal(0, 6)));
  EXPECT_FALSE(guard.LeavesContent(Removal(0, 8)));
}

TEST(ContentGuard, EmptyingFixesBecomeDisplayOnlyAndOthersStay) {
  const std::string text = "Dasar maling";
  const ContentGuard guard(text);
  std::vector<Fix> fixes = {Removal(0, 12), Removal(0, 6)};
  fixes[1].applicability = Applicability::kSafe;
  guard.DemoteEmptyingFixes(&fixes);
  EXPECT_EQ(fixes[0].applicability, Applicability::kDisplayOnly);
  EXPECT_EQ(fixes[1].applicability, Applicability::kSafe);
}

TEST(ContentGuard, TheAlternativeMustLeaveContentToo) {
  const std::string text = "Kami akan datang.";
  const ContentGuard guard(text);
  Fix f = Removal(0, 17, "Kami dapat membantu.");
  f.alternative = {{{0, 17}, ""}};
  EXPECT_FALSE(guard.LeavesContent(f));
}

TEST(ContentGuard, HasContent) {
  EXPECT_FALSE(HasContent(" \n!!! ?"));
  EXPECT_TRUE(HasContent(" 7 "));
}

}  // namespace
}  // namespace santun
