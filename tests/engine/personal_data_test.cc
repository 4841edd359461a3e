// The personal-data check through the linter with the shipped rules:
// validated values, masked everywhere, the allow list, confidence.
#include <gtest/gtest.h>

#include "engine/linter.h"
#include "support/builtin_linter.h"

namespace santun {
namespace {

class PersonalDataTest : public ::testing::Test {
 protected:
  static LintResult Lint(const std::string& text, const AllowList* allow = nullptr, const std::string& lang = "id") {
    static std::vector<std::unique_ptr<SourceText>> keep;  // diagnostics point into rules only; spans are offsets
    MessageOptions options;
    options.lang = lang;
    options.today = "2026-11-25";
    options.allow = allow;
    keep.push_back(std::make_unique<SourceText>("t", text));
    return testing::BuiltinLinter().Lint(*keep.back(), options);
  }

  static std::vector<const Diagnostic*> Privacy(const LintResult& r) {
    std::vector<const Diagnostic*> out;
    for (const Diagnostic& d : r.diagnostics) {
      if (d.rule->category == "privacy") out.push_back(&d);
    }
    return out;
  }
};

TEST_F(PersonalDataTest, AcceptanceNikIsAnErrorShownMasked) {
  const LintResult r = Lint("NIK: 3275014601920007");
  const auto p = Privacy(r);
  ASSERT_EQ(p.size(), 1u);
  const Diagnostic& d = *p[0];
  EXPECT_EQ(d.rule->id, "privacy.national-id");
  EXPECT_EQ(d.severity, Severity::kError);
  EXPECT_TRUE(d.masked);
  EXPECT_EQ(d.matched, "3275********0007");
  EXPECT_EQ(d.message, "data pribadi tertulis lengkap: NIK 3275********0007");
  EXPECT_EQ(d.span, (Span{5, 21}));
  ASSERT_EQ(d.fixes.size(), 1u);
  EXPECT_EQ(d.fixes[0].applicability, Applicability::kUnsafe);
  ASSERT_EQ(d.fixes[0].edits.size(), 1u);
  EXPECT_EQ(d.fixes[0].edits[0].replacement, "3275********0007");
  EXPECT_EQ(r.redactions, (std::vector<Redaction>{{{5, 21}, "3275********0007"}}));
}

TEST_F(PersonalDataTest, AcceptanceVirtualAccountIsNothing) {
  const LintResult r = Lint("Nomor VA BRIVA: 12345 0896 1122 3344");
  EXPECT_TRUE(Privacy(r).empty());
  EXPECT_TRUE(r.redactions.empty());
}

TEST_F(PersonalDataTest, NoDiagnosticFieldRepeatsTheDigits) {
  const LintResult r = Lint("Kartu 4111 1111 1111 1111, NIK 3275014601920007, HP Bapak 0812-0000-3344. Dasar penipu!");
  ASSERT_EQ(Privacy(r).size(), 3u);
  for (const Diagnostic& d : r.diagnostics) {
    for (const std::string& raw : {"1111 1111 1111", "3275014601920007", "0000-3344"}) {
      EXPECT_EQ(d.message.find(raw), std::string::npos) << d.message;
      EXPECT_EQ(d.matched.find(raw), std::string::npos) << d.matched;
      for (const Fix& f : d.fixes) {
        for (const Edit& e : f.edits) EXPECT_EQ(e.replacement.find(raw), std::string::npos);
      }
    }
  }
  EXPECT_EQ(r.redactions.size(), 3u);
}

TEST_F(PersonalDataTest, SeverityFollowsConfidence) {
  // Labelled: high -> error. Unlabelled valid NIK: medium -> warning.
  auto only = [](const LintResult& r) {
    const auto p = Privacy(r);
    EXPECT_EQ(p.size(), 1u);
    return p.empty() ? Severity::kInfo : p[0]->severity;
  };
  EXPECT_EQ(only(Lint("Data Anda: NIK 3275014601920007.")), Severity::kError);
  EXPECT_EQ(only(Lint("Data Anda: 3275014601920007.")), Severity::kWarning);
}

TEST_F(PersonalDataTest, AmountsDatesAndMasksAreNotPersonalData) {
  EXPECT_TRUE(Privacy(Lint("Total tagihan Rp 3.171.011.708.450.001 jatuh tempo 25/12/2026.")).empty());
  EXPECT_TRUE(Privacy(Lint("NIK Anda 3275********0007 sudah terverifikasi.")).empty());
  EXPECT_TRUE(Privacy(Lint("No. Invoice 3275014601920007 jatuh tempo 20 Desember 2026.")).empty());
}

TEST_F(PersonalDataTest, CompanyNumbersAreNotTheDebtors) {
  EXPECT_TRUE(Privacy(Lint("Info lebih lanjut hubungi kami di 0812-0000-1122.")).empty());
  EXPECT_TRUE(Privacy(Lint("Questions? Call us at (202) 555-0143.", nullptr, "en")).empty());
  EXPECT_EQ(Privacy(Lint("Nomor HP Bapak 0812-0000-3344 sudah kami verifikasi.")).size(), 1u);
  // The sender's own lines: questions to a number, a role mailbox with a plural or a suffix.
  EXPECT_TRUE(Privacy(Lint("Whatsapp pertanyaan anda ke 0812-0000-4744 atau email collections@julo.co.id.")).empty());
  EXPECT_TRUE(
      Privacy(Lint("Please return my call at (202) 555-0113, or write billing-team@example.com.", nullptr, "en"))
          .empty());
}

TEST_F(PersonalDataTest, AllowListRemovesTheCreditorsOwnValues) {
  const std::string text = "Nomor WA Bapak 0812-0000-7788 dan email Bapak cs.kita@example.com sudah kami catat.";
  EXPECT_EQ(Privacy(Lint(text)).size(), 2u);
  AllowList allow;
  allow.numbers = {"+62 812 0000 7788"};
  allow.emails = {"CS.Kita@example.com"};
  EXPECT_TRUE(Privacy(Lint(text, &allow)).empty());
}

TEST_F(PersonalDataTest, CurrentYearComesFromToday) {
  // A birth date is one only for an adult age against the message's year.
  SourceText source("t", "Tgl lahir 12-05-2010, tagihan Rp 100.000 jatuh tempo 20 Desember 2026.");
  MessageOptions options;
  options.lang = "id";
  options.today = "2026-11-25";
  bool young = false;
  for (const Diagnostic& d : testing::BuiltinLinter().Lint(source, options).diagnostics)
    young |= d.rule->id == "privacy.birth-date";
  options.today = "2040-01-01";
  bool adult = false;
  for (const Diagnostic& d : testing::BuiltinLinter().Lint(source, options).diagnostics)
    adult |= d.rule->id == "privacy.birth-date";
  EXPECT_NE(young, adult);
}

}  // namespace
}  // namespace santun
