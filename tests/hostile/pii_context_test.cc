// Hostile input (issue 18 item 10): a phone or account number right after
// its label ("HP 0812…", "rekening …") is personal data even without
// "Anda"; every value a detector found (an e-mail address without "Anda"
// too) is masked wherever output shows it. Amounts, dates and invoice
// numbers stay as written.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "support/run.h"

namespace santun::testing {
namespace {

using Json = nlohmann::json;

const std::vector<std::string> kFormats = {"human", "json", "jsonl", "sarif", "github"};

std::vector<std::string> Rules(const RunOutput& r) {
  std::vector<std::string> rules;
  const Json doc = Json::parse(r.out);  // kept alive: the loop walks into it
  for (const Json& d : doc.at("files").at(0).at("messages").at(0).at("diagnostics")) {
    rules.push_back(d.at("rule").get<std::string>());
  }
  return rules;
}

bool Has(const std::vector<std::string>& rules, const std::string& rule) {
  return std::find(rules.begin(), rules.end(), rule) != rules.end();
}

struct Case {
  const char* message;
  const char* raw;   // must never be printed
  const char* rule;  // the privacy rule that reports it, or nullptr: only masked
};

const Case kCases[] = {
    {"Konfirmasi HP 081234567890 untuk tagihan Rp 700.000 jatuh tempo 14 Desember 2026.\n", "081234567890",
     "privacy.phone"},
    {"Pembayaran Rp 700.000 akan didebet dari rekening 0123456789 pada 14 Desember 2026.\n", "0123456789",
     "privacy.bank-account"},
    // No owner cue: not reported (a company's address as often), but masked.
    {"Tagihan Rp 700.000 sudah dikirim ke budi.santoso@example.com, jatuh tempo 14 Desember 2026.\n", "budi.santoso",
     nullptr},
    {"Please confirm phone number 202-555-0107 for the $390.00 balance due December 19, 2026.\n", "555-0107",
     "privacy.phone"},
};

TEST(HostilePii, LabelledValuesAreReportedAndMaskedInEveryFormat) {
  for (const Case& c : kCases) {
    const RunOutput json = RunSantun({"check", "--format", "json", "-"}, c.message);
    EXPECT_EQ(json.exit_code, 1) << c.message << json.err;
    const std::vector<std::string> rules = Rules(json);
    if (c.rule) EXPECT_TRUE(Has(rules, c.rule)) << c.message << ::testing::PrintToString(rules);
    for (const std::string& format : kFormats) {
      const RunOutput r = RunSantun({"check", "--format", format, "-"}, c.message);
      EXPECT_EQ(r.exit_code, 1) << format << " " << c.message;
      EXPECT_EQ(r.out.find(c.raw), std::string::npos) << format << " shows '" << c.raw << "':\n" << r.out;
      EXPECT_EQ(r.err.find(c.raw), std::string::npos) << format;
    }
  }
}

TEST(HostilePii, TheCreditorsOwnValuesAreNotReported) {
  // A form field in a contact block.
  const RunOutput field = RunSantun({"check", "--format", "json", "-"},
                                    "Your balance of $390.00 is due December 19, 2026. Bluegate Collections\n"
                                    "Phone: 202-555-0107\n");
  EXPECT_FALSE(Has(Rules(field), "privacy.phone")) << field.out;
  EXPECT_EQ(field.out.find("202-555-0107"), std::string::npos) << field.out;
  // A company cue before the label, and a role mailbox.
  const RunOutput wa =
      RunSantun({"check", "--format", "json", "-"},
                "Yth. Bapak Budi, tagihan Rp 700.000 dari PT Dana Kilat jatuh tempo 14 Desember 2026. Hubungi kami di "
                "WA 081234567890.\n");
  EXPECT_FALSE(Has(Rules(wa), "privacy.phone")) << wa.out;
  const RunOutput cs = RunSantun({"check", "--format", "json", "-"},
                                 "Yth. Bapak Budi, tagihan Rp 700.000 dari PT Dana Kilat jatuh tempo 14 Desember 2026. "
                                 "Pertanyaan: cs@danakilat.example.com.\n");
  EXPECT_FALSE(Has(Rules(cs), "privacy.email")) << cs.out;
}

TEST(HostilePii, SnippetsMaskEveryDetectedValueButNotAmountsDatesOrInvoices) {
  // No privacy rule reports the company's WhatsApp number, but a snippet
  // that shows its line masks it; the amount, the date and the invoice
  // number are no personal data and stay as written.
  const RunOutput r =
      RunSantun({"check", "-"},
                "SEGERA BAYAR INVOICE INV-2026-0001234 SEBESAR RP 1.500.000 SEBELUM 20 DESEMBER 2026. Hubungi kami di "
                "WA 081234567890.\n");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(r.out.find("081234567890"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("INV-2026-0001234"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("RP 1.500.000"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("20 DESEMBER 2026"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace santun::testing
