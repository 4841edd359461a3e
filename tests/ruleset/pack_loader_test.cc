#include "ruleset/pack_loader.h"

#include <gtest/gtest.h>

#include "ruleset/load_rules.h"
#include "ruleset/rule_set.h"

namespace santun {
namespace {

// A valid rule, to which tests add or change a line.
const char* kRuleHead = R"([pack]
langs = ["id"]

[[rule]]
id = "abuse.test"
severity = "error"
summary = "s"
message = "m '{match}'"
why = "w"
terms = ["penipu"]
)";

const char* kExample = R"(
[[rule.example]]
text = "dasar <<penipu>>"
)";

std::vector<std::string> Load(const std::string& content, std::vector<Rule>* rules = nullptr) {
  PackContents local;
  Errors errors = LoadPack({"rules/x.toml", content}, &local);
  if (rules) *rules = local.rules;
  std::vector<std::string> out;
  for (const Error& e : errors) out.push_back(e.ToString());
  return out;
}

TEST(PackLoader, LoadsAValidRule) {
  std::vector<Rule> rules;
  EXPECT_TRUE(Load(std::string(kRuleHead) + "suffixes = [\"nya\"]\nnegation = true\n" + kExample, &rules).empty());
  ASSERT_EQ(rules.size(), 1u);
  const Rule& r = rules[0];
  EXPECT_EQ(r.id, "abuse.test");
  EXPECT_EQ(r.category, "abuse");
  EXPECT_EQ(r.severity, Severity::kError);
  EXPECT_EQ(r.langs, std::vector<std::string>{"id"});
  EXPECT_TRUE(r.negation);
  EXPECT_EQ(r.file, "rules/x.toml");
  EXPECT_EQ(r.line, 4);
  ASSERT_EQ(r.examples.size(), 1u);
  EXPECT_EQ(r.examples[0].text, "dasar penipu");
  EXPECT_EQ(r.examples[0].expected, (std::vector<Span>{{6, 12}}));
  EXPECT_EQ(r.examples[0].line, 14);
  EXPECT_EQ(r.matchers.size(), 1u);  // one term, one atom
}

TEST(PackLoader, UnknownKeyWithSuggestion) {
  std::string pack = R"([pack]
langs = ["id"]
[[rule]]
sevrity = "error"
)";
  auto errors = Load(pack);
  ASSERT_FALSE(errors.empty());
  EXPECT_EQ(errors[0], "rules/x.toml:4: unknown key 'sevrity', did you mean 'severity'?");
}

TEST(PackLoader, ExceptionScopes) {
  std::vector<Rule> rules;
  EXPECT_TRUE(
      Load(std::string(kRuleHead) + kExample + "[[rule.exception]]\nterms = [\"waspada\"]\nscope = \"message\"\n",
           &rules)
          .empty());
  ASSERT_EQ(rules.size(), 1u);
  ASSERT_EQ(rules[0].exceptions.size(), 1u);
  EXPECT_EQ(rules[0].exceptions[0].scope, RuleException::Scope::kMessage);
  auto errors =
      Load(std::string(kRuleHead) + kExample + "[[rule.exception]]\nterms = [\"waspada\"]\nscope = \"mesage\"\n");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0], "rules/x.toml:16: rule 'abuse.test': unknown exception scope 'mesage', did you mean 'message'?");
}

TEST(PackLoader, UnknownTopLevelAndExampleKeys) {
  auto errors = Load(std::string("[pakc]\nx = 1\n") + kRuleHead + kExample + "txet = \"a\"\n");
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0], "rules/x.toml:1: unknown key 'pakc', did you mean 'pack'?");
  EXPECT_EQ(errors[1], "rules/x.toml:16: unknown key 'txet', did you mean 'text'?");
}

TEST(PackLoader, WrongTypeNamesRuleAndLine) {
  std::string pack = std::string(kRuleHead) + "negation = \"yes\"\n" + kExample;
  auto errors = Load(pack);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0], "rules/x.toml:11: rule 'abuse.test': 'negation' must be a boolean, not a string");
}

TEST(PackLoader, BadPatternNamesRuleAndLine) {
  std::string pack = std::string(kRuleHead) + "patterns = ['bayar(']\n" + kExample;
  auto errors = Load(pack);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0], "rules/x.toml:11: rule 'abuse.test': invalid pattern 'bayar(': missing ): bayar(");
}

TEST(PackLoader, SyntaxErrorHasALine) {
  auto errors = Load("[pack]\nlangs = [\"id\"\n[[rule]]\n");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].rfind("rules/x.toml:", 0), 0u);
  EXPECT_NE(errors[0].find("TOML syntax error"), std::string::npos);
}

TEST(PackLoader, InvalidUtf8IsReportedNotParsed) {
  // An ill-formed sequence inside a literal string made toml11 read past
  // its buffer (fuzz_pack); the loader stops at the first bad byte.
  auto errors = Load("[pack]\nlangs = [\"id\"]\npatterns = ['\\bm\x97\xd4\x93']\n");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0], "rules/x.toml:3: invalid UTF-8 at byte 38 (TOML files are UTF-8)");
}

TEST(PackLoader, RuleWithoutPositiveExampleDoesNotLoad) {
  std::vector<Rule> rules;
  auto errors = Load(std::string(kRuleHead) + "[[rule.example]]\ntext = \"sopan\"\n", &rules);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0],
            "rules/x.toml:4: rule 'abuse.test': no positive example: add a [[rule.example]] "
            "whose text marks what the rule flags with <<...>>");
  EXPECT_TRUE(rules.empty());
}

TEST(PackLoader, InvalidValues) {
  std::string pack = R"([pack]
langs = ["id"]
[[rule]]
id = "thret.x"
severity = "eror"
langs = ["jv"]
summary = "s"
message = "m"
why = "w"
terms = ["a"]
[[rule.example]]
text = "<<a"
)";
  auto errors = Load(pack);
  ASSERT_EQ(errors.size(), 5u);
  EXPECT_EQ(errors[0], "rules/x.toml:4: rule 'thret.x': unknown category 'thret', did you mean 'threat'?");
  EXPECT_EQ(errors[1], "rules/x.toml:5: rule 'thret.x': unknown severity 'eror', did you mean 'error'?");
  EXPECT_EQ(errors[2], "rules/x.toml:3: rule 'thret.x': unknown language 'jv'");
  EXPECT_EQ(errors[3], "rules/x.toml:12: rule 'thret.x': example text: '<<' marker is never closed");
  EXPECT_EQ(errors[4].find("rules/x.toml:3: rule 'thret.x': no positive example"), 0u);
}

TEST(PackLoader, MissingRequiredKeysAndNothingToMatch) {
  auto errors = Load("[[rule]]\nid = \"abuse.x\"\nlangs = [\"id\"]\nseverity = \"info\"\n");
  std::vector<std::string> expected = {
      "rules/x.toml:1: rule 'abuse.x': missing required key 'summary'",
      "rules/x.toml:1: rule 'abuse.x': missing required key 'message'",
      "rules/x.toml:1: rule 'abuse.x': missing required key 'why'",
      "rules/x.toml:1: rule 'abuse.x': nothing to match: give 'terms', 'stems', 'patterns' or 'check'",
  };
  ASSERT_GE(errors.size(), expected.size());
  for (size_t i = 0; i < expected.size(); ++i) EXPECT_EQ(errors[i], expected[i]);
}

TEST(PackLoader, CheckParamsAreValidated) {
  std::string pack = R"([[rule]]
id = "pressure.x"
langs = ["id"]
severity = "warning"
summary = "s"
message = "m"
why = "w"
check = "caps"
[rule.params]
min_leters = 3
min_words = "two"
[[rule.example]]
text = "<<AAAA BBBB CCCC>>"
)";
  auto errors = Load(pack);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0], "rules/x.toml:10: unknown key 'min_leters', did you mean 'min_letters'?");
  EXPECT_EQ(errors[1], "rules/x.toml:11: rule 'pressure.x': 'min_words' must be an integer, not a string");
}

TEST(PackLoader, CheckParamValuesMustBeOfTheirChoices) {
  std::string pack = R"([[rule]]
id = "privacy.x"
langs = ["id"]
severity = "error"
summary = "s"
message = "{detail} {match}"
why = "w"
check = "personal-data"
[rule.params]
types = ["nik", "nikk"]
min_confidence = "hgih"
[[rule.example]]
text = "NIK: <<3275014601920007>>"
)";
  auto errors = Load(pack);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0], "rules/x.toml:10: rule 'privacy.x': unknown types value 'nikk', did you mean 'nik'?");
  EXPECT_EQ(errors[1], "rules/x.toml:11: rule 'privacy.x': unknown min_confidence value 'hgih', did you mean 'high'?");
}

TEST(PackLoader, UnknownCheckAndFixErrors) {
  std::string pack = std::string(kRuleHead) + R"(
[rule.fix]
replace = "x"
remove = true
title = "t"
applicability = "sfae"
)" + kExample;
  auto errors = Load(pack);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0],
            "rules/x.toml:12: rule 'abuse.test': a fix needs exactly one of 'replace', "
            "'remove = true', 'remove_sentence = true', 'mask = true' or 'from_check = true'");
}

TEST(PackLoader, FixTemplatesRangesAndWords) {
  std::vector<Rule> rules;
  std::string ok = std::string(kRuleHead) + R"toml(patterns = ['(?P<verb>bayar)\s+(?P<hit>sekarang)']
[rule.fix]
replace = "paling lambat ${due_date:-[tanggal jatuh tempo]} (${verb}, $1)"
range = "rest-of-sentence"
title = "t"
applicability = "unsafe"
)toml" + kExample;
  EXPECT_EQ(Load(ok, &rules), std::vector<std::string>{});
  ASSERT_EQ(rules.size(), 1u);
  EXPECT_EQ(rules[0].fix.kind, FixSpec::Kind::kReplace);
  EXPECT_EQ(rules[0].fix.range, FixSpec::Range::kRestOfSentence);
  EXPECT_EQ(rules[0].fix.applicability, Applicability::kUnsafe);

  auto errors = Load(std::string(kRuleHead) + "[rule.fix]\nreplace = \"${amout}\"\ntitle = \"t\"\n" + kExample);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0],
            "rules/x.toml:12: rule 'abuse.test': replacement '${amout}' names 'amout', which neither "
            "the rule's patterns nor its check provide, did you mean 'amount'?");
  errors = Load(std::string(kRuleHead) + "[rule.fix]\nreplace = \"$\"\ntitle = \"t\"\n" + kExample);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].find("'$' at the end"), std::string::npos);
  errors = Load(std::string(kRuleHead) + "[rule.fix]\nremove = true\nrange = \"sentense\"\ntitle = \"t\"\n" + kExample);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0], "rules/x.toml:13: rule 'abuse.test': unknown fix range 'sentense', did you mean 'sentence'?");
  errors = Load(std::string(kRuleHead) + "[rule.fix]\nmask = true\nrange = \"sentence\"\ntitle = \"t\"\n" + kExample);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].find("range 'sentence' does not go with this kind of fix"), std::string::npos);
  errors = Load(std::string(kRuleHead) + "[rule.fix]\nfrom_check = true\ntitle = \"t\"\n" + kExample);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].find("'from_check = true' needs a check that computes fix edits"), std::string::npos);
  errors = Load(std::string(kRuleHead) + "[rule.fix]\nreplace = \"x\"\nwith_words = [\"dasar\"]\ntitle = \"t\"\n" +
                kExample);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].find("'with_words' goes with 'remove = true' only"), std::string::npos);
}

TEST(RuleSet, DuplicateIdsInOneLanguageAreRejected) {
  PackContents rules;
  std::string pack = std::string(kRuleHead) + kExample;
  ASSERT_TRUE(LoadPack({"rules/a.toml", pack}, &rules).empty());
  ASSERT_TRUE(LoadPack({"rules/b.toml", pack}, &rules).empty());
  RuleSet set;
  Errors errors = RuleSet::Build(std::move(rules), &set);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].ToString(), "rules/b.toml:4: duplicate rule id 'abuse.test' (also defined at rules/a.toml:4)");
}

TEST(RuleSet, LanguageVariantsShareAnId) {
  PackContents rules;
  std::string id_pack = std::string(kRuleHead) + kExample;
  std::string en_pack = id_pack;
  en_pack.replace(en_pack.find("[\"id\"]"), 6, "[\"en\"]");
  ASSERT_TRUE(LoadPack({"rules/a.id.toml", id_pack}, &rules).empty());
  ASSERT_TRUE(LoadPack({"rules/a.en.toml", en_pack}, &rules).empty());
  RuleSet set;
  EXPECT_TRUE(RuleSet::Build(std::move(rules), &set).empty());
  EXPECT_EQ(set.ids(), std::vector<std::string>{"abuse.test"});
  EXPECT_EQ(set.Variants("abuse.test").size(), 2u);
}

TEST(RuleSet, BuiltinPacksLoadAndEveryRuleIsDocumented) {
  RuleSet set;
  Errors errors = LoadRuleSet(PackSources{}, &set);
  for (const Error& e : errors) ADD_FAILURE() << e.ToString();
  ASSERT_FALSE(set.rules().empty());
  for (const Rule& r : set.rules()) {
    // santun.* rules are about the linter's own comments, not conduct.
    if (r.category != "santun") EXPECT_FALSE(r.refs.empty()) << r.id << " in " << r.file << " cites no regulation";
    EXPECT_FALSE(r.summary.empty()) << r.id;
    int positives = 0, negatives = 0;
    for (const RuleExample& e : r.examples) (e.positive() ? positives : negatives)++;
    EXPECT_GE(positives, 1) << r.id;
    EXPECT_GE(negatives, 1) << r.id << " in " << r.file << " has no negative example";
  }
}

}  // namespace
}  // namespace santun
