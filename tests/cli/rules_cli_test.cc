// `santun test-rules`, `rules` and `explain` through the real binary.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/run.h"

namespace santun::testing {
namespace {

TEST(TestRulesCli, ShippedPacksPass) {
  RunOutput r = RunSantun({"test-rules", "rules/"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("all passed"), std::string::npos) << r.out;
}

TEST(TestRulesCli, AWrongExampleFails) {
  const std::string dir = MakeTempDir();
  WriteFile(dir + "/mine.toml", R"([pack]
langs = ["id"]

[[rule]]
id = "abuse.kasar"
severity = "error"
summary = "kata kasar"
message = "kata kasar '{match}'"
why = "tidak sopan"
refs = ["POJK 22/2023 Pasal 62 ayat (2) huruf b"]
terms = ["kampret"]

[[rule.example]]
text = "dasar <<kampret>>"

[[rule.example]]
text = "dasar <<kamprut>>"
)");
  RunOutput r = RunSantun({"test-rules", dir});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, dir +
                       "/mine.toml:16: example 2 of rule abuse.kasar: expected \"dasar <<kamprut>>\", got nothing\n"
                       "1 rules, 2 examples: 1 failed\n");
}

TEST(TestRulesCli, BrokenPackExitsTwo) {
  const std::string dir = MakeTempDir();
  WriteFile(dir + "/x.toml", "[[rule]]\nid = 3\n");
  RunOutput r = RunSantun({"test-rules", dir});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "santun: error: " + dir + "/x.toml:2: 'id' must be a string, not an integer\n");
}

TEST(RulesCli, ListsRulesAsTextAndJson) {
  RunOutput text = RunSantun({"rules"});
  EXPECT_EQ(text.exit_code, 0);
  EXPECT_NE(text.out.find("abuse.accusation  error  [id]"), std::string::npos);
  RunOutput json = RunSantun({"rules", "--format", "json"});
  EXPECT_EQ(json.exit_code, 0);
  auto doc = nlohmann::json::parse(json.out);
  EXPECT_EQ(doc["version"], 1);
  bool found = false;
  for (const auto& r : doc["rules"]) found |= r["id"] == "threat.police" && r["langs"][0] == "en";
  EXPECT_TRUE(found);
}

TEST(ExplainCli, PrintsCitationAndExamples) {
  RunOutput r = RunSantun({"explain", "threat.police"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("# threat.police"), std::string::npos);
  EXPECT_NE(r.out.find("  - POJK 22/2023 Pasal 62 ayat (2) huruf a"), std::string::npos);
  EXPECT_NE(r.out.find("  - FDCPA §1692e(4)"), std::string::npos);
  EXPECT_NE(r.out.find("flags: Kalau tidak bayar hari ini, kami <<lapor polisi>>!"), std::string::npos);
  EXPECT_NE(r.out.find("passes: "), std::string::npos);
}

TEST(ExplainCli, UnknownRuleSuggests) {
  RunOutput r = RunSantun({"explain", "threat.polise"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "santun: error: unknown rule 'threat.polise', did you mean 'threat.police'?\n");
}

TEST(ExplainCli, CategoryListsItsRules) {
  RunOutput r = RunSantun({"explain", "abuse"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("abuse.insult  error"), std::string::npos);
}

}  // namespace
}  // namespace santun::testing
