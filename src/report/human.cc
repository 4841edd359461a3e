#include "report/human.h"

#include <algorithm>
#include <string>

#include "report/display.h"
#include "report/fix_preview.h"

namespace santun {
namespace {

struct Style {
  bool on;
  std::string operator()(const char* code, const std::string& s) const {
    return on ? std::string("\x1b[") + code + "m" + s + "\x1b[0m" : s;
  }
};

const char* SeverityColor(Severity s) {
  switch (s) {
    case Severity::kError: return "1;31";
    case Severity::kWarning: return "1;33";
    case Severity::kInfo: return "1;36";
  }
  return "1";
}

std::string Plural(int n, const char* word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); }

// The lines a fix touches: "N - before" and "N + after".
void RenderPreview(const FixPreview& p, const Style& style, std::ostream& out) {
  const size_t lines = std::max(p.before.size(), p.after.size());
  const size_t width = std::to_string(p.first_line + (lines ? lines - 1 : 0)).size();
  auto number = [&](size_t i) {
    std::string n = std::to_string(p.first_line + i);
    return std::string(width - n.size(), ' ') + n;
  };
  out << style("1;34", std::string(width, ' ') + " |") << "\n";
  for (size_t i = 0; i < p.before.size(); ++i) {
    out << style("1;34", number(i)) << " " << style("31", "- " + p.before[i]) << "\n";
  }
  for (size_t i = 0; i < p.after.size(); ++i) {
    out << style("1;34", number(i)) << " " << style("32", "+ " + p.after[i]) << "\n";
  }
  if (p.cut) out << style("1;34", std::string(width, ' ') + " |") << " …\n";
}

// Personal data in preview lines is shown masked: every raw value of a
// redaction is replaced by its masked text wherever it appears.
void HideRedacted(const SourceText& src, const std::vector<Redaction>& redactions, std::vector<std::string>* lines) {
  for (const Redaction& r : redactions) {
    const std::string raw(src.text().substr(r.span.begin, r.span.size()));
    if (raw.empty()) continue;
    for (std::string& line : *lines) {
      for (size_t at = line.find(raw); at != std::string::npos; at = line.find(raw, at + r.text.size())) {
        line.replace(at, raw.size(), r.text);
      }
    }
  }
}

void RenderDiagnostic(const std::string& path, const SourceText& src, const std::vector<Redaction>& redactions,
                      const Diagnostic& d, const Style& style, std::ostream& out) {
  const Position start = src.PositionOf(d.span.begin);
  out << style("1", path + ":" + std::to_string(start.line) + ":" + std::to_string(start.column_chars) + ":") << " "
      << style(SeverityColor(d.severity), std::string(SeverityName(d.severity)) + "[" + d.rule->id + "]")
      << style("1", ": " + d.message) << "\n";
  const std::string_view line = src.Line(start.line);
  const uint32_t line_start = src.LineStart(start.line);
  size_t begin = d.span.begin - line_start;
  size_t end = std::min<size_t>(d.span.end - line_start, line.size());
  // Personal data on the line is shown masked, and the caret moves with it.
  const std::string redacted = Redact(line, line_start, redactions, &begin, &end);
  DisplayLine shown = RenderLine(redacted, begin, end);
  const std::string number = std::to_string(start.line);
  const std::string gutter(number.size(), ' ');
  out << style("1;34", gutter + " |") << "\n";
  out << style("1;34", number + " |") << " " << shown.text << "\n";
  out << style("1;34", gutter + " |") << " " << std::string(static_cast<size_t>(shown.prefix_width), ' ')
      << style(SeverityColor(d.severity), std::string(static_cast<size_t>(shown.range_width), '^')) << "\n";
  if (!d.rule->suggestion.empty()) {
    out << style("1;34", gutter + " =") << " " << style("1", "help:") << " " << d.rule->suggestion << "\n";
  }
  for (const Fix& fix : d.fixes) {
    out << style("1;34", gutter + " =") << " " << style("1", "fix") << " (" << ApplicabilityName(fix.applicability)
        << "): " << fix.title << "\n";
    FixPreview preview = PreviewFix(src, fix);
    HideRedacted(src, redactions, &preview.before);
    HideRedacted(src, redactions, &preview.after);
    RenderPreview(preview, style, out);
  }
  out << "\n";
}

}  // namespace

std::string SummaryLine(const Summary& s) {
  const std::string where = Plural(s.messages, "message");
  if (s.diagnostics() == 0) return "No problems found in " + where + ".";
  std::string parts;
  auto add = [&](int n, const char* word) {
    if (n == 0) return;
    if (!parts.empty()) parts += ", ";
    parts += Plural(n, word);
  };
  add(s.errors, "error");
  add(s.warnings, "warning");
  add(s.infos, "info");
  std::string line = "Found " + Plural(s.diagnostics(), "problem") + " (" + parts + ") in " + where + ".";
  if (s.fixable > 0) line += " " + std::to_string(s.fixable) + " fixable with --fix.";
  return line;
}

void RenderHuman(const RunResult& run, const HumanOptions& options, std::ostream& out) {
  const Style style{options.color};
  for (const FileResult& file : run.files) {
    for (const MessageResult& m : file.messages) {
      std::string path = file.path;
      if (m.id) path += "#" + *m.id;
      for (const Diagnostic& d : m.diagnostics) RenderDiagnostic(path, *m.source, m.redactions, d, style, out);
    }
  }
  if (run.fixed > 0) {
    out << style("1", "Fixed " + Plural(run.fixed, "problem") + " in " + Plural(run.fixed_files, "file") + ".") << "\n";
  }
  out << style("1", SummaryLine(Summarize(run))) << "\n";
  if (!run.note.empty()) out << run.note << "\n";
}

}  // namespace santun
