// The rule types are decoded from TOML (pack_loader.cc) and from the
// embedded blob (rule_codec.cc). FieldsOf (ruleset/rule_fields.h) lists
// every member; a member added to Rule, FixSpec, RuleExample, RuleException
// or Lexicon stops rule_fields.h compiling until it is listed, the codec
// then carries it, and these tests fail until the pack loader reads it and
// kEveryKey below sets it.
#include "ruleset/rule_fields.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ruleset/pack_loader.h"
#include "ruleset/rule_codec.h"

namespace santun {
namespace {

// A pack that gives every member of every rule type a value other than its
// default, in at least one rule, example, exception or lexicon.
const char kEveryKey[] = R"([pack]
description = "every key of the rule format"
langs = ["id"]

[[lexicon]]
name = "minta"
langs = ["id", "en"]
terms = ["bayar"]
stems = ["tagih"]
patterns = ["lunas+i"]
prefixes = ["di"]
suffixes = ["kan"]

[[rule]]
id = "abuse.every-key"
severity = "error"
langs = ["id", "en"]
summary = "what it flags"
message = "tuduhan '{match}'"
why = "why it is bad"
refs = ["POJK 22/2023 Pasal 62"]
suggestion = "use instead"
terms = ["penipu"]
stems = ["tipu"]
patterns = ["mal(?P<x>i)ng"]
prefixes = ["si"]
suffixes = ["nya"]
negation = true
skip_quoted = true
profiles = ["id"]
unless = ["amount"]
unless_rules = ["abuse.other"]
opt_in = true
kinds = ["demand"]

[[rule.exception]]
terms = ["penipuan"]
scope = "sentence"

[rule.fix]
replace = "nasabah"
range = "sentence"
title = "replace the sentence"
applicability = "unsafe"

[[rule.example]]
text = "dasar <<penipu>>"
fixed = "nasabah"
lang = "id"
template = true
today = "2026-11-25"
send_at = "2026-11-25T09:00:00+07:00"
tz = "Asia/Jakarta"
profile = "id"
channel = "sms"

[[rule.example]]
text = "penipuan"
known = "a documented gap"

[[rule]]
id = "pressure.every-key"
severity = "warning"
summary = "shouting"
message = "shouting '{match}'"
why = "why"
check = "caps"
params = { min_letters = 4 }

[rule.fix]
remove = true
with_words = ["Dasar"]
title = "remove it"

[[rule.example]]
text = "<<BAYAR SEKARANG JUGA>>"
)";

PackContents LoadEveryKey() {
  PackContents contents;
  const Errors errors = LoadPack({"rules/every-key.toml", kEveryKey}, &contents);
  for (const Error& e : errors) ADD_FAILURE() << e.ToString();
  return contents;
}

// True when `a` and `b` differ: member by member for the rule types.
template <class T>
bool Differs(const T& a, const T& b);

template <class T>
bool DiffersVector(const std::vector<T>& a, const std::vector<T>& b) {
  if (a.size() != b.size()) return true;
  for (size_t i = 0; i < a.size(); ++i) {
    if (Differs(a[i], b[i])) return true;
  }
  return false;
}

template <class T>
bool Differs(const T& a, const T& b) {
  if constexpr (RuleType<T>) {
    return std::apply(
        [&](const auto&... x) {
          return std::apply([&](const auto&... y) { return (Differs(x, y) || ...); }, FieldsOf(b));
        },
        FieldsOf(a));
  } else if constexpr (requires {
                         typename T::value_type;
                         requires RuleType<typename T::value_type>;
                       }) {
    return DiffersVector(a, b);
  } else {
    return !(a == b);
  }
}

// Expects every member of T to differ from a default T in one of `values`.
template <class T>
void ExpectEveryMemberSet(const std::vector<T>& values, const char* type) {
  ASSERT_FALSE(values.empty()) << type;
  const T fresh{};
  constexpr size_t kMembers = std::tuple_size_v<decltype(FieldsOf(fresh))>;
  [&]<size_t... I>(std::index_sequence<I...>) {
    (
        [&] {
          bool set = false;
          for (const T& v : values) set |= Differs(std::get<I>(FieldsOf(v)), std::get<I>(FieldsOf(fresh)));
          EXPECT_TRUE(set) << type << " member #" << I << " (in the order of FieldsOf) is never read from the pack";
        }(),
        ...);
  }
  (std::make_index_sequence<kMembers>());
}

TEST(RuleFields, ThePackLoaderReadsEveryMember) {
  const PackContents c = LoadEveryKey();
  ASSERT_EQ(c.rules.size(), 2u);
  ExpectEveryMemberSet(c.rules, "Rule");
  ExpectEveryMemberSet(c.lexicons, "Lexicon");
  std::vector<FixSpec> fixes;
  std::vector<RuleExample> examples;
  std::vector<RuleException> exceptions;
  for (const Rule& r : c.rules) {
    fixes.push_back(r.fix);
    examples.insert(examples.end(), r.examples.begin(), r.examples.end());
    exceptions.insert(exceptions.end(), r.exceptions.begin(), r.exceptions.end());
  }
  ExpectEveryMemberSet(fixes, "FixSpec");
  ExpectEveryMemberSet(examples, "RuleExample");
  ExpectEveryMemberSet(exceptions, "RuleException");
}

TEST(RuleFields, TheCodecKeepsEveryMember) {
  const PackContents c = LoadEveryKey();
  const std::string blob = EncodeRules(c.rules, c.lexicons);
  PackContents decoded;
  ASSERT_TRUE(DecodeRules(blob, &decoded));
  ASSERT_EQ(decoded.rules.size(), c.rules.size());
  ASSERT_EQ(decoded.lexicons.size(), c.lexicons.size());
  EXPECT_EQ(EncodeRules(decoded.rules, decoded.lexicons), blob);
  // Members other than the compiled regexes compare directly.
  for (size_t i = 0; i < c.rules.size(); ++i) {
    EXPECT_EQ(decoded.rules[i].id, c.rules[i].id);
    EXPECT_EQ(decoded.rules[i].params, c.rules[i].params);
    EXPECT_FALSE(Differs(decoded.rules[i].fix, c.rules[i].fix));
    EXPECT_FALSE(Differs(decoded.rules[i].examples, c.rules[i].examples));
    ASSERT_EQ(decoded.rules[i].matchers.size(), c.rules[i].matchers.size());
    for (size_t m = 0; m < c.rules[i].matchers.size(); ++m) {
      EXPECT_EQ(decoded.rules[i].matchers[m]->source(), c.rules[i].matchers[m]->source());
      EXPECT_EQ(decoded.rules[i].matchers[m]->atom_clauses(), c.rules[i].matchers[m]->atom_clauses());
    }
  }
  // A truncated blob decodes to nothing.
  PackContents truncated;
  EXPECT_FALSE(DecodeRules(std::string_view(blob).substr(0, blob.size() - 1), &truncated));
  EXPECT_TRUE(truncated.rules.empty());
}

}  // namespace
}  // namespace santun
