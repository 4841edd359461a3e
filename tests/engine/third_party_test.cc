// The third-party check through the linter with the shipped rules: the
// modalities, negation, the allow list's names, the debt context.
#include <gtest/gtest.h>

#include "engine/linter.h"
#include "support/builtin_linter.h"

namespace santun {
namespace {

class ThirdPartyTest : public ::testing::Test {
 protected:
  // "rule 'text' severity" of every privacy.third-party-* and threat.disclosure diagnostic.
  static std::vector<std::string> Lint(const std::string& text, const std::string& lang,
                                       const AllowList* allow = nullptr) {
    SourceText source("t", text);
    MessageOptions options;
    options.lang = lang;
    options.today = "2026-11-25";
    options.allow = allow;
    std::vector<std::string> out;
    for (const Diagnostic& d : testing::BuiltinLinter().Lint(source, options).diagnostics) {
      if (d.rule->id.rfind("privacy.third-party", 0) != 0 && d.rule->id != "threat.disclosure") continue;
      out.push_back(d.rule->id + " '" + d.matched + "' " + std::string(SeverityName(d.severity)));
    }
    return out;
  }
};

using V = std::vector<std::string>;

TEST_F(ThirdPartyTest, AThreatIsReportedAsThreatAndAsPrivacyOnTheSameSpan) {
  EXPECT_EQ(
      Lint("Kalau cicilan Rp 500.000 belum lunas, kami akan menghubungi keluarga Anda.", "id"),
      (V{"privacy.third-party-threat 'menghubungi keluarga' error", "threat.disclosure 'menghubungi keluarga' error"}));
}

TEST_F(ThirdPartyTest, ModalityDecidesTheRule) {
  EXPECT_EQ(Lint("Kami sudah menghubungi keluarga Anda soal cicilan Rp 500.000.", "id"),
            (V{"privacy.third-party-disclosed 'menghubungi keluarga' error"}));
  EXPECT_EQ(Lint("Tolong sampaikan ke suami Ibu bahwa cicilannya Rp 500.000 telat.", "id"),
            (V{"privacy.third-party-addressed 'Tolong sampaikan ke suami' error"}));
}

TEST_F(ThirdPartyTest, NegationAtThePartyOrTheActionButNotAConditionalOne) {
  EXPECT_EQ(Lint("Kami tidak akan menghubungi keluarga Anda soal tagihan Rp 500.000.", "id"), V{});
  EXPECT_EQ(Lint("Tagihan Rp 500.000 hanya kami bicarakan dengan Anda, bukan keluarga Anda.", "id"), V{});
  EXPECT_EQ(Lint("We won't tell your boss if you pay the $300.00 today.", "en"),
            (V{"privacy.third-party-threat 'tell your boss' error", "threat.disclosure 'tell your boss' error"}));
}

TEST_F(ThirdPartyTest, WithoutDebtContextAThreatIsOneLevelLower) {
  EXPECT_EQ(
      Lint("Ntar gw kabarin keluarga lu semua.", "id"),
      (V{"privacy.third-party-threat 'kabarin keluarga' warning", "threat.disclosure 'kabarin keluarga' warning"}));
  // A message to a third party needs the debt to reveal anything.
  EXPECT_EQ(Lint("Tolong sampaikan ke suami Ibu bahwa paketnya sudah sampai.", "id"), V{});
}

TEST_F(ThirdPartyTest, TheCreditorsOwnNameIsNotAThirdParty) {
  const std::string text = "Koperasi Keluarga Sejahtera akan menghubungi Anda soal cicilan Rp 500.000.";
  EXPECT_EQ(Lint(text, "id").size(), 2u);
  AllowList allow;
  allow.names = {"Koperasi Keluarga Sejahtera"};
  EXPECT_EQ(Lint(text, "id", &allow), V{});
}

TEST_F(ThirdPartyTest, WhatAThirdPartyLearnsCountsOnlyWhenTheyAreTheSubject) {
  EXPECT_EQ(Lint("We're so sorry to hear about your father. Your $275.00 payment moved to January 15, 2027.", "en"),
            V{});
  EXPECT_EQ(Lint("Your neighbors will hear about the $275.00 you owe.", "en"),
            (V{"privacy.third-party-threat 'Your neighbors will hear about' error",
               "threat.disclosure 'Your neighbors will hear about' error"}));
}

TEST_F(ThirdPartyTest, GreetingsAndWhereaboutsConfirmationAreFine) {
  EXPECT_EQ(Lint("Selamat Idul Fitri untuk Anda sekeluarga. Cicilan Rp 500.000 jatuh tempo 20 Desember 2026.", "id"),
            V{});
  EXPECT_EQ(Lint("Jika Bapak sulit dihubungi, kami hanya akan menghubungi kontak darurat untuk mengonfirmasi "
                 "keberadaan Bapak. Cicilan Rp 500.000.",
                 "id"),
            V{});
}

}  // namespace
}  // namespace santun
