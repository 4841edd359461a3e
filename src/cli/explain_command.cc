// santun explain: a rule's documentation, generated from its TOML.
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "core/suggest.h"
#include "report/rule_doc.h"
#include "ruleset/categories.h"
#include "ruleset/example_text.h"

namespace santun::cli {
namespace {

struct ExplainOptions {
  std::string id;
  bool all = false;
  std::string format = "text";
  std::string output;
  RuleOptions rules;
};

// --all: one page per rule id and an index, in Markdown or HTML, written
// into the output folder (files of ids that no longer exist are not removed).
int WriteAllPages(const ExplainOptions& opt, const RuleSet& rules) {
  const DocFormat format = opt.format == "html" ? DocFormat::kHtml : DocFormat::kMarkdown;
  std::error_code ec;
  std::filesystem::create_directories(opt.output, ec);
  if (ec) {
    PrintError("cannot create '" + opt.output + "': " + ec.message());
    return kExitInput;
  }
  auto write = [&](const std::string& id, const std::string& page) {
    const std::string path = opt.output + "/" + RulePageFile(id, format);
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (out << page && out.flush()) {
      out.close();
      if (!out.fail()) return true;
    }
    PrintError("cannot write '" + path + "': " + std::strerror(errno));
    return false;
  };
  for (const std::string& id : rules.ids()) {
    if (!write(id, RulePage(rules.Variants(id), format))) return kExitInput;
  }
  if (!write("index", RuleIndexPage(rules, format))) return kExitInput;
  std::cerr << "Wrote " << rules.ids().size() + 1 << " pages to " << opt.output << ".\n";
  return kExitClean;
}

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
  if (opt.all == !opt.id.empty()) {
    PrintError(opt.all ? "explain: give a rule id or --all, not both" : "explain: give a rule id, or --all");
    return kExitUsage;
  }
  if (opt.all && (opt.format == "text" || opt.output.empty())) {
    PrintError("explain --all: needs --format markdown|html and --output DIR");
    return kExitUsage;
  }
  if (!opt.all && opt.format != "text") {
    const DocFormat format = opt.format == "html" ? DocFormat::kHtml : DocFormat::kMarkdown;
    RuleSet rules;
    if (!LoadRules(opt.rules, &rules)) return kExitUsage;
    if (!rules.HasId(opt.id)) {
      PrintError("unknown rule '" + opt.id + "'" + DidYouMean(opt.id, rules.ids()));
      return kExitUsage;
    }
    std::cout << RulePage(rules.Variants(opt.id), format);
    return kExitClean;
  }
  RuleSet rules;
  if (!LoadRules(opt.rules, &rules)) return kExitUsage;
  if (opt.all) return WriteAllPages(opt, rules);
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
  cmd->add_option("rule", opt->id, "Rule id (e.g. abuse.accusation) or category")->type_name("RULE-ID");
  cmd->add_flag("--all", opt->all, "Write a page for every rule and an index into --output (the rule reference)");
  cmd->add_option("--format", opt->format, "text (the terminal), markdown or html (a page)")
      ->check(CLI::IsMember({"text", "markdown", "html"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", opt->output, "With --all: the folder to write ID.md or ID.html and index.*")
      ->type_name("DIR");
  AddRuleOptions(cmd, &opt->rules);
  cmd->footer(R"(Examples:
  santun explain threat.police
  santun explain threat.police --format html > police.html
  santun explain --all --format markdown -o docs/rules    # the reference in the repository
santun serve shows the same HTML pages at /rules/ID.)");
  return {cmd, [opt] { return RunExplain(*opt); }};
}

}  // namespace santun::cli
