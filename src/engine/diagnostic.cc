#include "engine/diagnostic.h"

namespace santun {

bool DiagnosticLess(const Diagnostic& a, const Diagnostic& b) {
  if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
  if (a.span.end != b.span.end) return a.span.end < b.span.end;
  if (a.rule->id != b.rule->id) return a.rule->id < b.rule->id;
  return a.message < b.message;
}

}  // namespace santun
