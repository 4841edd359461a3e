#include "report/run_result.h"

namespace santun {

std::string InputError::ToString() const {
  if (kind == Kind::kRead) return "cannot read '" + path + "': " + message;
  std::string s = path;
  if (line > 0) s += ":" + std::to_string(line);
  return s + ": " + message;
}

void CountDiagnostics(const MessageResult& m, Summary* s) {
  for (const Diagnostic& d : m.diagnostics) {
    switch (d.severity) {
      case Severity::kError: ++s->errors; break;
      case Severity::kWarning: ++s->warnings; break;
      case Severity::kInfo: ++s->infos; break;
    }
    for (const Fix& fix : d.fixes) {
      if (fix.applicability == Applicability::kSafe) {
        ++s->fixable;
        break;
      }
    }
  }
}

Summary Summarize(const RunResult& run) {
  Summary s;
  s.files = static_cast<int>(run.files.size());
  s.input_errors = static_cast<int>(run.errors.size());
  for (const FileResult& f : run.files) {
    s.messages += static_cast<int>(f.messages.size());
    for (const MessageResult& m : f.messages) CountDiagnostics(m, &s);
  }
  return s;
}

}  // namespace santun
