// check --fix, --diff and rewrite as a user runs them: files changed
// atomically, patches that apply with Debian's patch, exact output.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "support/run.h"

namespace santun::testing {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

// A templates folder with safe fixes to make (a broken brace, '!!!', no final
// line break), a clean file and a message with only unsafe fixes.
std::string MakeTemplates() {
  const std::string dir = MakeTempDir();
  WriteFile(dir + "/templates/reminder.tmpl",
            "Halo {{nama}}, tagihan Anda {{jumlah} jatuh tempo {{tanggal}}. Kami dari PT Dana Kilat.!!!\n");
  WriteFile(dir + "/templates/nested/late.txt",
            "Yth. Bapak Budi, angsuran Rp 500.000 dari PT Dana Kilat jatuh tempo 25 Desember 2026. Kapan dibayar???\n"
            "Terima kasih");
  WriteFile(dir + "/templates/clean.txt",
            "Yth. Bapak Budi, terima kasih atas pembayaran Anda sebesar Rp 500.000. Salam, PT Dana Kilat\n");
  WriteFile(dir + "/templates/rude.txt",
            "Dasar penipu, tagihan Rp 500.000 dari PT Dana Kilat jatuh tempo 25 Desember 2026.\n");
  chmod((dir + "/templates/nested/late.txt").c_str(), 0640);
  return dir;
}

ino_t Inode(const std::string& path) {
  struct stat st {};
  stat(path.c_str(), &st);
  return st.st_ino;
}

TEST(FixCli, FixRewritesFilesAtomicallyAndARerunHasNothingFixable) {
  const std::string dir = MakeTemplates();
  const std::string t = dir + "/templates/";
  const ino_t clean_inode = Inode(t + "clean.txt"), late_inode = Inode(t + "nested/late.txt");
  const std::string rude = ReadFile(t + "rude.txt");
  RunOutput r = RunSantun({"check", "--fix", "templates"}, "", dir);
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.exit_code, 1) << r.out;  // warnings are left (missing sender in late.txt, the insult)
  EXPECT_NE(r.out.find("Fixed 3 problems in 2 files.\n"), std::string::npos) << r.out;
  EXPECT_EQ(ReadFile(t + "reminder.tmpl"),
            "Halo {{nama}}, tagihan Anda {{jumlah}} jatuh tempo {{tanggal}}. Kami dari PT Dana Kilat..\n");
  EXPECT_EQ(ReadFile(t + "nested/late.txt"),
            "Yth. Bapak Budi, angsuran Rp 500.000 dari PT Dana Kilat jatuh tempo 25 Desember 2026. Kapan dibayar.\n"
            "Terima kasih");
  EXPECT_EQ(ReadFile(t + "rude.txt"), rude);  // only unsafe fixes
  // Replaced by rename (a new inode), permissions kept; untouched files stay as they were.
  EXPECT_NE(Inode(t + "nested/late.txt"), late_inode);
  EXPECT_EQ(fs::status(t + "nested/late.txt").permissions() & fs::perms::all,
            fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  EXPECT_EQ(Inode(t + "clean.txt"), clean_inode);
  for (const auto& entry : fs::recursive_directory_iterator(t)) {
    EXPECT_EQ(entry.path().filename().string().find(".santun-"), std::string::npos) << entry.path();
  }
  RunOutput again = RunSantun({"check", "--format", "json", "templates"}, "", dir);
  Json doc = Json::parse(again.out);
  EXPECT_EQ(doc["summary"]["fixable"], 0) << again.out;
  EXPECT_FALSE(doc["summary"].contains("fixed"));
}

TEST(FixCli, UnsafeFixesRemoveTheInsult) {
  const std::string dir = MakeTemplates();
  RunOutput r = RunSantun({"check", "--fix", "--unsafe-fixes", "templates/rude.txt"}, "", dir);
  EXPECT_EQ(ReadFile(dir + "/templates/rude.txt"),
            "Tagihan Rp 500.000 dari PT Dana Kilat jatuh tempo 25 Desember 2026.\n");
  EXPECT_EQ(r.exit_code, 0) << r.out;
}

TEST(FixCli, DiffChangesNothingAndAppliesWithPatch) {
  for (bool unsafe : {false, true}) {
    const std::string dir = MakeTemplates(), expected = MakeTemplates();
    std::vector<std::string> args = {"check", "--diff", "templates"};
    std::vector<std::string> fix = {"check", "--fix", "templates"};
    if (unsafe) {
      args.push_back("--unsafe-fixes");
      fix.push_back("--unsafe-fixes");
    }
    const std::string before = ReadFile(dir + "/templates/reminder.tmpl");
    RunOutput diff = RunSantun(args, "", dir);
    EXPECT_EQ(diff.exit_code, 1);
    EXPECT_NE(diff.out.find("--- a/templates/reminder.tmpl\n+++ b/templates/reminder.tmpl\n@@ -1,1 +1,1 @@\n"),
              std::string::npos)
        << diff.out;
    EXPECT_NE(diff.out.find("\\ No newline at end of file\n"), std::string::npos);
    EXPECT_NE(diff.err.find(unsafe ? "Would fix 4 problems in 3 files." : "Would fix 3 problems in 2 files."),
              std::string::npos)
        << diff.err;
    EXPECT_EQ(ReadFile(dir + "/templates/reminder.tmpl"), before);
    WriteFile(dir + "/fixes.patch", diff.out);
    RunOutput patch = RunShell("patch -p1 --batch --forward < fixes.patch", "", dir);
    EXPECT_EQ(patch.exit_code, 0) << patch.out << patch.err;
    RunSantun(fix, "", expected);
    for (const char* f : {"reminder.tmpl", "nested/late.txt", "clean.txt", "rude.txt"}) {
      EXPECT_EQ(ReadFile(dir + "/templates/" + f), ReadFile(expected + "/templates/" + f)) << f;
    }
    RunOutput none = RunSantun(args, "", dir);
    EXPECT_EQ(none.exit_code, 0);
    EXPECT_EQ(none.out, "");
    EXPECT_EQ(none.err, "No fixes to apply.\n");
  }
}

TEST(FixCli, StdinPrintsTheFixedTextAndReportsOnStderr) {
  RunOutput r = RunSantun({"check", "--fix", "--unsafe-fixes", "-"}, "Dasar penipu, bayar sekarang juga!!!\n");
  // The polite request would put a placeholder into a message about to be sent:
  // display-only, so the insult and the "!!!" go, the demand stays for a person.
  EXPECT_EQ(r.out, "Bayar sekarang juga.\n");
  EXPECT_NE(r.err.find("Fixed "), std::string::npos) << r.err;
  EXPECT_EQ(r.exit_code, 1);  // the due date and sender are still missing
  RunOutput clean = RunSantun({"check", "--fix", "-"}, "Yth. Bapak Budi, terima kasih atas pembayaran Anda.\n");
  EXPECT_EQ(clean.out, "Yth. Bapak Budi, terima kasih atas pembayaran Anda.\n");
  EXPECT_EQ(clean.err, "No problems found in 1 message.\n");
  EXPECT_EQ(clean.exit_code, 0);
}

TEST(FixCli, GoldenHumanHelpAndDiff) {
  RunOutput r = RunSantun({"check", "--stdin-filename", "msg.txt", "-"},
                          "Hi Dana, pay now!!! Or we call your boss, you deadbeat.\n");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(CheckGolden("check_fixes_en.txt", r.out), "");
}

TEST(FixCli, GoldenJsonEdits) {
  RunOutput r = RunSantun({"check", "--format", "json", "--stdin-filename", "msg.txt", "-"},
                          "Dasar penipu, bayar sekarang juga!!!\n");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(CheckGolden("check_fixes.json", r.out), "");
  const std::string dir = MakeTempDir();
  WriteFile(dir + "/out.json", r.out);
  RunOutput v = RunShell("/usr/bin/python3 tests/validate_json.py docs/json-schema.json " + dir + "/out.json");
  EXPECT_EQ(v.exit_code, 0) << v.out << v.err;
}

const char* kSeedFailing = "Halo, saya menagih utang Anda sekarang. Bayar sekarang juga!\n";

TEST(RewriteCli, SeedFailingExampleBecomesTheRecommendedScript) {
  RunOutput r = RunSantun({"rewrite", "-"}, kSeedFailing);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "Yth. Bapak/Ibu [nama debitur],\n\n"
            "Kami dari [nama perusahaan] ingin menindaklanjuti pembayaran sebesar [jumlah tagihan] yang jatuh tempo "
            "pada [tanggal jatuh tempo].\n\n"
            "Pembayaran dapat dilakukan melalui [rekening pembayaran]. Jika ada kesulitan, kami dapat membantu "
            "menyusun jadwal pembayaran. Bisakah Anda memberi tahu kami kapan Anda dapat melakukan pembayaran?\n\n"
            "Hormat kami,\n[nama perusahaan]\n");
  // Lints clean in template mode, and rewriting it again changes nothing.
  RunOutput lint = RunSantun({"check", "--template", "-"}, r.out);
  EXPECT_EQ(lint.exit_code, 0) << lint.out;
  RunOutput again = RunSantun({"rewrite", "-"}, r.out);
  EXPECT_EQ(again.out, r.out);
}

TEST(RewriteCli, GoldenJsonSaysWhatChangedAndWhy) {
  RunOutput r = RunSantun({"rewrite", "--format", "json", "-"}, kSeedFailing);
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(CheckGolden("rewrite_seed.json", r.out), "");
  Json doc = Json::parse(r.out);
  std::set<std::string> resolved;
  for (const Json& d : doc["resolved"]) resolved.insert(d["rule"].get<std::string>());
  EXPECT_EQ(resolved, (std::set<std::string>{"amount.missing", "due-date.vague", "identity.missing-sender",
                                             "pressure.bare-command"}));
  EXPECT_EQ(doc["remaining"].size(), 0u);
}

TEST(RewriteCli, UsProfileAddsTheDisclosureAndOptOut) {
  RunOutput r = RunSantun({"rewrite", "--profile", "us", "-"},
                          "Pay the $550.00 right now or we call your boss. - Bluegate Collections\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(CheckGolden("rewrite_us.txt", r.out), "");
  EXPECT_NE(r.out.find("This is an attempt to collect a debt and any information obtained will be used for that "
                       "purpose.\nReply STOP to opt out of text messages.\n"),
            std::string::npos);
  EXPECT_NE(r.out.find("$550.00"), std::string::npos);
}

TEST(RewriteCli, ProfileFromSantunToml) {
  const std::string dir = MakeTempDir();
  WriteFile(dir + "/santun.toml", "profile = \"us\"\n");
  WriteFile(dir + "/msg.txt", "Your payment of $45.00 is due December 28, 2026. - Summit Card Services\n");
  RunOutput r = RunSantun({"rewrite", "msg.txt"}, "", dir);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("This is an attempt to collect a debt"), std::string::npos) << r.out;
  RunOutput isolated = RunSantun({"rewrite", "--isolated", "msg.txt"}, "", dir);
  EXPECT_EQ(isolated.out.find("This is an attempt to collect a debt"), std::string::npos) << isolated.out;
}

// rewrite resolves santun.toml through the same session as check: its
// [allow] list keeps the creditor's own number in the rewrite.
TEST(RewriteCli, AllowListFromSantunToml) {
  const std::string dir = MakeTempDir();
  WriteFile(dir + "/msg.txt",
            "Yth. Bapak Budi, tagihan Rp 500.000 dari PT Dana Kilat jatuh tempo 20 Desember 2026. "
            "Nomor WA Bapak 0812-0000-7788 sudah kami catat.\n");
  RunOutput before = RunSantun({"rewrite", "--today", "2026-12-01", "msg.txt"}, "", dir);
  EXPECT_EQ(before.exit_code, 0) << before.err;
  EXPECT_EQ(before.out.find("0812-0000-7788"), std::string::npos) << before.out;
  WriteFile(dir + "/santun.toml", "[allow]\nnumbers = [\"+62 812-0000-7788\"]\n");
  RunOutput after = RunSantun({"rewrite", "--today", "2026-12-01", "msg.txt"}, "", dir);
  EXPECT_EQ(after.exit_code, 0) << after.err;
  EXPECT_NE(after.out.find("Nomor WA Bapak 0812-0000-7788 sudah kami catat."), std::string::npos) << after.out;
  RunOutput isolated = RunSantun({"rewrite", "--isolated", "--today", "2026-12-01", "msg.txt"}, "", dir);
  EXPECT_EQ(isolated.out.find("0812-0000-7788"), std::string::npos) << isolated.out;
}

TEST(RewriteCli, UnreadableInput) {
  RunOutput r = RunSantun({"rewrite", "/nonexistent/x.txt"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(r.err, "santun: error: cannot read '/nonexistent/x.txt': No such file or directory\n");
}

}  // namespace
// A message that is all insult: removing the insult would delete the message
// (issue 16 item 11). The removal is shown (display-only), never applied, by
// --fix, --diff or stdin fixing; what else can be fixed still is.
TEST(FixCli, NoFixEmptiesAMessage) {
  const std::string dir = MakeTempDir();
  WriteFile(dir + "/rude.txt", "Dasar p3n1pu!!!\n");
  RunOutput diff = RunSantun({"check", "--unsafe-fixes", "--diff", "rude.txt"}, "", dir);
  EXPECT_EQ(diff.exit_code, 1);
  EXPECT_EQ(diff.out, "--- a/rude.txt\n+++ b/rude.txt\n@@ -1,1 +1,1 @@\n-Dasar p3n1pu!!!\n+Dasar p3n1pu.\n")
      << diff.err;
  RunOutput fixed = RunSantun({"check", "--fix", "--unsafe-fixes", "rude.txt"}, "", dir);
  EXPECT_EQ(fixed.exit_code, 1) << fixed.out;  // the accusation is left for a person to reword
  EXPECT_EQ(ReadFile(dir + "/rude.txt"), "Dasar p3n1pu.\n");
  RunOutput piped = RunSantun({"check", "--fix", "--unsafe-fixes", "-"}, "Dasar p3n1pu!!!\n", dir);
  EXPECT_EQ(piped.out.substr(0, 14), "Dasar p3n1pu.\n") << piped.out;
  RunOutput human = RunSantun({"check", "rude.txt"}, "", dir);
  EXPECT_NE(human.out.find("= fix (display-only): hapus tuduhan"), std::string::npos) << human.out;
}

}  // namespace santun::testing
