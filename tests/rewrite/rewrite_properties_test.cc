// The rewrite and --fix properties, over every message of the labelled corpus:
// (a) a rewrite lints with no error in template mode;
// (b) every amount and valid date of the original is in the rewrite, byte for byte;
// (c) rewriting a rewrite changes nothing;
// (d) --fix (safe or unsafe) never changes a message that had no diagnostics;
// (e) no fix chain (unsafe, to a fixed point) empties a message, here or in corpus/real.
#include <gtest/gtest.h>

#include "text/ascii.h"

#include "engine/facts.h"
#include "engine/rule_tests.h"
#include "engine/send_time.h"
#include "eval/corpus.h"
#include "fix/content_guard.h"
#include "rewrite/fix_loop.h"
#include "rewrite/rewrite.h"
#include "ruleset/load_rules.h"
#include "support/run.h"

namespace santun {
namespace {

const Linter& ShippedLinter() {
  static const RuleSet* rules = [] {
    auto* set = new RuleSet;
    EXPECT_TRUE(LoadRuleSet(PackSources{}, set).empty());
    return set;
  }();
  static const Linter* linter = new Linter(*rules);
  return *linter;
}

const std::vector<CorpusRecord>& Corpus() {
  static const std::vector<CorpusRecord>* records = [] {
    auto* r = new std::vector<CorpusRecord>;
    EXPECT_TRUE(ReadCorpus({testing::SourcePath("corpus")}, r).empty());
    return r;
  }();
  return *records;
}

RewriteOptions OptionsFor(const CorpusRecord& r) {
  RewriteOptions o;
  o.lang = r.lang.empty() ? "auto" : r.lang;
  o.today = r.today.empty() ? kExampleToday : r.today;
  return o;
}

// Reports at most a few failures of one property, each with the record id.
class Failures {
 public:
  void Add(const CorpusRecord& r, const std::string& what) {
    ++count_;
    if (count_ <= 8) text_ += r.id + ": " + what + "\n";
  }
  std::string Report() const { return count_ == 0 ? "" : std::to_string(count_) + " messages:\n" + text_; }

 private:
  int count_ = 0;
  std::string text_;
};

TEST(RewriteProperties, HoldOverTheWholeCorpus) {
  ASSERT_GT(Corpus().size(), 500u);
  Failures errors, facts_lost, not_idempotent;
  for (const CorpusRecord& r : Corpus()) {
    for (const char* profile : {"auto", "us"}) {
      RewriteOptions options = OptionsFor(r);
      options.profile = profile;
      const SourceText source(r.id, r.text);
      const RewriteResult result = Rewrite(ShippedLinter(), source, options);
      for (const Diagnostic& d : result.remaining.diagnostics) {
        if (d.severity == Severity::kError) errors.Add(r, d.rule->id + " '" + d.matched + "' in:\n" + result.text);
      }
      const AllowList no_allow;
      Facts facts(source, result.lang, *ParseIsoDate(options.today), true, no_allow);
      for (const Amount& a : facts.amounts()) {
        const std::string t(r.text.substr(a.span.begin, a.span.size()));
        if (result.text.find(t) == std::string::npos) facts_lost.Add(r, "amount '" + t + "' in:\n" + result.text);
      }
      for (const DateMention& d : facts.dates()) {
        const std::string t(r.text.substr(d.span.begin, d.span.size()));
        // A shouted date is restated in sentence case ("DECEMBER 18, 2026" ->
        // "December 18, 2026"): the date is kept, only its capitals are not.
        if (d.valid && ascii::ToLower(result.text).find(ascii::ToLower(t)) == std::string::npos) {
          facts_lost.Add(r, "date '" + t + "' in:\n" + result.text);
        }
      }
      const RewriteResult again = Rewrite(ShippedLinter(), SourceText(r.id, result.text), options);
      if (again.text != result.text) not_idempotent.Add(r, "first:\n" + result.text + "\nsecond:\n" + again.text);
    }
  }
  EXPECT_EQ(errors.Report(), "") << "(a) rewrites with errors in template mode";
  EXPECT_EQ(facts_lost.Report(), "") << "(b) amounts or dates lost";
  EXPECT_EQ(not_idempotent.Report(), "") << "(c) rewriting a rewrite changed it";
}

TEST(FixProperties, FixNeverChangesAMessageWithoutDiagnostics) {
  Failures changed;
  int clean = 0;
  for (const CorpusRecord& r : Corpus()) {
    MessageOptions message;
    message.lang = r.lang.empty() ? "auto" : r.lang;
    message.template_mode = r.mode == "template";
    message.today = r.today.empty() ? kExampleToday : r.today;
    const SourceText source(r.id, r.text);
    if (!ShippedLinter().Lint(source, message).diagnostics.empty()) continue;
    ++clean;
    for (Applicability level : {Applicability::kSafe, Applicability::kUnsafe}) {
      const FixLoopResult fixed = FixUntilStable(ShippedLinter(), r.id, r.text, message, {level, 10});
      if (fixed.text != r.text || fixed.applied != 0) changed.Add(r, "changed to:\n" + fixed.text);
    }
  }
  EXPECT_GT(clean, 100);
  EXPECT_EQ(changed.Report(), "") << "(d)";
}

TEST(FixProperties, SafeFixesConvergeAndLeaveNothingFixable) {
  Failures left;
  for (const CorpusRecord& r : Corpus()) {
    MessageOptions message;
    message.lang = r.lang.empty() ? "auto" : r.lang;
    message.template_mode = r.mode == "template";
    message.today = r.today.empty() ? kExampleToday : r.today;
    const FixLoopResult fixed = FixUntilStable(ShippedLinter(), r.id, r.text, message, {Applicability::kSafe, 10});
    if (!PermittedFixes(fixed.remaining.diagnostics, Applicability::kSafe).empty()) {
      left.Add(r, "still fixable after " + std::to_string(fixed.passes) + " passes:\n" + fixed.text);
    }
  }
  EXPECT_EQ(left.Report(), "");
}

}  // namespace
}  // namespace santun

namespace santun {
namespace {

TEST(FixProperties, NoFixChainEmptiesAMessage) {
  std::vector<CorpusRecord> records;
  ASSERT_TRUE(ReadCorpus({testing::SourcePath("corpus")}, &records).empty());
  ASSERT_GT(records.size(), 1000u);  // the labelled corpus and corpus/real
  Failures failures;
  for (const CorpusRecord& r : records) {
    MessageOptions message;
    message.lang = r.lang.empty() ? "auto" : r.lang;
    message.template_mode = r.mode == "template";
    message.today = r.today.empty() ? kExampleToday : r.today;
    const FixLoopResult fixed = FixUntilStable(ShippedLinter(), r.id, r.text, message, {Applicability::kUnsafe, 10});
    if (!HasContent(fixed.text)) failures.Add(r, "emptied to '" + fixed.text + "'");
  }
  EXPECT_EQ(failures.Report(), "");
}

}  // namespace
}  // namespace santun
