#include "engine/suppression.h"

#include <gtest/gtest.h>

#include "engine/linter.h"
#include "fix/apply.h"
#include "support/builtin_linter.h"
#include "support/run.h"

namespace santun {
namespace {

class SuppressionTest : public ::testing::Test {
 protected:
  // "rule@line" for every diagnostic.
  static std::vector<std::string> Lint(const std::string& text) {
    SourceText source("t", text);
    MessageOptions options;
    options.lang = "id";
    std::vector<std::string> out;
    for (const Diagnostic& d : testing::BuiltinLinter().Lint(source, options).diagnostics) {
      out.push_back(d.rule->id + "@" + std::to_string(source.PositionOf(d.span.begin).line));
    }
    return out;
  }
};

using V = std::vector<std::string>;

TEST_F(SuppressionTest, EndOfLineCoversItsLine) {
  EXPECT_EQ(Lint("Dasar anjing! santun: ignore[abuse.insult] kutipan debitur\nDasar anjing!"), (V{"abuse.insult@2"}));
}

TEST_F(SuppressionTest, CategoryTargetAndCaseInsensitiveKeyword) {
  EXPECT_EQ(Lint("Dasar anjing! SANTUN: ignore[abuse] kutipan debitur"), V{});
}

TEST_F(SuppressionTest, CommentAloneOnItsLineCoversTheNextLine) {
  EXPECT_EQ(Lint("{{! santun: ignore[abuse.insult] kutipan debitur }}\n\nDasar anjing!\nDasar anjing!"),
            (V{"abuse.insult@4"}));
  EXPECT_EQ(Lint("<!-- santun: ignore[abuse.insult] kutipan -->\nDasar anjing!"), V{});
  EXPECT_EQ(Lint("# santun: ignore[abuse.insult] kutipan\nDasar anjing!"), V{});
}

TEST_F(SuppressionTest, DisableEnableRange) {
  EXPECT_EQ(Lint("Dasar anjing!\n{# santun: disable[abuse] contoh lama #}\nDasar anjing!\nDasar babi!\n"
                 "{# santun: enable[abuse] #}\nDasar anjing!"),
            (V{"abuse.insult@1", "abuse.insult@6"}));
}

TEST_F(SuppressionTest, FileLevel) {
  EXPECT_EQ(Lint("santun: ignore-file[abuse.insult] arsip kutipan\nDasar anjing!\nDasar babi!"), V{});
}

TEST_F(SuppressionTest, ProblemsWithSuppressionsAreReported) {
  EXPECT_EQ(Lint("Dasar anjing! santun: ignore[abuse.insult]"), (V{"santun.suppression-without-reason@1"}));
  EXPECT_EQ(Lint("Terima kasih. santun: ignore[abuse.insult] kutipan"), (V{"santun.unused-suppression@1"}));
  EXPECT_EQ(Lint("Dasar anjing! santun: ignore[abuse.insullt] kutipan"),
            (V{"abuse.insult@1", "santun.invalid-suppression@1"}));
}

TEST_F(SuppressionTest, SuppressionsCannotHideThemselves) {
  EXPECT_EQ(Lint("santun: ignore-file[santun] x\nTerima kasih. santun: ignore[abuse] kutipan"),
            (V{"santun.unused-suppression@1", "santun.unused-suppression@2"}));
}

TEST_F(SuppressionTest, UnusedSuppressionFixRemovesTheWholeComment) {
  const std::string text = "Halo Bapak,\n{{! santun: ignore[abuse] kutipan }}\nTerima kasih.\n";
  SourceText source("t", text);
  auto diags = testing::BuiltinLinter().Lint(source, {}).diagnostics;
  ASSERT_EQ(diags.size(), 1u);
  ASSERT_EQ(diags[0].fixes.size(), 1u);
  EXPECT_EQ(ApplyEdits(text, diags[0].fixes[0].edits), "Halo Bapak,\nTerima kasih.\n");
}

TEST(SuppressionCli, ReasonAndUnusedThroughTheBinary) {
  testing::RunOutput with_reason =
      testing::RunSantun({"check", "-"}, "Debitur menulis: anjing! santun: ignore[abuse.insult] kutipan debitur\n");
  EXPECT_EQ(with_reason.exit_code, 0) << with_reason.out;
  testing::RunOutput no_reason = testing::RunSantun({"check", "-"}, "Dasar anjing! santun: ignore[abuse.insult]\n");
  EXPECT_EQ(no_reason.exit_code, 1);
  EXPECT_NE(no_reason.out.find("-:1:15: warning[santun.suppression-without-reason]: suppression without a reason "
                               "'santun: ignore[abuse.insult]'"),
            std::string::npos)
      << no_reason.out;
  testing::RunOutput unused = testing::RunSantun({"check", "-"}, "Terima kasih. santun: ignore[abuse] kutipan\n");
  EXPECT_EQ(unused.exit_code, 1);
  EXPECT_NE(unused.out.find("warning[santun.unused-suppression]"), std::string::npos) << unused.out;
}

}  // namespace
}  // namespace santun
