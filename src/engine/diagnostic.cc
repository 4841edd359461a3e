#include "engine/diagnostic.h"

#include "text/visible.h"

namespace santun {

Diagnostic MakeDiagnostic(const Rule& rule, std::string_view text, Span span, std::string_view detail) {
  Diagnostic d;
  d.rule = &rule;
  d.severity = rule.severity;
  d.span = span;
  d.matched = std::string(text.substr(span.begin, span.size()));
  const std::string shown = OneLine(d.matched);
  for (size_t i = 0; i < rule.message.size(); ++i) {
    if (rule.message.compare(i, 7, "{match}") == 0) {
      d.message += shown;
      i += 6;
    } else if (rule.message.compare(i, 8, "{detail}") == 0) {
      d.message += detail;
      i += 7;
    } else {
      d.message.push_back(rule.message[i]);
    }
  }
  return d;
}

bool DiagnosticLess(const Diagnostic& a, const Diagnostic& b) {
  if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
  if (a.span.end != b.span.end) return a.span.end < b.span.end;
  if (a.rule->id != b.rule->id) return a.rule->id < b.rule->id;
  return a.message < b.message;
}

}  // namespace santun
