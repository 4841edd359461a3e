// Personal data never leaves santun unmasked, in any output format.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/run.h"

namespace santun::testing {
namespace {

using Json = nlohmann::json;

// A message with a NIK, a card, a phone number, an e-mail address and an
// insult on the same line as the NIK (so that another rule's caret line
// shows it too).
const char kMessage[] =
    "NIK: 3275014601920007, dasar penipu!\n"
    "Kartu 4111 1111 1111 1111 a.n. Bapak, HP Bapak 0812-0000-3344, email Bapak budi.santoso@example.com.\n";

const std::vector<std::string> kRaw = {"3275014601920007", "1111 1111 1111", "0812-0000-3344", "0000-3344",
                                       "budi.santoso"};

// Every output format this build has.
const std::vector<std::string> kFormats = {"human", "json", "jsonl", "sarif", "github"};

TEST(PrivacyCli, NoFormatRepeatsTheRawValues) {
  for (const std::string& format : kFormats) {
    RunOutput r = RunSantun({"check", "--format", format, "-"}, kMessage);
    EXPECT_EQ(r.exit_code, 1) << format << r.err;
    for (const std::string& raw : kRaw) {
      EXPECT_EQ(r.out.find(raw), std::string::npos) << format << " shows '" << raw << "':\n" << r.out;
      EXPECT_EQ(r.err.find(raw), std::string::npos) << format;
    }
    EXPECT_NE(r.out.find("3275********0007"), std::string::npos) << format;
  }
  // Streamed JSONL input too.
  RunOutput jsonl = RunSantun({"check", "--input", "jsonl", "--format", "jsonl", "-"},
                              "{\"id\": \"a\", \"text\": \"NIK: 3275014601920007, dasar penipu!\"}\n");
  EXPECT_EQ(jsonl.out.find("3275014601920007"), std::string::npos) << jsonl.out;
  EXPECT_NE(jsonl.out.find("3275********0007"), std::string::npos) << jsonl.out;
}

TEST(PrivacyCli, AcceptanceHumanOutputShowsTheMaskedLine) {
  RunOutput r = RunSantun({"check", "-"}, "NIK: 3275014601920007\n");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("-:1:6: error[privacy.national-id]: data pribadi tertulis lengkap: NIK 3275********0007\n"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("1 | NIK: 3275********0007\n  |      ^^^^^^^^^^^^^^^^\n"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("3275014601920007"), std::string::npos);
}

TEST(PrivacyCli, AcceptanceJsonTextIsMasked) {
  RunOutput r = RunSantun({"check", "--format", "json", "-"}, "NIK: 3275014601920007\n");
  const Json doc = Json::parse(r.out);
  const Json& d = doc["files"][0]["messages"][0]["diagnostics"][0];
  EXPECT_EQ(d["rule"], "privacy.national-id");
  EXPECT_EQ(d["severity"], "error");
  EXPECT_EQ(d["text"], "3275********0007");
  EXPECT_EQ(d["masked"], true);
  EXPECT_EQ(d["fixes"][0]["applicability"], "unsafe");
  EXPECT_EQ(d["fixes"][0]["edits"][0]["replacement"], "3275********0007");

  const std::string dir = MakeTempDir();
  WriteFile(dir + "/out.json", r.out);
  RunOutput v = RunShell("/usr/bin/python3 tests/validate_json.py docs/json-schema.json " + dir + "/out.json");
  EXPECT_EQ(v.exit_code, 0) << v.out << v.err;
}

TEST(PrivacyCli, AcceptanceVirtualAccountIsClean) {
  RunOutput r = RunSantun({"check", "-"}, "Nomor VA BRIVA: 12345 0896 1122 3344\n");
  EXPECT_EQ(r.exit_code, 0) << r.out;
}

TEST(PrivacyCli, AllowListInSantunTomlIsHonoured) {
  const std::string dir = MakeTempDir();
  const std::string message =
      "Yth. Bapak Budi, tagihan Rp 500.000 dari PT Dana Kilat jatuh tempo 20 Desember 2026. "
      "Nomor WA Bapak 0812-0000-7788 sudah kami catat.\n";
  WriteFile(dir + "/msg.txt", message);
  RunOutput before = RunSantun({"check", "--select", "privacy", "msg.txt"}, "", dir);
  EXPECT_EQ(before.exit_code, 1) << before.out << before.err;
  EXPECT_NE(before.out.find("privacy.phone"), std::string::npos);
  WriteFile(dir + "/santun.toml", "[allow]\nnumbers = [\"+62 812-0000-7788\"]\n");
  RunOutput after = RunSantun({"check", "--select", "privacy", "msg.txt"}, "", dir);
  EXPECT_EQ(after.exit_code, 0) << after.out << after.err;
}

}  // namespace
}  // namespace santun::testing
