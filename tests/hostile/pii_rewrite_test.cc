// Hostile input (issue 18 item 9): `santun rewrite` quotes what it drops
// or replaces of the original; personal data in it is masked.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/run.h"

namespace santun::testing {
namespace {

using Json = nlohmann::json;

// A NIK, a card, a phone number and an e-mail address, each in a sentence
// that the rewrite drops, and a threat.
const char kMessage[] =
    "Yth. Bapak Budi, NIK Bapak 3275014601920007 sudah kami catat. Kartu Bapak 4111 1111 1111 1111 akan diblokir. "
    "HP Bapak 0812-0000-3344 akan kami sebar. Email Bapak budi.santoso@example.com sudah kami simpan. "
    "Bayar Rp 1.500.000 sebelum 20 Desember 2026 atau kami datangi rumah Bapak!\n";

const std::vector<std::string> kRaw = {"3275014601920007", "1111 1111 1111", "0812-0000-3344", "0000-3344",
                                       "budi.santoso"};

TEST(HostilePii, RewriteJsonMasksEveryQuotedValue) {
  const RunOutput r = RunSantun({"rewrite", "--format", "json", "--today", "2026-12-01", "-"}, kMessage);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const std::string& raw : kRaw) {
    EXPECT_EQ(r.out.find(raw), std::string::npos) << "shows '" << raw << "':\n" << r.out;
    EXPECT_EQ(r.err.find(raw), std::string::npos) << raw;
  }
  const Json doc = Json::parse(r.out);
  bool removed = false;
  for (const Json& c : doc.at("changes")) {
    if (c.at("kind") != "removed") continue;
    const std::string text = c.at("text");
    if (text.find("NIK") != std::string::npos) {
      removed = true;
      EXPECT_NE(text.find("3275********0007"), std::string::npos) << text;
    }
  }
  EXPECT_TRUE(removed) << r.out;
}

TEST(HostilePii, RewriteTextShowsNoRawValue) {
  const RunOutput r = RunSantun({"rewrite", "--today", "2026-12-01", "-"}, kMessage);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const std::string& raw : kRaw) EXPECT_EQ(r.out.find(raw), std::string::npos) << raw << ":\n" << r.out;
}

}  // namespace
}  // namespace santun::testing
