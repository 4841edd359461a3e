// Runs every example of every shipped rule: one test case per example.
#include <gtest/gtest.h>

#include "engine/linter.h"
#include "engine/rule_tests.h"
#include "ruleset/load_rules.h"

namespace santun {
namespace {

const RuleSet& Shipped() {
  static const RuleSet* rules = [] {
    auto* set = new RuleSet;
    Errors errors = LoadRuleSet(PackSources{}, set);
    for (const Error& e : errors) ADD_FAILURE() << e.ToString();
    return set;
  }();
  return *rules;
}

const Linter& ShippedLinter() {
  static const Linter* linter = new Linter(Shipped());
  return *linter;
}

struct ExampleRef {
  const Rule* rule;
  size_t index;
};

std::vector<ExampleRef> AllExamples() {
  std::vector<ExampleRef> refs;
  for (const Rule& r : Shipped().rules()) {
    for (size_t i = 0; i < r.examples.size(); ++i) refs.push_back({&r, i});
  }
  return refs;
}

void PrintTo(const ExampleRef& ref, std::ostream* os) {
  *os << ref.rule->file << ":" << ref.rule->examples[ref.index].line;
}

class RuleExample : public ::testing::TestWithParam<ExampleRef> {};

TEST_P(RuleExample, Holds) {
  const ExampleRef& ref = GetParam();
  const santun::RuleExample& example = ref.rule->examples[ref.index];
  std::string failure = RunExample(ShippedLinter(), *ref.rule, example);
  EXPECT_EQ(failure, "") << ref.rule->file << ":" << example.line << ": example " << ref.index + 1 << " of rule "
                         << ref.rule->id;
}

std::string ExampleName(const ::testing::TestParamInfo<ExampleRef>& info) {
  // The pack file tells language and profile variants of one id apart.
  const std::string& file = info.param.rule->file;
  std::string pack = file.substr(file.rfind('/') + 1);
  pack = pack.substr(0, pack.rfind('.'));
  std::string name = info.param.rule->id + "_" + pack + "_" + std::to_string(info.param.index + 1);
  for (char& c : name) {
    if (!isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Shipped, RuleExample, ::testing::ValuesIn(AllExamples()), ExampleName);

TEST(RuleTests, AWrongExampleIsReportedWithFileLineAndMarkers) {
  PackContents rules;
  const char* pack = R"([pack]
langs = ["id"]
[[rule]]
id = "abuse.test"
severity = "error"
summary = "s"
message = "m"
why = "w"
terms = ["penipu"]
[[rule.example]]
text = "dasar <<penipu>>"
[[rule.example]]
text = "kamu <<maling>>"
[[rule.example]]
text = "bukan penipu"
)";
  ASSERT_TRUE(LoadPack({"tmp/x.toml", pack}, &rules).empty());
  RuleSet set;
  ASSERT_TRUE(RuleSet::Build(std::move(rules), &set).empty());
  Linter linter(set);
  RuleTestReport report = RunAllExamples(linter);
  EXPECT_EQ(report.examples, 3);
  ASSERT_EQ(report.failures.size(), 2u);
  EXPECT_EQ(report.failures[0].ToString(),
            "tmp/x.toml:12: example 2 of rule abuse.test: expected \"kamu <<maling>>\", got nothing");
  EXPECT_EQ(report.failures[1].ToString(),
            "tmp/x.toml:14: example 3 of rule abuse.test: expected no diagnostic, got \"bukan <<penipu>>\"");
}

// The hook for personal-data rules: `mask = true` masks the hit (with the
// value a check provides as ${masked}, else a generic mask), and the example's
// `fixed` text is checked like any other.
TEST(RuleTests, MaskFixAndFixedExamples) {
  PackContents rules;
  const char* pack = R"([pack]
langs = ["id"]
[[rule]]
id = "privacy.test-number"
severity = "warning"
summary = "s"
message = "m"
why = "w"
patterns = ['\bnik\W+(?P<hit>\d{16})\b']
[rule.fix]
mask = true
title = "samarkan nomor"
applicability = "safe"
[[rule.example]]
text = "NIK <<3275014601920007>> sudah kami catat."
fixed = "NIK ************0007 sudah kami catat."
)";
  ASSERT_TRUE(LoadPack({"tmp/p.toml", pack}, &rules).empty());
  RuleSet set;
  ASSERT_TRUE(RuleSet::Build(std::move(rules), &set).empty());
  Linter linter(set);
  RuleTestReport report = RunAllExamples(linter);
  EXPECT_EQ(report.examples, 1);
  for (const ExampleFailure& f : report.failures) ADD_FAILURE() << f.ToString();
}

}  // namespace
}  // namespace santun
