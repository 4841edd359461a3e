// The machine-readable formats as CI systems and pipelines consume them:
// exact output (golden files), SARIF against the official 2.1.0 schema,
// JSONL against docs/jsonl-schema.json.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <regex>
#include <set>

#include "support/run.h"

namespace santun::testing {
namespace {

using Json = nlohmann::json;

// A folder of messages: findings with a fix, a clean one, an emoji before the
// match (UTF-8, UTF-16 and character columns differ), a path that needs
// escaping, and one that is not UTF-8.
std::string MakeInputs() {
  const std::string dir = MakeTempDir();
  WriteFile(dir + "/a.txt", "Bayar hari ini!!! Dasar penipu.\n");
  WriteFile(dir + "/b.txt", "Terima kasih atas pembayaran Anda.\n");
  WriteFile(dir + "/c.txt", "Salam.\n\xF0\x9F\x98\xA1\xF0\x9F\x98\xA1 Dasar p3n1pu!\n");
  WriteFile(dir + "/we,ird:100%.txt", "Dasar maling\n");
  WriteFile(dir + "/bad.txt", "ab\xFF");
  // An info rule, to see ::notice and SARIF "note".
  WriteFile(dir + "/pack/info.toml", R"([pack]
description = "test: an info rule"
langs = ["id"]

[[rule]]
id = "pressure.tolong"
severity = "info"
summary = "says 'tolong'"
message = "kata '{match}'"
why = "only a test, with a comma, and: a colon"
refs = ["none"]
terms = ["tolong"]

[[rule.example]]
text = "<<Tolong>> bayar."
[[rule.example]]
text = "Terima kasih."
)");
  WriteFile(dir + "/d.txt", "Tolong bayar, dasar penipu.\n");
  return dir;
}

std::string Validate(const std::string& schema_args, const std::string& file) {
  RunOutput v = RunShell("/usr/bin/python3 tests/validate_json.py " + schema_args + " " + file);
  return v.exit_code == 0 ? "" : v.out + v.err;
}

TEST(FormatsCli, JsonGolden) {
  const std::string dir = MakeInputs();
  RunOutput r = RunSantun({"check", "--format", "json", "a.txt", "b.txt", "c.txt", "bad.txt"}, "", dir);
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(CheckGolden("check_format.json", r.out), "");
}

TEST(FormatsCli, SarifGoldenAndSchema) {
  const std::string dir = MakeInputs();
  RunOutput r = RunSantun({"check", "--format", "sarif", "--select", "abuse,pressure", "--rules", "pack", "a.txt",
                           "b.txt", "c.txt", "d.txt", "bad.txt", "missing.txt"},
                          "", dir);
  EXPECT_EQ(r.exit_code, 3);
  // %SRCROOT% is the folder santun ran in, a new temporary folder each time.
  std::string golden = r.out;
  const std::string root = "\"uri\": \"file://" + dir + "/\"";
  ASSERT_NE(golden.find(root), std::string::npos) << golden.substr(0, 2000);
  golden.replace(golden.find(root), root.size(), "\"uri\": \"file:///SRCROOT/\"");
  EXPECT_EQ(CheckGolden("check_format.sarif", golden), "");
  WriteFile(dir + "/out.sarif", r.out);
  EXPECT_EQ(Validate("tests/schemas/sarif-schema-2.1.0.json", dir + "/out.sarif"), "");

  Json log = Json::parse(r.out);
  const Json& run = log["runs"][0];
  EXPECT_EQ(log["version"], "2.1.0");
  EXPECT_EQ(run["columnKind"], "utf16CodeUnits");
  const Json& rules = run["tool"]["driver"]["rules"];
  // Every enabled rule is described, not only those with results; threat.* is not selected.
  std::vector<std::string> ids;
  for (const Json& rule : rules) ids.push_back(rule["id"]);
  EXPECT_NE(std::find(ids.begin(), ids.end(), "abuse.profanity"), ids.end());
  EXPECT_NE(std::find(ids.begin(), ids.end(), "pressure.tolong"), ids.end());
  EXPECT_EQ(std::find(ids.begin(), ids.end(), "threat.police"), ids.end());
  for (const Json& result : run["results"]) {
    EXPECT_EQ(rules[result["ruleIndex"].get<size_t>()]["id"], result["ruleId"]);
  }
  bool saw_emoji = false, saw_note = false, saw_fix = false;
  for (const Json& result : run["results"]) {
    const Json& loc = result["locations"][0]["physicalLocation"];
    if (loc["artifactLocation"]["uri"] == "c.txt" && result["ruleId"] == "abuse.accusation") {
      saw_emoji = true;  // 😡😡 is 8 bytes, 4 UTF-16 code units, 2 characters
      EXPECT_EQ(loc["region"]["startLine"], 2);
      EXPECT_EQ(loc["region"]["startColumn"], 12);
      EXPECT_EQ(loc["region"]["endColumn"], 18);
      EXPECT_EQ(loc["region"]["byteOffset"], 22);
      EXPECT_EQ(loc["region"]["byteLength"], 6);
    }
    if (result["level"] == "note") saw_note = true;
    if (result.contains("fixes") && result["ruleId"] == "pressure.exclamation") {
      saw_fix = true;  // "Bayar hari ini!!!": the three marks become one full stop
      const Json& repl = result["fixes"][0]["artifactChanges"][0]["replacements"][0];
      EXPECT_EQ(repl["insertedContent"]["text"], ".");
      EXPECT_EQ(repl["deletedRegion"]["byteOffset"], 14);
      EXPECT_EQ(repl["deletedRegion"]["byteLength"], 3);
    }
  }
  EXPECT_TRUE(saw_emoji);
  EXPECT_TRUE(saw_note);
  EXPECT_TRUE(saw_fix);
  const Json& invocation = run["invocations"][0];
  EXPECT_EQ(invocation["executionSuccessful"], false);
  EXPECT_EQ(invocation["toolExecutionNotifications"].size(), 2u);
}

TEST(FormatsCli, SarifDescribesRulesInTheLanguageOfTheResults) {
  const std::string dir = MakeInputs();
  WriteFile(dir + "/en.txt", "You are a thief.\n");
  auto short_description = [](const Json& log, const std::string& id) {
    for (const Json& rule : log["runs"][0]["tool"]["driver"]["rules"]) {
      if (rule["id"] == id)
        return rule["shortDescription"]["text"].get<std::string>() + " | " +
               rule["fullDescription"]["text"].get<std::string>().substr(0, 34);
    }
    return std::string("no rule ") + id;
  };
  RunOutput id = RunSantun({"check", "--format", "sarif", "a.txt"}, "", dir);
  EXPECT_EQ(id.exit_code, 1);
  const Json id_log = Json::parse(id.out);
  EXPECT_EQ(id_log["runs"][0]["results"][0]["message"]["text"], "meminta pembayaran tanpa jumlah yang jelas");
  EXPECT_EQ(
      short_description(id_log, "abuse.accusation"),
      "menuduh debitur sebagai penipu, pencuri, maling atau pelaku kejahatan | Terlambat membayar bukan kejahatan");
  // A rule without results is described in the language of the run's messages too.
  EXPECT_EQ(short_description(id_log, "abuse.insult").substr(0, 24), "memaki atau menghina deb");
  RunOutput en = RunSantun({"check", "--format", "sarif", "en.txt"}, "", dir);
  EXPECT_EQ(short_description(Json::parse(en.out), "abuse.accusation"),
            "calls the debtor a scammer, thief, liar or criminal | Falsely representing or implying t");
}

TEST(FormatsCli, SarifUrisAreRelativeToTheSourceRoot) {
  const std::string dir = MakeInputs();
  const std::string elsewhere = MakeTempDir();
  WriteFile(elsewhere + "/far.txt", "Dasar maling\n");
  RunOutput r = RunSantun(
      {"check", "--format", "sarif", "--output-file", "out.sarif", dir + "/a.txt", "./c.txt", elsewhere + "/far.txt"},
      "", dir);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(Validate("tests/schemas/sarif-schema-2.1.0.json", dir + "/out.sarif"), "");
  const Json run = Json::parse(ReadFile(dir + "/out.sarif"))["runs"][0];
  EXPECT_EQ(run["originalUriBaseIds"]["%SRCROOT%"]["uri"], "file://" + dir + "/");
  std::set<std::string> locations;
  for (const Json& result : run["results"]) {
    locations.insert(result["locations"][0]["physicalLocation"]["artifactLocation"].dump());
  }
  EXPECT_EQ(locations, (std::set<std::string>{R"({"uri":"a.txt","uriBaseId":"%SRCROOT%"})",
                                              R"({"uri":"c.txt","uriBaseId":"%SRCROOT%"})",
                                              R"({"uri":"file://)" + elsewhere + R"(/far.txt"})"}));
}

TEST(FormatsCli, SarifOfACleanRunIsSuccessfulAndValid) {
  const std::string dir = MakeInputs();
  RunOutput r = RunSantun({"check", "--format", "sarif", "b.txt"}, "", dir);
  EXPECT_EQ(r.exit_code, 0);
  WriteFile(dir + "/out.sarif", r.out);
  EXPECT_EQ(Validate("tests/schemas/sarif-schema-2.1.0.json", dir + "/out.sarif"), "");
  Json log = Json::parse(r.out);
  EXPECT_TRUE(log["runs"][0]["results"].empty());
  EXPECT_EQ(log["runs"][0]["invocations"][0]["executionSuccessful"], true);
  EXPECT_GE(log["runs"][0]["tool"]["driver"]["rules"].size(), 10u);
}

TEST(FormatsCli, SarifValidatorRejectsABrokenLog) {
  // The schema really is enforced: a result without a message is not SARIF.
  const std::string dir = MakeTempDir();
  WriteFile(dir + "/bad.sarif", R"({"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{}]}]})");
  EXPECT_NE(Validate("tests/schemas/sarif-schema-2.1.0.json", dir + "/bad.sarif"), "");
}

TEST(FormatsCli, GithubGolden) {
  const std::string dir = MakeInputs();
  RunOutput r = RunSantun(
      {"check", "--format", "github", "--rules", "pack", "a.txt", "c.txt", "d.txt", "we,ird:100%.txt", "bad.txt"}, "",
      dir);
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(CheckGolden("check_format_github.txt", r.out), "");
  EXPECT_NE(r.out.find("::error file=a.txt,line=1,col=25,endLine=1,endColumn=31,title=abuse.accusation::"),
            std::string::npos);
  EXPECT_NE(r.out.find("::warning file=a.txt,line=1,col=15,endLine=1,endColumn=18,title=pressure.exclamation::"),
            std::string::npos);
  EXPECT_NE(r.out.find("::notice file=d.txt,line=1,col=1,endLine=1,endColumn=7,title=pressure.tolong::"),
            std::string::npos);
  EXPECT_NE(r.out.find("::error file=we%2Cird%3A100%25.txt,line=1,"), std::string::npos);
  EXPECT_NE(r.out.find("::error file=c.txt,line=2,col=12,endLine=2,endColumn=18,"), std::string::npos);
  EXPECT_NE(r.out.find("::error file=bad.txt,title=santun::bad.txt: invalid UTF-8 at byte 2\n"), std::string::npos);
  // Every line is one workflow command: newlines in messages are escaped.
  size_t lines = 0;
  for (char c : r.out) lines += c == '\n';
  size_t commands = 0;
  for (size_t p = 0; (p = r.out.find("\n::", p)) != std::string::npos; ++p) ++commands;
  EXPECT_EQ(commands + 1, lines);
}

TEST(FormatsCli, JsonlOfFilesKeepsInputOrderAndValidates) {
  const std::string dir = MakeInputs();
  RunOutput r = RunSantun({"check", "--format", "jsonl", "a.txt", "bad.txt", "b.txt", "missing.txt"}, "", dir);
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(CheckGolden("check_format.jsonl", r.out), "");
  WriteFile(dir + "/out.jsonl", r.out);
  EXPECT_EQ(Validate("docs/jsonl-schema.json --ref docs/json-schema.json --lines", dir + "/out.jsonl"), "");
  std::vector<Json> records;
  size_t start = 0;
  for (size_t nl; (nl = r.out.find('\n', start)) != std::string::npos; start = nl + 1) {
    records.push_back(Json::parse(r.out.substr(start, nl - start)));
  }
  ASSERT_EQ(records.size(), 4u);
  EXPECT_EQ(records[0]["path"], "a.txt");
  EXPECT_EQ(records[1]["error"], "invalid UTF-8 at byte 2");
  EXPECT_EQ(records[2]["diagnostics"].size(), 0u);
  EXPECT_EQ(records[3]["error"], "cannot read: No such file or directory");
}

// Lean JSONL (issue 13): a diagnostic carries what varies per hit; its
// rule's texts are in `santun rules --format json`, joined on (rule, lang),
// or inline with --output-rule-metadata, exactly as the json format has them.
TEST(FormatsCli, JsonlLeavesRuleTextsToTheRuleListUnlessAsked) {
  const std::string dir = MakeInputs();
  RunOutput lean = RunSantun({"check", "--format", "jsonl", "a.txt"}, "", dir);
  RunOutput full = RunSantun({"check", "--format", "jsonl", "--output-rule-metadata", "a.txt"}, "", dir);
  RunOutput json = RunSantun({"check", "--format", "json", "a.txt"}, "", dir);
  RunOutput rules = RunSantun({"rules", "--format", "json"}, "", dir);
  ASSERT_EQ(lean.exit_code, 1);
  ASSERT_EQ(full.exit_code, 1);
  WriteFile(dir + "/full.jsonl", full.out);
  EXPECT_EQ(Validate("docs/jsonl-schema.json --ref docs/json-schema.json --lines", dir + "/full.jsonl"), "");
  const Json lean_record = Json::parse(lean.out);
  const Json full_record = Json::parse(full.out);
  const Json json_doc = Json::parse(json.out);
  const Json& json_diags = json_doc["files"][0]["messages"][0]["diagnostics"];
  ASSERT_FALSE(lean_record["diagnostics"].empty());
  EXPECT_EQ(full_record["diagnostics"], json_diags);
  EXPECT_LT(lean.out.size(), full.out.size());
  const Json rule_doc = Json::parse(rules.out);
  const Json& rule_list = rule_doc["rules"];
  for (size_t i = 0; i < lean_record["diagnostics"].size(); ++i) {
    const Json& d = lean_record["diagnostics"][i];
    for (const char* key : {"summary", "why", "refs", "help"}) EXPECT_FALSE(d.contains(key)) << key;
    Json rest = full_record["diagnostics"][i];
    for (const char* key : {"summary", "why", "refs", "help"}) rest.erase(key);
    EXPECT_EQ(d, rest);
    const Json* rule = nullptr;
    for (const Json& r : rule_list) {
      for (const Json& l : r["langs"]) {
        if (r["id"] == d["rule"] && (l == lean_record["lang"] || l == "*")) rule = &r;
      }
    }
    ASSERT_NE(rule, nullptr) << d["rule"];
    for (const char* key : {"summary", "why", "refs", "help"})
      EXPECT_EQ((*rule)[key], full_record["diagnostics"][i][key]);
    EXPECT_EQ((*rule)["help_uri"], "http://127.0.0.1:8080/rules/" + d["rule"].get<std::string>());
  }
}

TEST(FormatsCli, NewFormatsAreDeterministic) {
  const std::string dir = MakeInputs();
  for (const char* format : {"sarif", "github", "jsonl"}) {
    RunOutput a = RunSantun({"check", "--format", format, "a.txt", "c.txt"}, "", dir);
    RunOutput b = RunSantun({"check", "--format", format, "a.txt", "c.txt"}, "", dir);
    EXPECT_EQ(a.out, b.out) << format;
    EXPECT_EQ(a.exit_code, 1) << format;
  }
}

TEST(FormatsCli, MaxWarnings) {
  // One warning: pressure.exclamation.
  const std::string warning_only =
      "Yth. Bapak Budi, tagihan dari PT Dana Kilat sebesar Rp 500.000 jatuh tempo 25 Desember 2026!!\n";
  auto exit_code = [&](std::vector<std::string> args, const std::string& input) {
    std::vector<std::string> full = {"check"};
    full.insert(full.end(), args.begin(), args.end());
    full.push_back("-");
    return RunSantun(full, input).exit_code;
  };
  EXPECT_EQ(exit_code({}, warning_only), 1);
  // Without --fail-on, --max-warnings lets up to N warnings pass (ESLint).
  EXPECT_EQ(exit_code({"--max-warnings", "1"}, warning_only), 0);
  EXPECT_EQ(exit_code({"--max-warnings", "0"}, warning_only), 1);
  // --fail-on error passes, --max-warnings still fails past N.
  EXPECT_EQ(exit_code({"--fail-on", "error"}, warning_only), 0);
  EXPECT_EQ(exit_code({"--fail-on", "error", "--max-warnings", "0"}, warning_only), 1);
  EXPECT_EQ(exit_code({"--fail-on", "error", "--max-warnings", "3"}, warning_only), 0);
  // An explicit --fail-on warning fails on any warning whatever the limit.
  EXPECT_EQ(exit_code({"--fail-on", "warning", "--max-warnings", "5"}, warning_only), 1);
  // Errors fail regardless.
  EXPECT_EQ(exit_code({"--max-warnings", "10"}, "Dasar penipu.\n"), 1);
  EXPECT_EQ(exit_code({"--max-warnings", "-1"}, warning_only), 2);
}

TEST(FormatsCli, HelpNamesTheNewOptions) {
  RunOutput help = RunSantun({"check", "--help"});
  EXPECT_EQ(help.exit_code, 0);
  for (const char* s : {"sarif", "github", "jsonl", "--input", "--jobs", "--max-warnings"}) {
    EXPECT_NE(help.out.find(s), std::string::npos) << s;
  }
  EXPECT_EQ(RunSantun({"check", "--format", "xml", "-"}, "x\n").exit_code, 2);
  EXPECT_EQ(RunSantun({"check", "--input", "csv", "-"}, "x\n").exit_code, 2);
}

TEST(FormatsCli, PreCommitHookMatchesTheMessageExtensions) {
  const std::string hooks = ReadFile(SourcePath(".pre-commit-hooks.yaml"));
  EXPECT_NE(hooks.find("- id: santun\n"), std::string::npos);
  // Staged files that .gitignore or santun.toml exclude stay unlinted, as with a folder walk.
  EXPECT_NE(hooks.find("entry: santun check --force-exclude\n"), std::string::npos);
  EXPECT_NE(hooks.find("types: [text]\n"), std::string::npos);
  const size_t at = hooks.find("files: ");
  ASSERT_NE(at, std::string::npos);
  const std::regex files(hooks.substr(at + 7, hooks.find('\n', at) - at - 7));
  // The extensions `santun check DIR` lints (MessageExtensions in src/cli/inputs.cc).
  for (const char* name : {"a.txt", "t/b.md", "c.tmpl", "d.mustache", "e.j2", "f.jinja", "g.hbs"}) {
    EXPECT_TRUE(std::regex_search(name, files)) << name;
  }
  for (const char* name : {"a.py", "b.txt.orig", "c.json"}) EXPECT_FALSE(std::regex_search(name, files)) << name;
}

}  // namespace
}  // namespace santun::testing
