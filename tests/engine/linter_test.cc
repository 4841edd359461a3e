#include "engine/linter.h"

#include <gtest/gtest.h>

#include "engine/checks/check.h"
#include "ruleset/check_specs.h"
#include "support/builtin_linter.h"

namespace santun {
namespace {

class LinterTest : public ::testing::Test {
 protected:
  // "rule@begin-end" for every diagnostic, in output order.
  static std::vector<std::string> Lint(const std::string& text, const std::string& lang = "auto") {
    SourceText source("t", text);
    MessageOptions options;
    options.lang = lang;
    std::vector<std::string> out;
    for (const Diagnostic& d : testing::BuiltinLinter().Lint(source, options).diagnostics) {
      out.push_back(d.rule->id + "@" + std::to_string(d.span.begin) + "-" + std::to_string(d.span.end));
    }
    return out;
  }
};

TEST_F(LinterTest, AcceptanceMessage) {
  EXPECT_EQ(Lint("Dasar p3n1pu, bayar sekarang juga!\n"),
            (std::vector<std::string>{"abuse.accusation@6-12", "amount.missing@14-19", "identity.missing-sender@14-19",
                                      "pressure.bare-command@14-33", "due-date.vague@20-33"}));
}

TEST_F(LinterTest, RangesCoverTheOriginalBytesOfDisguisedWords) {
  EXPECT_EQ(Lint("Dasar \xEF\xBC\xB0\xEF\xBD\x85\xEF\xBD\x8E\xEF\xBD\x89\xEF\xBD\x90\xEF\xBD\x95!"),
            (std::vector<std::string>{"abuse.accusation@6-24"}));
  EXPECT_EQ(Lint("Dasar Pen\xE2\x80\x8Bipu!"), (std::vector<std::string>{"abuse.accusation@6-15"}));
  EXPECT_EQ(Lint("Dasar p e n i p u!"), (std::vector<std::string>{"abuse.accusation@6-17"}));
}

TEST_F(LinterTest, CleanMessageHasNoDiagnostics) {
  EXPECT_EQ(Lint("Yth. Bapak Budi, tagihan Anda dari PT Dana Kilat sebesar Rp 1.500.000 jatuh tempo pada "
                 "25 Desember 2026. Terima kasih."),
            std::vector<std::string>{});
}

TEST_F(LinterTest, LanguageDecidesWhichVariantRuns) {
  SourceText source("t", "You are a thief.");
  EXPECT_EQ(testing::BuiltinLinter().Lint(source, {}).lang, "en");
  MessageOptions id;
  id.lang = "id";
  EXPECT_TRUE(testing::BuiltinLinter().Lint(source, id).diagnostics.empty());
}

TEST_F(LinterTest, SelectionFilters) {
  Selection only_pressure;
  ASSERT_TRUE(Selection::Create(testing::BuiltinRules(), {"pressure"}, {}, &only_pressure).empty());
  MessageOptions options;
  options.selection = &only_pressure;
  SourceText source("t", "Dasar penipu, bayar sekarang juga!");
  auto diags = testing::BuiltinLinter().Lint(source, options).diagnostics;
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].rule->id, "pressure.bare-command");
}

TEST_F(LinterTest, MessagesQuoteTheOriginalTextWithInvisiblesShown) {
  SourceText source("t", "Dasar Pen\xE2\x80\x8Bipu!");
  auto diags = testing::BuiltinLinter().Lint(source, {}).diagnostics;
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].message, "tuduhan 'Pen\xEF\xBF\xBDipu'");
  EXPECT_EQ(diags[0].matched, "Pen\xE2\x80\x8Bipu");
}

TEST_F(LinterTest, OutputIsDeterministic) {
  const std::string text = "ANJING!!! Bayar sekarang juga, dasar penipu, kami lapor polisi!!";
  EXPECT_EQ(Lint(text), Lint(text));
}

TEST(CheckSpecs, EveryDeclaredCheckIsImplemented) {
  for (const CheckSpec& spec : KnownChecks()) {
    EXPECT_NE(FindCheckFn(spec.name), nullptr) << spec.name;
  }
  EXPECT_EQ(FindCheckFn("no-such-check"), nullptr);
}

}  // namespace
}  // namespace santun
