#include "rewrite/unified_diff.h"

#include <gtest/gtest.h>

#include "support/run.h"

namespace santun {
namespace {

TEST(UnifiedDiff, HeadersHunksAndTheNoNewlineMarker) {
  EXPECT_EQ(UnifiedDiff("a\n", "a\n", "x.txt"), "");
  EXPECT_EQ(UnifiedDiff("a\nb\nc\n", "a\nB\nc\n", "t/x.txt"),
            "--- a/t/x.txt\n+++ b/t/x.txt\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n");
  EXPECT_EQ(
      UnifiedDiff("a\nb", "a\nc", "x"),
      "--- a/x\n+++ b/x\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n");
  EXPECT_EQ(UnifiedDiff("", "new\n", "x"), "--- a/x\n+++ b/x\n@@ -0,0 +1,1 @@\n+new\n");
}

// Every diff applies with Debian's patch and gives back the new text.
TEST(UnifiedDiff, RoundTripsThroughPatch) {
  std::string many;
  for (int i = 1; i <= 30; ++i) many += "line " + std::to_string(i) + "\n";
  std::string changed = many;
  changed.replace(changed.find("line 2\n"), 7, "LINE 2\n");
  changed.replace(changed.find("line 20\n"), 8, "");
  changed += "tail without newline";
  // clang-format off
  const std::pair<std::string, std::string> cases[] = {
      {many, changed}, {"x", "x\n"}, {"x\n", "x"}, {"a\nb\nc\n", ""}, {"", "a"}, {"é\r\nb\n", "é\r\nc\n"}};
  // clang-format on
  for (const auto& [before, after] : cases) {
    const std::string dir = testing::MakeTempDir();
    testing::WriteFile(dir + "/f/m.txt", before);
    testing::WriteFile(dir + "/p.diff", UnifiedDiff(before, after, "f/m.txt"));
    testing::RunOutput r = testing::RunShell("patch -p1 --batch --forward < p.diff", "", dir);
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_EQ(testing::ReadFile(dir + "/f/m.txt"), after) << UnifiedDiff(before, after, "f/m.txt");
  }
}

}  // namespace
}  // namespace santun
