#include "report/rule_doc.h"

#include <memory>

#include "report/doc_writer.h"
#include "ruleset/categories.h"
#include "ruleset/example_text.h"

namespace santun {
namespace {

std::unique_ptr<DocWriter> MakeWriter(DocFormat format) {
  return format == DocFormat::kHtml ? MakeHtmlWriter() : MakeMarkdownWriter();
}

std::string LanguageName(const std::string& lang) {
  if (lang == "id") return "Indonesian (id)";
  if (lang == "en") return "English (en)";
  if (lang == "*") return "every language";
  return lang;
}

std::string Languages(const std::vector<const Rule*>& variants) {
  std::string out;
  for (const Rule* r : variants) {
    for (const std::string& lang : r->langs) out += (out.empty() ? "" : ", ") + LanguageName(lang);
  }
  return out;
}

void WriteVariant(const Rule& r, bool several, DocWriter& w) {
  const int level = several ? 3 : 2;
  if (several) {
    std::string langs;
    for (const std::string& lang : r.langs) langs += (langs.empty() ? "" : ", ") + LanguageName(lang);
    w.Heading(2, "In " + langs);
  }
  w.Heading(level, "What it flags");
  w.Paragraph(r.summary);
  w.Heading(level, "Why it is bad");
  w.Paragraph(r.why);
  w.Heading(level, "Message");
  w.CodeParagraph(r.message);
  if (!r.profiles.empty()) {
    std::string profiles;
    for (const std::string& p : r.profiles) profiles += (profiles.empty() ? "" : ", ") + p;
    w.Paragraph("Profiles: " + profiles + ".");
  }
  w.Heading(level, "Examples");
  w.BeginList();
  for (const RuleExample& e : r.examples) {
    const char* kind = !e.known.empty() ? "known gap:" : e.positive() ? "flags:" : "passes:";
    w.Item(kind, "", MarkSpans(e.text, e.expected));
    if (e.fixed) w.Item("fixed:", "", *e.fixed);
    if (!e.known.empty()) w.Item("", "(" + e.known + ")");
  }
  w.EndList();
  w.Heading(level, "Use instead");
  w.Paragraph(r.suggestion.empty() ? "no suggestion" : r.suggestion);
  w.Heading(level, "Fix");
  if (r.fix.kind == FixSpec::Kind::kNone) {
    w.Paragraph("none");
  } else {
    w.Paragraph(r.fix.title + " (" + std::string(ApplicabilityName(r.fix.applicability)) + "): " + FixAction(r.fix));
  }
  w.Heading(level, "References");
  if (r.refs.empty()) {
    w.Paragraph("none");
  } else {
    w.BeginList();
    for (const std::string& ref : r.refs) w.Item("", ref);
    w.EndList();
  }
}

}  // namespace

std::string RuleHelpUri(const std::string& docs_url, const std::string& rule_id) {
  std::string base = docs_url.empty() ? kDefaultDocsUrl : docs_url;
  if (base.find("{id}") == std::string::npos) return base + (base.back() == '/' ? "" : "/") + rule_id;
  for (size_t at; (at = base.find("{id}")) != std::string::npos;) base.replace(at, 4, rule_id);
  return base;
}

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

nlohmann::ordered_json RuleListJson(const RuleSet& rules, const std::string& docs_url) {
  using Json = nlohmann::ordered_json;
  Json list = Json::array();
  for (const Rule& r : rules.rules()) {
    list.push_back(
        {{"id", r.id},
         {"category", r.category},
         {"severity", std::string(SeverityName(r.severity))},
         {"langs", r.langs},
         {"summary", r.summary},
         {"why", r.why},
         {"refs", r.refs},
         {"help", r.suggestion},
         {"help_uri", RuleHelpUri(docs_url, r.id)},
         {"fix", r.fix.kind == FixSpec::Kind::kNone ? Json(nullptr)
                                                    : Json(std::string(ApplicabilityName(r.fix.applicability)))},
         {"file", r.file},
         {"line", r.line}});
  }
  return Json{{"version", 1}, {"rules", std::move(list)}};
}

std::string RulePageFile(const std::string& rule_id, DocFormat format) {
  return rule_id + (format == DocFormat::kHtml ? ".html" : ".md");
}

std::string RulePage(const std::vector<const Rule*>& variants, DocFormat format) {
  const Rule& first = *variants.front();
  std::unique_ptr<DocWriter> w = MakeWriter(format);
  w->Begin(first.id + " - santun rule", first.langs.empty() || first.langs[0] == "*" ? "en" : first.langs[0]);
  w->Heading(1, first.id);
  w->Paragraph(first.summary);
  w->BeginList();
  w->Item("Category:", first.category);
  w->Item("Severity:", std::string(SeverityName(first.severity)));
  w->Item("Languages:", Languages(variants));
  w->Item("Explain in a terminal:", "", "santun explain " + first.id);
  w->EndList();
  for (const Rule* r : variants) WriteVariant(*r, variants.size() > 1, *w);
  w->Link(RulePageFile("index", format), "All rules");
  return w->Finish();
}

std::string RuleIndexPage(const RuleSet& rules, DocFormat format) {
  std::unique_ptr<DocWriter> w = MakeWriter(format);
  w->Begin("santun rules", "en");
  w->Heading(1, "santun rules");
  w->Paragraph(
      "Every rule of santun's built-in packs, by category. Each page says what the rule flags, why, with "
      "examples, the fix and the references. Generated by `santun explain --all`; do not edit.");
  for (const std::string& category : Categories()) {
    bool any = false;
    for (const std::string& id : rules.ids()) {
      const Rule& r = *rules.Variants(id).front();
      if (r.category != category) continue;
      if (!any) {
        w->Heading(2, category);
        w->BeginList();
        any = true;
      }
      w->LinkItem(RulePageFile(id, format), id, "(" + std::string(SeverityName(r.severity)) + "): " + r.summary);
    }
    if (any) w->EndList();
  }
  return w->Finish();
}

}  // namespace santun
