#include "report/github.h"

namespace santun {
namespace {

const char* Command(Severity s) {
  switch (s) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kInfo: return "notice";
  }
  return "warning";
}

std::string Escape(const std::string& s, bool property) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      case ':': out += property ? "%3A" : ":"; break;
      case ',': out += property ? "%2C" : ","; break;
      default: out.push_back(c);
    }
  }
  return out;
}

void RenderDiagnostic(const std::string& path, const MessageResult& m, const Diagnostic& d, std::ostream& out) {
  std::string props = "file=" + GithubEscapeProperty(path);
  std::string message = d.message;
  if (m.line > 0) {
    props += ",line=" + std::to_string(m.line);
    if (m.id) message = "[" + *m.id + "] " + message;
  } else {
    const Position start = m.source->PositionOf(d.span.begin);
    const Position end = m.source->PositionOf(d.span.end);
    props += ",line=" + std::to_string(start.line) + ",col=" + std::to_string(start.column_utf16) +
             ",endLine=" + std::to_string(end.line) + ",endColumn=" + std::to_string(end.column_utf16);
  }
  props += ",title=" + GithubEscapeProperty(d.rule->id);
  if (!d.rule->suggestion.empty()) message += "\nhelp: " + d.rule->suggestion;
  out << "::" << Command(d.severity) << " " << props << "::" << GithubEscapeData(message) << "\n";
}

}  // namespace

std::string GithubEscapeData(const std::string& s) { return Escape(s, false); }
std::string GithubEscapeProperty(const std::string& s) { return Escape(s, true); }

void RenderGithub(const RunResult& run, std::ostream& out) {
  for (const FileResult& f : run.files) {
    for (const MessageResult& m : f.messages) {
      for (const Diagnostic& d : m.diagnostics) RenderDiagnostic(f.path, m, d, out);
    }
  }
  for (const InputError& e : run.errors) {
    std::string props = "file=" + GithubEscapeProperty(e.path);
    if (e.line > 0) props += ",line=" + std::to_string(e.line);
    out << "::error " << props << ",title=santun::" << GithubEscapeData(e.ToString()) << "\n";
  }
}

}  // namespace santun
