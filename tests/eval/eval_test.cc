#include <gtest/gtest.h>

#include "eval/corpus.h"
#include "eval/metrics.h"
#include "ruleset/load_rules.h"
#include "support/run.h"

namespace santun {
namespace {

using testing::MakeTempDir;
using testing::RunSantun;
using testing::WriteFile;

const char* kCorpus =
    R"({"id": "a1", "lang": "id", "text": "Dasar penipu, bayar sekarang juga!", "expect": {"categories": ["abuse", "pressure", "identity"], "rules": ["identity.future-rule"]}}
{"id": "a2", "lang": "id", "text": "Waspada penipuan yang mengatasnamakan PT Dana Kilat.", "expect": {"categories": []}}

{"id": "a3", "lang": "en", "text": "We will call the police.", "expect": {"categories": ["threat"]}}
{"id": "a4", "lang": "en", "text": "You idiot.", "expect": {"categories": []}}
{"id": "a5", "lang": "en", "text": "Pay what you owe.", "expect": {"categories": ["abuse"], "rules": ["abuse.accusation"]}}
)";

TEST(Corpus, ReadsRecordsAndSkipsBlankLines) {
  const std::string dir = MakeTempDir();
  WriteFile(dir + "/c.jsonl", kCorpus);
  std::vector<CorpusRecord> records;
  EXPECT_TRUE(ReadCorpus({dir}, &records).empty());
  ASSERT_EQ(records.size(), 5u);
  EXPECT_EQ(records[2].id, "a3");
  EXPECT_EQ(records[2].line, 4);
  EXPECT_EQ(records[0].rules, std::vector<std::string>{"identity.future-rule"});
}

TEST(Corpus, BadLinesNameFileAndLine) {
  const std::string dir = MakeTempDir();
  WriteFile(dir + "/c.jsonl",
            "{\"id\": \"x\", \"text\": \"a\", \"expect\": {\"categories\": [\"thret\"]}}\n"
            "not json\n"
            "{\"id\": \"y\", \"txt\": \"a\", \"expect\": {}}\n"
            "{\"id\": \"z\", \"text\": \"a\", \"expect\": {\"categories\": [], \"rules\": [\"abuse.insult\"]}}\n"
            "{\"id\": \"x\", \"text\": \"a\", \"expect\": {\"categories\": []}}\n"
            "{\"id\": \"x\", \"text\": \"a\", \"expect\": {\"categories\": []}}\n");
  std::vector<CorpusRecord> records;
  Errors errors = ReadCorpus({dir + "/c.jsonl"}, &records);
  ASSERT_EQ(errors.size(), 5u);
  EXPECT_EQ(errors[0].ToString(), dir + "/c.jsonl:1: unknown category 'thret', did you mean 'threat'?");
  EXPECT_EQ(errors[1].ToString(), dir + "/c.jsonl:2: not valid JSON");
  EXPECT_EQ(errors[2].ToString(), dir + "/c.jsonl:3: unknown key 'txt', did you mean 'text'?");
  EXPECT_EQ(errors[3].ToString(), dir + "/c.jsonl:4: rule 'abuse.insult' is expected but its category 'abuse' is not");
  EXPECT_EQ(errors[4].ToString(), dir + "/c.jsonl:6: duplicate id 'x'");
}

TEST(Metrics, CategoriesAndRulesAreScoredAsDocumented) {
  const std::string dir = MakeTempDir();
  WriteFile(dir + "/c.jsonl", kCorpus);
  std::vector<CorpusRecord> records;
  ASSERT_TRUE(ReadCorpus({dir}, &records).empty());
  RuleSet rules;
  ASSERT_TRUE(LoadRuleSet(PackSources{}, &rules).empty());
  std::vector<Flags> flags = {
      {{"abuse.accusation", "penipu"}, {"pressure.bare-command", "bayar sekarang juga"}},
      {},
      {{"threat.police", "call the police"}},
      {{"abuse.insult", "idiot"}},
      {},
  };
  EvalResult r = Evaluate(rules, Selection{}, records, flags);
  EXPECT_EQ(r.messages, 5);
  // abuse: a1 tp, a4 fp, a5 fn.
  EXPECT_EQ(r.categories["abuse"].tp, 1);
  EXPECT_EQ(r.categories["abuse"].fp, 1);
  EXPECT_EQ(r.categories["abuse"].fn, 1);
  EXPECT_DOUBLE_EQ(r.categories["abuse"].f1(), 0.5);
  // a1's identity label names a rule that is not loaded: not expected.
  EXPECT_EQ(r.categories["identity"].tp + r.categories["identity"].fn, 0);
  EXPECT_EQ(r.unloaded_rule_labels["identity.future-rule"], 1);
  // abuse.accusation: a1 expects abuse without naming rules -> not scored;
  // a5 names it -> a miss.
  EXPECT_EQ(r.rules["abuse.accusation"].tp, 0);
  EXPECT_EQ(r.rules["abuse.accusation"].fn, 1);
  EXPECT_EQ(r.rules["abuse.insult"].fp, 1);
}

TEST(EvalCli, FloorDecidesTheExitCode) {
  const std::string dir = MakeTempDir();
  WriteFile(dir + "/c.jsonl", kCorpus);
  testing::RunOutput low = RunSantun({"eval", dir, "--select", "abuse", "--min-f1", "0.9"});
  EXPECT_EQ(low.exit_code, 1);
  EXPECT_NE(low.err.find("category 'abuse' F1 0.5 is below the floor 0.9"), std::string::npos) << low.err;
  testing::RunOutput ok = RunSantun({"eval", dir, "--select", "abuse", "--min-f1", "0.4", "--show"});
  EXPECT_EQ(ok.exit_code, 0);
  EXPECT_NE(ok.out.find(dir + "/c.jsonl:5: a4: false alarm abuse (abuse.insult 'idiot')"), std::string::npos) << ok.out;
  testing::RunOutput json = RunSantun({"eval", dir, "--select", "abuse", "--format", "json"});
  EXPECT_EQ(json.exit_code, 0);
  EXPECT_NE(json.out.find("\"abuse\": {"), std::string::npos);
}

// Real messages (corpus/real): "labels" with "none" and "x?", a split fixed
// by the id's hash.
std::string RealRecord(const std::string& id, const std::string& text, const std::string& labels) {
  return "{\"id\": \"" + id + "\", \"lang\": \"en\", \"text\": \"" + text + "\", \"labels\": " + labels +
         ", \"split\": \"" + SplitOf(id) + "\", \"source\": \"https://example.org\"}\n";
}

TEST(SplitOf, IsFixedByTheIdAndTakesAboutAThird) {
  EXPECT_EQ(SplitOf("rid-news-0001"), SplitOf("rid-news-0001"));
  int test = 0;
  for (int i = 0; i < 3000; ++i) test += SplitOf("ren-court-" + std::to_string(i)) == "test";
  EXPECT_GT(test, 900);
  EXPECT_LT(test, 1100);
}

TEST(Corpus, RealLabelsNoneAndUnsure) {
  const std::string dir = MakeTempDir();
  WriteFile(dir + "/r.jsonl", RealRecord("r1", "You thief, pay now.", "[\"abuse\", \"identity?\"]") +
                                  RealRecord("r2", "Thank you for your payment.", "[\"none\"]"));
  std::vector<CorpusRecord> records;
  ASSERT_TRUE(ReadCorpus({dir}, &records).empty());
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].categories, std::vector<std::string>{"abuse"});
  EXPECT_EQ(records[0].unsure, std::vector<std::string>{"identity"});
  EXPECT_EQ(records[0].split, SplitOf("r1"));
  EXPECT_TRUE(records[1].categories.empty());
}

TEST(Corpus, ASplitThatDisagreesWithTheIdIsAnError) {
  const std::string dir = MakeTempDir();
  const std::string wrong = SplitOf("r1") == "dev" ? "test" : "dev";
  WriteFile(dir + "/r.jsonl", "{\"id\": \"r1\", \"text\": \"a\", \"labels\": [\"none\"], \"split\": \"" + wrong +
                                  "\"}\n{\"id\": \"r2\", \"text\": \"a\", \"labels\": [\"none\", \"abuse\"]}\n"
                                  "{\"id\": \"r3\", \"text\": \"a\", \"labels\": []}\n");
  std::vector<CorpusRecord> records;
  Errors errors = ReadCorpus({dir + "/r.jsonl"}, &records);
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0].ToString(), dir + "/r.jsonl:1: 'split' is \"" + wrong + "\" but id 'r1' belongs to \"" +
                                      SplitOf("r1") +
                                      "\" (the split is fixed by the id; records never move between splits)");
  EXPECT_EQ(errors[1].ToString(), dir + "/r.jsonl:2: 'none' cannot be combined with other labels");
  EXPECT_EQ(errors[2].ToString(), dir + "/r.jsonl:3: 'labels' is empty: write [\"none\"] for a compliant message");
}

TEST(Metrics, UnsureLabelsAreNotScoredAndMicroSumsCategories) {
  const std::string dir = MakeTempDir();
  WriteFile(dir + "/r.jsonl", RealRecord("r1", "a", "[\"abuse\", \"identity?\"]") +
                                  RealRecord("r2", "b", "[\"none\"]") + RealRecord("r3", "c", "[\"none\"]"));
  std::vector<CorpusRecord> records;
  ASSERT_TRUE(ReadCorpus({dir}, &records).empty());
  RuleSet rules;
  ASSERT_TRUE(LoadRuleSet(PackSources{}, &rules).empty());
  std::vector<Flags> flags = {
      {{"abuse.accusation", "thief"}, {"identity.missing-sender", "pay"}},
      {{"threat.police", "police", Severity::kError}},
      {{"pressure.bare-command", "pay", Severity::kWarning}},
  };
  EvalResult r = Evaluate(rules, Selection{}, records, flags);
  EXPECT_EQ(r.categories["identity"].tp + r.categories["identity"].fp + r.categories["identity"].fn, 0);
  EXPECT_EQ(r.micro.tp, 1);
  EXPECT_EQ(r.micro.fp, 2);
  EXPECT_EQ(r.micro.fn, 0);
  EXPECT_EQ(r.compliant, 2);
  EXPECT_EQ(r.compliant_with_error, 1);
  EXPECT_DOUBLE_EQ(r.compliant_error_rate(), 0.5);
}

TEST(EvalCli, SplitsAreScoredAloneAndTheTestSplitIsNeverListed) {
  const std::string dir = MakeTempDir();
  // Ids from both splits.
  std::string records;
  int dev = 0, test = 0;
  for (int i = 0; dev < 2 || test < 2; ++i) {
    const std::string id = "r" + std::to_string(i);
    (SplitOf(id) == "dev" ? dev : test)++;
    records += RealRecord(id, "Halo, apa kabar?", "[\"abuse\"]");
  }
  WriteFile(dir + "/r.jsonl", records);
  testing::RunOutput d = RunSantun({"eval", dir, "--split", "dev", "--format", "json"});
  EXPECT_EQ(d.exit_code, 0) << d.err;
  EXPECT_NE(d.out.find("\"messages\": " + std::to_string(dev) + ","), std::string::npos) << d.out;
  testing::RunOutput shown = RunSantun({"eval", dir, "--split", "test", "--show"});
  EXPECT_EQ(shown.exit_code, 2);
  EXPECT_EQ(shown.err,
            "santun: error: --show lists messages; the test split is scored, not studied (use --split dev)\n");
  testing::RunOutput floor = RunSantun({"eval", dir, "--split", "test", "--min-micro-f1", "0.99", "--select", "abuse"});
  EXPECT_EQ(floor.exit_code, 1);
  EXPECT_NE(floor.err.find("micro-averaged F1 0 is below the floor 0.99"), std::string::npos) << floor.err;
}

}  // namespace
}  // namespace santun
