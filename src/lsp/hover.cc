#include "lsp/hover.h"

#include <memory>

#include "report/display.h"
#include "report/doc_writer.h"
#include "report/rule_doc.h"

namespace santun::lsp {
namespace {

constexpr int kMaxWidth = 200;  // terminal cells of a fixed line before it is cut with "…"

// The lines a fix touches as it leaves them, on one line ("" when it
// removes them all): the original text around the edits through Redact (by
// position, so short values such as a CVV are masked too), the edits'
// replacements as the linter masked them, control characters as
// RenderLine shows them.
std::string FixedLines(const SourceText& source, const Fix& fix, const std::vector<Redaction>& redactions) {
  if (fix.edits.empty()) return "";
  const std::string_view text = source.text();
  const uint32_t begin = source.LineStart(source.PositionOf(fix.edits.front().span.begin).line);
  size_t end = text.find('\n', fix.edits.back().span.end);
  if (end == std::string_view::npos) end = text.size();
  std::string fixed;
  uint32_t at = begin;
  for (const Edit& e : fix.edits) {
    fixed += Redact(text.substr(at, e.span.begin - at), at, redactions) + e.replacement;
    at = e.span.end;
  }
  fixed += Redact(text.substr(at, end - at), at, redactions);
  std::string out;
  size_t line_begin = 0;
  while (line_begin <= fixed.size()) {
    size_t line_end = fixed.find('\n', line_begin);
    if (line_end == std::string::npos) line_end = fixed.size();
    std::string_view line = std::string_view(fixed).substr(line_begin, line_end - line_begin);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!line.empty()) out += (out.empty() ? "" : " / ") + RenderLine(line, 0, 0, kMaxWidth).text;
    line_begin = line_end + 1;
  }
  return out;
}

std::string Section(const SourceText& source, const Diagnostic& d, const std::vector<Redaction>& redactions,
                    const std::string& docs_url) {
  const Rule& rule = *d.rule;
  std::unique_ptr<DocWriter> w = MakeMarkdownWriter();
  w->Begin(rule.id, "");
  w->Heading(3, std::string(SeverityName(d.severity)) + "[" + rule.id + "]");
  w->Paragraph(d.message);
  w->Heading(4, "Why it is bad");
  w->Paragraph(rule.why);
  w->Heading(4, "References");
  if (rule.refs.empty()) {
    w->Paragraph("none");
  } else {
    w->BeginList();
    for (const std::string& ref : rule.refs) w->Item("", ref);
    w->EndList();
  }
  if (!d.fixes.empty()) {
    w->Heading(4, "Fix");
    w->BeginList();
    for (const Fix& fix : d.fixes) {
      const std::string fixed = FixedLines(source, fix, redactions);
      w->Item(fix.title + " (" + std::string(ApplicabilityName(fix.applicability)) + "):",
              fixed.empty() ? "removes the line" : "", fixed);
    }
    w->EndList();
  }
  if (!rule.suggestion.empty()) {
    w->Heading(4, "Use instead");
    w->Paragraph(rule.suggestion);
  }
  w->Link(RuleHelpUri(docs_url, rule.id), "the rule's page");
  return w->Finish();
}

}  // namespace

std::string HoverMarkdown(const SourceText& source, const std::vector<const Diagnostic*>& diagnostics,
                          const std::vector<Redaction>& redactions, const std::string& docs_url) {
  std::string out;
  for (const Diagnostic* d : diagnostics) {
    if (!out.empty()) out += "\n---\n\n";
    out += Section(source, *d, redactions, docs_url);
  }
  return out;
}

}  // namespace santun::lsp
