// Amounts, due dates, sender and templates through the real binary (the
// acceptance of the structural checks).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/run.h"

namespace santun::testing {
namespace {

std::vector<std::string> Rules(const std::string& input, std::vector<std::string> args = {}) {
  std::vector<std::string> full = {"check", "--format", "json", "--today", "2026-11-25"};
  full.insert(full.end(), args.begin(), args.end());
  full.push_back("-");
  RunOutput r = RunSantun(full, input);
  std::vector<std::string> out;
  const nlohmann::json doc = nlohmann::json::parse(r.out);
  for (const auto& d : doc["files"][0]["messages"][0]["diagnostics"]) {
    out.push_back(d["rule"]);
  }
  return out;
}

bool Has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

TEST(StructuralCli, SeedFailingExample) {
  auto rules = Rules("Halo, saya menagih utang Anda sekarang. Bayar sekarang juga!\n");
  EXPECT_TRUE(Has(rules, "amount.missing"));
  EXPECT_TRUE(Has(rules, "due-date.vague"));
  EXPECT_TRUE(Has(rules, "identity.missing-sender"));
}

// The seed's recommended script, with the collector introducing herself
// (the seed's own first script does not, and identity.missing-sender says so).
const char* kGoodTemplate =
    "Halo [nama debitur], ini [nama anda] dari [nama perusahaan]. Saya harap pesan ini sampai kepada Anda dengan "
    "baik. Saya ingin menindaklanjuti pembayaran utang sebesar [jumlah utang] yang jatuh tempo pada [tanggal jatuh "
    "tempo]. Bisakah Anda memberi tahu saya kapan Anda dapat melakukan pembayaran?\n";

TEST(StructuralCli, SeedGoodScriptFilledInHasNoneOfThem) {
  auto rules = Rules(
      "Halo Bapak Budi, ini Rina dari PT Dana Kilat Sejahtera. Saya harap pesan ini sampai kepada Anda dengan baik. "
      "Saya ingin menindaklanjuti pembayaran utang sebesar Rp 1.500.000 yang jatuh tempo pada 25 Desember 2026. "
      "Bisakah Anda memberi tahu saya kapan Anda dapat melakukan pembayaran?\n");
  EXPECT_EQ(rules, std::vector<std::string>{});
}

TEST(StructuralCli, SeedGoodScriptAsATemplate) {
  EXPECT_EQ(Rules(kGoodTemplate, {"--template"}), std::vector<std::string>{});
  RunOutput r = RunSantun({"check", "--template", "-"}, kGoodTemplate);
  EXPECT_EQ(r.exit_code, 0) << r.out;
  // Sent as it is, every placeholder is an error.
  auto sent = Rules(kGoodTemplate);
  EXPECT_EQ(std::count(sent.begin(), sent.end(), "template.unfilled"), 5);
  // A template file by extension.
  const std::string dir = MakeTempDir();
  WriteFile(dir + "/pengingat.mustache", kGoodTemplate);
  EXPECT_EQ(RunSantun({"check", "pengingat.mustache"}, "", dir).exit_code, 0);
}

TEST(StructuralCli, WrongWeekdayImpossibleAndPastDates) {
  RunOutput r = RunSantun({"check", "--today", "2026-11-25", "-"},
                          "PT Dana Kilat: tagihan Rp 500.000 jatuh tempo Senin, 25 Desember 2026.\n");
  EXPECT_NE(r.out.find("warning[due-date.weekday-mismatch]: hari tidak cocok dengan tanggal 'Senin, 25 Desember "
                       "2026': tanggal itu hari Jumat"),
            std::string::npos)
      << r.out;
  EXPECT_TRUE(Has(Rules("PT Dana Kilat: tagihan Rp 500.000 jatuh tempo 31 Februari 2027.\n"), "due-date.invalid"));
  EXPECT_TRUE(Has(Rules("PT Dana Kilat: mohon bayar Rp 500.000 paling lambat 10 November 2026.\n"), "due-date.past"));
  EXPECT_FALSE(Has(Rules("PT Dana Kilat: mohon bayar Rp 500.000 paling lambat 10 Desember 2026.\n"), "due-date.past"));
}

TEST(StructuralCli, ReceiptsDoNotAskForAnything) {
  EXPECT_EQ(Rules("Terima kasih, pembayaran Anda sebesar Rp 500.000 telah kami terima. PT Dana Kilat\n"),
            std::vector<std::string>{});
  EXPECT_EQ(Rules("Sesuai kesepakatan, jadwal cicilan Anda: Rp 500.000 pada 25 Desember 2026 dan Rp 500.000 pada "
                  "25 Januari 2027. Salam, PT Dana Kilat\n"),
            std::vector<std::string>{});
}

}  // namespace
}  // namespace santun::testing
