#include "engine/rule_tests.h"

#include <algorithm>

#include "fix/apply.h"
#include "ruleset/example_text.h"

namespace santun {
namespace {

std::string Quote(const std::string& s) { return "\"" + s + "\""; }

// Checks what the example asks for; "" when it holds.
std::string Evaluate(const Linter& linter, const Rule& rule, const RuleExample& example) {
  // Every rule runs, as for a user; only this rule's diagnostics count.
  // Relative dates resolve against a fixed day unless the example says.
  MessageOptions options;
  options.template_mode = example.template_mode.value_or(false);
  options.today = example.today.empty() ? kExampleToday : example.today;
  options.send_at = example.send_at;
  options.tz = example.tz;
  options.profile = example.profile.empty() ? (rule.profiles.size() == 1 ? rule.profiles[0] : "auto") : example.profile;
  options.channel = example.channel;
  std::string lang = example.lang;
  if (lang.empty()) lang = rule.langs.empty() || rule.langs[0] == "*" ? "auto" : rule.langs[0];
  options.lang = lang;
  SourceText source("example", example.text);
  LintResult result = linter.Lint(source, options);
  std::vector<Span> got;
  std::vector<const Fix*> fixes;
  for (const Diagnostic& d : result.diagnostics) {
    if (d.rule->id != rule.id) continue;
    got.push_back(d.span);
    for (const Fix& f : d.fixes) fixes.push_back(&f);
  }
  std::vector<Span> expected = example.expected;
  std::sort(expected.begin(), expected.end());
  std::sort(got.begin(), got.end());
  if (got != expected) {
    if (expected.empty()) {
      return "expected no diagnostic, got " + Quote(MarkSpans(example.text, got));
    }
    return "expected " + Quote(MarkSpans(example.text, expected)) + ", got " +
           (got.empty() ? std::string("nothing") : Quote(MarkSpans(example.text, got)));
  }
  if (example.fixed) {
    if (rule.fix.kind == FixSpec::Kind::kNone) return "'fixed' is given but the rule has no fix";
    std::string fixed = ApplyFixes(example.text, fixes);
    if (fixed != *example.fixed) {
      return "expected fixed text " + Quote(*example.fixed) + ", got " + Quote(fixed);
    }
  }
  return "";
}

}  // namespace

std::string ExampleFailure::ToString() const {
  return file + ":" + std::to_string(line) + ": example " + std::to_string(index) + " of rule " + rule_id + ": " +
         message;
}

std::string RunExample(const Linter& linter, const Rule& rule, const RuleExample& example) {
  std::string failure = Evaluate(linter, rule, example);
  if (example.known.empty()) return failure;
  if (failure.empty()) {
    return "known gap (" + example.known + ") now passes: remove 'known' from the example";
  }
  return "";
}

RuleTestReport RunAllExamples(const Linter& linter) {
  RuleTestReport report;
  for (const Rule& rule : linter.rules().rules()) {
    ++report.rules;
    int index = 0;
    for (const RuleExample& example : rule.examples) {
      ++index;
      ++report.examples;
      if (!example.known.empty()) ++report.known_gaps;
      std::string failure = RunExample(linter, rule, example);
      if (!failure.empty()) {
        report.failures.push_back({rule.file, example.line, rule.id, index, failure});
      }
    }
  }
  return report;
}

}  // namespace santun
