// Hostile input (issue 18 item 8): personal data that a rule other than a
// privacy rule quotes (a shouted sentence holding a NIK) is masked in every
// output format, in the message, `text`, fix replacements and previews, and
// in the language server's diagnostics and code actions.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/lsp_frames.h"
#include "support/run.h"

namespace santun::testing {
namespace {

using Json = nlohmann::json;

const char kShouted[] = "SEGERA BAYAR TAGIHAN ANDA, NIK ANDA 3275014601920007 SUDAH KAMI CATAT\n";
const char kRawNik[] = "3275014601920007";
const char kMaskedNik[] = "3275********0007";

const std::vector<std::string> kFormats = {"human", "json", "jsonl", "sarif", "github"};

// The JSON diagnostics of `rule` in a `check --format json` document.
std::vector<Json> DiagnosticsOf(const Json& doc, const std::string& rule) {
  std::vector<Json> out;
  for (const Json& d : doc.at("files").at(0).at("messages").at(0).at("diagnostics")) {
    if (d.at("rule") == rule) out.push_back(d);
  }
  return out;
}

TEST(HostilePii, ShoutedNikIsMaskedInEveryFormat) {
  for (const std::string& format : kFormats) {
    const RunOutput r = RunSantun({"check", "--format", format, "-"}, kShouted);
    EXPECT_EQ(r.exit_code, 1) << format << r.err;
    EXPECT_EQ(r.out.find(kRawNik), std::string::npos) << format << " shows the NIK:\n" << r.out;
    EXPECT_EQ(r.err.find(kRawNik), std::string::npos) << format;
    EXPECT_NE(r.out.find(kMaskedNik), std::string::npos) << format << r.out;
    EXPECT_NE(r.out.find("pressure.shouting"), std::string::npos) << format << r.out;
  }
}

TEST(HostilePii, ShoutedNikIsMaskedInTheMessageTextAndFix) {
  const RunOutput r = RunSantun({"check", "--format", "json", "-"}, kShouted);
  ASSERT_EQ(r.exit_code, 1) << r.err;
  const std::vector<Json> shouting = DiagnosticsOf(Json::parse(r.out), "pressure.shouting");
  ASSERT_FALSE(shouting.empty()) << r.out;
  for (const Json& d : shouting) {
    EXPECT_NE(d.at("text").get<std::string>().find(kMaskedNik), std::string::npos) << d.dump();
    EXPECT_NE(d.at("message").get<std::string>().find(kMaskedNik), std::string::npos) << d.dump();
    ASSERT_FALSE(d.at("fixes").empty()) << d.dump();
    const std::string replacement = d.at("fixes").at(0).at("edits").at(0).at("replacement");
    EXPECT_NE(replacement.find(kMaskedNik), std::string::npos) << replacement;
    EXPECT_EQ(d.dump().find(kRawNik), std::string::npos) << d.dump();
  }
}

TEST(HostilePii, HumanOutputShowsTheMaskedQuoteAndPreview) {
  const RunOutput r = RunSantun({"check", "-"}, kShouted);
  ASSERT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.out.find("-:1:1: warning[pressure.shouting]: kalimat berhuruf kapital 'SEGERA BAYAR TAGIHAN ANDA, NIK "
                       "ANDA 3275********0007 SUDAH K…'\n"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("1 | SEGERA BAYAR TAGIHAN ANDA, NIK ANDA 3275********0007 SUDAH KAMI CATAT\n"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("+ Segera bayar tagihan anda, NIK anda 3275********0007 sudah kami catat\n"), std::string::npos)
      << r.out;
  EXPECT_EQ(r.out.find(kRawNik), std::string::npos) << r.out;
}

TEST(HostilePii, ShoutedEmailAndPhoneAreMaskedInTheLowerCasedFix) {
  // The fix changes the case: the e-mail address is found ignoring case.
  const char message[] =
      "SEGERA BAYAR TAGIHAN ANDA, EMAIL ANDA BUDI.SANTOSO@EXAMPLE.COM DAN HP 081234567890 SUDAH KAMI CATAT\n";
  for (const std::string& format : kFormats) {
    const RunOutput r = RunSantun({"check", "--format", format, "-"}, message);
    EXPECT_EQ(r.exit_code, 1) << format << r.err;
    for (const char* raw : {"BUDI.SANTOSO", "budi.santoso", "081234567890"}) {
      EXPECT_EQ(r.out.find(raw), std::string::npos) << format << " shows '" << raw << "':\n" << r.out;
      EXPECT_EQ(r.err.find(raw), std::string::npos) << format;
    }
  }
  const RunOutput human = RunSantun({"check", "-"}, message);
  EXPECT_NE(human.out.find("+ Segera bayar tagihan anda, email anda B***@EXAMPLE.COM dan hp 0812****7890 sudah kami "
                           "catat\n"),
            std::string::npos)
      << human.out;
}

TEST(HostilePii, JsonlInputWithAShoutedNikIsMasked) {
  for (const std::string& format : {"jsonl", "json", "human"}) {
    const RunOutput r = RunSantun({"check", "--input", "jsonl", "--format", format, "-"},
                                  "{\"id\": 7, \"text\": \"SEGERA BAYAR TAGIHAN ANDA, NIK ANDA 3275014601920007 SUDAH "
                                  "KAMI CATAT\"}\n");
    EXPECT_EQ(r.exit_code, 1) << format << r.err;
    EXPECT_EQ(r.out.find(kRawNik), std::string::npos) << format << r.out;
    EXPECT_NE(r.out.find(kMaskedNik), std::string::npos) << format << r.out;
  }
}

TEST(HostilePii, FixWithUnsafeFixesPrintsTheNikMasked) {
  // --fix on stdin prints the fixed text: the privacy rule's (unsafe) fix
  // masks the NIK, and the shouting fix, applied with it, keeps it masked.
  // (--diff is left out on purpose: it is a patch against the user's own
  // file, and `patch` needs the original lines.)
  const RunOutput fix = RunSantun({"check", "--fix", "--unsafe-fixes", "-"}, kShouted);
  EXPECT_EQ(fix.out.find(kRawNik), std::string::npos) << fix.out;
  EXPECT_EQ(fix.err.find(kRawNik), std::string::npos) << fix.err;
  EXPECT_NE(fix.out.find(kMaskedNik), std::string::npos) << fix.out;
}

TEST(HostilePii, LanguageServerDiagnosticsAndCodeActionsAreMasked) {
  const std::string uri = "untitled:shouted";
  const Json code_action = {
      {"id", 2},
      {"method", "textDocument/codeAction"},
      {"params",
       {{"textDocument", {{"uri", uri}}},
        {"range", {{"start", {{"line", 0}, {"character", 0}}}, {"end", {{"line", 0}, {"character", 70}}}}},
        {"context", {{"diagnostics", Json::array()}}}}}};
  const RunOutput r =
      RunSantun({"lsp", "--isolated"},
                Frames({LspInitialize(), LspDidOpen(uri, kShouted), code_action, LspShutdown(3), LspExit()}));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.find(kRawNik), std::string::npos) << r.out;
  EXPECT_EQ(r.err.find(kRawNik), std::string::npos) << r.err;
  const std::vector<Json> out = Unframe(r.out);
  ASSERT_EQ(out.size(), 4u) << r.out;
  EXPECT_EQ(out[1].at("method"), "textDocument/publishDiagnostics");
  bool shouting = false;
  for (const Json& d : out[1].at("params").at("diagnostics")) {
    if (d.at("code") != "pressure.shouting") continue;
    shouting = true;
    EXPECT_NE(d.at("message").get<std::string>().find(kMaskedNik), std::string::npos) << d.dump();
  }
  EXPECT_TRUE(shouting) << out[1].dump();
  ASSERT_TRUE(out[2].at("result").is_array()) << out[2].dump();
  EXPECT_FALSE(out[2].at("result").empty()) << out[2].dump();
  EXPECT_NE(out[2].dump().find(kMaskedNik), std::string::npos) << out[2].dump();
}

}  // namespace
}  // namespace santun::testing
