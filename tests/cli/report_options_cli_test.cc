// Where and how `santun check` reports, through the real binary:
// --output-file, --statistics, --quiet, --color, --show-settings, and the
// did-you-mean of a misspelled command.
#include <gtest/gtest.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include "support/run.h"

namespace santun::testing {
namespace {

std::string MakeMessages() {
  const std::string dir = MakeTempDir();
  WriteFile(dir + "/a.txt", "Dasar penipu!!! bayar sekarang juga\n");
  WriteFile(dir + "/b.txt", "Kamu maling!!!\n");
  return dir;
}

std::vector<std::string> FilesIn(const std::string& dir) {
  std::vector<std::string> names;
  for (const auto& e : std::filesystem::directory_iterator(dir)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

TEST(ReportOptionsCli, OutputFileHoldsWhatStdoutWouldForEveryFormat) {
  const std::string dir = MakeMessages();
  for (const std::string format : {"human", "json", "jsonl", "sarif", "github"}) {
    RunOutput to_stdout = RunSantun({"check", "--format", format, "a.txt", "b.txt"}, "", dir);
    RunOutput to_file =
        RunSantun({"check", "--format", format, "--output-file", "report.out", "a.txt", "b.txt"}, "", dir);
    EXPECT_EQ(to_file.exit_code, 1) << format;
    EXPECT_EQ(to_file.out, "") << format;
    EXPECT_EQ(to_file.err, "") << format;
    EXPECT_EQ(ReadFile(dir + "/report.out"), to_stdout.out) << format;
  }
  // The temporary file was renamed, not left behind.
  EXPECT_EQ(FilesIn(dir), (std::vector<std::string>{"a.txt", "b.txt", "report.out"}));
}

TEST(ReportOptionsCli, OutputFileTakesTheDiffAndReplacesAnOldReport) {
  const std::string dir = MakeMessages();
  WriteFile(dir + "/fixes.patch", "old content\n");
  RunOutput r = RunSantun({"check", "--diff", "-o", "fixes.patch", "a.txt"}, "", dir);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "Would fix 1 problem in 1 file.\n");
  const std::string patch = ReadFile(dir + "/fixes.patch");
  EXPECT_EQ(patch.rfind("--- a/a.txt\n+++ b/a.txt\n", 0), 0u) << patch;
  EXPECT_NE(patch.find("+Dasar penipu. bayar sekarang juga\n"), std::string::npos) << patch;
}

TEST(ReportOptionsCli, OutputFileThatCannotBeWrittenExitsThreeAndNamesIt) {
  const std::string dir = MakeMessages();
  RunOutput missing =
      RunSantun({"check", "--format", "sarif", "--output-file", "no/such/dir/x.sarif", "a.txt"}, "", dir);
  EXPECT_EQ(missing.exit_code, 3);
  EXPECT_EQ(missing.out, "");
  EXPECT_EQ(missing.err, "santun: error: cannot write 'no/such/dir/x.sarif': No such file or directory\n");
  std::filesystem::create_directory(dir + "/folder");
  RunOutput folder = RunSantun({"check", "-o", "folder", "a.txt"}, "", dir);
  EXPECT_EQ(folder.exit_code, 3);
  EXPECT_EQ(folder.err, "santun: error: cannot write 'folder': Is a directory\n");
}

TEST(ReportOptionsCli, OutputFileThatIsAPipeIsWrittenInPlaceNotReplaced) {
  // A FIFO (like /dev/null, no regular file): renaming a report over it
  // would replace it. A reader holds it open without blocking.
  const std::string dir = MakeMessages();
  const std::string fifo = dir + "/report.pipe";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  const int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
  ASSERT_GE(reader, 0);
  RunOutput to_stdout = RunSantun({"check", "--format", "jsonl", "a.txt"}, "", dir);
  RunOutput r = RunSantun({"check", "--format", "jsonl", "-o", "report.pipe", "a.txt"}, "", dir);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "");
  std::string got(65536, '\0');
  const ssize_t n = ::read(reader, got.data(), got.size());
  ::close(reader);
  got.resize(n > 0 ? static_cast<size_t>(n) : 0);
  EXPECT_EQ(got, to_stdout.out);
  struct stat st {};
  ASSERT_EQ(::stat(fifo.c_str(), &st), 0);
  EXPECT_TRUE(S_ISFIFO(st.st_mode));
  EXPECT_EQ(FilesIn(dir), (std::vector<std::string>{"a.txt", "b.txt", "report.pipe"}));
}

TEST(ReportOptionsCli, StatisticsCountPerRuleMostFirstAndMarkFixableRules) {
  const std::string dir = MakeMessages();
  RunOutput r = RunSantun({"check", "--statistics", "a.txt", "b.txt"}, "", dir);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out,
            "  2  abuse.accusation              menuduh debitur sebagai penipu, pencuri, maling atau pelaku kejahatan\n"
            "  2  pressure.exclamation     [*]  tanda seru atau tanya beruntun (!!!, ?!?)\n"
            "  1  amount.missing                meminta pembayaran tanpa menyebut jumlah tagihan yang jelas\n"
            "  1  due-date.vague                tenggat yang samar (secepatnya, segera, sekarang juga) tanpa tanggal\n"
            "  1  identity.missing-sender       pesan penagihan tanpa nama perusahaan atau penagih\n"
            "  1  pressure.bare-command         perintah membayar seketika tanpa sopan santun (bayar sekarang juga, "
            "buruan bayar)\n"
            "[*] fixable with --fix (every diagnostic of the rule has a safe fix)\n"
            "Found 8 problems (2 errors, 6 warnings) in 2 messages. 2 fixable with --fix.\n");
}

TEST(ReportOptionsCli, StatisticsIsATableOfTheHumanFormatOnly) {
  const std::string dir = MakeMessages();
  RunOutput r = RunSantun({"check", "--statistics", "--format", "json", "a.txt"}, "", dir);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "santun: error: --statistics prints a table; it does not go with --format json\n");
}

TEST(ReportOptionsCli, QuietPrintsOnlyErrorsAndKeepsTheExitCode) {
  const std::string dir = MakeMessages();
  RunOutput findings = RunSantun({"check", "-q", "a.txt"}, "", dir);
  EXPECT_EQ(findings.exit_code, 1);
  EXPECT_EQ(findings.out, "");
  EXPECT_EQ(findings.err, "");
  RunOutput unreadable = RunSantun({"check", "--quiet", "--format", "jsonl", "a.txt", "missing.txt"}, "", dir);
  EXPECT_EQ(unreadable.exit_code, 3);
  EXPECT_EQ(unreadable.out, "");
  EXPECT_EQ(unreadable.err, "santun: error: cannot read 'missing.txt': No such file or directory\n");
  RunOutput clean = RunSantun({"check", "-q", "-"}, "Terima kasih atas pembayaran Anda.\n", dir);
  EXPECT_EQ(clean.exit_code, 0);
  EXPECT_EQ(clean.out, "");
}

TEST(ReportOptionsCli, ColorAlwaysColoursPipedOutputEvenWithNoColor) {
  const std::string dir = MakeMessages();
  const std::string santun = SANTUN_BINARY;
  RunOutput always = RunShell("NO_COLOR=1 " + santun + " check --color always a.txt", "", dir);
  EXPECT_EQ(always.exit_code, 1);
  EXPECT_NE(always.out.find("\x1b[1ma.txt:1:7:\x1b[0m \x1b[1;31merror[abuse.accusation]\x1b[0m"), std::string::npos)
      << always.out;
  for (const std::string mode : {"auto", "never"}) {
    RunOutput plain = RunShell("NO_COLOR= " + santun + " check --color " + mode + " a.txt", "", dir);
    EXPECT_EQ(plain.exit_code, 1);
    EXPECT_NE(plain.out.find("a.txt:1:7: error[abuse.accusation]: tuduhan 'penipu'\n"), std::string::npos) << mode;
    EXPECT_EQ(plain.out.find('\x1b'), std::string::npos) << mode;  // a pipe is not a terminal
  }
  RunOutput bad = RunSantun({"check", "--color", "sometimes", "a.txt"}, "", dir);
  EXPECT_EQ(bad.exit_code, 2);
}

TEST(ReportOptionsCli, ShowSettingsPrintsTheConfigAndEnabledRulesAndLintsNothing) {
  const std::string dir = MakeMessages();
  WriteFile(dir + "/santun.toml", "select = [\"abuse\"]\nignore = [\"abuse.profanity\"]\nfail-on = \"error\"\n");
  RunOutput r = RunSantun({"check", "--show-settings", "a.txt"}, "", dir);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_NE(r.out.find("# effective configuration for a.txt\n# from: " + dir + "/santun.toml\n"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("select = [\"abuse\"]\nignore = [\"abuse.profanity\"]\nfail-on = \"error\"\n"),
            std::string::npos);
  EXPECT_NE(r.out.find("\n[rules]\n# "), std::string::npos);
  EXPECT_NE(r.out.find("  \"abuse.accusation\",\n"), std::string::npos);
  EXPECT_EQ(r.out.find("\"abuse.profanity\",\n"), std::string::npos);
  EXPECT_EQ(r.out.find("\"threat."), std::string::npos);
  EXPECT_EQ(r.out.find("error["), std::string::npos);  // nothing was linted
  // A broken santun.toml is a configuration error, as for a check.
  WriteFile(dir + "/santun.toml", "sevrity = 1\n");
  RunOutput broken = RunSantun({"check", "--show-settings"}, "", dir);
  EXPECT_EQ(broken.exit_code, 2);
  EXPECT_NE(broken.err.find("unknown key 'sevrity'"), std::string::npos) << broken.err;
}

TEST(ReportOptionsCli, HelpDocumentsTheOutputAndWalkOptions) {
  RunOutput help = RunSantun({"check", "--help"});
  EXPECT_EQ(help.exit_code, 0);
  for (const char* option : {"--output-file", "--statistics", "-q,--quiet", "--color", "--show-settings", "--exclude",
                             "--no-ignore", "--force-exclude", "-v,--verbose"}) {
    EXPECT_NE(help.out.find(option), std::string::npos) << option;
  }
}

TEST(ReportOptionsCli, MisspelledCommandSuggestsTheClosest) {
  RunOutput typo = RunSantun({"chek", "msg.txt"});
  EXPECT_EQ(typo.exit_code, 2);
  EXPECT_EQ(typo.out, "");
  EXPECT_EQ(typo.err, "santun: error: unknown command 'chek'. Did you mean 'check'?\nRun 'santun --help' for usage.\n");
  RunOutput far = RunSantun({"frobnicate"});
  EXPECT_EQ(far.exit_code, 2);
  EXPECT_EQ(far.err,
            "santun: error: unknown command 'frobnicate'. Commands: check, rewrite, rules, explain, test-rules, eval, "
            "config, lsp, serve.\nRun 'santun --help' for usage.\n");
}

}  // namespace
}  // namespace santun::testing
