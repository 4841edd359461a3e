// santun explain: a rule's documentation, generated from its TOML.
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "core/suggest.h"
#include "ruleset/categories.h"
#include "ruleset/example_text.h"

namespace santun::cli {
namespace {

// What a fix does, in words: "replaces the sentence with: …".
std::string FixAction(const FixSpec& fix) {
  static const char* kRanges[] = {"the flagged text", "the sentence", "the rest of the sentence", "", ""};
  const std::string range = kRanges[static_cast<int>(fix.range)];
  switch (fix.kind) {
    case FixSpec::Kind::kReplace:
      if (fix.range == FixSpec::Range::kAfterSentence) return "adds after the sentence: " + fix.replacement;
      if (fix.range == FixSpec::Range::kEndOfClause) {
        return "moves the flagged text to the end of its clause as: " + fix.replacement;
      }
      return "replaces " + range + " with: " + fix.replacement;
    case FixSpec::Kind::kRemove: return "removes " + range;
    case FixSpec::Kind::kMask: return "masks the flagged text";
    case FixSpec::Kind::kFromCheck: return "the check computes the edits";
    case FixSpec::Kind::kNone: break;
  }
  return "";
}

struct ExplainOptions {
  std::string id;
  RuleOptions rules;
};

void ExplainVariant(const Rule& r, std::ostream& out) {
  out << "\n## " << r.id << " [" << (r.langs.empty() ? "" : r.langs[0]);
  for (size_t i = 1; i < r.langs.size(); ++i) out << "," << r.langs[i];
  out << "]  (" << r.file << ":" << r.line << ")\n\n";
  out << "What it flags\n  " << r.summary << "\n\n";
  out << "Why it is bad\n  " << r.why << "\n\n";
  out << "Message\n  " << r.message << "\n\n";
  out << "Examples\n";
  for (const RuleExample& e : r.examples) {
    const char* kind = !e.known.empty() ? "known gap" : e.positive() ? "flags" : "passes";
    out << "  " << kind << ": " << MarkSpans(e.text, e.expected) << "\n";
    if (e.fixed) out << "    fixed: " << *e.fixed << "\n";
    if (!e.known.empty()) out << "    (" << e.known << ")\n";
  }
  if (!r.suggestion.empty()) out << "\nUse instead\n  " << r.suggestion << "\n";
  out << "\nFix\n  ";
  if (r.fix.kind == FixSpec::Kind::kNone) {
    out << "none\n";
  } else {
    out << r.fix.title << " (" << ApplicabilityName(r.fix.applicability) << ")\n  " << FixAction(r.fix) << "\n";
  }
  out << "\nReferences\n";
  if (r.refs.empty()) out << "  none\n";
  for (const std::string& ref : r.refs) out << "  - " << ref << "\n";
}

int RunExplain(const ExplainOptions& opt) {
  RuleSet rules;
  if (!LoadRules(opt.rules, &rules)) return kExitUsage;
  if (IsCategory(opt.id)) {
    std::cout << "# category " << opt.id << "\n\n";
    for (const std::string& id : rules.ids()) {
      const Rule& r = *rules.Variants(id).front();
      if (r.category == opt.id) std::cout << id << "  " << SeverityName(r.severity) << "  " << r.summary << "\n";
    }
    return kExitClean;
  }
  std::vector<const Rule*> variants = rules.Variants(opt.id);
  if (variants.empty()) {
    PrintError("unknown rule '" + opt.id + "'" + DidYouMean(opt.id, rules.ids()));
    return kExitUsage;
  }
  const Rule& first = *variants.front();
  std::cout << "# " << first.id << "\n\ncategory: " << first.category << "\nseverity: " << SeverityName(first.severity)
            << "\n";
  for (const Rule* r : variants) ExplainVariant(*r, std::cout);
  return kExitClean;
}

}  // namespace

Command AddExplainCommand(CLI::App& app) {
  auto opt = std::make_shared<ExplainOptions>();
  CLI::App* cmd =
      app.add_subcommand("explain", "Explain a rule (or list a category): what, why, examples, fix, references");
  cmd->add_option("rule", opt->id, "Rule id (e.g. abuse.accusation) or category")->required()->type_name("RULE-ID");
  AddRuleOptions(cmd, &opt->rules);
  return {cmd, [opt] { return RunExplain(*opt); }};
}

}  // namespace santun::cli
