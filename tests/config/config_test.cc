#include "config/config.h"

#include <gtest/gtest.h>

#include "config/settings.h"
#include "support/run.h"

namespace santun {
namespace {

using testing::MakeTempDir;
using testing::RunSantun;
using testing::WriteFile;

std::vector<std::string> Load(const std::string& content, Config* config = nullptr) {
  const std::string dir = MakeTempDir();
  WriteFile(dir + "/santun.toml", content);
  Config local;
  Errors errors = LoadConfig(dir + "/santun.toml", config ? config : &local);
  std::vector<std::string> out;
  for (const Error& e : errors) out.push_back(e.ToString().substr(dir.size() + 1));
  return out;
}

TEST(Config, DecodesEveryKey) {
  Config c;
  auto errors = Load(R"(profile = "us"
lang = "en"
select = ["threat", "abuse"]
extend-select = ["pressure.exclamation"]
ignore = ["abuse.insult"]
fail-on = "error"
max-warnings = 5
rules = ["house-rules"]
template-extensions = [".txt"]
template = true
[severity]
"pressure" = "info"
[allow]
numbers = ["021-5550-0100"]
emails = ["cs@example.com"]
[[overrides]]
files = ["legacy/**"]
ignore = ["pressure"]
)",
                     &c);
  EXPECT_TRUE(errors.empty()) << errors[0];
  EXPECT_EQ(c.base.profile, "us");
  EXPECT_EQ(c.base.select, (std::vector<std::string>{"threat", "abuse"}));
  EXPECT_EQ(c.fail_on, "error");
  EXPECT_EQ(c.max_warnings, 5);
  ASSERT_EQ(c.rule_dirs.size(), 1u);
  EXPECT_EQ(c.rule_dirs[0], c.dir + "/house-rules");
  EXPECT_EQ(c.base.severity.at("pressure"), Severity::kInfo);
  EXPECT_EQ(c.allow.emails, std::vector<std::string>{"cs@example.com"});
  ASSERT_EQ(c.overrides.size(), 1u);
  EXPECT_EQ(c.overrides[0].files, std::vector<std::string>{"legacy/**"});
}

TEST(Config, ErrorsNameTheLineWithSuggestions) {
  auto errors = Load("profile = \"id\"\nfail-on = \"eror\"\n\nsevrity = 1\n[allow]\nnumber = []\n");
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0], "santun.toml:4: unknown key 'sevrity', did you mean 'severity'?");
  EXPECT_EQ(errors[1], "santun.toml:2: 'fail-on' must be error, warning or info, not 'eror', did you mean 'error'?");
  EXPECT_EQ(errors[2], "santun.toml:6: unknown key 'number', did you mean 'numbers'?");
}

TEST(Config, InvalidUtf8NamesTheLine) {
  auto errors = Load("profile = \"id\"\n[allow]\nnames = ['PT Dana \xC3']\n");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0], "santun.toml:3: invalid UTF-8 at byte 41 (TOML files are UTF-8)");
}

TEST(Config, BadValues) {
  auto errors = Load("profile = \"indonesia\"\nmax-warnings = -1\n[severity]\nabuse = \"loud\"\n");
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0], "santun.toml:1: 'profile' must be id, us, generic or auto, not 'indonesia'");
  EXPECT_EQ(errors[1], "santun.toml:4: severity of 'abuse' must be \"error\", \"warning\" or \"info\"");
  EXPECT_EQ(errors[2], "santun.toml:2: 'max-warnings' must not be negative");
}

TEST(Config, DocsUrl) {
  Config c;
  EXPECT_TRUE(Load("docs-url = \"https://docs.example.com/santun/{id}.html\"\n", &c).empty());
  EXPECT_EQ(c.docs_url, "https://docs.example.com/santun/{id}.html");
  Config none;
  EXPECT_TRUE(Load("profile = \"id\"\n", &none).empty());
  EXPECT_FALSE(none.docs_url);
  auto errors = Load("docs-url = \"docs/rules\"\n");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0],
            "santun.toml:1: 'docs-url' must be an absolute http://, https:// or file:// URL, not 'docs/rules'");
  errors = Load("docs_url = \"https://x.example\"\n");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0], "santun.toml:1: unknown key 'docs_url', did you mean 'docs-url'?");
}

TEST(Config, GlobMatching) {
  EXPECT_TRUE(GlobMatches("templates/legacy/**", "templates/legacy/a/b.txt"));
  EXPECT_TRUE(GlobMatches("**/*.mustache", "a/b/c.mustache"));
  EXPECT_TRUE(GlobMatches("**/*.mustache", "c.mustache"));
  EXPECT_TRUE(GlobMatches("*.txt", "a.txt"));
  EXPECT_FALSE(GlobMatches("*.txt", "dir/a.txt"));
  EXPECT_TRUE(GlobMatches("msg?.txt", "msg1.txt"));
  EXPECT_FALSE(GlobMatches("msg?.txt", "msg10.txt"));
}

TEST(Config, SettingsLayerTopLevelOverridesAndCommandLine) {
  Config c;
  ASSERT_TRUE(Load("select = [\"abuse\"]\nignore = [\"abuse.insult\"]\n[[overrides]]\nfiles = [\"old/**\"]\n"
                   "extend-select = [\"pressure\"]\nlang = \"en\"\n",
                   &c)
                  .empty());
  FileSettings plain = SettingsFor(c, c.dir + "/new/a.txt", {});
  EXPECT_EQ(plain.select, std::vector<std::string>{"abuse"});
  EXPECT_EQ(plain.lang, "auto");
  FileSettings old = SettingsFor(c, c.dir + "/old/x/a.txt", {});
  EXPECT_EQ(old.select, (std::vector<std::string>{"abuse", "pressure"}));
  EXPECT_EQ(old.lang, "en");
  CommandLineSettings cli;
  cli.select = std::vector<std::string>{"threat"};
  cli.ignore = {"threat.police"};
  FileSettings with_cli = SettingsFor(c, c.dir + "/old/a.txt", cli);
  EXPECT_EQ(with_cli.select, std::vector<std::string>{"threat"});
  EXPECT_EQ(with_cli.ignore, (std::vector<std::string>{"abuse.insult", "threat.police"}));
}

TEST(ConfigCli, DiscoveredFromANestedFolderWithAPerGlobOverride) {
  const std::string dir = MakeTempDir();
  WriteFile(dir + "/santun.toml",
            "fail-on = \"error\"\n[severity]\n\"pressure.exclamation\" = \"info\"\n"
            "[[overrides]]\nfiles = [\"templates/legacy/**\"]\nignore = [\"abuse\"]\n");
  WriteFile(dir + "/templates/legacy/old.txt", "Dasar anjing!!!\n");
  WriteFile(dir + "/templates/new/a.txt", "Bayar hari ini!!!\n");
  // From the nested folder: the file above applies, and the override hides abuse.
  testing::RunOutput legacy = RunSantun({"check", "old.txt"}, "", dir + "/templates/legacy");
  EXPECT_EQ(legacy.exit_code, 0) << legacy.out << legacy.err;  // only an info left; fail-on = error
  EXPECT_NE(legacy.out.find("old.txt:1:13: info[pressure.exclamation]"), std::string::npos) << legacy.out;
  EXPECT_EQ(legacy.out.find("abuse.insult"), std::string::npos);
  testing::RunOutput fresh = RunSantun({"check", "templates/new/a.txt", "--fail-on", "info"}, "", dir);
  EXPECT_EQ(fresh.exit_code, 1);
  testing::RunOutput isolated = RunSantun({"check", "--isolated", "templates/legacy/old.txt"}, "", dir);
  EXPECT_EQ(isolated.exit_code, 1);
  EXPECT_NE(isolated.out.find("error[abuse.insult]"), std::string::npos);
}

TEST(ConfigCli, UnknownIdsAndKeysExitTwo) {
  const std::string dir = MakeTempDir();
  WriteFile(dir + "/santun.toml", "ignore = [\"abuse.insullt\"]\n");
  testing::RunOutput r = RunSantun({"check", "-"}, "halo\n", dir);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "santun: error: " + dir +
                       "/santun.toml:1: unknown rule or category 'abuse.insullt', did you mean 'abuse.insult'?\n");
  WriteFile(dir + "/santun.toml", "[allow]\nnumber = []\n");
  r = RunSantun({"check", "-"}, "halo\n", dir);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "santun: error: " + dir + "/santun.toml:2: unknown key 'number', did you mean 'numbers'?\n");
}

TEST(ConfigCli, ShowPrintsTheEffectiveConfiguration) {
  const std::string dir = MakeTempDir();
  WriteFile(dir + "/santun.toml",
            "profile = \"us\"\n[[overrides]]\nfiles = [\"legacy/**\"]\nignore = [\"pressure\"]\n");
  testing::RunOutput r = RunSantun({"config", "--show", "legacy/a.txt"}, "", dir);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("# from: " + dir + "/santun.toml\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("profile = \"us\"\n"), std::string::npos);
  EXPECT_NE(r.out.find("ignore = [\"pressure\"]\n"), std::string::npos);
}

TEST(ConfigCli, RulePackFoldersFromTheConfig) {
  const std::string dir = MakeTempDir();
  WriteFile(dir + "/santun.toml", "rules = [\"house\"]\n");
  WriteFile(dir + "/house/kasar.toml", R"([pack]
langs = ["id"]
[[rule]]
id = "abuse.house-word"
severity = "error"
summary = "kata terlarang perusahaan"
message = "kata terlarang '{match}'"
why = "kebijakan internal"
refs = ["POJK 22/2023 Pasal 62 ayat (2) huruf b"]
terms = ["ngemplang"]
[[rule.example]]
text = "dasar <<ngemplang>>"
[[rule.example]]
text = "terima kasih"
)");
  testing::RunOutput r = RunSantun({"check", "-"}, "Dasar ngemplang!\n", dir);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("error[abuse.house-word]"), std::string::npos) << r.out << r.err;
}

}  // namespace
}  // namespace santun
