// `santun check` as a user runs it: the real binary, exit codes, exact output.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/run.h"

namespace santun::testing {
namespace {

using Json = nlohmann::json;

TEST(CheckCli, AcceptanceMessageFromStdin) {
  RunOutput r = RunSantun({"check", "-"}, "Dasar p3n1pu, bayar sekarang juga!\n");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(CheckGolden("check_acceptance.txt", r.out), "");
  // The caret covers exactly p3n1pu: columns 7-12.
  EXPECT_NE(r.out.find("-:1:7: error[abuse.accusation]: tuduhan 'p3n1pu'\n"), std::string::npos);
  EXPECT_NE(r.out.find("1 | Dasar p3n1pu, bayar sekarang juga!\n  |       ^^^^^^\n"), std::string::npos);
  EXPECT_NE(r.out.find("-:1:15: warning[pressure.bare-command]: perintah yang menekan 'bayar sekarang juga'\n"),
            std::string::npos);
}

Json CheckJson(const std::string& input, int expected_exit = 1) {
  RunOutput r = RunSantun({"check", "--format", "json", "-"}, input);
  EXPECT_EQ(r.exit_code, expected_exit) << r.err;
  return Json::parse(r.out);
}

const Json& OnlyDiagnostic(const Json& doc, const std::string& category) {
  static const Json none;
  const Json* found = nullptr;
  int count = 0;
  for (const Json& d : doc["files"][0]["messages"][0]["diagnostics"]) {
    if (d["category"] == category) {
      found = &d;
      ++count;
    }
  }
  EXPECT_EQ(count, 1) << doc.dump(2);
  return found ? *found : none;
}

TEST(CheckCli, FullWidthWordRangeCoversAllItsBytes) {
  Json doc = CheckJson(
      "Dasar \xEF\xBC\xB0\xEF\xBD\x85\xEF\xBD\x8E\xEF\xBD\x89\xEF\xBD\x90\xEF\xBD\x95, bayar sekarang juga!\n");
  const Json& d = OnlyDiagnostic(doc, "abuse");
  EXPECT_EQ(d["range"]["start"]["offset"], 6);
  EXPECT_EQ(d["range"]["end"]["offset"], 24);
  EXPECT_EQ(d["range"]["end"]["column"], 25);
  EXPECT_EQ(d["range"]["end"]["column_utf16"], 13);
  EXPECT_EQ(d["text"], "\xEF\xBC\xB0\xEF\xBD\x85\xEF\xBD\x8E\xEF\xBD\x89\xEF\xBD\x90\xEF\xBD\x95");
  OnlyDiagnostic(doc, "pressure");
}

TEST(CheckCli, ZeroWidthSpaceInsideTheWord) {
  Json doc = CheckJson("Dasar Pen\xE2\x80\x8Bipu, bayar sekarang juga!\n");
  const Json& d = OnlyDiagnostic(doc, "abuse");
  EXPECT_EQ(d["range"]["start"]["offset"], 6);
  EXPECT_EQ(d["range"]["end"]["offset"], 15);
  EXPECT_EQ(d["text"], "Pen\xE2\x80\x8Bipu");
}

TEST(CheckCli, EmojiBeforeTheMatchSplitsByteAndUtf16Columns) {
  const std::string input = "\xF0\x9F\x98\xA1\xF0\x9F\x98\xA1 Dasar penipu!\n";  // 😡😡
  Json doc = CheckJson(input);
  const Json& d = OnlyDiagnostic(doc, "abuse");
  EXPECT_EQ(d["range"]["start"]["offset"], 15);
  EXPECT_EQ(d["range"]["start"]["column"], 16);
  EXPECT_EQ(d["range"]["start"]["column_utf16"], 12);
  EXPECT_EQ(d["range"]["end"]["column"], 22);
  EXPECT_EQ(d["range"]["end"]["column_utf16"], 18);

  const std::string dir = MakeTempDir();
  RunOutput r = RunSantun({"check", "--format", "json", "-"}, input);
  WriteFile(dir + "/out.json", r.out);
  RunOutput v = RunShell("/usr/bin/python3 tests/validate_json.py docs/json-schema.json " + dir + "/out.json");
  EXPECT_EQ(v.exit_code, 0) << v.out << v.err;
}

TEST(CheckCli, JsonOfFilesWithErrorsAndFixesValidates) {
  const std::string dir = MakeTempDir();
  WriteFile(dir + "/a.txt", "Bayar hari ini!!! Dasar penipu.\n");
  WriteFile(dir + "/b.txt", "Terima kasih atas pembayaran Anda.\n");
  WriteFile(dir + "/bad.txt", "ab\xFF");
  RunOutput r = RunSantun({"check", "--format", "json", dir});
  EXPECT_EQ(r.exit_code, 3);
  WriteFile(dir + "/out.json", r.out);
  RunOutput v = RunShell("/usr/bin/python3 tests/validate_json.py docs/json-schema.json " + dir + "/out.json");
  EXPECT_EQ(v.exit_code, 0) << v.out << v.err;
  Json doc = Json::parse(r.out);
  EXPECT_EQ(doc["version"], 1);
  EXPECT_EQ(doc["files"].size(), 2u);
  EXPECT_EQ(doc["errors"][0]["message"], "invalid UTF-8 at byte 2");
  EXPECT_EQ(doc["summary"]["input_errors"], 1);
  bool has_fix = false;
  for (const Json& d : doc["files"][0]["messages"][0]["diagnostics"]) {
    if (d["rule"] == "pressure.exclamation") {
      has_fix = true;
      EXPECT_EQ(d["fixes"][0]["applicability"], "safe");
      EXPECT_EQ(d["fixes"][0]["edits"][0]["replacement"], ".");
      EXPECT_EQ(d["fixes"][0]["edits"][0]["range"]["start"]["offset"], 14);
    }
  }
  EXPECT_TRUE(has_fix);
}

TEST(CheckCli, CleanMessagePrintsOnlyTheSummary) {
  RunOutput r = RunSantun({"check", "-"}, "Yth. Bapak Budi, terima kasih atas pembayaran Anda.\n");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "No problems found in 1 message.\n");
  EXPECT_EQ(r.err, "");
}

TEST(CheckCli, MissingFileExitsThreeAndOthersAreStillLinted) {
  const std::string dir = MakeTempDir();
  WriteFile(dir + "/ok.txt", "Dasar penipu!\n");
  RunOutput r = RunSantun({"check", dir + "/missing.txt", dir + "/ok.txt"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(r.err, "santun: error: cannot read '" + dir + "/missing.txt': No such file or directory\n");
  EXPECT_NE(r.out.find(dir + "/ok.txt:1:7: error[abuse.accusation]"), std::string::npos);
}

TEST(CheckCli, InvalidUtf8NamesTheByte) {
  const std::string dir = MakeTempDir();
  WriteFile(dir + "/x.txt", "Tagihan Anda: Rp\xFF 500.000\n");
  RunOutput r = RunSantun({"check", "x.txt"}, "", dir);
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(r.err, "santun: error: x.txt: invalid UTF-8 at byte 16\n");
}

TEST(CheckCli, BinaryAndEmptyFiles) {
  const std::string dir = MakeTempDir();
  WriteFile(dir + "/bin.txt", std::string("PK\x03\x04\0\0", 6));
  WriteFile(dir + "/empty.txt", "");
  RunOutput r = RunSantun({"check", "bin.txt", "empty.txt"}, "", dir);
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(r.err, "santun: error: bin.txt: binary file (NUL byte at byte 4)\n");
  EXPECT_EQ(r.out, "No problems found in 1 message.\n");
}

TEST(CheckCli, BrokenPackExitsTwoAndLintsNothing) {
  const std::string dir = MakeTempDir();
  WriteFile(dir + "/x.toml", "[pack]\nlangs = [\"id\"]\n[[rule]]\nsevrity = \"error\"\n");
  RunOutput r = RunSantun({"check", "--rules", dir, "-"}, "Dasar penipu!\n");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("santun: error: " + dir + "/x.toml:4: unknown key 'sevrity', did you mean 'severity'?\n"),
            std::string::npos)
      << r.err;
}

TEST(CheckCli, RulesOptionTakesOneFolderAndLeavesThePaths) {
  const std::string dir = MakeTempDir();
  WriteFile(dir + "/pack/x.toml", R"([pack]
description = "test"
langs = ["id"]

[[rule]]
id = "pressure.tolong"
severity = "info"
summary = "says tolong"
message = "kata '{match}'"
why = "a test"
terms = ["tolong"]

[[rule.example]]
text = "<<Tolong>> bayar."
)");
  WriteFile(dir + "/m.txt", "Tolong dicek ya.\n");
  RunOutput r = RunSantun({"check", "--rules", "pack", "m.txt"}, "", dir);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("m.txt:1:1: info[pressure.tolong]"), std::string::npos) << r.out;
}

TEST(CheckCli, UnknownSelectionIsAUsageError) {
  RunOutput r = RunSantun({"check", "--select", "abuse.acusation", "-"}, "x\n");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err,
            "santun: error: --select: unknown rule or category 'abuse.acusation', did you mean 'abuse.accusation'?\n");
}

TEST(CheckCli, UnknownIgnoreAndExtendSelectNameTheirOption) {
  RunOutput r = RunSantun({"check", "--ignore", "thret", "--extend-select", "abuse.acusation", "-"}, "x\n");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err,
            "santun: error: --ignore: unknown rule or category 'thret', did you mean 'threat'?\n"
            "santun: error: --extend-select: unknown rule or category 'abuse.acusation', did you mean "
            "'abuse.accusation'?\n");
}

TEST(CheckCli, FailOnDecidesTheExitCode) {
  const std::string msg = "Bayar hari ini!!\n";  // a warning only
  EXPECT_EQ(RunSantun({"check", "-"}, msg).exit_code, 1);
  EXPECT_EQ(RunSantun({"check", "--fail-on", "error", "-"}, msg).exit_code, 0);
}

TEST(CheckCli, OutputIsByteIdenticalAcrossRuns) {
  const std::string msg = "ANJING!!! Bayar sekarang juga, dasar p3n1pu, kami lapor polisi!!\nYou are a thief.\n";
  for (const char* format : {"human", "json"}) {
    RunOutput a = RunSantun({"check", "--format", format, "-"}, msg);
    RunOutput b = RunSantun({"check", "--format", format, "-"}, msg);
    EXPECT_EQ(a.out, b.out);
    EXPECT_EQ(a.exit_code, b.exit_code);
  }
}

TEST(CheckCli, FoldersAreSearchedRecursivelyByExtensionInSortedOrder) {
  const std::string dir = MakeTempDir();
  WriteFile(dir + "/t/b.mustache", "Dasar penipu\n");
  WriteFile(dir + "/t/a/x.txt", "Dasar maling\n");
  WriteFile(dir + "/t/notes.pdf", "Dasar penipu\n");
  WriteFile(dir + "/t/.git/c.txt", "Dasar penipu\n");
  RunOutput r = RunSantun({"check", "t"}, "", dir);
  EXPECT_EQ(r.exit_code, 1);
  size_t a = r.out.find("t/a/x.txt:1:7");
  size_t b = r.out.find("t/b.mustache:1:7");
  EXPECT_NE(a, std::string::npos);
  EXPECT_NE(b, std::string::npos);
  EXPECT_LT(a, b);
  EXPECT_EQ(r.out.find("notes.pdf"), std::string::npos);
  EXPECT_EQ(r.out.find(".git"), std::string::npos);
  EXPECT_NE(r.out.find("in 2 messages."), std::string::npos);
}

TEST(CheckCli, LanguageOption) {
  EXPECT_EQ(RunSantun({"check", "--lang", "en", "-"}, "Dasar penipu!\n").exit_code, 0);
  EXPECT_EQ(RunSantun({"check", "--lang", "id", "-"}, "Dasar penipu!\n").exit_code, 1);
  EXPECT_EQ(RunSantun({"check", "--lang", "fr", "-"}, "x\n").exit_code, 2);
}

TEST(CheckCli, HelpAndVersion) {
  RunOutput help = RunSantun({"check", "--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("Examples:"), std::string::npos);
  EXPECT_NE(help.out.find("--format"), std::string::npos);
  RunOutput version = RunSantun({"--version"});
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_EQ(version.out.rfind("santun ", 0), 0u);
  EXPECT_EQ(RunSantun({"check", "--no-such-flag"}).exit_code, 2);
  EXPECT_EQ(RunSantun({}).exit_code, 2);
}

TEST(CheckCli, TerminalControlCharactersAreNotEchoed) {
  RunOutput r = RunSantun({"check", "-"}, "Dasar \x1b[2J penipu\xE2\x80\xAE!\n");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out.find('\x1b'), std::string::npos);
  EXPECT_EQ(r.out.find("\xE2\x80\xAE"), std::string::npos);
}

}  // namespace
}  // namespace santun::testing
