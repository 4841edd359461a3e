// Which files a folder walk lints: .gitignore and .ignore files, santun.toml's
// exclude / extend-exclude, --exclude, --no-ignore and --force-exclude,
// through the real binary.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/run.h"

namespace santun::testing {
namespace {

using Json = nlohmann::json;

// The paths a JSON report lists, in order.
std::vector<std::string> LintedPaths(const RunOutput& r) {
  std::vector<std::string> paths;
  const Json doc = Json::parse(r.out);
  for (const Json& f : doc["files"]) paths.push_back(f["path"]);
  return paths;
}

// A template repository: .git, a .gitignore'd build/ folder, a legacy/
// folder that santun.toml excludes, and the templates to lint.
std::string MakeRepository() {
  const std::string dir = MakeTempDir();
  WriteFile(dir + "/.git/HEAD", "ref: refs/heads/main\n");
  WriteFile(dir + "/.gitignore", "# generated\nbuild/\n*.bak.txt\n");
  WriteFile(dir + "/santun.toml", "exclude = [\"legacy/**\"]\n");
  WriteFile(dir + "/templates/reminder.txt", "Dasar penipu, bayar sekarang juga!\n");
  WriteFile(dir + "/templates/sub/notice.mustache", "Kamu maling!!!\n");
  WriteFile(dir + "/templates/old.bak.txt", "Dasar penipu!\n");
  WriteFile(dir + "/build/rendered.txt", "Dasar penipu!\n");
  WriteFile(dir + "/templates/build/cache.txt", "Dasar penipu!\n");
  WriteFile(dir + "/legacy/2019.txt", "Dasar penipu!\n");
  WriteFile(dir + "/legacy/deep/2018.txt", "Dasar penipu!\n");
  return dir;
}

TEST(ExcludeCli, TemplateRepositoryLintsOnlyWhatIsNeitherIgnoredNorExcluded) {
  const std::string dir = MakeRepository();
  RunOutput r = RunSantun({"check", "--format", "json", "."}, "", dir);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(LintedPaths(r), (std::vector<std::string>{"./templates/reminder.txt", "./templates/sub/notice.mustache"}));
  // --verbose: the human summary says what was skipped, and why.
  RunOutput v = RunSantun({"check", "--verbose", "."}, "", dir);
  EXPECT_EQ(v.exit_code, 1);
  const std::string tail =
      "Found 7 problems (2 errors, 5 warnings) in 2 messages. 1 fixable with --fix.\n"
      "Skipped 5 files (3 .gitignore, 2 exclude).\n";
  ASSERT_GE(v.out.size(), tail.size());
  EXPECT_EQ(v.out.substr(v.out.size() - tail.size()), tail) << v.out;
  // Without --verbose the summary is as it always was.
  RunOutput plain = RunSantun({"check", "."}, "", dir);
  EXPECT_EQ(plain.out.find("Skipped"), std::string::npos);
}

TEST(ExcludeCli, NoIgnoreWalksIgnoredFoldersButKeepsTheExcludes) {
  const std::string dir = MakeRepository();
  RunOutput r = RunSantun({"check", "--format", "json", "--no-ignore", "."}, "", dir);
  EXPECT_EQ(LintedPaths(r),
            (std::vector<std::string>{"./build/rendered.txt", "./templates/build/cache.txt", "./templates/old.bak.txt",
                                      "./templates/reminder.txt", "./templates/sub/notice.mustache"}));
}

TEST(ExcludeCli, NestedIgnoreFilesApplyBelowTheirFolderAndCanReinclude) {
  const std::string dir = MakeRepository();
  WriteFile(dir + "/templates/.gitignore", "sub/\n!old.bak.txt\n");
  WriteFile(dir + "/templates/.ignore", "reminder.txt\n");
  WriteFile(dir + "/other/sub/kept.txt", "Dasar penipu!\n");
  RunOutput r = RunSantun({"check", "--format", "json", "."}, "", dir);
  EXPECT_EQ(LintedPaths(r), (std::vector<std::string>{"./other/sub/kept.txt", "./templates/old.bak.txt"}));
}

TEST(ExcludeCli, IgnoreFilesAboveTheRepositoryRootDoNotApply) {
  const std::string outer = MakeTempDir();
  WriteFile(outer + "/.gitignore", "*.txt\n");
  WriteFile(outer + "/repo/.git/HEAD", "ref: refs/heads/main\n");
  WriteFile(outer + "/repo/.gitignore", "drafts/\n");
  WriteFile(outer + "/repo/msgs/a.txt", "Dasar penipu!\n");
  WriteFile(outer + "/repo/msgs/drafts/b.txt", "Dasar penipu!\n");
  // Walking repo/msgs reads repo/.gitignore (a parent inside the repository), not outer/.gitignore.
  RunOutput r = RunSantun({"check", "--format", "json", "msgs"}, "", outer + "/repo");
  EXPECT_EQ(LintedPaths(r), (std::vector<std::string>{"msgs/a.txt"}));
}

TEST(ExcludeCli, NamedFilesAreLintedUnlessForceExclude) {
  const std::string dir = MakeRepository();
  RunOutput named = RunSantun({"check", "--format", "json", "build/rendered.txt", "legacy/2019.txt"}, "", dir);
  EXPECT_EQ(LintedPaths(named), (std::vector<std::string>{"build/rendered.txt", "legacy/2019.txt"}));
  RunOutput forced = RunSantun({"check", "--format", "json", "--force-exclude", "build/rendered.txt", "legacy/2019.txt",
                                "templates/reminder.txt"},
                               "", dir);
  EXPECT_EQ(LintedPaths(forced), (std::vector<std::string>{"templates/reminder.txt"}));
  RunOutput verbose = RunSantun({"check", "-v", "--force-exclude", "build/rendered.txt", "legacy/2019.txt"}, "", dir);
  EXPECT_EQ(verbose.exit_code, 0);
  EXPECT_EQ(verbose.out, "No problems found in 0 messages.\nSkipped 2 files (1 .gitignore, 1 exclude).\n");
}

TEST(ExcludeCli, ExcludeReplacesExtendExcludeAndTheCommandLineAdd) {
  const std::string dir = MakeRepository();
  WriteFile(dir + "/santun.toml", "exclude = [\"sub\"]\nextend-exclude = [\"templates/reminder.*\"]\n");
  RunOutput r = RunSantun({"check", "--format", "json", "."}, "", dir);
  // exclude replaced legacy/**; "sub" (no '/') matches the folder at any depth.
  EXPECT_EQ(LintedPaths(r), (std::vector<std::string>{"./legacy/2019.txt", "./legacy/deep/2018.txt"}));
  RunOutput cli =
      RunSantun({"check", "--format", "json", "--exclude", "legacy/deep/**", "--exclude", "2019.txt", "."}, "", dir);
  EXPECT_EQ(cli.exit_code, 0) << cli.err;
  EXPECT_EQ(LintedPaths(cli), std::vector<std::string>{});
  // The settings show the globs in effect.
  RunOutput shown = RunSantun({"check", "--show-settings", "."}, "", dir);
  EXPECT_NE(shown.out.find("exclude = [\"sub\", \"templates/reminder.*\"]\n"), std::string::npos) << shown.out;
}

TEST(ExcludeCli, ExcludeMustBeAListOfStrings) {
  const std::string dir = MakeRepository();
  WriteFile(dir + "/santun.toml", "exclude = \"legacy\"\n");
  RunOutput r = RunSantun({"check", "."}, "", dir);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("santun.toml:1: "), std::string::npos) << r.err;
  WriteFile(dir + "/santun.toml", "extend-exclud = [\"legacy\"]\n");
  RunOutput typo = RunSantun({"check", "."}, "", dir);
  EXPECT_EQ(typo.exit_code, 2);
  EXPECT_NE(typo.err.find("did you mean 'extend-exclude'?"), std::string::npos) << typo.err;
}

}  // namespace
}  // namespace santun::testing
